/**
 * A saved page's article text: the page parsed by linkedom (a DOM without a script engine, so nothing in the page
 * runs), the active and interactive parts taken out, Readability run on the rest, and its result turned into
 * paragraphs of plain text. No markup leaves this file: the article stage receives text only.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readPageMetadata, type PageMetadata } from './metadata.ts';
import { paragraphsOf, type DomNode } from './paragraphs.ts';

/** What a page gives: its body as paragraphs, its metadata, and whether it looks like a paywall stub. */
export interface PageExtraction {
  /** The article's paragraphs (and subheadings), plain text, in reading order. */
  paragraphs: string[];
  /** What the page states about the article, each value with where. */
  metadata: PageMetadata;
  /** True when the page says it is for subscribers and holds little text: a teaser, not the article. */
  paywalled: boolean;
  /** True when Readability found no article and the whole page's text was taken. */
  fallback: boolean;
}

/** Elements whose content is never article text, or could act: removed before anything reads the page. */
const INERT_REMOVED =
  'script, style, noscript, template, iframe, frame, frameset, object, embed, applet, button, input, select, textarea, svg, canvas, audio, video, dialog';
/** Forms are removed, except one that holds paragraphs of text: some sites wrap the whole page in a form. */
const WRAPPER_FORM_PARAGRAPHS = 3;

/** Pages shorter than this many words that say they are for subscribers are paywall stubs. */
const PAYWALL_STUB_WORDS = 150;
const PAYWALL_WORDS =
  /\b(?:subscribe|subscribers?(?:-| )only|already a subscriber|sign in to (?:read|continue)|to continue reading|premium article)\b/i;

interface DomElement {
  remove(): void;
  querySelectorAll(selector: string): ArrayLike<unknown>;
  parentNode: { insertBefore(node: unknown, before: unknown): unknown } | null;
  firstChild: unknown;
}

/** Takes the active parts out of a parsed page: scripts, frames, controls and forms go; a page-wide form's text stays. */
function makeInert(document: { querySelectorAll(selector: string): Iterable<unknown> }): void {
  for (const el of [...document.querySelectorAll(INERT_REMOVED)] as DomElement[]) el.remove();
  for (const el of [...document.querySelectorAll('form')] as DomElement[]) {
    if (el.querySelectorAll('p').length >= WRAPPER_FORM_PARAGRAPHS)
      while (el.firstChild) el.parentNode?.insertBefore(el.firstChild, el);
    el.remove();
  }
}

/** The address a browser's “save page” records at the top of the file (`<!-- saved from url=(0042)https://… -->`). */
export function savedFromUrl(html: string): string | null {
  return /<!--\s*saved from url=\(\d+\)\s*(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1] ?? null;
}

/** A byline as Readability finds it, when it reads as a name and not as a date or a site. */
function bylineName(byline: string | null | undefined, metadata: PageMetadata): string | null {
  const name = byline
    ?.replace(/\s+/g, ' ')
    .replace(/^(?:by|par|von|por|di)\s+/i, '')
    .trim();
  if (!name || name.length > 80 || /\d{4}|https?:|@/.test(name)) return null;
  if (metadata.publisher && name.toLowerCase() === metadata.publisher.value.toLowerCase()) return null;
  return name;
}

/**
 * Reads a page's article: metadata first (JSON-LD sits in script elements), then the body. With `structure` false the
 * body is Readability's result as it is, without the rules that read the page's structure (for evaluation).
 */
export function extractPage(html: string, structure = true): PageExtraction {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document, savedFromUrl(html));
  makeInert(document);
  let result: { byline?: string | null; content?: DomNode | null } | null = null;
  try {
    result = new Readability(document as unknown as Document, {
      // Classes stay so that the structure rules can read them (Readability drops them by default).
      keepClasses: true,
      serializer: (n: Node) => n as unknown as DomNode,
    }).parse();
  } catch {
    result = null;
  }
  let paragraphs = result?.content ? paragraphsOf(result.content, structure) : [];
  const fallback = paragraphs.length === 0;
  if (fallback) {
    const { document: again } = parseHTML(html);
    makeInert(again);
    again.querySelector('head')?.remove();
    paragraphs = paragraphsOf(again as unknown as DomNode, structure);
  }
  const author = metadata.author ? null : bylineName(result?.byline, metadata);
  if (author)
    metadata.author = { value: author, reason: 'Stated in the page’s byline element (as Readability finds it).' };
  return { paragraphs, metadata, paywalled: isPaywallStub(html, paragraphs), fallback };
}

/** A page that says it is for subscribers and gives fewer than 150 words. */
function isPaywallStub(html: string, paragraphs: readonly string[]): boolean {
  const words = paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  if (words >= PAYWALL_STUB_WORDS) return false;
  return /"isAccessibleForFree"\s*:\s*"?false/i.test(html) || PAYWALL_WORDS.test(paragraphs.join(' '));
}
