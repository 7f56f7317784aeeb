/** The writer's name as the author field gives it: no byline word, no wire service, no capitals set for display. */
import { describe, expect, it } from 'vitest';
import { writerName } from '../../../src/engine/article/deciders/author.ts';

describe('writerName', () => {
  it.each([
    ['Dr Lena Vasquez', 'Lena Vasquez'],
    ['Von Lena Hartwig', 'Lena Hartwig'],
    ['Por Ana Beatriz Lima', 'Ana Beatriz Lima'],
    ['Ana Beatriz Lima', 'Ana Beatriz Lima'],
    ['MARCO ODUYA Associated Press', 'Marco Oduya'],
    ['Selin Acar, Reuters', 'Selin Acar'],
    ['M.D.', 'M.D.'],
    // A newsroom or an office is no writer.
    ['Redactie', null],
    ['La rédaction', null],
    ['دائرة العلاقات العامة والإعلام', null],
  ])('reads “%s” as %s', (line, name) => expect(writerName(line)).toBe(name));

  it.each(['Agencia EFE', 'AFP', 'Reuters', 'By'])('finds no writer in “%s”', (line) =>
    expect(writerName(line)).toBeNull(),
  );
});
