/**
 * Who speaks: the speaker a subject phrase names, and the person "he" or "she" stands for in the sentence before.
 * A speaker is given only where a person or a body is named; a phrase naming no one gives none.
 */
import { AGENCIES } from '../article/agencies.ts';
import { findPeople, ORGANISATION_WORDS } from './people.ts';

const PRONOUN = /^(?:he|she|they|it|we|i|his|her|their|this|that)$/i;
// Words that name no one in particular.
const NOBODY =
  /^(?:officials?|sources?|analysts?|experts?|residents?|witnesses?|people|observers?|critics?|some|many|others?)$/i;

// Words that open a phrase without naming anyone, capitalised only because they start the sentence.
const DETERMINER =
  /^(?:The|A|An|Several|Some|Many|Most|Few|Other|Others|Two|Three|Four|Five|Both|All|Each|One|Its|His|Her|Their|This|That|These|Those|Local|Senior)$/;

// A plural of people named by what they do (`Investigators`, `Officials`, `Residents`), not by name.
const PLURAL_ROLE = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ants|ents|ians|ials|ies|ics|ces|sts|ves)$/u;
// A document at the head of the subject, after a determiner maybe, in lower case (`The Report Group` is a body).
const DOCUMENT =
  /^(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:\S+\s+)?(?:memo|memos|report|letter|study|document|documents|e-?mail|records|log|survey|minutes|filing|audit|footage|video|notice|leaflet|website|post)\b/;
// A time before the subject ("On 22 April the National Dam Safety Inspectorate said …") is not part of its name.
const TIME_FIRST =
  /^(?:(?:[Oo]n|[Ii]n|[Bb]y|[Ss]ince)\s+(?:\d{1,2}\s+)?\p{Lu}\p{Ll}+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,4})\s+(?=the\s|\p{Lu})/u;

/** A speaker as the sentence names them, with the role it gives them. */
export interface Speaker {
  name: string;
  role: string | null;
}

/**
 * The speaker a subject phrase names, or null: pronouns, agencies and phrases naming no one give null. A person
 * named in it (`findPeople`) is the speaker, with the role around the name ("Ines Varga, the head of the port
 * authority", "union leader Tomas Berg"); else a named body or a surname ("the Port Authority", "Berg").
 */
