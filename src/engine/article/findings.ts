/**
 * What the readers find in one seed. The readers of each zone fill this record in order; the deciders then settle
 * the article's fields from it alone.
 */
import type { SourceLine } from '../read/lines.ts';
import type { Credit, RemovedLine, Warning } from '../schema/article.ts';
import type { Stamp } from '../time/stamps.ts';
import type { DatelineMatch } from './readers/lede/dateline.ts';

/** What the readers found in one seed, zone by zone. */
export interface Findings {
  /** Lines and parts of lines taken out of the body, in the order they were taken. */
  removed: RemovedLine[];
  /** Problems that did not stop the seed from being read, in the order found. */
  warnings: Warning[];
  /** Agencies credited by source, copyright, agency and stamp lines, bylines and agency tags, in the order found. */
  credits: Credit[];
  /** Tags from tag lines, in the order they stand. */
  tags: string[];
  /** The seed's leading `date YYYY-MM-DD` line, with the language it may name. */
  dateLine: { date: string; line: number; language: { code: string; name: string } | null } | null;
  /** The organisation a press release names as its issuer (`News provided by`, `SOURCE …`, `on behalf of …`). */
  issuer: { name: string; line: number } | null;
  /** The holder a copyright line names, when it is not an agency. */
  copyright: { holder: string; line: number } | null;
  /** A publishing-system account standing where a writer's name would (`Admin`). */
  cmsAccount: { text: string; line: number } | null;
  /** The first line that gives a writer (or an account) and a stamp together. */
  nameStamp: { line: number; text: string } | null;
  /** The page's name, standing above its menu. */
  siteName: { name: string; line: number } | null;
  /** A numeric date that reads two ways (`09/10/2022`): the two days it can mean. */
  ambiguous: { line: number; text: string; days: [string, string] } | null;
  /** A stamp whose month's name is another month in another language (`21.lis 2024`): read once the language is known. */
  ambiguousMonth: { line: number; text: string } | null;
  /** A stamp that gives only a month and a year (`März 2024`): the article was published within that month. */
  monthStamp: { line: number; year: number; month: number; toMonth?: number; phrase: string } | null;
  /** An update stamp or a bare date: it dates the article only when nothing better does. */
  stamp: { line: number; verb: 'updated' | 'date'; stamp: Stamp; phrase: string } | null;
  /** The line that states the time of publication: `Published: …`, a writer with a stamp, or a stamp in another language. */
  publishedLine: { line: number; stamp: Stamp | null; phrase: string } | null;
  /** The wire dateline at the head of the lede. */
  dateline: { match: DatelineMatch; line: number } | null;
  /** The masthead that names the outlet, or the site's name before its tagline. */
  masthead: { name: string; line: number } | null;
  /** The writer: from a byline, a name with a stamp, or a name beside the stamp. */
  author: { name: string; line: number; how: 'byline' | 'name-stamp' } | null;
  /** The headline. */
  headline: SourceLine | null;
  /** The kicker above the headline, which names the section. */
  kicker: SourceLine | null;
  /** The writer an author bio on the last line introduces, when there is no byline. */
  bioAuthor: { name: string; line: number } | null;
  /** The reporter a sign-off names (`Jane Doe reports.`). */
  signOff: { name: string; line: number } | null;
}

/** An empty record, starting from what reading the seed's text removed and warned about. */
export function newFindings(removed: readonly RemovedLine[], warnings: readonly Warning[]): Findings {
  return {
    removed: [...removed],
    warnings: [...warnings],
    credits: [],
    tags: [],
    dateLine: null,
    copyright: null,
    issuer: null,
    cmsAccount: null,
    nameStamp: null,
    siteName: null,
    ambiguous: null,
    ambiguousMonth: null,
    monthStamp: null,
    stamp: null,
    publishedLine: null,
    dateline: null,
    masthead: null,
    author: null,
    headline: null,
    kicker: null,
    bioAuthor: null,
    signOff: null,
  };
}

/** Credits an agency unless it is credited already; `at` places it (the end by default). */
export function addCredit(credits: Credit[], name: string, quote: string, at = credits.length): void {
  if (!credits.some((c) => c.name === name)) credits.splice(at, 0, { name, quote, anchor: '' });
}
