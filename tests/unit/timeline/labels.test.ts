/** Event labels: the clause that says what happened, and which of an event's labels reads best. */
import { describe, expect, it } from 'vitest';
import { displayLabel } from '../../../src/engine/timeline/display-labels.ts';
import { labelFor, labelPenalty } from '../../../src/engine/timeline/labels.ts';
import { findTemporalExpressions } from '../../../src/engine/time/expressions.ts';
import { seedCorpus } from '../../helpers.ts';

const label = (sentence: string) => {
  const expressions = findTemporalExpressions(sentence);
  return labelFor(sentence, expressions[0]!, expressions);
};

describe('labelFor', () => {
  it('takes a short sentence whole, without its full stop', () => {
    expect(label('The pier reopened on Tuesday.')).toBe('The pier reopened on Tuesday');
  });

  it('takes the clause that holds the date from a long sentence', () => {
    expect(
      label(
        'After a winter in which storms twice flooded the lower town and the ferry stopped for weeks, the harbour authority reopened the northern pier on Tuesday, and fishing crews returned to their old berths within hours.',
      ),
    ).toBe('the harbour authority reopened the northern pier on Tuesday');
  });
});

describe('labelPenalty', () => {
  it('prefers a headline-length clause that opens with its subject, early in its article', () => {
    const penalty = (label: string, anchor: string) => labelPenalty({ label, anchor, expression: 'on Tuesday' });
    expect(penalty('The harbour authority reopened the northern pier on Tuesday', 'p-1')).toBe(0);
    // Lower case at the start: a dependent clause.
    expect(penalty('on Tuesday the pier reopened', 'p-1')).toBe(52);
    // A participle opening, short, and two paragraphs down.
    expect(penalty('Reopening the pier on Tuesday', 'p-3')).toBe(71);
  });
});

describe('the label a reader sees', () => {
  const show = (sentence: string, before = '', windows: Array<[string, string, string, string]> = []) => {
    const expressions = findTemporalExpressions(sentence);
    const map = new Map(
      expressions.map((e) => {
        const w = windows.find(([text]) => text === e.text);
        return [e, w ? { start: w[1], end: w[2], precision: w[3] as 'day', resolution: '' } : null] as const;
      }),
    );
    return displayLabel(sentence, labelFor(sentence, expressions[0]!, expressions), expressions, map, before);
  };

  it('gives a short sentence whole, with the date of its relative time word in brackets', () => {
    expect(show('The pier reopened on Tuesday.', '', [['on Tuesday', '2024-03-05', '2024-03-05', 'day']])).toBe(
      'The pier reopened on Tuesday [5 March 2024]',
    );
  });

  it('names the person a leading pronoun stands for, from the paragraph before it', () => {
    expect(show('He praised the crews in 2015.', 'Harbour master Ines Varga spoke at the quay. ')).toBe(
      '[Ines Varga] praised the crews in 2015',
    );
    expect(show('He praised the crews in 2015.')).toBe('He praised the crews in 2015');
    // Two people named before it: which one "he" means would be a guess.
    expect(show('He praised the crews in 2015.', 'Ines Varga met Tomas Berg at the quay. ')).toBe(
      'He praised the crews in 2015',
    );
  });

  it('marks every cut of a long sentence with an ellipsis, and never cuts inside quotation marks', () => {
    const long =
      'After a winter in which storms twice flooded the lower town and the ferry stopped for weeks, the harbour authority reopened the northern pier in 2024, and fishing crews returned to their old berths within hours of the first boats.';
    expect(show(long)).toBe('…the harbour authority reopened the northern pier in 2024…');
    const quoted =
      'The harbour master, who has run the port for twenty years and seen three storms close it, said the pier reopened in 2024 “after the hardest winter any of us can remember, and with every crew back”.';
    expect(show(quoted)).not.toMatch(/…/);
  });
});

describe('the seeds’ labels', () => {
  const corpus = seedCorpus();

  it('label every event with its source’s words: brackets added, cuts marked', () => {
    for (const e of corpus.events) {
      const own = e.label.replace(/\s\[[^\]]*\]/g, '').replace(/^\[[^\]]*\]\s*/, '');
      for (const part of own.split('…').filter((x) => x.trim()))
        expect(e.sources[e.labelSource]!.quote).toContain(part.trim());
    }
  });

  it('resolve the Secretary-General’s “He praised…” to the name given before it', () => {
    const praise = corpus.events.flatMap((e) => e.sources).find((c) => c.quote.startsWith('He praised'));
    expect(praise).toBeDefined();
    const labels = corpus.events.map((e) => e.label).filter((l) => l.includes('praised the mission’s role'));
    for (const l of labels) expect(l).toMatch(/^\[[^\]]*Guterres\] praised/);
  });
});
