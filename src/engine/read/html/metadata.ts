/**
 * What a saved page states about itself: JSON-LD first (it is the publisher's structured record), then Open Graph
 * and `article:*` tags, then `<meta name="author">`, `<link rel="canonical">`, `<title>` and `<html lang>`. Each value
 * keeps the words saying where it was stated. A modification date is kept apart from the publication date, a site
 * name is never taken for an author, and a title loses the site name appended to it.
 */
import { escapeRegExp } from '../../text/regexp.ts';
import { articleNode, authorsOf, jsonLdNodes, nameOf, text, type JsonLdNode, type PageDocument } from './json-ld.ts';

/** A value the page states, with where. */
export interface StatedValue<T> {
  /** The value. */
  value: T;
  /** Where the page states it, as a sentence (“Stated in the page's JSON-LD (headline).”). */
  reason: string;
}

/** A date as a page states it: the local calendar day, the time and the offset as given. */
export interface PageDate {
  /** YYYY-MM-DD, the day at the offset given (not converted to UTC). */
  date: string;
  /** HH:MM, 24-hour, when given. */
  time: string | null;
  /** The offset as given (`+01:00`, `UTC`), when given. */
  timezone: string | null;
  /** The value as written in the page. */
  text: string;
}

/** Everything the page states about the article. */
export interface PageMetadata {
  /** The headline, without an appended site name. */
  title?: StatedValue<string>;
  /** The writers' names, joined (“A and B”). */
  author?: StatedValue<string>;
  /** The outlet. */
  publisher?: StatedValue<string>;
  /** When it was published. */
  published?: StatedValue<PageDate>;
  /** When it was last modified; never used as the publication date. */
  modified?: StatedValue<PageDate>;
  /** BCP 47 language tag. */
  language?: StatedValue<string>;
  /** The article's address on the web. */
  url?: StatedValue<string>;
  /** What was read and set aside, for the build log (an organisation named as author that is the site, …). */
  notes: string[];
}

const IN_JSON_LD = (key: string) => `Stated in the page’s JSON-LD (${key}).`;
const IN_META = (key: string) => `Stated in the page’s <meta> tags (${key}).`;

/** A date-time as written in metadata, read without converting its offset; null when it is not one. */
export function pageDate(value: string | null): PageDate | null {
  const m =
    value &&
    /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d || y < 1900) return null;
  return {
    date: `${m[1]}-${m[2]}-${m[3]}`,
    time: m[4] ? `${m[4]}:${m[5]}` : null,
    timezone: m[6] ? (m[6] === 'Z' ? 'UTC' : m[6].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : null,
    text: value!.trim(),
  };
}

