/**
 * A live page stamped only with its last update: its newest entries are read against the update's day, and the
 * page's own voice ("We are pausing our coverage") tells no event.
 */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../../src/engine/timeline/corpus.ts';
import { liveEntryDays } from '../../../src/engine/timeline/live-entries.ts';
import { extractMentions } from '../../../src/engine/timeline/mentions.ts';
import { textSeed } from '../../helpers.ts';

const page = (entries: string) =>
  [
    'The Valley Courier',
    'Reservoir leak: live updates',
    'By Ana Brook',
    'Updated 5 June 2025, 19:40 BST',
    '',
    'Key points',
    'The dam operator opened the spillway on Tuesday morning',
    '',
    entries,
  ].join('\n');

const NEWEST_FIRST = [
  '19:40',
  'We are closing our live coverage here for tonight. Thank you for reading.',
  '',
  '18:05',
  'The water board said the first tanker of drinking water reached Elmbury this evening.',
  '',
  '16:30',
  'Engineers expect to finish the temporary repair on Friday, the operator said.',
  '',
].join('\n');

const read = (text: string) => {
  const { article, passages } = parseSeed(textSeed('live.txt', text));
  return { article, ...extractMentions(article.slug, article.published, passages, article.language) };
};

describe('a live page dated only by its update', () => {
  it('reads its entries against the update’s day, the page’s first publication still unknown', () => {
    const { article, mentions } = read(page(NEWEST_FIRST));
    expect(article.published).toMatchObject({ date: null, latest: '2025-06-05' });
    expect(liveEntryDays(article).map((d) => d.day)).toEqual(['2025-06-05', '2025-06-05', '2025-06-05']);
    const when = (word: string) => mentions.find((m) => m.quote.includes(word));
    expect(when('tanker')).toMatchObject({ start: '2025-06-05', kind: 'happened' });
    expect(when('temporary repair')).toMatchObject({ start: '2025-06-06', kind: 'planned' });
  });

  it('leaves its summary above the entries, and the page speaking of itself, out of the timeline', () => {
    const { mentions } = read(page(NEWEST_FIRST));
    expect(mentions.some((m) => m.quote.includes('spillway'))).toBe(false);
    expect(mentions.some((m) => m.quote.includes('live coverage'))).toBe(false);
  });

  it('stops where the times rise again: that entry was written on an earlier day the page does not name', () => {
    const older = `${NEWEST_FIRST}\n21:10\nCrews were still at the dam late this evening.\n`;
    const { mentions } = read(page(older));
    expect(mentions.some((m) => m.quote.includes('Crews were still'))).toBe(false);
    expect(mentions.some((m) => m.quote.includes('tanker'))).toBe(true);
  });

  it('is no live page when the newest entry’s time is not the update’s', () => {
    const { article, mentions } = read(page(NEWEST_FIRST.replace('19:40', '19:10')));
    expect(liveEntryDays(article)).toEqual([]);
    expect(mentions.some((m) => m.quote.includes('tanker'))).toBe(false);
  });

  it('reads the entries after midnight against the update’s day, and those before it against the day of publication', () => {
    const overnight = [
      'The Valley Courier',
      'Reservoir leak: overnight updates',
      'Published: 9 October 2025, 21:02 · Last updated: 10 October 2025, 08:41',
      '',
      '08:41',
      'The water board said the spillway was closed again this morning.',
      '',
      '00:15',
      'Crews reported that the dam held through the night, the operator said.',
      '',
      '11:30 pm',
      'The first evacuation buses left the lower valley this evening, the council said.',
      '',
    ].join('\n');
    const { mentions } = read(overnight);
    const when = (word: string) => mentions.find((m) => m.quote.includes(word));
    expect(when('spillway')).toMatchObject({ start: '2025-10-10' });
    expect(when('evacuation buses')).toMatchObject({ start: '2025-10-09' });
  });
});
