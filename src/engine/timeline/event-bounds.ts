/**
 * Bounds on an undated article from the events it reports. A past-tense
 * weekday ("concluded on Sunday") names the most recent such day before
 * publication. Where dated articles date the same act (the same kind of act,
 * and a content word in common) to one day that is that weekday, the undated
 * article was published on one of the seven days from that day; several such
 * weekdays narrow the window to where they all hold. The bound is a window,
 * never a day, and its reason names the sentences it rests on.
 */
import { addDays, parseISO } from 'date-fns';
import type { Published } from '../schema/article.ts';
import { inferredWindow, WEEKDAY_REACH } from './publication-dates.ts';
import { isoDay } from '../time/calendar.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/names.ts';
import { directionAt } from '../time/tense.ts';
import { sameSentence, sentenceWords } from '../compare/alignment.ts';
import { contentTerms, type Mention } from './mentions.ts';
import type { Passage } from './passages.ts';

// Day and month names are when, not who or what.
const CALENDAR_WORDS = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES].map((w) => w.toLowerCase()));

/** The names and figures of a sentence: capitalised words after the first, and numbers. */
function anchors(sentence: string): Set<string> {
  const out = new Set<string>();
  const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? [];
  words.forEach((raw, i) => {
    const w = raw.replace(/[.,'’-]+$/, '');
    if (/^\p{N}/u.test(w)) out.add(w.replace(/\D/g, ''));
    else if (i > 0 && /^\p{Lu}/u.test(w) && w.length > 2 && !CALENDAR_WORDS.has(w.toLowerCase()))
      out.add(w.toLowerCase());
  });
  return out;
}

/**
 * Whether a sentence of an undated article tells the act a dated mention tells: the same kind of act,
 * two content words and a name or figure in common; or the same sentence in all but a few words.
 */
export function sameAct(sentence: string, expression: string, m: Pick<Mention, 'quote' | 'terms'>): boolean {
  const own = new Set(contentTerms(expression));
  const terms = contentTerms(sentence).filter((t) => !own.has(t));
  const acts = terms.filter((t) => t.startsWith('~') && m.terms.includes(t));
  const words = terms.filter((t) => !t.startsWith('~') && m.terms.includes(t));
  const theirs = anchors(m.quote);
  const names = [...anchors(sentence)].filter((a) => theirs.has(a));
  // And the two sentences must say it in largely the same words: a name and a kind of act in common are not
  // enough ("Brannock said on Monday that 61% …" is not "Brannock on Monday offered 14.20 euros").
  const [mine] = sentenceWords(sentence);
  const [theirs2] = sentenceWords(m.quote);
  if (!mine || !theirs2 || !sameSentence(mine, theirs2)) return false;
  return (acts.length > 0 && words.length >= 2 && names.length > 0) || words.length >= 6;
}

/**
 * The window an undated article's past-tense weekdays give, from the days
 * dated articles (`dated`: their mentions told as done or as a status, to one
 * day) put the same acts on; null when none matches, or when they contradict.
 */
export function boundByPeerEvents(passages: readonly Passage[], dated: readonly Mention[]): Published | null {
  const found: Array<{ day: string; sentence: string; expression: string; peer: Mention }> = [];
  for (const p of passages)
    for (const e of p.expressions) {
      if (e.kind !== 'weekday' || directionAt(p.sentence, e) !== 'past') continue;
      const matches = dated.filter(
        (m) =>
          (m.kind === 'happened' || m.kind === 'status') &&
          m.precision === 'day' &&
          parseISO(m.start).getDay() === e.weekday &&
          sameAct(p.sentence, e.text, m),
      );
      for (const peer of matches) found.push({ day: peer.start, sentence: p.sentence, expression: e.text, peer });
    }
  if (!found.length) return null;
  // Each weekday bounds publication to the seven days from the day it names; together, to where they all hold.
  const earliest = found
    .map((f) => f.day)
    .sort()
    .at(-1)!;
  const latest = found.map((f) => isoDay(addDays(parseISO(f.day), WEEKDAY_REACH))).sort()[0]!;
  if (earliest > latest) return null;
  const f = found.find((x) => x.day === earliest)!;
  const day = f.day;
  return inferredWindow(
    day,
    latest,
    `The text states no date. It says “${f.sentence}” in the past tense, and another article dates that act to ${WEEKDAY_NAMES[parseISO(day).getDay()]} ${day} (“${f.peer.quote}”); a report telling it as “${f.expression}” appeared on one of the seven days from that day${found.length > 1 ? ', and its other weekdays narrow that' : ''}, so between ${earliest} and ${latest}.`,
    f.peer.slug,
  );
}
