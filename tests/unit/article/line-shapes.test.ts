/** What a line looks like: prose or a heading, title case, a person's name, its plain text. */
import { describe, expect, it } from 'vitest';
import { isProse, isTitleCase, looksLikeName, normalize, plainLine } from '../../../src/engine/article/line-shapes.ts';

describe('isProse', () => {
  it.each([
    ['The council voted on the budget after a long debate in the chamber.', true],
    ['Council Votes On The Budget After A Long Debate?', false],
    ['The quay reopened.', false],
    ['Why did the quay stay closed for three weeks after the inspectors had finished their work?', true],
  ])('%s → %s', (line, expected) => expect(isProse(line)).toBe(expected));
});

describe('isTitleCase', () => {
  it.each([
    ['Port Reopens After Repairs', true],
    ['Le Courrier du Morvan', true],
    ['The quay reopened', false],
  ])('%s → %s', (line, expected) => expect(isTitleCase(line)).toBe(expected));
});

describe('looksLikeName', () => {
  it.each([
    ['Ana Lima', true],
    ['Claire van der Berg', true],
    ['Omar al-Rashid', true],
    ['the harbour master', false],
    ['One Two Three Four Five Six Seven', false],
  ])('%s → %s', (line, expected) => expect(looksLikeName(line)).toBe(expected));
});

describe('plainLine and normalize', () => {
  it.each([
    ['# Port Reopens', 'Port Reopens'],
    ['  **By Jane Doe**  ', 'By Jane Doe'],
    ['_Transport_', 'Transport'],
    ['***', '***'],
  ])('plainLine: %s → %s', (line, expected) => expect(plainLine(line)).toBe(expected));

  it('folds white space and case', () => expect(normalize('  Port   REOPENS ')).toBe('port reopens'));
});
