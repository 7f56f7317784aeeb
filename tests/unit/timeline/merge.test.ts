/**
 * Merging mentions into events: the same act on the same window becomes one
 * event, whatever the wording; other acts and other days stay apart; each
 * event cites its sentences verbatim.
 */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { extractMentions } from '../../../src/engine/timeline/mentions.ts';
import { mergeMentions } from '../../../src/engine/timeline/merge.ts';
import { readPassages } from '../../../src/engine/timeline/passages.ts';
import type { TimelineEvent } from '../../../src/engine/schema/timeline.ts';
import { sourceCount } from '../../../src/engine/timeline/sources.ts';
import { readStory, seedCorpus, textSeed } from '../../helpers.ts';

const corpus = seedCorpus();
const slugOf = (prefix: string) => corpus.articles.find((a) => a.seedFile.startsWith(prefix))!.slug;
const eventsOn = (start: string, precision: string) =>
  corpus.events.filter((e) => e.start === start && e.precision === precision);
const slugsOf = (e: TimelineEvent) => [...new Set(e.sources.map((s) => s.slug))].sort();

describe('citations', () => {
  it('quote a sentence of the cited paragraph verbatim', () => {
    for (const e of corpus.events) {
      for (const c of e.sources) {
        const article = corpus.articles.find((a) => a.slug === c.slug)!;
        const block = article.blocks.find((b) => b.anchor === c.anchor);
        expect(block, `${e.id}: anchor ${c.anchor} in ${c.slug}`).toBeDefined();
        expect(block!.text).toContain(c.quote);
        expect(c.quote).toContain(c.expression);
        expect(c.quote).toContain(c.excerpt.replace(/^…|…$/g, ''));
      }
    }
  });
});

describe('the seeds’ timeline', () => {
  it('has 15 events from 2013 to January 2024, in order, with unique ids', () => {
    // 001, 003 and 004 are dated to a week, not a day, so their relative dates that the week does not pin are left out.
    expect(corpus.events).toHaveLength(15);
    expect(corpus.events[0]!.start).toBe('2013-01-01');
    expect(corpus.events.at(-1)!.start).toBe('2024-01-01');
    const starts = corpus.events.map((e) => e.start);
    expect([...starts].sort()).toEqual(starts);
    expect(new Set(corpus.events.map((e) => e.id)).size).toBe(corpus.events.length);
  });

  it('merges the end of the mission on Sunday 31 December across three articles, and no deadline among them', () => {
    const [end, ...others] = eventsOn('2023-12-31', 'day').filter((e) => e.kind === 'happened');
    expect(others).toEqual([]);
    expect(slugsOf(end!)).toEqual([slugOf('001'), slugOf('002'), slugOf('003')].sort());
    expect(end!.label).toBe(
      'On December 31, 2023, the United Nations’ peacekeeping mission in Mali, known as MINUSMA, marks the end of its tenure',
    );
    // "withdrew by the agreed deadline of December 31, 2023" tells the act done by that day.
    expect(end!.sources.map((c) => c.expression)).toContain('December 31, 2023');
    for (const c of end!.sources) expect(c.quote).not.toMatch(/goal of leaving|deadline set for|intended to remain/);
  });

  it('keeps the deadline of 31 December apart from the completion, marked as a deadline', () => {
    const deadlines = eventsOn('2023-12-31', 'day').filter((e) => e.kind === 'deadline');
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]!.sources.map((c) => c.quote)).toEqual([
      'The UN Security Council subsequently voted to conclude the mission, with a deadline set for full withdrawal by December 31.',
    ]);
  });

  it('files a sentence that dates an act and the deadline it set under the act', () => {
    const [vote] = eventsOn('2023-06-30', 'day');
    expect(vote!.sources[0]!.quote).toMatch(/terminated Minusma's mandate on June 30 and gave her a goal of leaving/);
    const cited = corpus.events.flatMap((e) => e.sources.map((c) => `${e.start}|${c.quote}`));
    expect(cited.filter((c) => c.includes('goal of leaving'))).toEqual([`2023-06-30|${vote!.sources[0]!.quote}`]);
  });

  it('cites no counterfactual: a site "intended to remain operational after December 31" tells no event', () => {
    const quotes = corpus.events.flatMap((e) => e.sources.map((c) => c.quote));
    expect(quotes.some((q) => q.includes('was intended to remain'))).toBe(false);
  });

  it('marks the liquidation phase from 1 January as planned, and the departures of 8 December as a status', () => {
    expect(eventsOn('2024-01-01', 'day').map((e) => e.kind)).toEqual(['planned', 'planned']);
    expect(eventsOn('2023-12-08', 'day').map((e) => e.kind)).toEqual(['status']);
  });

  it('merges the June demand, worded differently, across three articles', () => {
    const [june] = eventsOn('2023-06-01', 'month');
    expect(slugsOf(june!)).toEqual([slugOf('002'), slugOf('003'), slugOf('004')].sort());
    expect(june!.sources).toHaveLength(4);
  });

  it('merges the “as of Friday” departures figure from the two reports of 11 December', () => {
    const [friday] = eventsOn('2023-12-08', 'day');
    expect(slugsOf(friday!)).toEqual([slugOf('000'), slugOf('004')].sort());
  });

  it('keeps each precision: week, season, month and year', () => {
    expect(eventsOn('2023-12-04', 'week')[0]!.end).toBe('2023-12-10');
    expect(eventsOn('2023-06-01', 'season')[0]!.end).toBe('2023-08-31');
    expect(eventsOn('2023-09-01', 'month')).toHaveLength(1);
    // 001's “last year” is not placed: it was published between 31 Dec 2023 and 6 Jan 2024, on either side of a new year.
    expect(eventsOn('2022-01-01', 'year')).toEqual([]);
  });

  it('merges the start of the mission in 2013 from all five wordings', () => {
    const [y2013] = eventsOn('2013-01-01', 'year');
    expect(sourceCount(y2013!)).toBe(4);
    expect(y2013!.sources).toHaveLength(5);
  });

  it('places the liquidation phase after 1 January 2024, not 2023', () => {
    expect(eventsOn('2023-01-01', 'day')).toEqual([]);
    expect(eventsOn('2024-01-01', 'day').flatMap(slugsOf).sort()).toEqual(
      [slugOf('000'), slugOf('003'), slugOf('004')].sort(),
    );
  });

  it('marks events in the focus window; earlier ones are background', () => {
    expect(corpus.events.filter((e) => !e.inFocus).map((e) => e.start.slice(0, 4))).toEqual([
      '2013',
      '2015',
      '2020',
      '2021',
    ]);
  });
});

