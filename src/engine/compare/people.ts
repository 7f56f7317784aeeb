/**
 * People named in a sentence, with the role the text gives them. A name is two
 * or three capitalised words that are not an organisation, a place, a title or
 * a calendar word; a title in front of it (“Secretary-General”) goes to the role.
 */
import { STOPWORDS } from '../text/words.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../time/names.ts';

/** A person's name found in a sentence. */
export interface NameHit {
  /** The name as written, without titles. */
  name: string;
  /** Offset in the sentence. */
  index: number;
  /** The role as written, or null. */
  role: string | null;
  /** True for an honorific and surname only (`Mr. Smith`): a reference to someone named in full elsewhere. */
  surnameOnly: boolean;
}

/** Words that make a capitalised sequence an organisation. */
export const ORGANISATION_WORDS = new Set(
  'nations council mission group authority authorities board community alliance states state team agency agencies organization organisation union army forces party front movement bank fund committee commission court ministry government office programme program company corporation association institute university assembly parliament workers federation confederation league society foundation club coalition trust network service services press news times herald tribune watch holdings industries airlines airways railways lines bank review journal gazette post courier chronicle observer daily weekly magazine quay street road avenue square bridge port harbour station airport'.split(
    ' ',
  ),
);

// Words of capitalised phrases that are neither people nor organisations (“Sustainable Development”).
const NOT_NAME_WORDS = new Set('development agenda affairs rights operations security peace region'.split(' '));

/** Nouns that name a role; a phrase holding one next to a name is that person's role. */
export const ROLE_NOUNS =
  /\b(?:head|chief|spokesperson|spokeswoman|spokesman|minister|representative|secretary-general|president|leader|commander|envoy|director|correspondent|ambassador|coordinator|official|general|mayor|governor|chairman|chairwoman|chair|prime minister|analyst|expert|researcher)s?\b/i;

// Titles written in front of a name; they are part of the role, not the name.
const TITLES =
  /^(?:Secretary-General|President|Minister|General|Colonel|Col\.|Gen\.|Prime|Foreign|Special|Representative|Spokesperson|Spokesman|Spokeswoman|Dr\.|Prof\.|Mr\.|Mrs\.|Ms\.|Sir|Dame|Lord|King|Queen|Chief|Head|Commander|Ambassador|Envoy|Director|Coordinator)$/;
/** A capitalised weekday, month or season: never the name of a person or a place. */
export const CALENDAR_NAME = new RegExp(
  `^(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES, 'Spring', 'Summer', 'Autumn', 'Winter'].join('|')})$`,
);

const TOKEN = String.raw`(?:\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col)\.)`;
const SEQUENCE = new RegExp(`${TOKEN}(?: ${TOKEN})+`, 'gu');

/** Finds people's names in a sentence; `isPlace` tells place names (from the gazetteer) apart. */
export function findPeople(sentence: string, isPlace: (word: string) => boolean): NameHit[] {
  const out: NameHit[] = [];
  for (const m of sentence.matchAll(SEQUENCE)) {
    let tokens = m[0].split(' ');
    let index = m.index;
    const titles: string[] = [];
    while (tokens.length && TITLES.test(tokens[0]!)) {
      titles.push(tokens[0]!);
      index += tokens[0]!.length + 1;
      tokens = tokens.slice(1);
    }
    const honorific = /^(?:Mr|Mrs|Ms|Dr|Prof)\.$/.test(titles.at(-1) ?? '');
    if (tokens.length === 0 || tokens.length > 3 || (tokens.length === 1 && !honorific)) continue;
    if (
      tokens.some(
        (t) =>
          ORGANISATION_WORDS.has(t.toLowerCase()) ||
          NOT_NAME_WORDS.has(t.toLowerCase()) ||
          CALENDAR_NAME.test(t) ||
          TITLES.test(t) ||
          isPlace(t) ||
          ROLE_NOUNS.test(t),
      )
    )
      continue;
    if (STOPWORDS.has(tokens[0]!.toLowerCase())) continue;
    // A name followed by what it is (“United Rail Workers union”, “Green Valley party”) names a body.
    const next = /^\s+(\p{Ll}+)/u.exec(sentence.slice(m.index + m[0].length))?.[1];
    if (next && ORGANISATION_WORDS.has(next)) continue;
    // A name before a role (“Puerto Llancay mayor Marisol Antiñir”) is the place or body the role belongs to.
    if (next && ROLE_NOUNS.test(next)) continue;
    // A name at the very start of a sentence may be an ordinary capitalised word (“Despite …”).
    if (index === 0 && tokens.length === 2 && /(?:ly|ing|ed)$/.test(tokens[0]!)) continue;
    const name = tokens.join(' ');
    const leadTitle = titles.filter((t) => !/^(?:Mr|Mrs|Ms|Dr|Prof)\.$/.test(t)).join(' ');
    out.push({
      name,
      index,
      role: roleFor(sentence, m.index, index + name.length, leadTitle),
      surnameOnly: honorific && tokens.length === 1,
    });
  }
  return out;
}

/** The role the sentence gives a name: an appositive after it (“, the head of the UN mission,”) or a phrase before it (“UN spokesperson”). */
export function roleFor(sentence: string, sequenceStart: number, nameEnd: number, leadTitle = ''): string | null {
  const after = /^,\s+((?:the |its |their |an? )?[^,;:“”"()]{3,90}?)\s*(?:,|$)/.exec(sentence.slice(nameEnd));
  if (after && ROLE_NOUNS.test(after[1]!) && !/^(?:who|which|said|told|says|stating|according)\b/i.test(after[1]!))
    return after[1]!.trim();
  const before = sentence.slice(0, sequenceStart).replace(/,\s*$/, '');
  const tail = before
    .split(/[,;:(“”"]/)
    .at(-1)!
    .trim();
  const phrase = [tail.split(/\s+/).slice(-7).join(' '), leadTitle].filter(Boolean).join(' ').trim();
  if (phrase && ROLE_NOUNS.test(phrase)) {
    // Keep the role phrase only: from its first determiner or capital, without a leading verb clause.
    const start = phrase.search(/\b(?:the|its|their|an?|UN|U\.N\.|\p{Lu})/u);
    return phrase.slice(Math.max(0, start)).trim();
  }
  return leadTitle || null;
}
