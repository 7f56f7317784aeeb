/** Words: as a reader counts them, white-space tokens, and English function words. */
import { describe, expect, it } from 'vitest';
import { countTokens, countWords, STOPWORDS, words } from '../../../src/engine/text/words.ts';

describe('words and countWords', () => {
  it.each([
    ['Smith’s decade-long plan cost 10,500 dollars.', ['Smith’s', 'decade-long', 'plan', 'cost', '10,500', 'dollars']],
    ['Ein Plan für 2.5 Mio.', ['Ein', 'Plan', 'für', '2.5', 'Mio']],
    ['résumé — naïve', ['résumé', 'naïve']],
    ['', []],
  ])('“%s”', (text, expected) => {
    expect(words(text)).toEqual(expected);
    expect(countWords(text)).toBe(expected.length);
  });
});

describe('countTokens', () => {
  it.each([
    ['one  two\tthree\nfour', 4],
    ['résumé — naïve', 3],
    ['\u00a0a b\u00a0', 2],
    ['会议结束了', 4],
    ['北京 talks', 3],
    ['', 0],
  ])('“%s” → %i', (text, n) => {
    expect(countTokens(text)).toBe(n);
  });
});

describe('STOPWORDS', () => {
  it('holds function words and reporting verbs, not content words', () => {
    expect(['the', 'of', 'which', 'said', 'says'].every((w) => STOPWORDS.has(w))).toBe(true);
    expect(['mission', 'port', 'Mali'].some((w) => STOPWORDS.has(w))).toBe(false);
  });
});
