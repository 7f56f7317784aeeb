/**
 * The whole collection: parse every seed, settle the dates that need the other
 * articles, make slugs unique, and extract the timeline. Pure: bytes in, records out.
 *
 * The stages, in order (`buildCorpus`): parse each seed (or take it from the
 * cache); make slugs unique and warn about what the collection shows; date
 * undated articles from their own text (a year-less dateline from a copy that
 * carries the same dateline and report), then bound the rest by the acts they
 * tell that dated articles date (a window, never a day), then by their events;
 * extract the dated mentions and merge them into events; let undated sentences support
 * the events they tell (never date them); link articles through
 * the events; report on every seed.
 */
import { createHash } from 'node:crypto';
import { parseArticle, type ParseOptions } from '../article/parse.ts';
import type { SeedInput } from '../read/decode.ts';
import { SeedError } from '../read/errors.ts';
import type { Article } from '../schema/article.ts';
import type { Story } from '../schema/story.ts';
import type { TimelineEvent } from '../schema/timeline.ts';
import { extractMentions, type Mention, type PendingMention, type UnresolvedMention } from './mentions.ts';
import { dateFromCopies } from './copy-dates.ts';
import { boundByPeerEvents } from './event-bounds.ts';
import { mergeMentions } from './merge.ts';
import { markLiveEntries } from './live-entries.ts';
import { readPassages, type Passage } from './passages.ts';
import {
  boundFromEvents,
  boundUpdateOnly,
  narrowByDateline,
  inferFromWeekday,
  yearForDateline,
} from './publication-dates.ts';
import { linkArticles } from './related.ts';
import { joinUndated } from './supporting.ts';

/** What happened to one seed, for the build log. */
export interface SeedReport {
  /** The seed's file name. */
  file: string;
  /** Included as is, included with warnings, or rejected. */
  status: 'included' | 'warnings' | 'rejected';
  /** The slug, when included. */
  slug: string | null;
  /** Warnings or the rejection, one line each. */
  notes: string[];
}

/** A parse result kept between builds, keyed by seed name and content hash. */
export interface CachedParse {
  /** The article as parsed from its own text, before the collection is consulted. */
  article: Article;
  /** Its sentences and temporal expressions. */
  passages: Passage[];
}

/** Where parse results survive between builds; see `src/content/parse-cache.ts`. */
export interface ParseCache {
  /** A result for this key, if the seed is unchanged. */
  get(key: string): CachedParse | undefined;
  /** Remember a result. */
  set(key: string, value: CachedParse): void;
}

/** Options for a corpus build. */
export interface CorpusOptions extends ParseOptions {
  /** The day of the build (YYYY-MM-DD), to flag articles dated after it; null skips the check. */
  today?: string | null;
  /** Parse results from earlier builds. */
  cache?: ParseCache;
}

/** A seed's key in the parse cache: its name and a hash of its bytes. */
export function seedKey(seed: SeedInput): string {
  return `${seed.file}\u0000${createHash('sha256').update(seed.bytes).digest('hex')}`;
}

/** Parses one seed on its own, before the collection is consulted; throws a SeedError when it cannot be included. */
export function parseSeed(seed: SeedInput, options: ParseOptions = {}): CachedParse {
  const article = parseArticle(seed, options);
  return { article, passages: markLiveEntries(article, readPassages(article.blocks, article.language)) };
}

/** The engine's output for a collection of seeds. */
export interface Corpus {
  /** Included articles, in seed-file order. */
  articles: Article[];
  /** The timeline, in date order. */
  events: TimelineEvent[];
  /** Seeds that could not be included. */
  rejected: SeedError[];
  /** One line per seed. */
  report: SeedReport[];
  /** Temporal expressions left unresolved, with why. */
  unresolved: UnresolvedMention[];
  /** How many seeds were parsed now and how many came from the cache. */
  stats: { parsed: number; cached: number };
}

/** Builds the corpus from seed files (any order; they are sorted by name). */
export function buildCorpus(seeds: readonly SeedInput[], story: Story, options: CorpusOptions = {}): Corpus {
  const sorted = [...seeds].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const { parsed, rejected, stats } = parseWithCache(sorted, options);
  assignUniqueSlugs(parsed.map((p) => p.article));
  warnAboutDates(parsed, options.today ?? null);
  dateFromOwnText(parsed);
  dateFromCopies(parsed);
  boundByPeerEventsAll(parsed);
  boundByEvents(parsed);
  const { mentions, unresolved, pending } = extractAll(parsed);
  const events = mergeMentions(mentions, story.focus);
  joinUndated(events, pending);
  const articles = parsed.map((p) => p.article);
  linkArticles(articles, events);
  return { articles, events, rejected, report: seedReports(sorted, articles, rejected), unresolved, stats };
}

/** Parses every seed, or takes an unchanged one's result from the cache; a seed that cannot be included is set aside. */
function parseWithCache(
  sorted: readonly SeedInput[],
  options: CorpusOptions,
): { parsed: CachedParse[]; rejected: SeedError[]; stats: Corpus['stats'] } {
  const parsed: CachedParse[] = [];
  const rejected: SeedError[] = [];
  const stats = { parsed: 0, cached: 0 };
  for (const seed of sorted) {
    const key = options.cache ? seedKey(seed) : '';
    const hit = options.cache?.get(key);
    if (hit) {
      // A copy: the collection stages below rewrite slugs, dates and warnings.
      parsed.push(structuredClone(hit));
      stats.cached++;
      continue;
    }
    try {
      const entry = parseSeed(seed, options);
      options.cache?.set(key, structuredClone(entry));
      parsed.push(entry);
      stats.parsed++;
    } catch (error) {
      if (error instanceof SeedError) rejected.push(error);
      else throw error;
    }
  }
  return { parsed, rejected, stats };
}