/** A language tag in its usual case (`en`, `pt-BR`); null when it is not one. */
export function languageTag(value: string | null): string | null {
  const m = value && /^([a-z]{2,3})(?:[-_]([a-z]{2}))?\b/i.exec(value.trim());
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

/** The headline without a site name appended or prefixed (`Title | Site`, `Site - Title`). */
export function withoutSiteName(title: string, site: string | null): string {
  if (!site) return title;
  const esc = escapeRegExp(site);
  const stripped = title
    .replace(new RegExp(`\\s+[|–—:·•-]\\s+${esc}\\s*$`, 'iu'), '')
    .replace(new RegExp(`^${esc}\\s+[|–—:·•-]\\s+`, 'iu'), '')
    .trim();
  return stripped || title;
}

function absoluteUrl(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

type Lookup = (selector: string, attribute?: string) => string | null;

function lookup(doc: PageDocument): Lookup {
  return (selector, attribute = 'content') => {
    const el = doc.querySelector(selector);
    return el ? text(attribute === 'text' ? el.textContent : el.getAttribute(attribute)) : null;
  };
}

function first<T>(...candidates: Array<StatedValue<T | null> | null>): StatedValue<T> | undefined {
  const hit = candidates.find((c) => c && c.value !== null && c.value !== undefined);
  return hit ? (hit as StatedValue<T>) : undefined;
}

/** Reads the page's metadata. `savedFrom` is the address recorded when the page was saved, if any. */
export function readPageMetadata(doc: PageDocument, savedFrom: string | null = null): PageMetadata {
  const get = lookup(doc);
  const { nodes, broken } = jsonLdNodes(doc);
  const node: JsonLdNode = articleNode(nodes) ?? {};
  const notes: string[] = broken ? [`${broken} JSON-LD block(s) are not valid JSON and were not read.`] : [];
  const publisher = first<string>(
    { value: nameOf(node.publisher), reason: IN_JSON_LD('publisher') },
    { value: get('meta[property="og:site_name"]'), reason: IN_META('og:site_name') },
  );
  const site = get('meta[property="og:site_name"]') ?? publisher?.value ?? null;
  return {
    title: pageTitle(node, get, site),
    author: pageAuthor(node, get, [site, publisher?.value ?? null], notes),
    ...(publisher ? { publisher } : {}),
    published: first<PageDate>(
      { value: pageDate(text(node.datePublished)), reason: IN_JSON_LD('datePublished') },
      { value: pageDate(get('meta[property="article:published_time"]')), reason: IN_META('article:published_time') },
      { value: pageDate(get('meta[itemprop="datePublished"]')), reason: IN_META('itemprop datePublished') },
    ),
    modified: first<PageDate>(
      { value: pageDate(text(node.dateModified)), reason: IN_JSON_LD('dateModified') },
      { value: pageDate(get('meta[property="article:modified_time"]')), reason: IN_META('article:modified_time') },
    ),
    language: first<string>(
      { value: languageTag(text(node.inLanguage)), reason: IN_JSON_LD('inLanguage') },
      { value: languageTag(get('html', 'lang')), reason: 'Stated in the page’s <html lang> attribute.' },
      { value: languageTag(get('meta[property="og:locale"]')), reason: IN_META('og:locale') },
    ),
    url: first<string>(
      {
        value: absoluteUrl(get('link[rel="canonical" i]', 'href')),
        reason: 'Stated in the page’s <link rel="canonical">.',
      },
      { value: absoluteUrl(get('meta[property="og:url"]')), reason: IN_META('og:url') },
      { value: absoluteUrl(text(node.url)), reason: IN_JSON_LD('url') },
      { value: absoluteUrl(savedFrom), reason: 'Recorded when the page was saved (the “saved from url” comment).' },
    ),
    notes,
  };
}

function pageTitle(node: JsonLdNode, get: Lookup, site: string | null): StatedValue<string> | undefined {
  const stated = first<string>(
    { value: text(node.headline), reason: IN_JSON_LD('headline') },
    { value: get('meta[property="og:title"]'), reason: IN_META('og:title') },
    // The page's own headline element is the text's headline; the <title> is often shortened or a site's name.
    { value: get('h1', 'text'), reason: 'Stated in the page’s <h1> headline.' },
    { value: get('title', 'text'), reason: 'Stated in the page’s <title>.' },
  );
  if (!stated) return undefined;
  const value = withoutSiteName(stated.value, site);
  return value === stated.value
    ? stated
    : { value, reason: `${stated.reason.slice(0, -1)}, without the site name “${site}” appended to it.` };
}

function pageAuthor(
  node: JsonLdNode,
  get: Lookup,
  siteNames: Array<string | null>,
  notes: string[],
): StatedValue<string> | undefined {
  const isSite = (name: string) => siteNames.some((s) => s && s.toLowerCase() === name.toLowerCase());
  const { people, organisations } = authorsOf(node);
  for (const o of organisations.filter(isSite))
    notes.push(`The JSON-LD names the site “${o}” as author; a site is not a writer, so it was not taken.`);
  const named = [...people, ...organisations].filter((n) => !isSite(n));
  if (named.length) return { value: joinNames(named), reason: IN_JSON_LD('author') };
  const meta = [get('meta[name="author" i]'), get('meta[property="article:author"]')].find(
    (v) => v && !/^https?:\/\//i.test(v) && !isSite(v),
  );
  if (meta) return { value: meta, reason: 'Stated in the page’s <meta name="author"> or article:author tag.' };
  return undefined;
}

/** Names joined as a reader says them: “A”, “A and B”, “A, B and C”. */
export function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
