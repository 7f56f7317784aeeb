/** Key moments: which events lead the page, and which verbatim line tells each. */
import { describe, expect, it } from 'vitest';
import { isCompleteClause, keyEvents, keyMoments } from '../../../src/engine/timeline/key-moments.ts';
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

  it('tell each event by its label, a complete clause cited from one of its sentences', () => {
    for (const m of moments) {
      expect(m.line).toBe(m.event.label);
      expect(m.event.sources).toContain(m.citation);
      const own = m.line.replace(/\s\[[^\]]*\]/g, '').replace(/^\[[^\]]*\]\s*/, '');
      for (const part of own.split('…').filter((x) => x.trim())) expect(m.citation.quote).toContain(part.trim());
      expect(isCompleteClause(m.line.replace(/\[[^\]]*\]/g, 'X').replace(/…/g, ' ')), m.line).toBe(true);
    }
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

  it('top up with the most finely dated of equals: a day before a season that starts earlier', () => {
    const day = event('day', '2024-06-30', 'The board voted on 30 June.', [
      ['The board voted on 30 June.', 'on 30 June'],
    ]);
    const season = {
      ...event('season', '2024-06-01', 'The plan came in the summer.', [
        ['The plan came in the summer.', 'in the summer'],
      ]),
      end: '2024-08-31',
      precision: 'season' as const,
    };
    expect(keyEvents([season, day], { min: 1, max: 3 }).map((e) => e.id)).toEqual(['day']);
  });
});
