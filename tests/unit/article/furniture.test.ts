/**
 * Datelines, page furniture, sign-offs and stamps: each rule on invented lines
 * of the shapes news arrives in, and on lines it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { matchDateline } from '../../../src/engine/article/readers/lede/dateline';
import { isCmsAccount } from '../../../src/engine/article/readers/furniture/cms-account';
import { isLinkListItem } from '../../../src/engine/article/readers/furniture/related-list-item';
import { isNavigationLine } from '../../../src/engine/article/readers/furniture/navigation';
import { isPageChrome } from '../../../src/engine/article/readers/furniture/page-chrome';
import { matchAgencyTag } from '../../../src/engine/article/readers/footer/agency-tag';
import { matchCopyright } from '../../../src/engine/article/readers/furniture/copyright';
import { matchForeignPublished } from '../../../src/engine/article/readers/furniture/foreign-published';
import { matchNameAndStamp } from '../../../src/engine/article/readers/furniture/name-and-stamp';
import { matchRelatedHeading } from '../../../src/engine/article/readers/furniture/related-heading';
import { matchSignOff } from '../../../src/engine/article/readers/footer/sign-off';
import { matchSourceLine } from '../../../src/engine/article/readers/furniture/source-line';
import { matchStampLine } from '../../../src/engine/article/readers/furniture/stamp-line';
import { readStamp } from '../../../src/engine/time/stamps';
import { matchByline as readByline } from '../../../src/engine/article/readers/header/byline';

describe('datelines', () => {
  it.each([
    [
      'KAMPALA, March 3 (Reuters) - The council voted…',
      { place: 'KAMPALA', agencies: ['Reuters'], outlets: [], date: { month: 3, day: 3, year: null } },
    ],
    [
      'BAMAKO, Dec. 12 (AFP) -- Troops left…',
      { place: 'BAMAKO', agencies: ['AFP'], date: { month: 12, day: 12, year: null } },
    ],
    ['LAGOS, Nigeria (AP) — Flooding closed…', { place: 'LAGOS, Nigeria', agencies: ['AP'], date: null }],
    ['ANKARA (AA) - A caravanserai reopened…', { place: 'ANKARA', agencies: ['Anadolu'] }],
    [
      'BERLIN, 5 March 2024 (dpa) - Trains stopped…',
      { place: 'BERLIN', agencies: ['dpa'], date: { year: 2024, month: 3, day: 5 } },
    ],
    [
      'Harbourton, (NAN - Coast Ledger / Coast Ledger - 11th Dec, 2023) The port…',
      { place: 'Harbourton', agencies: ['NAN'], outlets: ['Coast Ledger'], date: { year: 2023, month: 12, day: 11 } },
    ],
    ['Stung Treng (Cambodia) (AFP) - Fishers marched…', { place: 'Stung Treng (Cambodia)', agencies: ['AFP'] }],
    ['Lima, Jun 2 (EFE).- The glacier…', { place: 'Lima', agencies: ['EFE'], date: { month: 6, day: 2, year: null } }],
    [
      'WINDHOEK, Dec. 12 -- Namibia took control…',
      { place: 'WINDHOEK', agencies: [], date: { month: 12, day: 12, year: null } },
    ],
    [
      'CAIRO — The ministry said on Sunday that the new bridge over the canal would open next spring.',
      { place: 'CAIRO', agencies: [], date: null },
    ],
    [
      'Amman - The minister affirmed the continuation of the water projects in the southern governorates this year.',
      { place: 'Amman', agencies: [], date: null },
    ],
    ['Ege Haber — English Edition', null],
  ])('%s', (line, expected) => {
    if (expected === null) expect(matchDateline(line)).toBeNull();
    else expect(matchDateline(line)).toMatchObject(expected);
  });

  it.each([
    'The United Nations (UN) said on Monday that it would leave.',
    'NATO — the alliance — met on Tuesday.',
    'Meanwhile - the rains continued.',
    'In Kampala, March 3 was a quiet day.',
  ])('leaves a lede alone: %s', (line) => {
    expect(matchDateline(line)).toBeNull();
  });

  it('takes only the dateline: the rest of the line is the lede', () => {
    const line = 'KAMPALA, March 3 (Reuters) - The council voted on Tuesday.';
    const d = matchDateline(line)!;
    expect(line.slice(d.length)).toBe('The council voted on Tuesday.');
    expect(d.text).toBe('KAMPALA, March 3 (Reuters)');
  });
});

describe('page furniture', () => {
  it.each(['Open Menu', 'Skip to content', 'Home', 'Home » World » Africa', 'Home | News | Politics', 'Menu Search'])(
    'navigation: %s',
    (line) => {
      expect(isNavigationLine(line)).toBe(true);
    },
  );
  it.each([
    'Home is where the harbour was, said the mayor.',
    'World leaders met in Geneva on Monday to discuss the plan.',
  ])('not navigation: %s', (line) => {
    expect(isNavigationLine(line)).toBe(false);
  });

  it.each([
    'Advertisement',
    'Listen to this article 4 min',
    '5 min read',
    'Subscribe to our newsletter',
    'Follow us on WhatsApp for the latest news',
    'We use cookies to improve your experience. By continuing to browse you accept our cookies.',
    'Translated from French by the desk',
    'Soldiers hand out masks at a school. Photo: Agency / Jane Roe',
  ])('page chrome: %s', (line) => expect(isPageChrome(line)).toBe(true));
  it('not page chrome: a sentence about cookies or photos', () => {
    expect(isPageChrome('The bakery sold cookies to the soldiers on Monday.')).toBe(false);
    expect(isPageChrome('Photographers were barred from the courtroom.')).toBe(false);
  });

  it('"read also" headings, alone or with a headline, and their list items', () => {
    expect(matchRelatedHeading('READ ALSO:')).toEqual({ inline: null });
    expect(matchRelatedHeading('ALSO READ: Ghana passes its budget')).toEqual({ inline: 'Ghana passes its budget' });
    expect(matchRelatedHeading('Related')).toEqual({ inline: null });
    expect(
      matchRelatedHeading(
        'Read more about the plan in the full report, which the ministry published on Monday with a long annex of figures for every district of the region.',
      ),
    ).toBeNull();
    expect(isLinkListItem('- Parliament approves 2024/2025 budget')).toBe(true);
    expect(isLinkListItem('Ghana passes its 2024/2025 budget after a marathon session')).toBe(true);
    expect(
      isLinkListItem(
        'The council said on Monday that the bridge would reopen in the spring, once engineers had inspected every pillar.',
      ),
    ).toBe(false);
  });

  it('source lines credit what they name', () => {
    expect(matchSourceLine('CULLED FROM The Daily Meridian')).toEqual(['The Daily Meridian']);
    expect(matchSourceLine('Source: Harbour Post')).toEqual(['Harbour Post']);
    expect(matchSourceLine('Source: Xinhua| 2023-06-08 21:04:17|Editor: desk')).toEqual(['Xinhua']);
    expect(matchSourceLine('Sources said the talks had failed.')).toBeNull();
  });

  it('trailing agency tags credit each agency', () => {
    expect(matchAgencyTag('The market reopens on Friday. (dpa/NAN)')).toMatchObject({ names: ['dpa', 'NAN'] });
    expect(matchAgencyTag('The plant opens next year. (AFP)')).toMatchObject({ names: ['AFP'] });
    expect(matchAgencyTag('The rains have returned. - Xinhua')).toMatchObject({ names: ['Xinhua'] });
    expect(matchAgencyTag('He said it was over (for now)')).toBeNull();
  });

  it('copyright lines name the holder', () => {
    expect(matchCopyright('© 2024 The Coastline Courier. All rights reserved.')).toBe('The Coastline Courier');
    expect(matchCopyright('Copyright 2021 Lakeshore Media Ltd')).toBe('Lakeshore Media');
  });

  it('CMS account names are not people', () => {
    for (const line of ['Admin', 'Editor', 'Web Desk', 'By Staff Reporter']) expect(isCmsAccount(line)).toBe(true);
    expect(isCmsAccount('Amara Okafor')).toBe(false);
  });
});

describe('bylines, sign-offs and stamps', () => {
  it('bylines with an agency, a role or a place', () => {
    expect(readByline('By Amara Okafor, AFP')).toEqual({ name: 'Amara Okafor', agencies: ['AFP'] });
    expect(readByline('By Jane Doe | Staff Reporter')).toEqual({ name: 'Jane Doe', agencies: [] });
    expect(readByline('Written by Jane Doe in Kampala')).toEqual({ name: 'Jane Doe', agencies: [] });
    expect(readByline('Par Claire Denoël')).toEqual({ name: 'Claire Denoël', agencies: [] });
    expect(readByline('By the end of the year the port had reopened.')).toBeNull();
  });

  it('sign-offs name the reporter, desk slugs name nobody', () => {
    expect(matchSignOff('Chikondi Banda reports.')).toEqual({ author: 'Chikondi Banda' });
    expect(matchSignOff('(Reporting by Sopheak Chan in Stung Treng; Editing by Mark Hollis)')).toEqual({
      author: 'Sopheak Chan',
    });
    expect(matchSignOff('Additional reporting by Noy Vongsa')).toEqual({ author: null });
    expect(matchSignOff('bur-sp/mh')).toEqual({ author: null });
    expect(matchSignOff('The minister reports to parliament on Monday.')).toBeNull();
  });

  it('a name and a stamp on one line', () => {
    expect(matchNameAndStamp('Ngozi Abara Published December 11, 2023 | 07:10 PM')).toMatchObject({
      name: 'Ngozi Abara',
      stamp: { date: '2023-12-11', time: '19:10' },
    });
    expect(matchNameAndStamp('Admin Published June 17, 2025 | 09:42 AM')).toMatchObject({
      name: null,
      stamp: { date: '2025-06-17' },
    });
    expect(matchNameAndStamp('Selin Kaya | 03.11.2019 - Update : 04.11.2019')).toMatchObject({
      name: 'Selin Kaya',
      stamp: { date: '2019-11-03' },
    });
  });

  it('stamp lines, and dates that cannot be read one way only', () => {
    expect(matchStampLine('Updated 9:47 AM GMT, July 22, 2022')).toMatchObject({
      verb: 'updated',
      stamp: { date: '2022-07-22' },
    });
    expect(matchStampLine('12th October, 2021')).toMatchObject({ verb: 'date', stamp: { date: '2021-10-12' } });
    expect(matchStampLine('Tuesday, 12 of March of 2024')).toMatchObject({ stamp: { date: '2024-03-12' } });
    expect(matchStampLine('15 апреля 2021')).toMatchObject({ stamp: { date: '2021-04-15' } });
    expect(readStamp('04/03/2024')).toBeNull();
    expect(readStamp('23/08/2022')).toMatchObject({ date: '2022-08-23' });
    expect(readStamp('23.08.2022')).toMatchObject({ date: '2022-08-23' });
    expect(matchStampLine('The council met on March 3, 2024 to vote on the budget.')).toBeNull();
  });

  it('publication stamps in other languages', () => {
    expect(matchForeignPublished('Publié le 18 février 2020 à 17h32')).toMatchObject({
      verb: 'published',
      stamp: { date: '2020-02-18' },
    });
    expect(matchForeignPublished('Publié le 14/03/2025 à 12h40')).toMatchObject({
      verb: 'published',
      stamp: { date: '2025-03-14', time: '12:40' },
    });
    expect(matchForeignPublished('Mis à jour le 19 février 2020')).toMatchObject({ verb: 'updated' });
  });
});
