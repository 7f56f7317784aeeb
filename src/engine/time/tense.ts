/**
 * Tense and direction: which way a date with something missing (a yearless day,
 * a weekday, a month, a season) points from the article's date, read from the
 * verbs around it and the words that introduce it.
 */
import { splitClauses } from '../text/clauses.ts';
import type { Direction, TemporalExpression, Tense } from './types.ts';

// Words that put a clause in the future: auxiliaries, modals, "due/set/scheduled to" phrases and a passive infinitive of
// an act still to come ("a lottery to be held on Sunday").
const FUTURE_WORDS = String.raw`(?:hopes?|hoped|expects?|expected|wants?|wanted|aims?|aimed|intends?|intended|plans?|planned) to|expects?|expecting|can be|cannot be|can't be|will|shall|won't|'ll|would|could|might|should|must|(?:has|have|need|needs) to|going to|(?:is|are|was|were)(?: (?:now|still|also))? (?:set|due|expected|scheduled|going|planned|poised|slated|likely) (?:to|for|on)|(?:is|are)(?: (?:now|still|also))? (?:expected|due) (?:at|in|back|home)|(?:is|are)(?: (?:now|still|also))? (?:ready|preparing) to|(?:is|are) to|plans? to|intends? to|scheduled for|set for|due on|due in|slated for|pencill?ed in|upcoming|(?:yet )?to be (?:held|opened|reopened|built|launched|completed|finished|announced|signed|unveiled|inaugurated|published|decided|chosen|elected|sworn in|presented|debated|voted on|heard|sentenced|released|introduced|rolled out|delivered|awarded)`;
const FUTURE = new RegExp(String.raw`\b(?:${FUTURE_WORDS}|next)\b`, 'i');
/** Words before a date that set it as the new day of something moved (`was moved to 14 May`, `postponed until June`). */
export const RESCHEDULED_TO =
  /\b(?:moved|postponed|rescheduled|pushed back|put back|put off|brought forward|deferred|adjourned|delayed)\s+(?:\S+\s+){0,3}?(?:to|until|till|for)\s*$/i;
/** Words right after a date that name it as a limit (`the 30 September deadline`, `a 1 July cut-off`). */
export const DEADLINE_AFTER = /^\s*(?:deadline|cut-?off|target date|time limit)\b/i;
/** Words that introduce a date as a limit (`by December 31`, `until 2017`): a day looked toward, whatever the tense. */
export const DEADLINE_LEAD: ReadonlySet<string> = new Set(['by', 'until', 'till', 'before', 'no later than']);

// Tense markers, located: future auxiliaries and phrases, and past-tense verbs (auxiliaries, regular -ed
// forms, common irregular ones). Participles used as adjectives that point ahead do not count as past.
const FUTURE_MARKER = new RegExp(String.raw`\b(?:${FUTURE_WORDS})\b`, 'gi');
const PAST_MARKER =
  /\b(?:was|were|had|did|[a-z]{2,}ed|began|took|came|went|left|held|met|won|lost|fell|rose|sent|said|told|made|gave|became|saw|ran|fled|struck|broke|spoke|wrote|chose|drove|flew|grew|knew|led|paid|sold|stood|thought|brought|bought|caught|fought|sought|taught|withdrew|drew|threw|shot|sank|swore|tore|wore|woke|sat|hit|cut|put|set|quit|let|spent|built|lent|meant|kept|slept|felt|found|heard|got|hid|shook|dug|hung|rode|rang|sang|swam|stole|froze|swept|stuck|dealt|crept|clung|bled|wept|ate|drank|forgot|forgave|forbade|arose|overran|overtook|undertook|overthrew|oversaw|withheld|upheld|understood|rebuilt|rewrote|lit|slid|spun|sprang|strove)\b/g;
