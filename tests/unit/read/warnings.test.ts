/** Warnings about how a seed is written: markup shown as text, and file names the address cannot use. */
import { describe, expect, it } from 'vitest';
import { fileNameWarnings, markupWarnings } from '../../../src/engine/read/warnings.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ n: i + 1, text }));

describe('markupWarnings', () => {
  it.each<[string, string[], boolean, (number | null)[]]>([
    ['HTML', ['The quay <b>reopened</b>.'], false, [1]],
    ['Markdown in a .txt file', ['Headline', '**By Ana Lima**'], false, [2]],
    ['Markdown in a .md file', ['Headline', '**By Ana Lima**'], true, []],
    ['plain text', ['The quay reopened.'], false, []],
  ])('%s', (_, texts, isMarkdown, warnedLines) => {
    expect(markupWarnings('s.txt', lines(...texts), isMarkdown).map((w) => w.line)).toEqual(warnedLines);
  });
});

describe('fileNameWarnings', () => {
  it.each([
    ['quay-reopens.txt', 0],
    ['quay reopens.txt', 1],
    ['quai-réouvert.txt', 1],
  ])('%s → %s', (file, count) => expect(fileNameWarnings(file)).toHaveLength(count));
});
