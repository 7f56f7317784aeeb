/**
 * Figures: numbers in the text together with what they count (personnel,
 * people, positions), what is measured (killed, injured, strength, departed),
 * any phrase limiting their scope, and the date they hold for. The same
 * quantity is then grouped across articles so that differences show.
 */
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/timeline.ts';
import { slugify } from '../text/slug.ts';
import type { AsOf, CountedKind, Figure, FigureGroup, FigureVariant, Measure, Qualifier } from '../schema/compare.ts';
import { sentencesOf } from './sentences.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../time/names.ts';

// Nouns a news report counts, by kind. General vocabulary, not a story's.
const NOUNS: Record<CountedKind, RegExp> = {
  personnel:
    /^(?:peacekeepers?|peacemakers?|personnel|staff|soldiers?|troops?|police|policemen|members?|employees?|workers?|officers?|troopers?|contingents?|blue helmets?)$/i,
  // Plural only: “civilian” and “resident” are also adjectives (“uniformed and civilian staff”).
  people: /^(?:people|persons|civilians|refugees|residents|fighters|combatants)$/i,
  positions: /^(?:positions?|bases?|camps?|sites?|outposts?)$/i,
};

const NUMBER = /(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w-]|[.,]\d)/g;
const QUALIFIERS: Array<[RegExp, Qualifier]> = [
  [/\b(?:more than|over|upwards of|at least|in excess of)\s+$/i, 'more-than'],
  [/\b(?:about|around|approximately|roughly|some|nearly|almost|close to|an estimated|estimated)\s+$/i, 'about'],
  [/\b(?:fewer than|less than|under|up to|at most)\s+$/i, 'less-than'],
];
const MEASURES: Array<[RegExp, Measure]> = [
  [
    /\b(?:killed|lost (?:their|his|her) lives|losing (?:their|his|her) lives|died|dead|deaths?|fatalities|perished)\b/i,
    'killed',
  ],
  [/\b(?:injured|wounded|hurt)\b/i, 'injured'],
  [/\b(?:had left|have left|has left|left|departed|withdrawn|repatriated|pulled out)\b/i, 'departed'],
];
// Phrases that limit what a count covers; written as a report writes them.
const SCOPES = [
  /\bin (?:hostile acts|hostilities|attacks|combat|action|violence)\b/i,
  /\bduring (?:its|the|their) (?:tenure|mission|deployment|operation)\b/i,
  /\b(?:at|since) the (?:beginning|start|end|outset) of the [a-z]+\b/i,
  /\bover the past (?:decade|year|[a-z]+ years)\b/i,
  /\bafter a decade\b/i,
];
// Words that may stand between a number and its noun: adjectives, names, “and”, “or”.
const BREAK =
  /^(?:of|in|at|on|to|for|from|by|with|who|which|that|was|were|is|are|had|has|have|will|would|the|a|an|its|their|as|than|since|during|per)$/i;
// A month, in full or cut to three letters (`Sept` too), just before a number: “Dec. 31” is a date, not a count.
const MONTH_WORDS = MONTH_NAMES.map((full, i) => {
  const short = MONTH_ABBREVIATIONS[i]!;
  if (short === 'Sep') return 'Sept?(?:ember)?';
  return full === short ? full : `${short}(?:${full.slice(short.length)})?`;
});
const MONTH_BEFORE = new RegExp(String.raw`\b(?:${MONTH_WORDS.join('|')})\.?\s+$`);
const LOOKAHEAD_WORDS = 12;
const NOUN_GAP = 4;

const kindOf = (noun: string): CountedKind | null => {
  if (/\s(?:and|or)\s/.test(noun)) return kindOf(noun.split(/\s+/)[0]!);
  for (const kind of Object.keys(NOUNS) as CountedKind[]) if (NOUNS[kind].test(noun)) return kind;
  return null;
};

/** A figure as one sentence gives it, before it is placed in its article. */
type SentenceFigure = Omit<Figure, 'slug' | 'anchor' | 'quote'>;

/** The figures of one sentence; `asOf` is the date they hold for. */
export function figuresInSentence(sentence: string, asOf: AsOf): SentenceFigure[] {
  const out: SentenceFigure[] = [];
  const numbers = [...sentence.matchAll(NUMBER)];
  numbers.forEach((_, i) => {
    const figure = figureAt(sentence, numbers, i, out.at(-1), asOf);
    if (figure) out.push(figure);
  });
  return out;
}

/** True for a number that is part of a date (“Dec. 31”, “31, 2023”) or is a year: not a count. */
function isDateOrYear(sentence: string, m: RegExpMatchArray, before: string): boolean {
  return (
    MONTH_BEFORE.test(before) ||
    /^\s*(?:,\s*)?(?:1[89]|20)\d\d\b/.test(sentence.slice(m.index! + m[0].length)) ||
    /^(?:1[89]|20)\d\d$/.test(m[1]!)
  );
}

