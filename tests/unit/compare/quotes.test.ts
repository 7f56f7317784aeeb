/** The quote ledger: quotations with a speaker, scare quotes left out, one entry per quotation. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { buildQuoteLedger, findQuotes, quoteKey } from '../../../src/engine/compare/quotes.ts';
import { readStory, textSeed } from '../../helpers.ts';
import { seedAnalysis, slugOf } from './helpers.ts';

const noPlaces = () => false;
const story = readStory();
const corpusOf = (...texts: string[]) =>
  buildCorpus(
    texts.map((t, i) => textSeed(`${i}.txt`, `date 2024-03-0${i + 1}\n${t}\n`)),
    story,
  );

describe('quotations in fixtures', () => {
  it('attribute quoted words to the person named with a verb of saying', () => {
    const [a] = corpusOf(
      'Jana Kowalska, the head of the port authority, said, “We will reopen the pier by May.”',
    ).articles;
    expect(findQuotes(a!, noPlaces)).toEqual([
      expect.objectContaining({
        text: 'We will reopen the pier by May.',
        speaker: 'Jana Kowalska',
        role: 'the head of the port authority',
      }),
    ]);
  });

  it('attribute “he” to the person named before', () => {
    const [a] = corpusOf(
      'The mayor of the town, Piet Janssen, visited the pier. He called the repairs “overdue” on Monday.',
    ).articles;
    expect(findQuotes(a!, noPlaces).map((q) => [q.text, q.speaker, q.role])).toEqual([
      ['overdue', 'Piet Janssen', 'The mayor of the town'],
    ]);
  });

  it('leave out scare quotes and what an organisation “calls” something', () => {
    const [a] = corpusOf(
      'Following January 1, a “liquidation phase” will begin. The port authority calls it a “pause”.',
    ).articles;
    expect(findQuotes(a!, noPlaces)).toEqual([]);
  });

  it('make one entry of the same quotation in several articles', () => {
    const c = corpusOf(
      'Jana Kowalska, head of the port authority, said: “The pier is safe again.”',
      'The pier is open. “The pier is safe again,” said Jana Kowalska, head of the port authority.',
    );
    const ledger = buildQuoteLedger(c.articles, noPlaces);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]!.sources.map((s) => s.slug)).toEqual(c.articles.map((a) => a.slug));
    expect(quoteKey('The pier is safe again.')).toBe(quoteKey('the pier is safe again,'));
  });
});

describe('the seeds’ ledger', () => {
  const { quotes } = seedAnalysis();

  it('holds El-Ghassim Wane’s words with his role', () => {
    const wane = quotes.find((q) => q.speaker === 'El-Ghassim Wane')!;
    expect(wane).toMatchObject({
      text: 'there was a gap between what we were mandated to do and we were able to do',
      role: 'the head of the UN mission',
    });
    expect(wane.sources.map((s) => s.slug)).toEqual([slugOf('001')]);
  });

  it('holds Abdoulaye Diop’s words, “he” included, and no scare quotes', () => {
    const diop = quotes
      .filter((q) => q.speaker === 'Abdoulaye Diop')
      .map((q) => q.text)
      .sort();
    expect(diop).toEqual(['failure', 'immediately', 'part of the problem.']);
    expect(quotes.every((q) => q.role !== null)).toBe(true);
    const texts = quotes.map((q) => q.text.toLowerCase());
    for (const scare of ['liquidation phase', 'liquidation', 'dissolution']) expect(texts).not.toContain(scare);
    expect(quotes).toHaveLength(4);
  });
});
