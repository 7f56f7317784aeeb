/** Key moments: which events lead the page, and which verbatim line tells each. */
import { describe, expect, it } from 'vitest';
import {
  candidateLines,
  isCompleteClause,
  keyEvents,
  keyMoments,
  momentLine,
} from '../../../src/engine/timeline/key-moments.ts';
import type { TimelineEvent } from '../../../src/engine/schema/timeline.ts';
import { sourceCount } from '../../../src/engine/timeline/sources.ts';
import { seedCorpus } from '../../helpers.ts';

/** An invented event with one citation per sentence, each from its own article. */
function event(id: string, start: string, label: string, sentences: Array<[string, string]>): TimelineEvent {
  return {
    id,
    start,
    end: start,
    precision: 'day',
    openEnd: false,
    label,
    labelSource: 0,
    inFocus: true,
    kind: 'happened',
    reports: sentences.length,
    independent: sentences.length,
    sources: sentences.map(([quote, expression], i) => ({
      slug: `a${i}`,
      quote,
      excerpt: quote,
      anchor: 'p-1',
      expression,
      resolution: 'stated in full',
      start,
      end: start,
      openEnd: false,
      kind: 'happened' as const,
    })),
  };
}

describe('complete main clause', () => {
  it.each([
    'MINUSMA was deployed in 2013',
    'The United Nations concluded its decade-long peacekeeping operation in Mali on Sunday',
    'Following January 1, a “liquidation phase” will begin',
    'Initiated in 2013 following an armed rebellion, the mission faced an unexpected turn',
    'The harbour authority reopened the northern pier on Tuesday',
    'It rained in Portville for the first time in a year',
  ])('accepts “%s”', (text) => expect(isCompleteClause(text)).toBe(true));

  it.each([
    'Initiated in 2013 following an armed rebellion',
    'Mali’s ruling junta, in power since 2020',
    'Mali, having experienced military coups in 2020 and 2021',
    'Responding to the military junta’s order in June',
    'where it plans to carry out the work after January 1',
    'Reopened after a long winter of repairs',
    'The new pier, built by local crews over two summers',
  ])('rejects the fragment “%s”', (text) => expect(isCompleteClause(text)).toBe(false));
});

describe('candidate lines', () => {
  it('cuts before a subordinate clause or a conjunction, never at an apposition’s comma', () => {
    expect(
      candidateLines('MINUSMA was deployed in 2013 following separatist insurgencies and a military coup.'),
    ).toEqual([
      'MINUSMA was deployed in 2013 following separatist insurgencies and a military coup',
      'MINUSMA was deployed in 2013',
    ]);
    expect(candidateLines('As of Friday, more than 500 staff, both local and foreign, had left.')).toEqual([
      'As of Friday, more than 500 staff, both local and foreign, had left',
    ]);
  });
});

describe('the line for an event', () => {
  it('keeps the label when it is a complete clause', () => {
    const e = event('e1', '2024-03-05', 'The harbour authority reopened the northern pier on Tuesday', [
      ['The harbour authority reopened the northern pier on Tuesday, after a long winter of repairs.', 'on Tuesday'],
    ]);
    expect(momentLine(e).line).toBe('The harbour authority reopened the northern pier on Tuesday');
  });

  it('replaces a participle fragment with the shortest complete clause that holds the date', () => {
    const e = event('e2', '2024-03-05', 'Reopened on Tuesday after a long winter of repairs', [
      ['Reopened on Tuesday after a long winter of repairs, the northern pier drew crowds of anglers.', 'on Tuesday'],
      ['The pier reopened on Tuesday when the last crane left.', 'on Tuesday'],
    ]);
    const { line, citation } = momentLine(e);
    expect(line).toBe('The pier reopened on Tuesday');
    expect(citation.slug).toBe('a1');
  });

  it('does not reuse a line', () => {
    const e = event('e3', '2024-03-05', 'The pier reopened on Tuesday', [
      ['The pier reopened on Tuesday when the last crane left.', 'on Tuesday'],
    ]);
    expect(momentLine(e, new Set(['The pier reopened on Tuesday'])).line).toBe(
      'The pier reopened on Tuesday when the last crane left',
    );
  });
});

describe('key moments of the seeds', () => {
  const { events } = seedCorpus();
  const moments = keyMoments(events);

  it('are three to six things that happened in the focus window, those most independent origins report, in date order', () => {
    expect(moments.length).toBeGreaterThanOrEqual(3);
    expect(moments.length).toBeLessThanOrEqual(6);
    for (const m of moments) expect([m.event.kind, m.event.inFocus]).toEqual(['happened', true]);
    const least = Math.min(...moments.map((m) => m.event.independent));
    // No event that could be one and is left out has more independent origins than one shown.
    const left = events.filter((e) => e.kind === 'happened' && e.inFocus && !moments.some((m) => m.event.id === e.id));
    expect(left.every((e) => e.independent <= least)).toBe(true);
    expect(moments.map((m) => m.event.start)).toEqual([...moments.map((m) => m.event.start)].sort());
    expect(moments.filter((m) => m.event.independent > 1).length).toBeGreaterThanOrEqual(2);
  });

  it('tell each event in a verbatim, complete clause of one of its sentences', () => {
    for (const m of moments) {
      expect(m.citation.quote).toContain(m.line);
      expect(m.event.sources).toContain(m.citation);
      expect(isCompleteClause(m.line), m.line).toBe(true);
    }
    expect(new Set(moments.map((m) => m.line)).size).toBe(moments.length);
  });

  it('are never background, a plan, a deadline or a status', () => {
    const ids = new Set(moments.map((m) => m.event.id));
    const excluded = events.filter((e) => !e.inFocus || e.kind !== 'happened');
    expect(excluded.length).toBeGreaterThan(5);
    for (const e of excluded) expect(ids.has(e.id), e.id).toBe(false);
  });

  it('top up with single-source events when few are shared', () => {
    const lone = events.filter((e) => e.kind === 'happened' && e.inFocus && e.independent === 1).slice(0, 4);
    expect(keyEvents(lone)).toHaveLength(3);
    expect(keyEvents(lone.slice(0, 2))).toHaveLength(2);
  });
});
