/** The site's name and its tagline on the page's first line. */
import { describe, expect, it } from 'vitest';
import { siteTaglineReader, matchSiteTagline } from '../../../../../src/engine/article/readers/header/site-tagline.ts';
import { headerTake } from '../helpers.ts';

describe('matchSiteTagline', () => {
  it.each([
    ['Riverbend Daily | News for the valley', 'Riverbend Daily'],
    ['Riverbend Daily | News for the valley | Since 1921', null],
    ['Riverbend Daily | news for the valley', null],
    ['Port Reopens | What Comes Next?', null],
    // A site's clock and weather name no site.
    ['Lundi 21 octobre 2024 | Tunis 23°C', null],
  ])('%s → %s', (line, expected) => expect(matchSiteTagline(line)).toBe(expected));
});

describe('siteTaglineReader', () => {
  it.each<[string, { others?: string[]; above?: number }, string | null]>([
    ['Riverbend Daily | News for the valley', { others: ['Port Reopens After Repairs'] }, 'masthead'],
    // Alone in the header, it is more likely the headline.
    ['Riverbend Daily | News for the valley', {}, null],
    // Only on the header's first line.
    ['Riverbend Daily | News for the valley', { others: ['Transport'], above: 1 }, null],
  ])('%s %j → %s', (line, where, kind) => {
    const { kind: taken, found } = headerTake(siteTaglineReader, line, where);
    expect(taken).toBe(kind);
    expect(found.masthead).toEqual(kind ? { name: 'Riverbend Daily', line: 2 } : null);
  });
});
