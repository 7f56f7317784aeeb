/**
 * The quote ledger: direct quotations and reported speech, each with its
 * speaker only where the text makes the attribution explicit.
 *
 * The rules, in order:
 * 1. Words in quotation marks are a quotation when they run to three words or
 *    more; shorter ones are terms the writer marks (a "liquidation phase").
 * 2. Reported speech is a sentence whose frame is "X said (that) …",
 *    "… , X said", "according to X, …" or "X told <someone> (that) …".
 * 3. The speaker is the subject of that saying verb, in the same sentence. A
 *    quotation with no attribution of its own continues the quotation of the
 *    sentence just before, and takes its speaker. Otherwise, and where the
 *    subject is a pronoun or names no one ("officials", "a banker"), the
 *    speaker is not stated.
 * 4. A news agency is never a speaker: in "the minister told AFP that …" it is
 *    the one told, and words it reports under its own name are its report.
 */
import type { Article } from '../schema/article.ts';
import { slugify, suffixDuplicateIds } from '../text/slug.ts';
import type { Locator, QuoteEntry } from '../schema/compare.ts';
import { sentencesOf } from './sentences.ts';
import { AGENCIES } from '../article/agencies.ts';
import { foreignStatement } from './foreign-speech.ts';
import { findPeople, ORGANISATION_WORDS } from './people.ts';

/** One quotation or reported statement as one article carries it. */
export interface QuoteHit extends Locator {
  /** The quoted words without the marks, or the reported clause. */
  text: string;
  /** Direct quotation or reported speech. */
  type: 'direct' | 'reported';
  /** The speaker as the sentence names them, or null when it does not. */
  speaker: string | null;
  /** The speaker's role as the sentence gives it, or null. */
  role: string | null;
}

