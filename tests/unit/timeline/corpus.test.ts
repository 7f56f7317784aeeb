/** The collection stages: unique slugs, dates settled with the other articles' help, and a report line per seed. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { readStory, textSeed } from '../../helpers.ts';

const REPORT =
  'The harbour authority reopened the northern pier on Tuesday after a long winter of repairs, and 214 fishing boats returned to their berths at the old quay within hours. Crews had rebuilt 38 metres of the sea wall since January, the port director said on Tuesday. The ferry to the islands will resume its summer timetable on May 1, officials added.';

describe('buildCorpus', () => {
  const corpus = buildCorpus(
    [
      textSeed('a.txt', `date 2024-03-06\n\n${REPORT}\n`),
      textSeed('b.txt', `${REPORT}\n`),
      textSeed(
        'c.txt',
        'The council voted on the new harbour fees on March 4, 2024. The fees will take effect on June 1, 2024, officials said.\n',
      ),
      textSeed('d.txt', ''),
    ],
    readStory(),
    { today: '2024-03-01' },
  );
  const [dated, copy, council] = corpus.articles;

  it('takes no day from a dated copy of its text; the act both date to Tuesday bounds it to the week from that day', () => {
    expect(copy!.published).toMatchObject({
      date: null,
      basis: 'inferred',
      earliest: '2024-03-05',
      latest: '2024-03-11',
      precision: 'window',
      corroboratedBy: dated!.slug,
    });
    expect(copy!.published.reason).toContain('another article dates that act to Tuesday 2024-03-05');
  });

  it('bounds an article with no day to go by between its latest past and earliest future event', () => {
    expect(council!.published).toMatchObject({ date: null, earliest: '2024-03-04', latest: '2024-06-01' });
    expect(council!.published.reason).toBe(
      'The text states no date and has no weekday that an explicit date in it told in the past falls on. Other articles never date it: not the facts it shares with them, and not a copy of its text, which may have been posted before or after it (a copy only gives the year to a dateline both carry). But the latest event it tells in the past is “The council voted on the new harbour fees on March 4, 2024.” (on March 4, 2024), so it was published on or after 4 Mar 2024; the earliest it tells in the future is “The fees will take effect on June 1, 2024,” (on June 1, 2024), so on or before 1 Jun 2024.',
    );
  });

  it('reports every seed in file order: included, included with warnings, or rejected with the fix', () => {
    expect(corpus.report).toEqual([
      {
        file: 'a.txt',
        status: 'warnings',
        slug: 'the-harbour-authority-reopened-the-northern-pier-on-tuesday',
        notes: ['line 1: Its stated date, 2024-03-06, is after the day the site was built; check the date.'],
      },
      {
        file: 'b.txt',
        status: 'warnings',
        slug: 'the-harbour-authority-reopened-the-northern-pier-on-tuesday-2',
        notes: [
          'Its slug “the-harbour-authority-reopened-the-northern-pier-on-tuesday” is already used by a.txt; it was published as “the-harbour-authority-reopened-the-northern-pier-on-tuesday-2”. Set `slug:` in front matter to choose another.',
        ],
      },
      {
        file: 'c.txt',
        status: 'included',
        slug: 'the-council-voted-on-the-new-harbour-fees-on-march-4-2024',
        notes: [],
      },
      {
        file: 'd.txt',
        status: 'rejected',
        slug: null,
        notes: ['d.txt:1: is empty or holds only white space. Fix: put the article text in the file, or delete it.'],
      },
    ]);
    expect(corpus.stats).toEqual({ parsed: 3, cached: 0 });
  });
});