export function speakerOf(phrase: string | undefined, isPlace: (word: string) => boolean): Speaker | null {
  if (!phrase) return null;
  // "Critics, including the United Rail Workers union": the one named among them.
  const including = /^[^,]{2,40},\s+(?:including|among them|such as)\s+(.+?),?$/i.exec(phrase.trim());
  if (including) return speakerOf(including[1], isPlace);
  const who = phrase
    .replace(/\s*\([^)]*\)/g, '')
    // "officials who spoke on Tuesday": a relative clause without commas says nothing of who they are.
    .replace(/^([^,]+?)\s+(?:who|that)\s[^,]*$/i, '$1')
    .replace(/^(?:and|but|while|as)\s+/i, '')
    .replace(TIME_FIRST, '')
    .replace(/\s+(?:also|then|later|earlier|previously|again)$/i, '')
    .trim();
  // A subordinate clause or a passive ("Although the end … has been [announced]") names no one who said anything.
  if (/^(?:although|though|while|when|if|because|after|before|since|as|once|until|whether)\b/i.test(who)) return null;
  // A document ("the operating log seen by the Review", "records obtained by AP", "The memo the Courier printed
  // says …") is no speaker: what it says has no person or body behind it that the sentence names.
  if (/\b(?:seen|obtained|reviewed)\s+by\b/i.test(who) || DOCUMENT.test(who)) return null;
  // A time ("on Wednesday", "last week") names no one.
  if (/^(?:(?:on|in|at|during|last|this|next)\s+\S+|yesterday|today|earlier|later)$/i.test(who)) return null;
  if (/\b(?:been|being|is|are|was|were|not|never)$|n['’]t$/i.test(who)) return null;
  // "one engineer at the depot", "a banker", "several operators": someone not named.
  if (/^(?:a|an|one|some|several|many|two|three|four|five|another|other)\s/i.test(who)) return null;
  // A pronoun subject, maybe after a phrase of place or time ("In her letter she wrote: …"), names no one.
  if (PRONOUN.test(who) || NOBODY.test(who) || /^(?:he|she|they|it|we)\b|\s(?:he|she|they|we|i)$/i.test(who))
    return null;
  // An agency, or its staff and what it saw ("an AFP correspondent", "documents seen by AFP"), is not a speaker.
  if (AGENCIES.some((a) => a.pattern.test(who))) return null;
  // The first person named: "Kieran Dobbs of the United Rail Workers union" is Kieran Dobbs.
  const person = findPeople(who, isPlace).find((p) => !p.surnameOnly);
  if (person) return { name: person.name, role: person.role };
  // A body's name set off after what it is ("Kerland's grid operator, KNet, said …"): the name, with what it is.
  const [head, apposed] = who.split(/\s*,\s*/);
  if (apposed && /^\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3}$/u.test(apposed) && !DETERMINER.test(apposed))
    return { name: apposed, role: head! };
  const words = head!.split(/\s+/);
  if (words.length > 9) return null;
  // A named body: a capitalised word after the first ("the Tirsland civil protection agency"), a name's possessive
  // ("Spain's interior ministry"), or one word alone ("Laos", "Voss"). The capital of a phrase's first word is the
  // sentence's: "Families of the victims", "Sources at the agency", "Officers seized a phone" name no one, nor does a
  // plural alone ("Investigators").
  const capital = (w: string) => /^\p{Lu}[\p{L}&]/u.test(w);
  const named =
    words.some((w, i) => i > 0 && capital(w)) ||
    /^\p{Lu}\p{L}+['’]s$/u.test(words[0]!) ||
    (words.length === 1 && capital(words[0]!) && !DETERMINER.test(words[0]!) && !PLURAL_ROLE.test(words[0]!));
  return named ? { name: words.join(' '), role: null } : null;
}

/**
 * The person "he" or "she" stands for in the sentence just before: the name it opens with ("Berg, a former
 * mayor, said …"), else the one person it names (`findPeople`); null when it names none or several.
 */
export function onePersonIn(
  sentence: string,
  isPlace: (word: string) => boolean,
  saidBy: Speaker | null = null,
): Speaker | null {
  // "Salk asked him whether …": the sentence names one person and speaks of another; "he" may be either.
  if (OTHER_PERSON.test(sentence)) return null;
  // "one engineer, who asked not to be named, …": the speaker is unnamed, whoever else the sentence names.
  if (UNNAMED.test(sentence)) return null;
  const opening =
    /^(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,2})(?=,|\s+(?:\p{Ll}+ed|said|says|told|was|is|has|had)\b)/u.exec(
      sentence,
    );
  const opener = opening?.[1];
  const people = [
    ...new Map(
      findPeople(sentence, isPlace)
        .filter((p) => !p.surnameOnly)
        .map((p) => [p.name, p]),
    ).values(),
  ];
  // The subject that opens the sentence, unless the sentence names someone else too.
  if (
    opener &&
    !DETERMINER.test(opener.split(/\s+/)[0]!) &&
    !opener.split(/\s+/).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()) || isPlace(w))
  )
    return people.some((p) => !opener.includes(p.name)) ? null : { name: opener, role: null };
  // The one who speaks in that sentence is a person of it too ("Interior Minister Rodrigo Salvatierra said a commission
  // chaired by judge Elena Marchant …"): with another named, "he" may be either.
  if (saidBy && !people.some((p) => saidBy.name.includes(p.name))) return null;
  return people.length === 1 ? { name: people[0]!.name, role: people[0]!.role } : null;
}

// A source kept anonymous, or a subject that names no one ("one senior engineer told …", "a resident said").
const UNNAMED =
  /\b(?:asked not to be (?:named|identified)|declined to be (?:named|identified)|on condition of anonymity|speaking anonymously)\b|^(?:one|a|an)\s+(?:\p{Ll}+\s+){0,3}(?:engineer|driver|resident|worker|official|source|diplomat|employee|nurse|doctor|teacher|farmer|docker|member|man|woman)s?\b/iu;
// A pronoun for someone other than the subject: "asked him", "told her that", "thanked them".
const OTHER_PERSON = /\b(?:him|them)\b|\bher\b(?=\s*(?:[.,;:!?]|whether|that|if|to|about|for|$))/i;
