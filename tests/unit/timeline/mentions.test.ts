/** Dated mentions: each temporal expression resolved against its article's date, or reported when it cannot be. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { contentTerms, extractMentions } from '../../../src/engine/timeline/mentions.ts';
import { readPassages } from '../../../src/engine/timeline/passages.ts';
import { readStory, seedCorpus, textSeed } from '../../helpers.ts';

const passagesOf = (...paragraphs: string[]) =>
  readPassages(paragraphs.map((text, i) => ({ type: 'paragraph' as const, text, anchor: `p-${i + 1}`, line: i + 1 })));

describe('contentTerms', () => {
  it('gives the act classes the text names, then its content words lightly stemmed', () => {
    expect(contentTerms('The council demanded the closure of the old depot on Monday.')).toEqual([
      '~demand',
      '~end',
      'council',
      'demand',
      'closure',
      'old',
      'depot',
      'monday',
    ]);
  });

  it('leaves out the words of the expression it is told to skip', () => {
    expect(contentTerms('Officials asked for the depot to shut down', 'on Monday')).toEqual([
      '~demand',
      '~end',
      'official',
      'ask',
      'depot',
      'shut',
      'down',
    ]);
  });
});

describe('extractMentions', () => {
  it('turns a dated sentence into a mention: window, how it was resolved, label and terms', () => {
    const { mentions, unresolved } = extractMentions(
      'harbour-news',
      '2024-03-06',
      passagesOf('The harbour authority reopened the northern pier on Tuesday, after a long winter of repairs.'),
    );
    expect(unresolved).toEqual([]);
    expect(mentions).toEqual([
      {
        start: '2024-03-05',
        end: '2024-03-05',
        precision: 'day',
        resolution:
          'The article, dated Wed 6 Mar 2024, tells “on Tuesday” in the past tense, so it means the most recent Tuesday: 2024-03-05.',
        slug: 'harbour-news',
        articleDate: '2024-03-06',
        anchor: 'p-1',
        quote: 'The harbour authority reopened the northern pier on Tuesday, after a long winter of repairs.',
        expression: 'on Tuesday',
        excerpt: 'The harbour authority reopened the northern pier on Tuesday, after a long winter of repairs',
        label:
          'The harbour authority reopened the northern pier on Tuesday [5 March 2024], after a long winter of repairs',
        terms: ['harbour', 'authority', 'reopen', 'northern', 'pier', 'long', 'winter', 'repair'],
        language: 'en',
        keys: ['~harbo', '~autho', '~reope', '~north', '~after', '~winte', '~repai'],
        openEnd: false,
        kind: 'happened',
      },
    ]);
  });

  it('tells as a plan what an article gives without a future tense for a day after it was written', () => {
    const { mentions } = extractMentions(
      'a',
      '2024-11-20',
      passagesOf('A decree requiring two tugs for the largest ships takes effect on 1 December 2024.'),
    );
    expect(mentions[0]).toMatchObject({ start: '2024-12-01', kind: 'planned' });
  });

  it('reads a limit told as met in the past as the day gone by', () => {
    // 16 December 2024 is a Monday: "by Saturday" is the 14th, not the 21st.
    const { mentions } = extractMentions(
      'a',
      '2024-12-16',
      passagesOf('All twelve crew were brought ashore by Saturday morning.'),
    );
    expect(mentions[0]).toMatchObject({ start: '2024-12-14', kind: 'happened' });
  });

  it('gives a mention of “after January 1” an open end', () => {
    const { mentions } = extractMentions(
      'a',
      '2023-12-11',
      passagesOf('A liquidation phase will begin after January 1.'),
    );
    expect(mentions[0]!.openEnd).toBe(true);
  });

  it('relative dates are resolved only when the window pins them', () => {
    const ps = passagesOf('The depot closed in June, officials said.', 'Trucks left last week.');
    const { mentions, unresolved } = extractMentions(
      'a',
      { date: null, earliest: '2023-12-08', latest: '2023-12-14' },
      ps,
    );
    expect(mentions.map((m) => [m.expression, m.start])).toEqual([['in June', '2023-06-01']]);
    expect(unresolved.map((u) => u.expression)).toEqual(['last week']);
  });

  it('says why a relative date stays unresolved when the article is only known to be later than a day', () => {
    const { mentions, unresolved } = extractMentions(
      'x',
      { date: null, earliest: '2024-03-01', latest: null },
      passagesOf('The pier reopened on Tuesday.'),
    );
    expect(mentions).toEqual([]);
    expect(unresolved).toEqual([
      {
        slug: 'x',
        anchor: 'p-1',
        expression: 'on Tuesday',
        reason: "The article's date is only known to lie on or after 2024-03-01, which does not pin it.",
      },
    ]);
  });
});

describe('mentions in a collection', () => {
  const corpus = seedCorpus();
  const story = readStory();

  it('record how each expression was resolved', () => {
    const lastWeek = corpus.events.flatMap((e) => e.sources).find((c) => c.expression === 'Last week')!;
    expect(lastWeek.resolution).toBe(
      '“Last week” in an article dated Mon 11 Dec 2023 means the week before, Mon 4 Dec 2023 – Sun 10 Dec 2023 (weeks start on Monday).',
    );
  });

  it('reports relative expressions it cannot place when an article has no date', () => {
    const c = buildCorpus(
      [
        textSeed(
          'u.txt',
          'The port authority closed the northern quay on Monday after a ship struck the pier in the night.\n',
        ),
      ],
      story,
    );
    expect(c.events).toEqual([]);
    expect(c.unresolved).toEqual([
      {
        slug: c.articles[0]!.slug,
        anchor: 'p-1',
        expression: 'on Monday',
        reason: 'The article has no date to resolve it against.',
      },
    ]);
  });
});

/** The first day of each mention of a one-sentence article in `language`, published on `date`. */
const startsOf = (language: string, date: string, sentence: string) =>
  extractMentions(
    'a',
    date,
    readPassages([{ type: 'paragraph', text: sentence, anchor: 'p-1', line: 1 }], language),
    language,
  ).mentions.map((m) => m.start);

