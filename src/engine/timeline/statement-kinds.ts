/**
 * What a dated mention claims: that something happened, is planned, is due by a
 * deadline, or stood at some figure on a day. Counterfactual, conditional,
 * hypothetical and negated statements claim no event at all: "was intended to
 * remain until December 31" does not say that anything happened on that day.
 * Readers run in order; the first that answers decides.
 */
import { FOREIGN_FUTURE } from '../time/future-words.ts';
import { FUTURE_INFLECTION } from '../time/present-tense.ts';
import { DEADLINE_AFTER, pastVerbsIn, RESCHEDULED_TO, tenseAround } from '../time/tense.ts';
import type { TemporalExpression } from '../time/types.ts';
import { statementPatterns, statementWordsFor, type StatementPatterns } from './statement-words.ts';
import { planDeniedAfter } from './denied-plan.ts';
import { deniedAfterOpening } from './opening-denial.ts';
import { isCountByDay } from './status-count.ts';
import { closingAttribution } from './subordinate.ts';

import { governingBefore } from './references.ts';

export { isAttributive, isComparing } from './references.ts';

/** The kind of statement a mention makes, and so the kind of its event. */
export type StatementKind = 'happened' | 'planned' | 'deadline' | 'status';

/** A statement that tells no event: what it is instead. */
export type NotAnEvent = 'counterfactual' | 'conditional' | 'hypothetical' | 'negated';

/** What one reader sees: the sentence, the expression, and the part of the sentence that governs it. */
interface Context {
  sentence: string;
  expr: TemporalExpression;
  /** The sentence before the expression, back to the last boundary between main clauses (`;`, `, but`, a dash). */
  before: string;
  /** The sentence after the expression. */
  after: string;
  /** The article's language's statement words (`statement-words.ts`), or null for English. */
  words: StatementPatterns | null;
  /** The article's language. */
  language: string | null;
}

/** How far before the date, in characters, a denial in another language still governs it. */
const NEAR = 50;

// "was intended to remain", "had been due to end", "would have", "could have": what did not happen.
// "had hoped to reopen this week", "had planned to finish in May": a plan told in the past perfect, not kept.
const COUNTERFACTUAL =
  /\b(?:was|were|had been)\s+(?:\w+ly\s+)?(?:intended|supposed|meant|due|scheduled|set|expected|planned|slated|originally)\s+to\b|\b(?:was|were|had been)\s+due\s*(?:on|by|in)?\s*$|\b(?:would|could|should|might|must)\s+have\b|\bhad\s+(?:\w+ly\s+)?(?:hoped|planned|intended|wanted|expected|aimed|meant)\s+to\b|\bhad\s+(?:first\s+|\w+ly\s+)?been\s+(?:planned|scheduled|set|slated)\s+for\s*$/i;
// "originally scheduled for 17 April", "initially set for May": the first plan, since changed; the plan's words.
const ORIGINALLY = /\b(?:originally|initially)\b/i;
const PLAN_WORDS =
  /\b(?:scheduled|planned|set|due|expected|slated|announced|promised|intended|meant|supposed|timed)\b/i;
// A limit that runs out on the day: "The deadline expired on Thursday", "a launch window closing on 4 October".
const EXPIRED =
  /\b(?:deadline|ultimatum|time limit|(?:launch|filing|application|registration|submission|transfer) window)\b.*\b(?:expire[sd]?|expiring|passe[sd]|ran out|runs? out|lapse[sd]|elapsed|clos(?:es|ed|ing))\b/i;
