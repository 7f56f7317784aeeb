/**
 * Dated mentions: every temporal expression of an article's sentences,
 * resolved against the article's date (or the window it was published in),
 * with the clause that labels it and the content terms that match it with
 * mentions of the same act in other articles.
 */
import { anchorMonthDay, resolveExpression, spanStart } from '../time/resolve.ts';
import { directionAt, tenseAt } from '../time/tense.ts';
import type { ResolvedWindow, TemporalExpression } from '../time/types.ts';
import { STOPWORDS, words } from '../text/words.ts';
import { crossLanguageKeys } from './cross-language.ts';
import { displayLabel } from './display-labels.ts';
import { labelFor } from './labels.ts';
import type { Passage } from './passages.ts';
import {
  isAttributive,
  isComparing,
  isEventKind,
  statementKind,
  type NotAnEvent,
  type StatementKind,
} from './statement-kinds.ts';
import { limitWordBefore, statementWordsFor } from './statement-words.ts';
import { isSubordinate } from './subordinate.ts';

/** One sentence's claim that something happened in a date window. */
export interface Mention extends ResolvedWindow {
  /** The article's slug. */
  slug: string;
  /** The article's date, used to order sources. */
  articleDate: string | null;
  /** The paragraph anchor. */
  anchor: string;
  /** The sentence, verbatim. */
  quote: string;
  /** The expression as written. */
  expression: string;
  /** A clause of the sentence around the expression, verbatim. */
  excerpt: string;
  /** The label a reader sees: the sentence (or its clauses, cuts marked), with bracketed dates and antecedents. */
  label: string;
  /** Content words and act classes of the sentence, for matching mentions across articles. */
  terms: string[];
  /** The article's language (base code), or null when unknown. */
  language: string | null;
  /** Figures and word stems of the sentence that no translation changes, for matching across languages. */
  keys: string[];
  /** The expression gives only a start (`after January 1`). */
  openEnd: boolean;
  /** What the sentence claims about the date: happened, planned, a deadline or a status. */
  kind: StatementKind;
}

/** A temporal expression that could not be resolved, kept so the build can report it. */
export interface UnresolvedMention {
  /** The article's slug. */
  slug: string;
  /** The paragraph anchor. */
  anchor: string;
  /** The expression as written. */
  expression: string;
  /** Why it could not be placed, in words. */
  reason: string;
}

/** What is known of an article's publication: a day, or a window of days. */
export interface PublicationBounds {
  /** The day, when known. */
  date: string | null;
  /** The first possible day, when known. */
  earliest: string | null;
  /** The last possible day, when known. */
  latest: string | null;
}

// News reports the same act in different words ("demanded the departure", "requested
// the withdrawal", "called on … to leave"). These classes of common news vocabulary
// let such sentences match; they name kinds of act, never a story's actors.
const CONCEPTS: Array<[RegExp, string]> = [
  [/\b(?:demand|request|order|ask|urg|insist|directive|call(?:ed|s|ing)? (?:on|for))\w*/i, '~demand'],
  [/\b(?:withdr[ae]w\w*|departure|depart\w*|leav\w*|left|exit\w*|pull\w* out|drawdown)\b/i, '~withdraw'],
  [
    /\b(?:end(?:s|ed|ing)?|conclu\w*|clos\w*|shut\w*|terminat\w*|finish\w*|complet\w*|culminat\w*|wound up|wind\w* (?:up|down))\b/i,
    '~end',
  ],
  [
    /\b(?:begin\w*|began|begun|start\w*|launch\w*|initiat\w*|inception|commenc\w*|deploy\w*|operational since|since)\b/i,
    '~begin',
  ],
  [/\b(?:hand\w* over|handover|transfer\w*|relinquish\w*|ced(?:e|ed|ing))\b/i, '~handover'],
  [/\b(?:coups?|junta|took (?:over|control|power)|tak\w* (?:over|control|power)|seiz\w*|in power)\b/i, '~seize-power'],
  [/\b(?:kill\w*|death\w*|died|dead|lost (?:their )?lives|fatalit\w*)\b/i, '~deaths'],
  [/\b(?:vot\w*|resolution|adopt\w*)\b/i, '~vote'],
];