describe('merging fixtures', () => {
  const story = readStory();
  const article = (file: string, date: string, body: string) => textSeed(file, `date ${date}\n\n${body}\n`);

  it('merges the same act on the same day reported in different words', () => {
    const c = buildCorpus(
      [
        article(
          'a.txt',
          '2022-05-10',
          'The port authority closed the northern quay on Monday after a ship struck the pier at night.',
        ),
        article(
          'b.txt',
          '2022-05-11',
          'Officials shut the northern quay on Monday, a day after the collision damaged the old pier.',
        ),
      ],
      story,
    );
    expect(c.events).toHaveLength(1);
    expect(slugsOf(c.events[0]!)).toHaveLength(2);
    expect(c.events[0]!.start).toBe('2022-05-09');
  });

  it('keeps apart different acts on the same day', () => {
    const c = buildCorpus(
      [
        article(
          'a.txt',
          '2022-05-10',
          'The port authority closed the northern quay on Monday after a ship struck the pier.',
        ),
        article(
          'b.txt',
          '2022-05-10',
          'A choir from the harbour district sang at the cathedral on Monday evening for visitors.',
        ),
      ],
      story,
    );
    expect(c.events).toHaveLength(2);
  });

  it('keeps apart the same words on different days', () => {
    const c = buildCorpus(
      [
        article(
          'a.txt',
          '2022-05-10',
          'The port authority closed the northern quay on Monday after a ship struck the pier.',
        ),
        article(
          'b.txt',
          '2022-05-20',
          'The port authority closed the northern quay on Monday after a ship struck the pier.',
        ),
      ],
      story,
    );
    expect(c.events.map((e) => e.start)).toEqual(['2022-05-09', '2022-05-16']);
  });
});

describe('a coarser date of the same act', () => {
  const story = readStory();
  const article = (file: string, date: string, body: string) => textSeed(file, `date ${date}\n\n${body}\n`);
  const dayReport = article(
    'a.txt',
    '2022-05-10',
    'The port authority closed the northern quay of Marrowick on Monday after a grain ship struck the old pier.',
  );

  it('joins the one event inside its window that tells that act, as a citation that agrees and does not date it', () => {
    const c = buildCorpus(
      [
        dayReport,
        article(
          'b.txt',
          '2022-07-02',
          'The port authority closed the northern quay of Marrowick in May after a grain ship struck the old pier.',
        ),
      ],
      story,
    );
    expect(c.events).toHaveLength(1);
    const [e] = c.events;
    expect([e!.start, e!.precision]).toEqual(['2022-05-09', 'day']);
    expect(e!.label).toMatch(/on Monday \[9 May 2022\]/);
    expect(e!.sources.map((s) => [s.expression, s.support ?? null, s.start])).toEqual([
      ['on Monday', null, '2022-05-09'],
      ['in May', 'coarser', '2022-05-01'],
    ]);
  });

  it('stays an event of its own when it tells another act, or when two acts inside its window match', () => {
    const other = buildCorpus(
      [
        dayReport,
        article('b.txt', '2022-07-02', 'A choir from the harbour district sang at the cathedral of Marrowick in May.'),
      ],
      story,
    );
    expect(other.events.map((e) => e.precision).sort()).toEqual(['day', 'month']);
    const two = buildCorpus(
      [
        dayReport,
        article(
          'c.txt',
          '2022-05-20',
          'The port authority closed the northern quay of Marrowick on Thursday after a grain ship struck the old pier.',
        ),
        article(
          'b.txt',
          '2022-07-02',
          'The port authority closed the northern quay of Marrowick in May after a grain ship struck the old pier.',
        ),
      ],
      story,
    );
    expect(two.events.map((e) => e.precision).sort()).toEqual(['day', 'day', 'month']);
  });
});