const SAY = String.raw`(?:(?:has|have|had|will|would)\s+(?:also\s+)?)?(?:said|says|say|told|tells|added|adds|announced|announces|stated|states|warned|warns|noted|notes|explained|insisted|argued|claimed|stressed|confirmed|denied|acknowledged|wrote|writes|declared|replied|reported)`;
const WHEN = String.raw`(?:\s+(?:on|last|this|late|early)\s+\p{L}+(?:\s+(?:morning|afternoon|evening|night))?|\s+yesterday|\s+today|\s+in a statement|\s+in an interview|\s+at a [\p{L}\s]{1,30}?)*`;
// "X said (on Monday) (that) …" and "X told Reuters (that) …", the subject at the start (after a leading time phrase).
const LEADING = new RegExp(
  String.raw`^(?:(?:On|Late on|Early on|Last)\s+\p{L}+,?\s+)?(?<who>[^,;:“"]{2,60}?(?:,\s[^,;:“"]{2,80},)?)${WHEN}\s+${SAY}(?:\s+(?<hearer>[\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*){0,3}|reporters|journalists|a\s+[\p{L}\s]{1,30}?))?${WHEN},?\s+(?:that\s+)?(?<what>[^“"].{8,})$`,
  'u',
);
// The verbs written before the speaker's name ("…, said the minister."); "told" is not, its object follows it.
const SAY_BEFORE_NAME = String.raw`(?:said|says|added|adds|wrote|writes|asked|replied)`;
const HEARER = String.raw`(?:\s+(?:[\p{Lu}][\p{L}.&'’-]*(?:\s+[\p{Lu}][\p{L}.&'’-]*){0,3}|reporters|journalists))?`;
// "… , X said." and "… , said X." and "…, X told AFP."
const TRAILING = new RegExp(
  String.raw`^(?<what>.{8,}?),\s+(?:(?<who>[^,;:“"]{2,90}?)${WHEN}\s+${SAY}${HEARER}|${SAY_BEFORE_NAME}\s+(?<who2>[^,;:“"]{2,90}?))${WHEN}(?:\s+(?:on\s+(?=[\p{Lu}\d]|the\s+[\p{Lu}\d])|(?:at|in|outside|after|before)\s+)[^,;.“"]{1,40})?[.!?]?$`,
  'u',
);
// A quotation framed by its attribution alone: "X said: “…”" and "“…”, said X." / "“…” X told reporters."
const QUOTE_AFTER = new RegExp(String.raw`^(?<who>[^;:“"]{2,90}?)${WHEN}\s+${SAY}${HEARER}${WHEN}[,:]?\s*“…”`, 'u');
const QUOTE_BEFORE = new RegExp(
  String.raw`“…”[,.]?\s+(?:(?<who>[^,;:“"]{2,90}?)${WHEN}\s+${SAY}${HEARER}${WHEN}(?:[,.!?]|\s+“|$)|${SAY}\s+(?<who2>[^,;:“".!?]{2,90})(?:[,.!?]|\s+“|$))`,
  'u',
);
// "According to X, …" and "…, according to X."
const ACCORDING = /(?:^|,\s*)according to (?<who>[^,;:“"]{2,90}?)(?:,\s*(?<what>.{8,})|[.!?]?$)/iu;
// English “…” and "…", French and Italian «…», German „…“ and »…«.
const QUOTED = /[“"«„»]([^“”"«»„]{1,600}?)[”"»“«]/g;
const PRONOUN = /^(?:he|she|they|it|we|i|his|her|their|this|that)$/i;
// Words that name no one in particular.
const NOBODY =
  /^(?:officials?|sources?|analysts?|experts?|residents?|witnesses?|people|observers?|critics?|some|many|others?)$/i;

// Words that open a phrase without naming anyone, capitalised only because they start the sentence.
const DETERMINER =
  /^(?:The|A|An|Several|Some|Many|Most|Few|Other|Others|Two|Three|Four|Five|Both|All|Each|One|Its|His|Her|Their|This|That|These|Those|Local|Senior)$/;

// A plural of people named by what they do (`Investigators`, `Officials`, `Residents`), not by name.
const PLURAL_ROLE = /^\p{Lu}\p{Ll}+(?:ers|ors|ists|ants|ents|ians|ials|ies|ics|ces|sts|ves)$/u;
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
  // A document ("the operating log seen by the Review", "records obtained by AP") is no speaker.
  if (/\b(?:seen|obtained|reviewed)\s+by\b/i.test(who)) return null;
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
  const words = who.split(/\s*,\s*/)[0]!.split(/\s+/);
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

/** The frame of a sentence that carries reported speech or a quotation: its speaker and what it reports. */
interface Attribution {
  who: Speaker | null;
  what: string | null;
  found: boolean;
  /** The subject is "he" or "she". */
  pronoun?: boolean;
}

function attribution(frame: string, isPlace: (word: string) => boolean): Attribution {
  const s = frame.trim();
  const lead = LEADING.exec(s);
  // "has not said whether …", "declined to say when …": a denial or a refusal reports nothing.
  if (lead?.groups && /\b(?:not|never)$|n['’]t$|\b(?:declined|refused|failed)\s+to$/i.test(lead.groups.who!.trim()))
    return { who: null, what: null, found: false };
  if (lead?.groups)
    return {
      who: speakerOf(lead.groups.who, isPlace),
      what: reportedClause(s.slice(lead.groups.who!.length, s.length - lead.groups.what!.length), lead.groups.what!),
      found: true,
      pronoun: /^(?:he|she)$/i.test(lead.groups.who!.trim()),
    };
  const trail = TRAILING.exec(s);
  if (trail?.groups) {
    const who = trail.groups.who ?? trail.groups.who2!;
    return {
      who: speakerOf(who, isPlace),
      what: trail.groups.what!,
      found: true,
      pronoun: /^(?:he|she)$/i.test(who.trim()),
    };
  }
  const acc = ACCORDING.exec(s);
  if (acc?.groups) {
    // After the statement ("…, according to X, the regional service."), what follows X's comma says who X is: a
    // short phrase opening with an article or a possessive.
    const appositive =
      acc.groups.what !== undefined &&
      /^(?:the|a|an|its|his|her|their)\s/i.test(acc.groups.what) &&
      acc.groups.what.split(/\s+/).length <= 8;
    const what = acc.groups.what && !appositive ? acc.groups.what : s.slice(0, acc.index).trim();
    return { who: speakerOf(acc.groups.who, isPlace), what, found: true };
  }
  return { who: null, what: null, found: false };
}

// Verbs whose report may follow without "that" ("said the talks had failed"); any other verb of saying must be
// followed by "that" for what comes after to be a statement ("acknowledged the challenges" reports none).
const BARE_SAY = /\b(?:said|says|say|added|adds|wrote|writes)\b/i;

/**
 * What a leading attribution reports, from the words between the speaker and it (`between`): after "that"; or,
 * after a verb that needs no "that", the clause itself; null when the verb reports nothing ("declared X the winner").
 */
function reportedClause(between: string, what: string): string | null {
  if (/\bthat\s*$/i.test(between)) return what;
  if (/\btold\b|\btells\b/i.test(between)) {
    // "told a rally in the capital that …": the statement starts after "that".
    const that = /^[^“"]{0,60}?\bthat\s+/i.exec(what);
    return that ? what.slice(that[0].length) : null;
  }
  return BARE_SAY.test(between) ? what : null;
}

const trimEnd = (s: string) => s.replace(/[\s,;:.]+$/, '').trim();

/** The quotations and reported statements of one article, in reading order. */
export function findQuotes(
  article: Pick<Article, 'slug' | 'blocks'> & { language?: string | null },
  isPlace: (word: string) => boolean = () => false,
): QuoteHit[] {
  const out: QuoteHit[] = [];
  let previous = null as {
    anchor: string;
    speaker: Speaker | null;
    quoted: boolean;
    text: string;
    saidBy: Speaker | null;
  } | null;
  for (const s of joinOpenQuotes(sentencesOf(article))) {
    const matches = [...s.quote.matchAll(QUOTED)];
    const quoted = matches.map((m) => m[1]!.trim()).filter((q) => q.split(/\s+/).length >= 3);
    // The same quotations with their marks, as the frame below replaces them.
    const marked = matches.map((m) => m[0]).filter((m) => m.split(/\s+/).length >= 3);
    const frame = s.quote.replace(QUOTED, (m) => (m.split(/\s+/).length >= 3 ? '“…”' : m));
    // Each part of a sentence joined by a semicolon carries its own attribution ("A says …; B says …").
    const parts = frame.split(/;\s+/);
    const said = attribution(parts.at(-1)!, isPlace);
    const framed = quoted.length ? quoteFrame(frame, isPlace) : null;
    if (framed && !said.found)
      Object.assign(said, { who: framed.who, found: true, what: null, pronoun: framed.pronoun });
    for (const part of parts.slice(0, -1)) reported(out, s, attribution(part, isPlace), []);
    let speaker = said.who;
    // "He said …" right after a sentence that names one person: that person.
    if (said.found && !speaker && said.pronoun && previous?.anchor === s.anchor)
      speaker = onePersonIn(previous.text, isPlace, previous.saidBy);
    // A quotation with no frame of its own continues the one just before, in the same paragraph.
    const bare = frame.replace(/“…”/g, '').replace(/[\s.,;:!?—–-]/g, '') === '';
    if (quoted.length && bare && previous?.quoted && previous.anchor === s.anchor) speaker = previous.speaker;
    for (const text of quoted) out.push(hit(s, text, 'direct', said.found || bare ? speaker : null));
    reported(out, s, { ...said, who: speaker }, quoted, marked);
    // In another language, what the sentence reports, its speaker not stated; not words it quotes already.
    const statement = foreignStatement(frame, article.language ?? null);
    if (statement && statement.replace(/“…”/g, '').trim().split(/\s+/).length >= 4)
      out.push(hit(s, statement.replace(/“…”/g, '…'), 'reported', null));
    previous = {
      anchor: s.anchor,
      speaker: quoted.length ? (said.found || bare ? speaker : null) : null,
      quoted: quoted.length > 0,
      text: s.quote,
      saidBy: speaker,
    };
  }
  return expandAcronyms(out, article);
}

/**
 * A speaker named by its acronym (`CFH`) is given as the article first names it in full, where it writes the
 * acronym in brackets after the name (`Calvera Freight Holdings (CFH)`).
 */
function expandAcronyms(hits: QuoteHit[], article: Pick<Article, 'blocks'>): QuoteHit[] {
  const full = new Map<string, string>();
  for (const b of article.blocks)
    for (const m of b.text.matchAll(/\((\p{Lu}{2,6})\)/gu)) {
      const acronym = m[1]!;
      if (full.has(acronym)) continue;
      // Back from the bracket, one capitalised word per letter; short lower-case joining words may stand between.
      const words = b.text.slice(0, m.index).trim().split(/\s+/);
      const name: string[] = [];
      let letters = '';
      while (words.length && letters.length < acronym.length) {
        const w = words.pop()!;
        if (/^\p{Lu}/u.test(w)) letters = w[0] + letters;
        else if (!(name.length && /^\p{Ll}{1,3}$/u.test(w))) break;
        name.unshift(w);
      }
      if (letters === acronym && /^\p{Lu}/u.test(name[0] ?? '')) full.set(acronym, name.join(' '));
    }
  return hits.map((h) => (h.speaker && full.has(h.speaker) ? { ...h, speaker: full.get(h.speaker)! } : h));
}

/** The speaker of a quotation framed by its attribution alone, if the frame is one. */
function quoteFrame(
  frame: string,
  isPlace: (word: string) => boolean,
): { who: Speaker | null; pronoun: boolean } | null {
  const m = QUOTE_AFTER.exec(frame.trim()) ?? QUOTE_BEFORE.exec(frame.trim());
  if (!m?.groups) return null;
  const who = (m.groups.who ?? m.groups.who2 ?? '').trim();
  return { who: speakerOf(who, isPlace), pronoun: /^(?:he|she)$/i.test(who) };
}

/** One quotation or statement of a sentence, with its speaker's name and role. */
function hit(s: Locator, text: string, type: QuoteHit['type'], speaker: Speaker | null): QuoteHit {
  return { ...s, text, type, speaker: speaker?.name ?? null, role: speaker?.role ?? null };
}

/**
 * The person "he" or "she" stands for in the sentence just before: the name it opens with ("Berg, a former
 * mayor, said …"), else the one person it names (`findPeople`); null when it names none or several.
 */
function onePersonIn(
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

/** Sentences with a quotation left open joined to the sentences that close it (the splitter cuts inside quotations). */
function joinOpenQuotes(sentences: readonly Locator[]): Locator[] {
  const out: Locator[] = [];
  let open: Locator | null = null;
  for (const s of sentences) {
    const joined: Locator = open && open.anchor === s.anchor ? { ...s, quote: `${open.quote} ${s.quote}` } : s;
    if (open && open.anchor !== s.anchor) out.push(open);
    // Open when a mark that opens a quotation is left once every closed quotation is taken out.
    const left = joined.quote.replace(QUOTED, '');
    open = /[“«„]/.test(left) || (left.match(/"/g) ?? []).length % 2 ? joined : null;
    if (!open) out.push(joined);
  }
  if (open) out.push(open);
  return out;
}

/** Records what an attribution reports, unless it is no more than the quotation the sentence gives. */
function reported(
  out: QuoteHit[],
  s: Locator,
  said: Attribution,
  quoted: readonly string[],
  marked: readonly string[] = [],
): void {
  if (!said.found || !said.what || quoted.some((q) => said.what!.includes(q) && q.length > said.what!.length / 2))
    return;
  // What frames a quotation ("acknowledged the challenges, stating, “…”") is not a statement of its own.
  if (said.what.includes('“…”') && said.what.replace(/“…”/g, '').trim().split(/\s+/).length < 6) return;
  // The quoted words stay in the statement, verbatim with their marks, where the frame held their place: the
  // statement ends the sentence, so its quotations are the sentence's last ones.
  const held = said.what.match(/“…”/g)?.length ?? 0;
  const own = held <= marked.length ? marked.slice(marked.length - held) : [];
  let k = 0;
  const what = trimEnd(said.what.replace(/“…”/g, () => own[k++] ?? '…'));
  if (what.split(/\s+/).length >= 4) out.push(hit(s, what, 'reported', said.who));
}

/** Normalises quoted words for matching across articles: letters and digits only, lowercase. */
export function quoteKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The ledger: one entry per quotation or statement, listing every article that carries it. */
export function buildQuoteLedger(
  articles: readonly (Pick<Article, 'slug' | 'blocks'> & { language?: string | null })[],
  isPlace: (word: string) => boolean = () => false,
): QuoteEntry[] {
  const entries = new Map<string, QuoteEntry>();
  for (const a of articles) {
    for (const q of findQuotes(a, isPlace)) {
      const key = `${q.type} ${quoteKey(q.text)}`;
      const entry = entries.get(key);
      const source = { slug: q.slug, anchor: q.anchor, quote: q.quote };
      if (entry) {
        if (!entry.sources.some((s) => s.slug === q.slug && s.quote === q.quote)) entry.sources.push(source);
        entry.speaker ??= q.speaker;
        entry.role ??= q.role;
      } else {
        entries.set(key, {
          id: `q-${slugify(`${q.speaker ?? 'unattributed'} ${q.text}`, 50)}`,
          text: q.text,
          type: q.type,
          speaker: q.speaker,
          role: q.role,
          sources: [source],
        });
      }
    }
  }
  const out = [...entries.values()].sort(
    (a, b) =>
      b.sources.length - a.sources.length ||
      (a.speaker ?? '\uffff').localeCompare(b.speaker ?? '\uffff') ||
      a.text.localeCompare(b.text),
  );
  return suffixDuplicateIds(out);
}