// A denial right after a date in the subject: "The strike planned for 27 May never took place".
const NEGATED_AFTER =
  /^\s*(?:never|did not|didn['’]t|was not|wasn['’]t|were not|weren['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t|(?:has|have) yet to)\b/i;
// "If the court rules before August", "unless … by May": the date sits in a condition.
const CONDITIONAL = /\b(?:if|unless|provided that|in case|whether)\b/i;
// "could happen in June", "may be held in the spring", "could reach the court in 2026": a possibility, not a plan;
// "could" and "might" before any verb ("may" is also a month, so only before these).
const HYPOTHETICAL =
  /\b(?:could|might)\s+(?!not\b|have\b)\w+|\bmay\s+(?:\w+\s+){0,2}?(?:be|happen|take|come|go|see|begin|end)\b/i;
// "did not vote in June", "never returned after 2020": the act is denied.
// A denied subject of a perfect denies the act too ("No group had claimed the attack as of Monday"); not "No one was
// hurt in the fire on Friday", where the date is the fire's.
const NEGATED =
  /\b(?:did not|didn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t|was not|wasn['’]t|were not|weren['’]t|never|failed to|refused to)\b|(?:^|[,;:]\s+)no\s+(?:\p{L}+\s+){1,2}?(?:had|has|have)\b/iu;
// The words that turn a date into a deadline: "by", "no later than", "the deadline of".
const DEADLINE_LEADS = new Set(['by', 'no later than']);
const DEADLINE_BEFORE = /\b(?:deadline|due|no later than|by the end of)\s+(?:\w+\s+){0,3}$/i;
// "has until 14 March to decide", "remains open until 16 May": a limit looked toward, unless told in the past; and
// "until" just before the date, in English (other languages' words: `statement-words.ts`).
const UNTIL_LEADS = new Set(['until', 'till']);
const UNTIL_WORD = /\b(?:until|till)\s*$/i;
// Where a clause begins inside the text before a date: a denial before it does not reach the date.
const CLAUSE_START = /[,;]|(?<![\p{L}])(?:que|that|and|e|y|et|und|dass)(?![\p{L}])/giu;
// "had given both sides until 9 May to settle": a limit to act by, even told in the past.
const UNTIL_TO = /^\s*,?\s*to\s+\p{Ll}/u;
// "for" or "a date of" just before a day: the day something is set for. Only the kinds of expression that name a day
// (a plan "for May" may be a month's figures: "the figures for May"). Other languages' words ("para el", "pour le",
// "für den", Czech "na") are each table's `forDay` (`statement-words.ts`).
const FOR_DAY = /(?<![\p{L}])(?:for|date of)\s*$/iu;
const DAY_KINDS = new Set(['date', 'month-day', 'weekday', 'relative-day']);
// "until 1.00 pm on 16 May": a time of day between "until" and the date.
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:[\w.:]+\s+){0,3}$/i;
// "had completed its withdrawal by 31 December": a deadline met is a thing that happened.
const PERFECT_BEFORE = /\b(?:had|has|have)\s+(?:\w+\s+){0,2}?(?:\w+ed|left|gone|withdrawn|done|finished|become)\b/i;
// A future or an obligation after a perfect ("has promised that it will be finished by"), or an order or a request
// to act ("has ordered the owner to recover the containers by").
const FUTURE_AFTER_PERFECT =
  /\b(?:will|would|shall|must|should|is to|are to|has to|have to|to be)\b|^\s*(?:\S+\s+){0,4}?to\s+(?!be\b)\w+/i;
// "as of 8 December", "as at the end of May": a state on a day.
const STATUS_LEADS = new Set(['as of', 'as at']);
const STATUS_BEFORE = /\bas (?:of|at)\s*$/i;
// "from 1 January", "beginning 1 January", "starting on": a start that, unless told in the past, is a plan.
const START_LEADS = new Set(['from', 'beginning', 'starting', 'as from', 'effective']);

// The second end of a span after its start: "from 2015 to 2023".
const SPAN_AFTER = /^\s*(?:to|until|till|through|[-–—])\s*\S/i;
// Between a past verb and "by", words that make the date a target rather than the day it was done by:
// "gave it a goal of leaving the country by", "voted to end the mission by", "adopting a resolution … by".
const TARGET_BETWEEN =
  /\bto\s+\w+|\b(?:deadline|goal|target|ultimatum|aim)\b|\b\w{3,}ing\b|\b(?:would|will|shall|must|should|could)\b/i;

/** A "by" date: a deadline, unless a past verb says the act was done by then ("withdrew by December 31"). */
function deadlineOrDone(before: string): StatementKind {
  const by = [...before.matchAll(/\bby\b/gi)].at(-1)?.index ?? before.length;
  const head = before.slice(0, by);
  if (/\b(?:deadline|goal|target|ultimatum|aim|objective|intention)\b/i.test(head)) return 'deadline';
  // "had completed its withdrawal by", not "has promised that the hospital will be finished by": a future after the
  // perfect sets the limit.
  const perfect = PERFECT_BEFORE.exec(head);
  if (perfect)
    return FUTURE_AFTER_PERFECT.test(head.slice(perfect.index + perfect[0].length)) ? 'deadline' : 'happened';
  const verb = pastVerbsIn(head).at(-1);
  if (verb === undefined) return 'deadline';
  const between = head.slice(verb).replace(/^\S+/, '');
  return TARGET_BETWEEN.test(between) ? 'deadline' : 'happened';
}

/** A denial, then "until" just before the date, in one clause: "did not reopen until 2019" dates the reopening. */
function notUntil(c: Context): boolean {
  const until = UNTIL_LEADS.has(c.expr.lead ?? '') || UNTIL_WORD.test(c.before) || c.words?.until.test(c.before);
  if (!until) return false;
  const clause = clauseOf(c.before).slice(-60);
  return NEGATED.test(clause) || Boolean(c.words?.negated.test(clause));
}

/** A count out of a whole told as reached by the day (`status-count.ts`), with no future in its clause. */
function countByDay(c: Context): boolean {
  const clause = `${clauseOf(c.before)}${c.expr.text}${c.after.split(/;|\.(?!\d)/)[0]}`;
  if (!isCountByDay(c.before, clause, c.expr.lead, c.expr.text)) return false;
  return tenseAround(c.sentence, c.expr.index) !== 'future' && !c.words?.future.test(clause);
}

/** A denial in the clause that holds the date, in the article's language. */
function deniedInClause(c: Context): boolean {
  return Boolean(c.words?.negated.test(clauseOf(c.before)));
}

// A verb of saying right before the date ("Prosecutors said on Thursday that …").
const SAID_BEFORE = /\b(?:said|says|told|announced|added|stated|warned)\s*(?:on|last|this)?\s*$/i;

/** What a saying dated by the expression reports, when that tells no event: its kind; else undefined. */
function reportedNonEvent(c: Context): NotAnEvent | undefined {
  // A closing attribution ("…, prosecutors said on"): what it reports stands before its comma.
  const comma = closingAttribution(c.before, c.after, c.language);
  const content =
    comma >= 0
      ? c.before.slice(0, comma)
      : SAID_BEFORE.test(c.before) && /^\s*(?:that\b|,)/i.test(c.after)
        ? c.after
        : null;
  if (!content) return undefined;
  if (COUNTERFACTUAL.test(content) || c.words?.counterfactual.test(content)) return 'counterfactual';
  if (HYPOTHETICAL.test(content) || c.words?.hypothetical.test(content)) return 'hypothetical';
  return undefined;
}

/**
 * The text before the date from the start of its clause (after the last comma or joining word). A phrase too short for
 * a verb of its own (`…, sarebbe dovuto passare a sei voli, dal 26 ottobre`) is read with the clause before it.
 */
function clauseOf(before: string, after?: string): string {
  const starts = [...before.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length);
  const from = starts.at(-1) ?? 0;
  const words = (t: string) => t.trim().split(/\s+/).filter(Boolean).length;
  // Nothing after the date in its clause either: "bevor am 10. Februar ein Abschnitt einstürzte" has its own verb.
  const short = after !== undefined && words(before.slice(from)) <= 1 && words(after.split(/[,;.]/)[0]!) <= 1;
  return before.slice(short ? (starts.at(-2) ?? 0) : from);
}

// "If needed" in the languages read: a manner of the act, no condition on it (`wenn nötig verstärkt`).
const IF_NEEDED =
  /(?<!\p{L})(?:wenn|falls|si|se|if|where)\s+(?:nötig|notwendig|erforderlich|nécessaire|besoin|necesario|necessário|necessario|needed|necessary|required)(?!\p{L})/giu;
const withoutIfNeeded = (text: string): string => text.replace(IF_NEEDED, ' ');
/** A sentence without the quotation marks that open it (`"Se a ala tivesse sido …`). */
const opening = (sentence: string): string => sentence.replace(/^[\s"“”«„'‘’]+/u, '');

/** The words after the date up to the end of its clause. */
const restOfClause = (c: Context): string => c.after.split(/[,;]|[.!?]\s+(?=\p{Lu})/u)[0]!;
// Languages that put the verb last in its clause (`Yazılım 2022'de yenilenmiş olsaydı`): its mood follows the date.
const VERB_FINAL = new Set(['tr', 'ja', 'ko', 'hi', 'bn', 'fa', 'ur']);
const verbFinal = (c: Context): boolean => VERB_FINAL.has(c.language?.split('-')[0] ?? '');

/**
 * A date that opens its sentence, then a main clause whose first words deny it, in another language: `Até ontem, Marvosk
 * ainda não tinha nomeado …`, `dal 2011, non si riuniva più …`.
 */
function deniedAfterOpeningDate(c: Context): boolean {
  if (!c.words || c.language?.startsWith('en') || countWords(c.before) > 2) return false;
  // The main clause, up to a clause of saying ("anunció que no habrá feria" denies the fair, not the announcing).
  const main = c.after
    .replace(/^\s*,/, '')
    .split(/[,;:.!?]/)[0]!
    .split(/\s(?:que|qu['’]|che|dass|że|что|hogy)\s/iu)[0]!;
  const opening = main.trim().split(/\s+/).slice(0, 5).join(' ');
  // "Have not stopped falling" (`no han dejado de bajar`) tells that it went on.
  return c.words.negated.test(opening) && !STOPPED.test(main);
}
const STOPPED =
  /(?<![\p{L}])(?:dej\p{L}* de|deix\p{L}* de|cess\p{L}* de|smess\p{L}* di|smett\p{L}* di|aufgehört|opgehouden)/iu;
const countWords = (t: string): number => t.trim().split(/\s+/).filter(Boolean).length;

/** A possibility in the date's clause, or a condition anywhere in the sentence, in the article's language. */
function possibleOrConditional(c: Context): boolean {
  return Boolean(
    c.words?.hypothetical.test(clauseOf(c.before)) ||
    c.words?.conditional.test(withoutIfNeeded(c.sentence)) ||
    openingCondition(c),
  );
}

/** A condition told by a sentence that opens with its verb, the date inside it ("Sollte der Wind bis Freitag …,"). */
function openingCondition(c: Context): boolean {
  return Boolean(c.words?.conditionalOpening?.test(opening(c.sentence)) && c.sentence.indexOf(',') > c.expr.index);
}

/** A plan named as the first one ("originally scheduled for", "ursprünglich … für den 17. April angekündigt"). */
function originallyPlanned(c: Context): boolean {
  // In the date's own phrase: "La mise en service, initialement prévue en septembre, est attendue au printemps".
  const clause = c.before.slice(c.before.lastIndexOf(',') + 1);
  const orig = ORIGINALLY.exec(clause) ?? c.words?.originally.exec(clause);
  if (!orig) return false;
  const rest = clause.slice(orig.index + orig[0].length);
  return (
    PLAN_WORDS.test(rest) ||
    Boolean(c.words?.future.test(rest)) ||
    FOR_DAY.test(clause) ||
    Boolean(c.words?.forDay?.test(clause))
  );
}

/** A reader: the kind it finds, or undefined to let the next reader decide. */
type KindReader = (c: Context) => StatementKind | NotAnEvent | undefined;

/** The readers in order: what denies an event first, then the kinds of event from the most specific. */
const READERS: KindReader[] = [
  // A count out of a whole reached by a day ("By Wednesday, 9 of the 31 had been lifted", "Al 2 novembre erano stati
  // recuperati 24 dei 31"): a state on that day, not an act or a limit.
  (c) => (countByDay(c) ? 'status' : undefined),
  // "did not know until the summer of 2021", "no supo nada hasta el verano de 2021": it happened then.
  (c) => (notUntil(c) ? 'happened' : undefined),
  // A plan named in an apposition that the main clause denies ("That work, planned for the summer of 2022, was never
  // carried out"): no event, nor a deadline.
  (c) => (planDeniedAfter(c.before, c.after, c.words) ? 'counterfactual' : undefined),
  // A limit named in another language ("debían trasponer antes de octubre"), even one that was not met, is a deadline.
  // Not one denied in its own clause: "Aucun retour n'est envisagé avant le mois de mai" sets no limit.
  // Nor a possibility or a condition ("potrebbe slittare fino al 2029, se …", "hätte sich bis 2029 verschieben können,
  // wenn …"): the readers below name those.
  // Nor one whose verb after the date says it would have been (`a határidő 2025. december 31. lett volna`).
  (c) =>
    c.words?.deadline.test(c.before) &&
    !deniedInClause(c) &&
    !deniedAfterOpeningDate(c) &&
    // "Originally it was to be ready by the end of February" (`Ursprünglich sollte bis Ende Februar …`): a plan that
    // fell through, read below.
    !(c.words.originally.test(clauseOf(c.before)) && c.words.counterfactual.test(clauseOf(c.before))) &&
    !possibleOrConditional(c) &&
    !c.words.counterfactual.test(restOfClause(c))
      ? 'deadline'
      : undefined,
  // In another language, in the date's own clause ("Ursprünglich sollte sie im Juni 2027 öffnen, bevor am 10. Februar
  // … einstürzte": the collapse happened).
  // Its words may follow the date in its clause (`a határidő 2025. december 31. lett volna`, would have been).
  (c) =>
    COUNTERFACTUAL.test(c.before) || c.words?.counterfactual.test(`${clauseOf(c.before, c.after)} ${restOfClause(c)}`)
      ? 'counterfactual'
      : undefined,
  (c) => (originallyPlanned(c) ? 'counterfactual' : undefined),
  // The date of a saying whose content tells no event ("…would have faced 20 years, prosecutors said on Thursday",
  // "Prosecutors said yesterday that a conviction would have …"): the saying's day dates nothing the timeline shows.
  (c) => reportedNonEvent(c),
  (c) =>
    CONDITIONAL.test(c.before) ||
    /^\s*(?:if|unless)\b/i.test(opening(c.sentence)) ||
    // "Had the board approved the work in 2023, it would have …": a condition told by inversion.
    (/^\s*Had\s+(?:the|a|an|this|that|they|we|he|she|it|\p{Lu}\p{L}+)\s[^,]*,/u.test(c.sentence) &&
      c.sentence.indexOf(',') > c.expr.index) ||
    c.words?.conditional.test(withoutIfNeeded(c.before)) ||
    (verbFinal(c) && c.words?.conditional.test(restOfClause(c))) ||
    openingCondition(c)
      ? 'conditional'
      : undefined,
  // In other languages the denial stands next to its verb: a few words before the date, or in German after it
  // ("sagte am Mittwoch nicht, wann …").
  (c) =>
    NEGATED.test(c.before) ||
    c.words?.negated.test(c.before.slice(-NEAR)) ||
    NEGATED_AFTER.test(c.after) ||
    c.words?.negatedOpening.test(c.after) ||
    (c.words?.negatedAfter && c.words.negated.test(c.after.split(/[,;]/)[0]!)) ||
    (verbFinal(c) && c.words?.negated.test(restOfClause(c))) ||
    deniedAfterOpeningDate(c) ||
    deniedAfterOpening(c.before, c.after, c.words?.negated ?? null)
      ? 'negated'
      : undefined,
  (c) =>
    HYPOTHETICAL.test(c.before) ||
    c.words?.hypothetical.test(c.before) ||
    (verbFinal(c) && c.words?.hypothetical.test(restOfClause(c)))
      ? 'hypothetical'
      : undefined,
  (c) => (STATUS_LEADS.has(c.expr.lead ?? '') || STATUS_BEFORE.test(c.before) ? 'status' : undefined),
  // "The deadline expired on Thursday", "Die Frist … war am Donnerstag abgelaufen": the limit's own day.
  // The limit is named before the date, its running out in the same clause.
  (c) => {
    const clause = `${c.before}${c.expr.text}${c.after.split(/[,;]/)[0]}`;
    return EXPIRED.test(clause) || c.words?.expired.test(clause) ? 'deadline' : undefined;
  },
  (c) =>
    DEADLINE_LEADS.has(c.expr.lead ?? '') || DEADLINE_BEFORE.test(c.before) ? deadlineOrDone(c.before) : undefined,
  // "the 30 September deadline", Finnish "31. maaliskuuta mennessä": a limit's words after the date.
  (c) => (DEADLINE_AFTER.test(c.after) || c.words?.deadlineAfter?.test(c.after) ? 'deadline' : undefined),
  (c) =>
    (UNTIL_LEADS.has(c.expr.lead ?? '') || UNTIL_BEFORE.test(c.before)) &&
    (tenseAround(c.sentence, c.expr.index) !== 'past' || UNTIL_TO.test(c.after))
      ? 'deadline'
      : undefined,
  // A day something is set for ("scheduled for 24 April", "marcada para 28 de maio"): a plan whatever the tense.
  (c) =>
    (FOR_DAY.test(c.before) || c.words?.forDay?.test(c.before)) && DAY_KINDS.has(c.expr.kind) ? 'planned' : undefined,
  // The new day of something moved ("the session was moved to 14 May"): a plan, whatever the tense of the moving.
  (c) => (RESCHEDULED_TO.test(c.before) ? 'planned' : undefined),
  // "later this month": a time still to come, whatever the verb's tense ("comes before the court later this month").
  (c) => (tenseAround(c.sentence, c.expr.index) === 'future' || /\blater\s*$/i.test(c.before) ? 'planned' : undefined),
  (c) => (c.words?.future.test(c.before) ? 'planned' : undefined),
  // A language with no statement table of its own (Greek, Croatian): the future words every language's times are
  // read with (`θα`, `će`), in the clause before the date.
  (c) =>
    !c.words && c.language && !c.language.startsWith('en') && FOREIGN_FUTURE.test(clauseOf(c.before))
      ? 'planned'
      : undefined,
  // A week, month or year after the article's, or a weekday of the week after ("nächste Woche am Mittwoch"); in
  // another language, a time the verb's ending puts ahead ("le troupeau restera jusqu'à la fin octobre").
  (c) =>
    ((c.expr.offset ?? 0) > 0 && c.expr.kind !== 'relative-day') ||
    FUTURE_INFLECTION[c.language?.split('-')[0] ?? '']?.test(clauseOf(c.before)) ||
    // A time its own words put ahead in another language (`est attendue mercredi`, `på fredag`).
    (!!c.language && !c.language.startsWith('en') && c.expr.direction === 'future')
      ? 'planned'
      : undefined,
  // A date opening the sentence before its verb, in another language ("Na 10 października zaplanowano …", "Tören 9
  // Mayıs'ta yapılacaktı"): a plan that fell through, or a future, among the two words after it in its clause.
  (c) => {
    if (!c.words || c.before.trim().split(/\s+/).length > 3) return undefined;
    const next = c.after.split(/[,;:]/)[0]!.trim().split(/\s+/).slice(0, 2).join(' ');
    if (c.words.counterfactual.test(next)) return 'counterfactual';
    return c.words.future.test(next) ? 'planned' : undefined;
  },
  // Not the start of a span told without a verb ("governor from 2015 to 2023"): a span's start is no plan.
  (c) =>
    START_LEADS.has(c.expr.lead ?? '') && tenseAround(c.sentence, c.expr.index) !== 'past' && !SPAN_AFTER.test(c.after)
      ? 'planned'
      : undefined,
];

/** The kind of statement the sentence makes about the date `expr` names, read in English and the article's language. */
export function statementKind(
  sentence: string,
  expr: TemporalExpression,
  language: string | null = 'en',
): StatementKind | NotAnEvent {
  const words = statementWordsFor(language);
  const context: Context = {
    sentence,
    expr,
    before: governingBefore(sentence, expr.index),
    after: sentence.slice(expr.index + expr.text.length),
    words: words ? statementPatterns(words) : null,
    language,
  };
  for (const read of READERS) {
    const kind = read(context);
    if (kind) return kind;
  }
  return 'happened';
}

/** True when the kind is one of an event's (not a counterfactual, conditional, hypothetical or negated statement). */
export function isEventKind(kind: StatementKind | NotAnEvent): kind is StatementKind {
  return kind === 'happened' || kind === 'planned' || kind === 'deadline' || kind === 'status';
}
