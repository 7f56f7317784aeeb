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
import { foreignStatement } from './foreign-speech.ts';
import { onePersonIn, speakerOf, type Speaker } from './speakers.ts';

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
    // Or a relative clause about X ("…, according to the institute, which had raised its alert …"): X's own act,
    // not what X says.
    const appositive =
      acc.groups.what !== undefined &&
      ((/^(?:the|a|an|its|his|her|their)\s/i.test(acc.groups.what) && acc.groups.what.split(/\s+/).length <= 8) ||
        (acc.index > 0 && /^(?:which|who|whose|whom)\b/i.test(acc.groups.what)));
    const what = acc.groups.what && !appositive ? acc.groups.what : s.slice(0, acc.index).trim();
    return { who: speakerOf(acc.groups.who, isPlace), what, found: true };
  }
  return { who: null, what: null, found: false };
}

// Verbs whose report may follow without "that" ("said the talks had failed"); any other verb of saying must be
// followed by "that" for what comes after to be a statement ("acknowledged the challenges" reports none, nor does
// "writes a weekly column").
const BARE_SAY = /\b(?:said|says|say|added|adds)\b/i;

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
  // `the OCAA` as `OCAA`.
  const acronymOf = (speaker: string) => speaker.replace(/^the\s+/i, '');
  return hits.map((h) =>
    h.speaker && full.has(acronymOf(h.speaker)) ? { ...h, speaker: full.get(acronymOf(h.speaker))! } : h,
  );
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