/** Gives colliding slugs a numeric suffix in seed-file order, with a warning on the later article. */
function assignUniqueSlugs(articles: Article[]): void {
  const taken = new Map<string, Article>();
  for (const a of articles) {
    const base = a.slug;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    if (slug !== base) {
      a.warnings.push({
        line: null,
        message: `Its slug “${base}” is already used by ${taken.get(base)!.seedFile}; it was published as “${slug}”. Set \`slug:\` in front matter to choose another.`,
      });
      a.slug = slug;
    }
    taken.set(slug, a);
  }
}

/** Warns about an article no sentence of which gives a date, and about a stated date after the build day. */
function warnAboutDates(parsed: readonly CachedParse[], today: string | null): void {
  for (const p of parsed) {
    if (!p.passages.some((x) => x.expressions.length)) {
      p.article.warnings.push({
        line: null,
        message: 'No sentence gives a date, so the article adds nothing to the timeline.',
      });
    }
    const stated = p.article.published.basis === 'stated' ? p.article.published.date : null;
    if (stated && today && stated > today) {
      p.article.warnings.push({
        line: p.article.published.line,
        message: `Its stated date, ${stated}, is after the day the site was built; check the date.`,
      });
    }
  }
}

/** Dates from the text alone: a dateline's day and month with the year the text supports, else a past weekday. */
function dateFromOwnText(parsed: readonly CachedParse[]): void {
  for (const p of parsed) {
    const a = p.article;
    if (a.published.basis === 'unknown' && a.dateline?.date)
      a.published = yearForDateline(a.dateline.date, a.dateline.line, p.passages) ?? a.published;
    if (a.published.basis === 'unknown') a.published = inferFromWeekday(p.passages) ?? a.published;
    // An update stamp alone: published that day or before (`deciders/publication.ts`); the text may narrow it.
    const updateOnly = a.published.precision === 'open' && !a.published.earliest && a.published.latest;
    if (updateOnly) {
      const dateline = a.dateline?.date ? { text: a.dateline.date, line: a.dateline.line } : null;
      a.published = boundUpdateOnly(a.published, p.passages, dateline, a.language) ?? a.published;
    }
  }
}

/**
 * For the articles still undated: a window from the acts their past-tense weekdays tell, where articles dated
 * by their own text (or a copy) date the same act to that weekday (`event-bounds.ts`).
 */
function boundByPeerEventsAll(parsed: readonly CachedParse[]): void {
  const undated = parsed.filter((p) => p.article.published.basis === 'unknown');
  if (!undated.length) return;
  const dated = parsed
    .filter((p) => p.article.published.date)
    .flatMap((p) => extractMentions(p.article.slug, p.article.published, p.passages, p.article.language).mentions);
  // A dateline's own day ("MARROWICK, May 5") is for the article's text to place, not for another's act to move.
  for (const p of undated)
    if (!p.article.dateline?.date) p.article.published = boundByPeerEvents(p.passages, dated) ?? p.article.published;
}

/** Why an article is still undated once its text and its peers have been asked. */
const NO_DAY =
  'The text states no date and has no weekday that an explicit date in it told in the past falls on. Other articles never date it: not the facts it shares with them, and not a copy of its text, which may have been posted before or after it (a copy only gives the year to a dateline both carry).';

/** For the articles still undated: the window their own events leave (narrowed by a dateline), or why there is none. */
function boundByEvents(parsed: readonly CachedParse[]): void {
  for (const p of parsed) {
    const a = p.article;
    if (a.published.basis !== 'unknown') continue;
    const found = boundFromEvents(p.passages);
    const bounded = found && a.dateline?.date ? narrowByDateline(found, a.dateline.date, a.dateline.line) : found;
    a.published = bounded
      ? {
          ...bounded,
          reason: `${NO_DAY} ${bounded.reason.replace(/^The text states no date and no day can be inferred; /, 'But ')}`,
        }
      : {
          ...a.published,
          reason: `${a.published.reason === 'The text states no publication date.' ? '' : `${a.published.reason} `}${NO_DAY}`,
        };
  }
}

/** Every article's dated mentions, and the expressions that could not be dated. */
function extractAll(parsed: readonly CachedParse[]): {
  mentions: Mention[];
  unresolved: UnresolvedMention[];
  pending: PendingMention[];
} {
  const mentions: Mention[] = [];
  const unresolved: UnresolvedMention[] = [];
  const pending: PendingMention[] = [];
  for (const p of parsed) {
    const r = extractMentions(p.article.slug, p.article.published, p.passages, p.article.language);
    mentions.push(...r.mentions);
    unresolved.push(...r.unresolved);
    pending.push(...r.pending);
  }
  return { mentions, unresolved, pending };
}

/** One line per seed, in seed-file order: rejected with the reason, or included with its warnings. */
function seedReports(
  sorted: readonly SeedInput[],
  articles: readonly Article[],
  rejected: readonly SeedError[],
): SeedReport[] {
  const rejectedByFile = new Map(rejected.map((r) => [r.file, r]));
  const articleByFile = new Map(articles.map((a) => [a.seedFile, a]));
  return sorted.map((seed) => {
    const bad = rejectedByFile.get(seed.file);
    if (bad) return { file: seed.file, status: 'rejected', slug: null, notes: [bad.message] };
    const a = articleByFile.get(seed.file)!;
    const notes = a.warnings.map((w) => (w.line ? `line ${w.line}: ${w.message}` : w.message));
    return { file: seed.file, status: notes.length ? 'warnings' : 'included', slug: a.slug, notes };
  });
}