const NOT_PAST = new Set([
  'scheduled',
  'planned',
  'expected',
  'proposed',
  'agreed',
  'slated',
  'armed',
  'based',
  'related',
  'united',
  'concerned',
  'called',
  'alleged',
  'detailed',
  'limited',
  'advanced',
  'established',
  'needed',
  'required',
  'intended',
  'anticipated',
  'projected',
  'estimated',
  'designed',
  'aimed',
  'need',
  'speed',
  'seed',
  'feed',
  'indeed',
  'hundred',
  'shed',
  'red',
  'bed',
  'set',
  'due',
  'put',
  'cut',
  'hit',
  'let',
]);
// Words of NOT_PAST that are finite past verbs when a complement follows ("the board agreed to recommend it").
const VERB_USE = /^(?:agreed (?:to|that|on)|called (?:for|on))\b/i;
// A date a few words after "since" ("Since the first bid in …", "the closest race since the first election in …").
const SINCE_PHRASE = /\bsince\s+(?:[^\s,;:]+\s+){0,6}$/i;
// Subordinate clauses carry their own verb: "told a ceremony Monday that the levy will begin …".
const SUBCLAUSE = /\s(?=(?:that|which|who|when|where|why|whether|while|after|before|once|until|because|as)\s)/g;
// A relative clause, to the comma that closes it.
const RELATIVE_CLAUSE = /\b(?:who|whom|whose|which)\s[^,;]*,/gi;
/** True when the text opens with a relative word and a comma closes its clause. */
const closedRelative = (text: string) => /^\s(?:who|which)\s[^,;]*,/i.test(text);
// A past auxiliary anywhere: the sentence is not told in the present tense.
const PAST_AUXILIARY = /\b(?:was|were|had|did)\b/i;
// "the deadline of March 1", "a goal of leaving by …": a date the text looks toward.
const DEADLINE_BEFORE = /\b(?:deadline|goal)\s+(?:\w+\s+){0,3}$/i;

/** A tense marker and where it stands in the span read. */
interface Mark {
  at: number;
  tense: Tense;
}

/** The nearest tense before a date in its clause, else the nearest after it; null when the clause has no marker. */
export function tenseAt(sentence: string, index: number): Tense | null {
  // "Since the first bid in February, …": a fronted since-phrase names a time already past.
  const since = SINCE_PHRASE.exec(sentence.slice(0, index));
  if (since && !FUTURE.test(since[0])) return 'past';
  // A subordinate clause counts as a clause of its own.
  const { from, to } = governingSpan(sentence, index);
  const at = index - from;
  // Verbs of a relative clause closed before the date tell that clause's time, not the date's.
  const span = sentence
    .slice(from, to)
    .replace(RELATIVE_CLAUSE, (m, offset: number) => (offset + m.length <= at ? ' '.repeat(m.length) : m));
  const marks = tenseMarks(span);
  const before = marks.filter((x) => x.at < at).sort((a, b) => b.at - a.at)[0];
  if (before) return before.tense;
  const after = marks.filter((x) => x.at > at).sort((a, b) => a.at - b.at)[0];
  return after?.tense ?? null;
}

/** The stretch of the sentence whose verb governs the date at `index`: its clause, narrowed to its subordinate clause. */
function governingSpan(sentence: string, index: number): { from: number; to: number } {
  const clause = splitClauses(sentence).find((c) => index >= c.start && index < c.end) ?? {
    text: sentence,
    start: 0,
    end: sentence.length,
  };
  let from = clause.start;
  let to = clause.end;
  for (const m of clause.text.matchAll(SUBCLAUSE)) {
    const at = clause.start + m.index;
    // A relative clause closed by a comma before the date ("the three who pleaded guilty, including Almenar, on
    // 3 November") is over: the date belongs to the clause around it.
    if (at + 1 < index && closedRelative(sentence.slice(at, index))) continue;
    // The expression's own lead word ("until 2017") opens no clause of its own.
    if (at + 1 < index) from = at;
    else if (at + 1 > index && at < to) to = at;
  }
  return { from, to };
}

/** Where the past-tense verbs of a span stand (auxiliaries, regular and common irregular forms). */
export function pastVerbsIn(span: string): number[] {
  return tenseMarks(span)
    .filter((m) => m.tense === 'past')
    .map((m) => m.at)
    .sort((a, b) => a - b);
}

/** The future and past markers in a span, future ones first. */
function tenseMarks(span: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of span.matchAll(FUTURE_MARKER)) marks.push({ at: m.index, tense: 'future' });
  for (const m of span.matchAll(PAST_MARKER)) {
    if (NOT_PAST.has(m[0]) && !VERB_USE.test(span.slice(m.index))) continue;
    // A participle after a future marker belongs to it ("will be held", "is expected to be signed"); so does
    // a regular -ed form with no finite past verb between ("will switch on a plant powered by the sun").
    const weak = /ed$/.test(m[0]) && !/^(?:was|were|had|did)$/.test(m[0]);
    const future = marks.filter((x) => x.tense === 'future' && x.at < m.index);
    if (future.some((x) => m.index - x.at < 16)) continue;
    if (weak && future.length && !marks.some((x) => x.tense === 'past' && x.at > future.at(-1)!.at && x.at < m.index))
      continue;
    marks.push({ at: m.index, tense: 'past' });
  }
  return marks;
}

