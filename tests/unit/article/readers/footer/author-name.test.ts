/** The writer's name on its own line after the text. */
import { describe, expect, it } from 'vitest';
import { authorNameReader } from '../../../../../src/engine/article/readers/footer/author-name.ts';
import { findings, footerTake } from '../helpers.ts';

const byline = findings({ author: { name: 'Ana Lima', line: 3, how: 'byline' } });
const bio = findings({ bioAuthor: { name: 'Ana Lima', line: 21 } });

describe('authorNameReader', () => {
  it.each<[string, string, string | null]>([
    ['Ana Lima', 'byline', 'author-name'],
    ['  ANA  LIMA ', 'byline', 'author-name'],
    ['Ana Lima', 'bio', 'author-name'],
    ['Joe Park', 'byline', null],
    ['Ana Lima', 'none', null],
  ])('%s (writer from: %s) → %s', (line, from, kind) => {
    const found = from === 'byline' ? byline : from === 'bio' ? bio : findings();
    expect(footerTake(authorNameReader, line, { found }).kind).toBe(kind);
  });
});
