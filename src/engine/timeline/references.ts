/**
 * Dates that are references rather than the act a sentence tells: a point of comparison ("up from 61 percent in
 * 2020") or a modifier naming another event by its day ("the 11 May vote", "le séisme du 16 septembre").
 */
import { DEADLINE_AFTER } from '../time/tense.ts';
import type { TemporalExpression } from '../time/types.ts';
import { statementPatterns, statementWordsFor } from './statement-words.ts';

// Where one main clause ends and another begins: what comes after says nothing of the clause before.
const MAIN_BOUNDARY = /;|\s[—–]\s|,\s*(?:but|and|while|yet|whereas)\b|\bbut\b/gi;

/** The sentence before `index`, back to the last boundary between main clauses. */
export function governingBefore(sentence: string, index: number): string {
  const head = sentence.slice(0, index);
  let from = 0;
  for (const m of head.matchAll(MAIN_BOUNDARY)) from = m.index + m[0].length;
  return head.slice(from);
}

// Words that put what follows them in a comparing phrase: "up from 61 percent in 2020", "compared with last year".
// A relative or adverbial clause ("who joined in 2016") tells an act of its own and is not one of these; "than"
// after a comparative ("more than 12,000", "smaller than the legal size") compares no times.
const COMPARING =
  /(?<!\b(?:\w+er|more|less|fewer|rather|other)\s)\bthan\b|\b(?:against|unlike|up from|down from|compared (?:with|to))\b/i;

/**
 * Whether the date stands in a comparing phrase of its clause: a point of comparison for a figure the sentence
 * gives for another time, not an act the sentence reports. A label made of that sentence would tell the other
 * time's figure under this date, so the date makes no event; the sentence is filed under its other date, if any.
 */
export function isComparing(
  sentence: string,
  expr: TemporalExpression,
  others: readonly TemporalExpression[] = [],
  language: string | null = 'en',
): boolean {
  // Another date's own words ("since 2013", "after January 1") open no phrase around this one.
  let masked = sentence;
  for (const o of others)
    if (o !== expr)
      masked = masked.slice(0, o.index) + ' '.repeat(o.text.length) + masked.slice(o.index + o.text.length);
  // The comparing words stand just before the date, in its own phrase ("up from 61 percent in 2020").
  const near = governingBefore(masked, expr.index).slice(-40);
  const words = statementWordsFor(language);
  return COMPARING.test(near) || Boolean(words && statementPatterns(words).comparing.test(near));
}

// A date that modifies a noun: "the 11 May vote", "its 2015 peace agreement", "Sunday's election".
const ATTRIBUTIVE_BEFORE = /\b(?:the|its|their|this|that|a|an|last|next)\s*$/i;
const ATTRIBUTIVE_AFTER =
  /^(?:['’]s\s+\p{L}|\s+(?!(?:of|to|in|on|at|by|for|from|and|or|but|was|were|is|are|will|would|has|had|have|when|as|after|before|until|while|with|that|which|who)\b)\p{Ll}[\p{Ll}-]*)/u;

/**
 * Whether the date names another event by its day, as a noun's modifier ("since the 11 May vote", "Sunday's
 * election"), rather than dating the act the clause tells. Where the sentence dates its own act with another
 * expression, such a date is a reference, not a second event of the sentence.
 */
export function isAttributive(sentence: string, expr: TemporalExpression): boolean {
  const before = sentence.slice(0, expr.index);
  const after = sentence.slice(expr.index + expr.text.length);
  if (DEADLINE_AFTER.test(after)) return false;
  // "les inondations de septembre", "das cheias do mês passado", "the floods of last month": a month after a noun and
  // "of" names that thing.
  const monthOnly = (expr.kind === 'month' || expr.kind === 'relative-month') && expr.year === undefined;
  const noun = monthOnly ? NOUN_OF.exec(before)?.[1] : undefined;
  if (noun && !TIME_NOUN.test(noun)) return true;
  const possessive = /^['’]s\s/.test(after);
  return (possessive || ATTRIBUTIVE_BEFORE.test(before)) && ATTRIBUTIVE_AFTER.test(after);
}

// A noun, then the word for "of", just before a month (`inondations de`, `alluvioni di`).
const NOUN_OF = /(?<![\p{L}])(\p{Ll}{4,})\s+(?:of|de|del|du|des|di|da|do|das|dos)\s*$/u;
// Nouns of a time within a month (`fin de septembre`, `finales de mayo`, `inizio di giugno`): the date itself.
const TIME_NOUN =
  /^(?:finales|principios|mediados|inicios|comienzos|final|inicio|début|milieu|courant|meados|começos|início|fim|inizio|metà|fine|primeros|últimos|partir|desde|depuis|start|beginning|middle|course|rest|remainder|most|much|part|half|parte|mitad|partie|metade|maior|tarde|noche|mañana|noite|manhã|madrugada|soir|soirée|matin|matinée|nuit|journée|sera|serata|mattina|notte|pomeriggio|giornata|seara|dimineața|noaptea|ziua|evening|morning|night|afternoon|semana|settimana|semaine|week|jour|giorno|dia|día|fecha|data|date|deadline|limit|target|délai|échéance|plazo|prazo|termine|scadenza|termen|frist)$/i;
