/** How an article is named when cited: one rule for every page, feed and export. */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { formatShortDate } from './format.ts';
import type { Article } from '../engine/schema/article.ts';
import { byPublication } from '../engine/timeline/sources.ts';

/** The fields the naming rule reads. */
export type NameableArticle = Pick<Article, 'slug' | 'publisher' | 'author' | 'title' | 'published'>;

/** An article together with the name the site cites it by. */
export type NamedArticle<T extends NameableArticle = Article> = T & {
  /** The short, stable name from `sourceNames` (publisher, or author and date, or “Unnamed outlet” and date). */
  sourceName: string;
  /** True when `sourceName` already carries the publication date, so it is not written twice. */
  nameHasDate: boolean;
};

/** The sentence /about/ shows, so the rule is explained where it is defined. */
export const NAMING_RULE =
  'A source is named by its publisher; failing that, by its author and date (“Jane Doe, 11 Dec 2023”) or as “Unnamed outlet” with its date, plus its number in the article list (“article 2”) when two would share a name; every link to a source also carries its full headline for screen readers.';

/** The widest publication window a source's name shows; a wider one names it as undated (its page gives the window). */
export const NAME_WINDOW_DAYS = 62;

/** The rule for one article, before telling apart articles that share a name. */
export function baseSourceName(a: NameableArticle): { name: string; hasDate: boolean } {
  if (a.publisher) return { name: a.publisher, hasDate: false };
  const { date, earliest, latest } = a.published;
  // A window of a few weeks helps a reader place the article; one of years only reads as noise in a name.
  const when = date
    ? formatShortDate(date)
    : earliest && latest && differenceInCalendarDays(parseISO(latest), parseISO(earliest)) <= NAME_WINDOW_DAYS
      ? `${formatShortDate(earliest)} – ${formatShortDate(latest)}`
      : 'undated';
  return { name: `${a.author ?? 'Unnamed outlet'}, ${when}`, hasDate: true };
}

/**
 * Names every article by the one rule. Names are stable: they depend on the
 * article's own fields, plus, only where two articles would share a name, the
 * article's number in reading order (`byPublication`, as on /articles/).
 */
export function sourceNames<T extends NameableArticle>(articles: readonly T[]): Map<string, NamedArticle<T>> {
  // Every page names every article: the answer for the same article objects is worked out once (callers only read it).
  const first = articles[0];
  const hit = first ? named.get(first) : undefined;
  if (hit && hit.input.length === articles.length && hit.input.every((a, i) => a === articles[i]))
    return hit.result as Map<string, NamedArticle<T>>;
  const result = nameAll(articles);
  if (first) named.set(first, { input: [...articles], result });
  return result;
}

/** Answers of `sourceNames`, by the first article object of the list they were worked out for. */
const named = new WeakMap<object, { input: readonly object[]; result: Map<string, NamedArticle<NameableArticle>> }>();

function nameAll<T extends NameableArticle>(articles: readonly T[]): Map<string, NamedArticle<T>> {
  const ordered = byPublication(articles);
  const base = new Map(ordered.map((a) => [a.slug, baseSourceName(a)]));
  const uses = new Map<string, number>();
  for (const b of base.values()) uses.set(b.name, (uses.get(b.name) ?? 0) + 1);
  return new Map(
    ordered.map((a, i) => {
      const b = base.get(a.slug)!;
      // A publisher shared by two articles is still one outlet; only fallback labels must tell articles apart.
      const name = uses.get(b.name)! > 1 && b.hasDate ? `${b.name} (article ${i + 1})` : b.name;
      return [a.slug, { ...a, sourceName: name, nameHasDate: b.hasDate }];
    }),
  );
}

/** True when a citation's date needed resolving (it was not written out in full). */
export function isRelativeResolution(resolution: string): boolean {
  return !/stated in full|stated with its year/.test(resolution);
}
