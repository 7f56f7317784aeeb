/** Event labels: the clause that says what happened, and which of an event's labels reads best. */
import { describe, expect, it } from 'vitest';
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

describe('the seeds’ labels', () => {
  const corpus = seedCorpus();

  it('label every event with a clause of one of its sentences', () => {
    for (const e of corpus.events) {
      expect(e.sources[e.labelSource]!.quote).toContain(e.label.replace(/^…|…$/g, ''));
    }
  });
});