/** The clause holding `index` with the clauses either side of it, joined: the context a date's direction is read from. */
function clausesAround(sentence: string, index: number): string {
  const clauses = splitClauses(sentence);
  const k = clauses.findIndex((c) => index >= c.start && index < c.end);
  return clauses
    .slice(Math.max(0, k - 1), k + 2)
    .map((c) => c.text)
    .join(' ');
}

/** The tense governing a date: its own clause's verb, else a future marker in the clauses around it; null when neither tells. */
export function tenseAround(sentence: string, index: number): Tense | null {
  const own = tenseAt(sentence, index) ?? frontedTense(sentence, index) ?? mainTense(sentence, index);
  if (own) return own;
  return FUTURE.test(clausesAround(sentence, index)) ? 'future' : null;
}

/**
 * Where the date stands in a phrase without a verb after the main clause ("The court will sentence the three who
 * pleaded guilty, including Almenar, on 3 November"), the main clause's future: the last marker before the date once
 * relative clauses are left out, when it is a future. Null otherwise.
 */
function mainTense(sentence: string, index: number): Tense | null {
  const head = sentence.slice(0, index).replace(RELATIVE_CLAUSE, (m) => ' '.repeat(m.length));
  // Only a phrase set off by commas: a date inside a clause of its own is that clause's.
  if (!/,[^,;]*$/.test(head)) return null;
  // Only a future: a past main verb is what a date with no verb of its own is read by anyway.
  return tenseMarks(head).sort((a, b) => b.at - a.at)[0]?.tense === 'future' ? 'future' : null;
}

// A participle phrase that opens the sentence, up to its comma ("Speaking to journalists on Tuesday,").
const FRONTED_PARTICIPLE = /^\s*\p{Lu}\p{Ll}+ing\b[^,;]*,/u;

/**
 * "Speaking to journalists on Tuesday, the clerk said the council would …": a date in a fronted participle phrase
 * takes the tense of the main clause's first verb, not a future that clause reports. Null elsewhere.
 */
function frontedTense(sentence: string, index: number): Tense | null {
  const fronted = FRONTED_PARTICIPLE.exec(sentence);
  if (!fronted || index >= fronted[0].length) return null;
  return tenseMarks(sentence.slice(fronted[0].length)).sort((a, b) => a.at - b.at)[0]?.tense ?? null;
}

/** Which way an expression in a sentence points: a deadline's nearest day, else the tense that governs it. */
export function directionAt(sentence: string, expr: TemporalExpression): Direction {
  const lead = sentence.slice(Math.max(0, expr.index - 40), expr.index);
  // "the 30 September deadline": a limit, whatever the tense around it; so is a new day ("moved to 14 May").
  if (DEADLINE_AFTER.test(sentence.slice(expr.index + expr.text.length))) return 'nearest';
  if (RESCHEDULED_TO.test(lead)) return 'nearest';
  const byClauses = directionFor(clausesAround(sentence, expr.index), expr, lead);
  if (byClauses === 'nearest') return byClauses;
  const fronted = frontedTense(sentence, expr.index);
  if (fronted) return fronted;
  const tense = tenseAt(sentence, expr.index) ?? mainTense(sentence, expr.index);
  if (tense) return tense;
  // "Its mandate ends on December 31": a day in the present tense is a date the text looks to, like a deadline.
  if (expr.kind === 'month-day' && !FUTURE.test(sentence) && !PAST_AUXILIARY.test(sentence)) return 'nearest';
  // Where the verb says nothing, the clauses around it decide (news is told in the past).
  return byClauses;
}

/** Which way an expression points from its clauses' tense and `lead`, the text just before it. */
export function directionFor(clauseContext: string, expr: TemporalExpression, lead = ''): Direction {
  // A deadline (`by December 31`, `a deadline of March 1`) names a date the text looks toward whatever the
  // tense of the verb that set it, so it takes the nearest occurrence.
  if (expr.lead && DEADLINE_LEAD.has(expr.lead)) return 'nearest';
  if (DEADLINE_BEFORE.test(lead)) return 'nearest';
  // Otherwise a future-tense clause points forward and anything else (news is told in the past) points back.
  return FUTURE.test(clauseContext) ? 'future' : 'past';
}