/** The figure of the `i`th number of a sentence, or null when it counts nothing we know; `previous` is the sentence's figure before it. */
function figureAt(
  sentence: string,
  numbers: readonly RegExpMatchArray[],
  i: number,
  previous: SentenceFigure | undefined,
  asOf: AsOf,
): SentenceFigure | null {
  const m = numbers[i]!;
  const start = m.index!;
  const before = sentence.slice(0, start);
  if (isDateOrYear(sentence, m, before)) return null;
  const raw = m[1]!;
  const numberEnd = start + raw.length;
  const after = sentence.slice(numberEnd, numbers[i + 1]?.index ?? sentence.length);
  const tokens = [...after.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  // The noun: within a few words after the number, or “staff of about 13,800” before it.
  let { noun, nounEnd } = nounAfter(sentence, numberEnd, after, tokens);
  const q = QUALIFIERS.find(([re]) => re.test(before));
  let wordingStart = q ? start - before.match(q[0])![0].length : start;
  if (!noun) {
    const lead = /\b([\p{L}]+) of (?:[a-z]+ )?$/u.exec(before.slice(0, wordingStart));
    if (lead && kindOf(lead[1]!)) {
      noun = lead[1]!;
      wordingStart = before.lastIndexOf(lead[1]!, wordingStart);
    }
  }
  // A bare number (“the over 700 who were injured”) counts what the figure before it counts;
  // one followed by a word we do not know (“30 berths”) counts something else.
  const next = tokens[0];
  const countsOther = next !== undefined && next.index <= 1 && !BREAK.test(next[0]) && !/^(?:and|or)$/i.test(next[0]);
  const inherited = !noun && !countsOther ? previous : undefined;
  const counts = noun ? kindOf(noun)! : inherited?.counts;
  if (!counts) return null;
  const { window, measureHit, scopeHit } = measureAndScope(after);
  const measure: Measure = counts === 'positions' ? 'strength' : (measureHit?.measure ?? 'strength');
  // A scope may also open the clause (“Over the past decade, the mission maintained … 15,000”).
  const lead = before.slice(numbers[i - 1] ? numbers[i - 1]!.index! + numbers[i - 1]![0].length : 0);
  const leadScope = scopeHit ? null : (SCOPES.map((re) => re.exec(lead)).find((x) => x) ?? null);
  // The wording runs to the end of the noun, of a measure other than strength, and of the scope.
  const endOf = (hit: RegExpExecArray) => numberEnd + window.indexOf(hit[0]) + hit[0].length;
  let end = nounEnd;
  if (measureHit && measure !== 'strength') end = Math.max(end, endOf(measureHit.hit));
  if (scopeHit) end = Math.max(end, endOf(scopeHit));
  if (!noun && !measureHit && !scopeHit) end = numberEnd;
  return {
    value: Number(raw.replace(/,/g, '')),
    qualifier: q ? q[1] : 'exact',
    wording: sentence.slice(wordingStart, end).trim(),
    noun,
    counts,
    measure,
    scope: scopeHit ? scopeHit[0] : leadScope ? leadScope[0] : null,
    asOf,
  };
}

/** What is measured and the scope: the first of each in the words after the number, up to the next number. */
function measureAndScope(after: string): {
  window: string;
  measureHit: { measure: Measure; hit: RegExpExecArray } | undefined;
  scopeHit: RegExpExecArray | null;
} {
  const window = after
    .split(/\s+/)
    .slice(0, LOOKAHEAD_WORDS + 1)
    .join(' ');
  const measureHit = MEASURES.map(([re, measure]) => ({ measure, hit: re.exec(window) }))
    .filter((x): x is { measure: Measure; hit: RegExpExecArray } => x.hit !== null)
    .sort((x, y) => x.hit.index - y.hit.index)[0];
  const scopeHit =
    SCOPES.map((re) => re.exec(window))
      .filter((x) => x)
      .sort((x, y) => x!.index - y!.index)[0] ?? null;
  return { window, measureHit, scopeHit };
}

/**
 * The counted noun within NOUN_GAP words after a number, stopping at a word that cannot stand between them
 * or at punctuation; two words (“blue helmets”) before one, and “soldiers and police” as one count.
 * `nounEnd` is where the noun ends in the sentence (the number's end when there is none).
 */
function nounAfter(
  sentence: string,
  numberEnd: number,
  after: string,
  tokens: readonly RegExpMatchArray[],
): { noun: string | null; nounEnd: number } {
  for (const [k, t] of tokens.entries()) {
    if (k > NOUN_GAP) break;
    const two = tokens[k + 1] ? `${t[0]} ${tokens[k + 1]![0]}` : '';
    if (two && kindOf(two)) return { noun: two, nounEnd: numberEnd + tokens[k + 1]!.index! + tokens[k + 1]![0].length };
    if (kindOf(t[0])) {
      let nounEnd = numberEnd + t.index! + t[0].length;
      const joined = /^\s+(?:and|or)\s+([\p{L}]+)/u.exec(after.slice(t.index! + t[0].length));
      if (joined && kindOf(joined[1]!)) nounEnd += joined[0].length;
      return { noun: sentence.slice(numberEnd + t.index!, nounEnd), nounEnd };
    }
    if (BREAK.test(t[0]) || /[,;:.]/.test(after.slice(0, t.index))) break;
  }
  return { noun: null, nounEnd: numberEnd };
}

const asOfIndexes = new WeakMap<readonly TimelineEvent[], Map<string, TimelineEvent['sources'][number]>>();

/** “As of” citations by article and sentence, built once per timeline (extractFigures runs once per article). */
function asOfIndex(events: readonly TimelineEvent[]): Map<string, TimelineEvent['sources'][number]> {
  let index = asOfIndexes.get(events);
  if (!index) {
    index = new Map();
    for (const e of events) {
      for (const c of e.sources) {
        const key = `${c.slug}\u0000${c.quote}`;
        if (/^as of\b/i.test(c.expression) && !index.has(key)) index.set(key, c);
      }
    }
    asOfIndexes.set(events, index);
  }
  return index;
}

/** Every figure in an article; a sentence dated with “as of …” on the timeline dates its figures. */
export function extractFigures(
  article: Pick<Article, 'slug' | 'blocks' | 'published'>,
  events: readonly TimelineEvent[] = [],
): Figure[] {
  const out: Figure[] = [];
  const asOfCitations = asOfIndex(events);
  for (const s of sentencesOf(article)) {
    const stated = asOfCitations.get(`${article.slug}\u0000${s.quote}`);
    const asOf: AsOf = stated
      ? { date: stated.start, basis: 'stated', expression: stated.expression }
      : { date: article.published.date, basis: article.published.date ? 'published' : 'unknown', expression: null };
    for (const f of figuresInSentence(s.quote, asOf)) out.push({ ...s, ...f });
  }
  return out;
}

const KIND_WORDS: Record<CountedKind, string> = { personnel: 'Personnel', people: 'People', positions: 'Positions' };
const MEASURE_WORDS: Record<Measure, string> = {
  killed: 'killed',
  injured: 'injured',
  strength: 'deployed or held',
  departed: 'departed',
};

/** Groups figures by what they count and measure; a group differs when its articles give more than one value. */
export function groupFigures(figures: readonly Figure[]): FigureGroup[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.counts}-${f.measure}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: FigureGroup[] = [];
  for (const [id, members] of groups) {
    const values = [...new Set(members.map((f) => f.value))].sort((a, b) => a - b);
    const variants: FigureVariant[] = values.map((value) => ({
      value,
      figures: members.filter((f) => f.value === value),
    }));
    const differs = variants.length > 1;
    out.push({
      id: slugify(id),
      label:
        members[0]!.counts === 'positions'
          ? 'Positions or bases'
          : `${KIND_WORDS[members[0]!.counts]} ${MEASURE_WORDS[members[0]!.measure]}`,
      counts: members[0]!.counts,
      measure: members[0]!.measure,
      variants,
      differs,
      note: differs ? differenceNote(variants) : null,
      articleCount: new Set(members.map((f) => f.slug)).size,
    });
  }
  // Differences first, then the quantities most articles give.
  return out.sort(
    (a, b) => Number(b.differs) - Number(a.differs) || b.articleCount - a.articleCount || a.id.localeCompare(b.id),
  );
}

/** Says, from the text alone, what may explain differing values: scopes or dates that differ. */
export function differenceNote(variants: readonly FigureVariant[]): string {
  const scopes = [...new Set(variants.flatMap((v) => v.figures.map((f) => f.scope ?? 'no stated scope')))];
  const stated = variants.flatMap((v) => v.figures).filter((f) => f.asOf.basis === 'stated');
  const parts: string[] = [];
  if (scopes.length > 1)
    parts.push(
      `The figures cover different scopes: ${scopes.map((s) => (s === 'no stated scope' ? s : `“${s}”`)).join(', ')}.`,
    );
  if (stated.length)
    parts.push(
      `Some are dated in the text (${[...new Set(stated.map((f) => `“${f.asOf.expression}”`))].join(', ')}); the rest hold at their article’s date.`,
    );
  if (!parts.length) parts.push('The articles state no difference in scope or date.');
  return parts.join(' ');
}