describe('a plan reported done', () => {
  it('is a happened event labelled by the sentence that tells it done, the plan kept among its sources', () => {
    const mentionsOf = (slug: string, date: string, sentence: string) =>
      extractMentions(slug, date, readPassages([{ type: 'paragraph', text: sentence, anchor: 'p-1', line: 1 }]))
        .mentions;
    const [event] = mergeMentions(
      [
        ...mentionsOf(
          'a',
          '2024-11-04',
          'The harbour board will meet on 9 November 2024 to appoint an interim director.',
        ),
        ...mentionsOf('b', '2024-11-12', 'The harbour board met on 9 November 2024 and appointed an interim director.'),
      ],
      { start: '2024-01-01', end: '2024-12-31' },
    );
    expect(event).toMatchObject({ kind: 'happened', label: expect.stringMatching(/^The harbour board met/) });
    expect(event!.sources.map((s) => [s.slug, s.kind])).toEqual([
      ['a', 'planned'],
      ['b', 'happened'],
    ]);
  });
});

describe('a plan that a sentence in a language without statement words seems to tell done', () => {
  it('stays a plan: only sentences whose tense was read can make it done', () => {
    const plan = extractMentions(
      'a',
      '2024-11-04',
      readPassages([
        {
          type: 'paragraph',
          text: 'The harbour board will meet on 9 November 2024 to appoint an interim director.',
          anchor: 'p-1',
          line: 1,
        },
      ]),
    ).mentions;
    // The same plan in a language the engine has no statement words for: every sentence there reads as told done.
    const unread = plan.map((m) => ({ ...m, slug: 'b', language: 'sk', kind: 'happened' as const }));
    const [event] = mergeMentions([...plan, ...unread], { start: '2024-01-01', end: '2024-12-31' });
    expect(event!.kind).toBe('planned');
    expect(event!.sources.map((s) => s.slug)).toEqual(['a', 'b']);
  });
});

describe('mergeMentions', () => {
  const mentionsOf = (slug: string, date: string, sentence: string) =>
    extractMentions(slug, date, readPassages([{ type: 'paragraph', text: sentence, anchor: 'p-1', line: 1 }])).mentions;
  const events = mergeMentions(
    [
      ...mentionsOf('a', '2024-03-06', 'The harbour authority reopened the northern pier on Tuesday.'),
      ...mentionsOf('b', '2024-03-07', 'Crews returned to the northern pier when it reopened on Tuesday.'),
      ...mentionsOf('c', '2024-03-06', 'A choir sang at the cathedral on Tuesday evening.'),
    ],
    { start: '2024-01-01', end: '2024-12-31' },
  );

  it('makes one event of two articles’ sentences about one act, and keeps another act on that day apart', () => {
    expect(events.map((e) => [e.id, e.sources.map((s) => s.slug)])).toEqual([
      ['2024-03-05-day-choir-sang-cathedral-evening', ['c']],
      ['2024-03-05-day-harbour-authority-reopened-northern-pier', ['a', 'b']],
    ]);
  });

  it('labels the event with the clause that best opens with its subject, and cites every sentence', () => {
    expect(events[1]).toEqual({
      id: '2024-03-05-day-harbour-authority-reopened-northern-pier',
      start: '2024-03-05',
      end: '2024-03-05',
      precision: 'day',
      openEnd: false,
      label: 'The harbour authority reopened the northern pier on Tuesday [5 March 2024]',
      labelSource: 0,
      inFocus: true,
      kind: 'happened',
      reports: 2,
      independent: 2,
      sources: [
        {
          slug: 'a',
          quote: 'The harbour authority reopened the northern pier on Tuesday.',
          excerpt: 'The harbour authority reopened the northern pier on Tuesday',
          anchor: 'p-1',
          expression: 'on Tuesday',
          resolution:
            'The article, dated Wed 6 Mar 2024, tells “on Tuesday” in the past tense, so it means the most recent Tuesday: 2024-03-05.',
          start: '2024-03-05',
          end: '2024-03-05',
          openEnd: false,
          kind: 'happened',
        },
        {
          slug: 'b',
          quote: 'Crews returned to the northern pier when it reopened on Tuesday.',
          excerpt: 'Crews returned to the northern pier when it reopened on Tuesday',
          anchor: 'p-1',
          expression: 'on Tuesday',
          resolution:
            'The article, dated Thu 7 Mar 2024, tells “on Tuesday” in the past tense, so it means the most recent Tuesday: 2024-03-05.',
          start: '2024-03-05',
          end: '2024-03-05',
          openEnd: false,
          kind: 'happened',
        },
      ],
    });
  });
});