/** Lowercase content words with light stemming, plus the act classes the text names, for comparing what two sentences say. */
export function contentTerms(text: string, exclude = ''): string[] {
  const skip = new Set(exclude ? words(exclude.toLowerCase()) : []);
  const out = new Set<string>();
  for (const [re, concept] of CONCEPTS) if (re.test(text)) out.add(concept);
  // A plain split is enough here: these terms are only compared with each other.
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}’'-]+/u)) {
    if (!w) continue;
    if (skip.has(w) || STOPWORDS.has(w) || /^\d/.test(w) || w.length < 3) continue;
    out.add(w.replace(/[’']s$/, '').replace(/(?<=\w{3})(?:ing|ed|es|s)$/, ''));
  }
  return [...out];
}

/** The longest publication window whose days are tried one by one to pin a relative date. */
const MAX_PINNING_DAYS = 400;

/** The days from `start` to `end`, stopping one past MAX_PINNING_DAYS. */
function daysBetween(start: string, end: string): string[] {
  const out: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  const stop = new Date(`${end}T00:00:00Z`);
  while (d <= stop && out.length <= MAX_PINNING_DAYS) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/**
 * Resolves an expression when only a window of publication days is known: every
 * day of the window must give the same dates, or the expression stays unresolved.
 */
function resolvePinned(
  e: TemporalExpression,
  bounds: PublicationBounds,
  dir: ReturnType<typeof directionAt>,
): ResolvedWindow | null {
  const absolute = resolveExpression(e, null, dir);
  if (absolute) return absolute;
  if (!bounds.earliest || !bounds.latest) return null;
  const days = daysBetween(bounds.earliest, bounds.latest);
  if (days.length > MAX_PINNING_DAYS) return null;
  let first: ResolvedWindow | null = null;
  for (const day of days) {
    const w = resolveExpression(e, day, dir);
    if (!w) return null;
    if (!first) first = w;
    else if (w.start !== first.start || w.end !== first.end) return null;
  }
  if (!first) return null;
  return {
    ...first,
    resolution: `“${e.text}”: the article was published between ${bounds.earliest} and ${bounds.latest}, and every day of that window gives ${first.start === first.end ? first.start : `${first.start} – ${first.end}`}.`,
  };
}

/** A date (or nothing) read as bounds: a known day is a window of that one day. */
function asBounds(published: string | null | PublicationBounds): PublicationBounds {
  return typeof published === 'object' && published !== null
    ? published
    : { date: published, earliest: published, latest: published };
}

/** Why an expression of an article with these bounds could not be resolved. */
function unresolvedReason(bounds: PublicationBounds): string {
  if (!bounds.earliest && !bounds.latest) return 'The article has no date to resolve it against.';
  const after = bounds.earliest ? `on or after ${bounds.earliest}` : '';
  const and = bounds.earliest && bounds.latest ? ' and ' : '';
  const before = bounds.latest ? `on or before ${bounds.latest}` : '';
  return `The article's date is only known to lie ${after}${and}${before}, which does not pin it.`;
}

/** An explicit date resolved earlier in the text, from which a later “December 31” takes its year. */
type YearAnchor = { date: string; text: string } | null;

/** Resolves one expression: against the article's day, else the window of days, else (told in the past) the anchor. */
function resolveInArticle(
  p: Passage,
  e: TemporalExpression,
  bounds: PublicationBounds,
  anchor: YearAnchor,
  { kind, subordinate, language }: { kind: string; subordinate: boolean; language: string | null },
): ResolvedWindow | null {
  // A limit the sentence tells as met in the past ("were brought out alive by Saturday") is a day gone by, not the
  // next one; not a state that lasts until a day ("closed until Friday"), nor one with a future after it.
  const met =
    kind === 'happened' &&
    e.lead === 'by' &&
    tenseAt(p.sentence, e.index) === 'past' &&
    /\b(?:was|were|had)\b/i.test(p.sentence.slice(0, e.index));
  // A limit named in the article's language ("noch bis Ende Dezember geöffnet") looks toward its day, as "until" does.
  const limit = kind === 'deadline' && limitWordBefore(p.sentence, e.index, language);
  // A plan the article's language tells ("vor participa sâmbătă") looks ahead where its tense was not read; not a
  // date in a relative clause, which tells its own act (", que em outubro registaram 37 avarias").
  const told = directionAt(p.sentence, e);
  const ahead = kind === 'planned' && told === 'past' && statementWordsFor(language) !== null && !subordinate;
  const dir = met ? 'past' : limit ? 'nearest' : ahead ? 'future' : told;
  // The first day of a span takes its year from the span's last day, whatever the article's date.
  const span = spanStart(e, p.sentence, p.expressions[p.expressions.indexOf(e) + 1]);
  if (span) return span;
  if (bounds.date) return resolveExpression(e, bounds.date, dir);
  return resolvePinned(e, bounds, dir) ?? (dir !== 'future' ? anchorMonthDay(e, anchor) : null);
}

/**
 * A sentence whose date could not be resolved because the article's own date is unknown or too loose: it may
 * still support an event other articles date (`supporting.ts`), never date one.
 */
export interface PendingMention extends Omit<Mention, keyof ResolvedWindow | 'openEnd'> {
  /** The expression, as found. */
  expr: TemporalExpression;
  /** Which way it points from the article's date. */
  direction: ReturnType<typeof directionAt>;
  /** What is known of the article's publication. */
  bounds: PublicationBounds;
}

/**
 * What each expression of a sentence claims (`kinds`), and whether it files the sentence under an event of its own
 * (`tells`): not a deadline an earlier dated act set, a point of comparison, a reference beside the sentence's own
 * date, or a date of a relative clause where the main clause dates its act.
 */
function whatItTells(
  p: Passage,
  language: string | null,
): { kinds: Array<StatementKind | NotAnEvent>; tells: boolean[]; subordinate: boolean[] } {
  const kinds = p.expressions.map((e) => statementKind(p.sentence, e, language));
  // A date in a relative or participle clause ("who has run it since 2020", "under an order issued earlier this
  // month") tells another act; where the main clause dates its own, the sentence is filed under that one only.
  const subordinate = p.expressions.map((e) => isSubordinate(p.sentence, e, language));
  // A deadline set by an act the sentence dates ("voted on 30 June to end it by 31 December") is part of
  // that act, not an event of its own: the sentence is filed under the act.
  // Only an act dated before the deadline in the sentence sets it; a plan told after it is another act.
  // An act told in a relative or participle clause ("Solenne, who chaired it until 2022, must report by 17 April")
  // sets no deadline of the main clause.
  const datedActBefore = (i: number) =>
    p.expressions.some((x, j) => j < i && !subordinate[j] && (kinds[j] === 'happened' || kinds[j] === 'planned'));
  // A date in a comparing phrase ("68 percent voted on Sunday, up from 61 percent in 2020") is a point of
  // comparison, not the act the sentence tells: it dates no event (the sentence's other date may).
  const comparing = p.expressions.map((e) => isComparing(p.sentence, e, p.expressions, language));
  // A date naming another event as a modifier ("since the 11 May vote") is a reference where the sentence dates
  // its own act with another expression; alone, it is the sentence's only word on when that event was.
  const attributive = p.expressions.map((e) => isAttributive(p.sentence, e));
  const ownDate = p.expressions.some((e, i) => !attributive[i] && !comparing[i] && isEventKind(kinds[i]!));
  // Whether the expression tells an event of its own, before other clauses are weighed.
  const ownEvent = (i: number) =>
    isEventKind(kinds[i]!) &&
    !(kinds[i] === 'deadline' && datedActBefore(i)) &&
    !comparing[i] &&
    !(attributive[i] && ownDate);
  const mainDate = p.expressions.some((e, i) => !subordinate[i] && ownEvent(i));
  return { kinds, tells: p.expressions.map((_, i) => ownEvent(i) && !(subordinate[i] && mainDate)), subordinate };
}

/** Resolves every temporal expression of an article's passages against its date (or its window of possible dates). */
export function extractMentions(
  slug: string,
  published: string | null | PublicationBounds,
  passages: readonly Passage[],
  language: string | null = 'en',
): { mentions: Mention[]; unresolved: UnresolvedMention[]; pending: PendingMention[] } {
  const bounds = asBounds(published);
  const mentions: Mention[] = [];
  const unresolved: UnresolvedMention[] = [];
  const pending: PendingMention[] = [];
  let anchor: YearAnchor = null;
  let paragraph = { anchor: '', text: '' };
  for (const p of passages) {
    if (paragraph.anchor !== p.anchor) paragraph = { anchor: p.anchor, text: '' };
    const before = paragraph.text;
    paragraph.text += `${p.sentence} `;
    if (!p.expressions.length || p.aside) continue;
    const sentenceTerms = contentTerms(p.sentence);
    const keys = crossLanguageKeys(p.sentence, p.expressions);
    const { kinds, tells, subordinate } = whatItTells(p, language);
    const windows = new Map<TemporalExpression, ResolvedWindow | null>();
    // A live page's entry speaks from the day it was written, whatever day the page was first published.
    const said = p.written ? { date: p.written, earliest: p.written, latest: p.written } : bounds;
    for (const [i, e] of p.expressions.entries()) {
      const window = resolveInArticle(p, e, said, anchor, {
        kind: kinds[i]!,
        subordinate: subordinate[i]!,
        language,
      });
      if (e.kind === 'date' && window) anchor = { date: window.start, text: e.text };
      windows.set(e, window);
    }
    for (const [i, e] of p.expressions.entries()) {
      const window = windows.get(e) ?? null;
      // A counterfactual, conditional, hypothetical or negated statement tells no event.
      const kind = kinds[i]!;
      if (!window) unresolved.push({ slug, anchor: p.anchor, expression: e.text, reason: unresolvedReason(bounds) });
      if (!tells[i] || !isEventKind(kind)) continue;
      // The expression's own words say when, not what: they do not count towards matching.
      const own = new Set(contentTerms(e.text));
      const excerpt = labelFor(p.sentence, e, p.expressions);
      const told = {
        slug,
        articleDate: bounds.date,
        anchor: p.anchor,
        quote: p.sentence,
        expression: e.text,
        excerpt,
        label: displayLabel(p.sentence, excerpt, p.expressions, windows, before),
        terms: sentenceTerms.filter((t) => t.startsWith('~') || !own.has(t)),
        language: language?.split('-')[0] ?? null,
        keys,
        kind,
      };
      // A report cannot tell as done what comes after it was written ("the decree takes effect on 1 December"):
      // told without a future tense, it is still a plan.
      const ahead = window && kind === 'happened' && said.latest !== null && window.start > said.latest;
      if (window)
        mentions.push({ ...window, ...told, ...(ahead ? { kind: 'planned' } : {}), openEnd: e.openEnd === true });
      else pending.push({ ...told, expr: e, direction: directionAt(p.sentence, e), bounds });
    }
  }
  return { mentions, unresolved, pending };
}