describe('a limit named in the article’s language', () => {
  it('looks toward its day, as "until" does, whatever tense the sentence reads in', () => {
    // A notice of 6 November 2024: the yard stays open until the end of the coming December.
    expect(startsOf('de', '2024-11-06', 'Der Wertstoffhof ist noch bis Ende Dezember samstags geöffnet.')).toEqual([
      '2024-12-01',
    ]);
    expect(startsOf('fr', '2024-11-06', "La déchetterie reste ouverte jusqu'à fin décembre.")).toEqual(['2024-12-01']);
  });
  it('is a day gone by when a past auxiliary tells the limit', () => {
    // "By Wednesday only nine had been lifted", in an article of Friday 9 October 2026.
    expect(startsOf('de', '2026-10-09', 'Bis Mittwoch waren erst neun Container gehoben.')).toEqual(['2026-10-07']);
  });
});

describe('a plan told in the article’s language', () => {
  it('looks ahead where the tense was not read', () => {
    // Friday 15 September 2023: "the growers will take part on Saturday" is the next day.
    expect(startsOf('ro', '2023-09-15', 'Producătorii vor participa sâmbătă la târgul de toamnă.')).toEqual([
      '2023-09-16',
    ]);
    expect(startsOf('pl', '2024-05-27', 'Obiekt zostanie otwarty w najbliższą sobotę.')).toEqual(['2024-06-01']);
  });
  it('leaves a date in a relative clause to its own past verb', () => {
    // 12 November 2024: the trains "that broke down 37 times in October" did so this October.
    expect(
      startsOf(
        'pt',
        '2024-11-12',
        'A empresa vai reforçar a manutenção das automotoras, que em outubro registaram 37 avarias.',
      ),
    ).toEqual(['2024-10-01']);
  });
});
