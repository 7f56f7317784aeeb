/**
 * Recognition rules for the lines of a plain-text news article. Each rule is
 * general (no outlet or file is named) and has a fixture of its own in
 * tests/rules.test.ts.
 */
import { AGENCIES, agencyNamed } from './agencies';
import { readStamp } from '../time/stamps';
import { countTokens, STOPWORDS } from '../text/words';
import { endsLikeSentence } from '../text/sentences';

/** A leading `date YYYY-MM-DD [code Language]` line. */
export interface DateLine {
  /** The date as written. */
  date: string;
  /** Year, month and day. */
  parts: [number, number, number];
  /** The language pair, when the line gives one and it is a real language. */
  language: { code: string; name: string } | null;
  /** How many characters of the line the date line takes; the rest is body text. */
  length: number;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Reads a leading date line; any text after it on the same line is body text. */
export function matchDateLine(line: string): DateLine | null {
  const m = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  if (!m) return null;
  let length = m[0].length;
  let language: DateLine['language'] = null;
  const lang = /^\s+([a-z]{2,3}(?:-[A-Z]{2})?)\s+(\p{Lu}\p{Ll}+)(?=\s|$)/u.exec(line.slice(length));
  if (lang && LANGUAGE_NAMES.of(lang[1]!)?.toLowerCase() === lang[2]!.toLowerCase()) {
    language = { code: lang[1]!, name: lang[2]! };
    length += lang[0].length;
  }
  return {
    date: `${m[1]}-${m[2]}-${m[3]}`,
    parts: [Number(m[1]), Number(m[2]), Number(m[3])],
    language,
    length,
  };
}

const NAME_WORD =
  /^(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|ad|as|ash|bin|ibn|abu|de|da|di|du|le|la|van|von)-\p{Lu}[\p{L}'’.-]*|de|da|del|della|van|von|der|den|al|el|bin|ibn|abu|and|&|y|e|et|und)$/u;

/** True for a short run of capitalised words that reads as a person's name. */
export function looksLikeName(text: string): boolean {
  const ws = text.trim().split(/\s+/);
  return ws.length >= 1 && ws.length <= 6 && /^\p{Lu}/u.test(ws[0]!) && ws.every((w) => NAME_WORD.test(w));
}

// `Jane Doe | Staff Writer`, `Jane Doe, Correspondent`: a name and a newsroom role, without "By".
const NAME_WITH_ROLE =
  /^\s*(\p{Lu}[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,3}\s*(?:,|\||–|—)\s*(?:(?:senior|chief|special|foreign|political|business|health|science|local|city|deputy|associate|contributing|staff|investigative|regional)\s+)*(?:writer|reporter|correspondent|editor|journalist|contributor|columnist|photographer|analyst))\s*$/iu;

/** Reads a byline (`By: Jane Doe`, `By Jane Doe`, `By Jane Doe and John Roe`) and returns the name. */
export function matchByline(line: string): string | null {
  return readByline(line)?.name ?? null;
}

/**
 * Reads a byline with what follows the name: `By Jane Doe, AFP` (an agency, credited),
 * `By Jane Doe | Staff Reporter`, `Written by Jane Doe in Kampala`.
 */
export function readByline(line: string): { name: string; agencies: string[] } | null {
  const m =
    /^\s*(?:by|written by|words by|report by|story by|reporter|reported by|author|correspondent|compiled by|par|por|von|di|door|автор|текст|بقلم|كتب|记者)\s*:?\s+(.+?)\s*$/iu.exec(
      line,
    ) ?? NAME_WITH_ROLE.exec(line);
  if (!m) return null;
  const agencies: string[] = [];
  let name = m[1]!;
  // Trailing parts after a comma, bar, slash or dash: agencies, roles, places.
  for (;;) {
    const tail = /\s*(?:,|\||\/|\s[–—-])\s*([^,|/]+)$/.exec(name);
    if (!tail) break;
    const part = tail[1]!.trim();
    const agency = agencyNamed(part);
    if (agency) agencies.unshift(agency);
    else if (
      !/\b(?:staff|correspondent|reporter|writer|editor|journalist|contributor|desk|bureau|senior|chief|special|political|foreign|news|in \p{Lu})/iu.test(
        part,
      ) &&
      !/^\p{Lu}[\p{L} ]+$/u.test(part)
    )
      break;
    name = name.slice(0, tail.index);
  }
  name = name.replace(/\s+in\s+\p{Lu}[\p{L} .-]*$/u, '').trim();
  return looksLikeName(name) ? { name, agencies } : null;
}

/** The date, time and time zone of a `Published:` line. */
export interface PublishedStamp {
  date: string;
  time: string | null;
  timezone: string | null;
}

/** Reads a `Published:` (or `Posted:`) line. Returns null when the line is not one; throws nothing. */
export function matchPublishedLine(line: string): { phrase: string; stamp: PublishedStamp | null } | null {
  const m = /^\s*(?:published|posted|first published)(?:\s+on)?\s*:?\s+(.+?)\s*$/i.exec(line);
  if (!m) return null;
  // The stamp is the first field that holds a date ("22.03.2022 - 10:30 | Updated: …", "by Admin | December 2, 2022");
  // numeric dates in it read day first unless a number over 12 says otherwise.
  const stamp =
    m[1]!
      .split(/\s*\|\s*/)
      .map((f) => readStamp(f, true))
      .find((x) => x) ?? null;
  return { phrase: m[1]!, stamp };
}

const OUTLET_WORDS = new Set(
  (
    'herald times post news journal tribune gazette daily press chronicle observer guardian telegraph review wire ' +
    'monitor express standard star sun mail courier independent insider today magazine weekly network radio ' +
    'television tv agency dispatch bulletin record register examiner inquirer sentinel mirror reporter globe ' +
    'leader ledger messenger voice report digest online media broadcasting newswire fm briefing newsletter ' +
    'journal quotidien courrier gazette zeitung kurier nachrichten rundschau tagblatt anzeiger diario periódico periodico noticias ' +
    'jornal gazzetta corriere haber gazete gazeta газета новости известия صحيفة جريدة وكالة 新闻 新聞 日報 日报 ニュース 新闻网'
  ).split(' '),
);

// Particles that stay lower case in other languages' titles and names (`Le Courrier du Morvan`).
const NAME_PARTICLES = new Set([
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'del',
  'della',
  'der',
  'die',
  'das',
  'di',
  'do',
  'da',
  'dos',
  'y',
  'e',
  'et',
  'und',
  'al',
  'el',
  'van',
  'von',
]);

function isTitleCase(line: string): boolean {
  const ws = line.trim().split(/\s+/);
  return ws.every(
    (w) =>
      /^[\p{Lu}\d“"‘'(]/u.test(w) ||
      /^[—–|·-]$/.test(w) ||
      STOPWORDS.has(w.toLowerCase()) ||
      NAME_PARTICLES.has(w.toLowerCase()),
  );
}

/** A masthead: a short title-case line, not a sentence, that names an outlet (`The Evening Herald`). */
export function isMasthead(line: string): boolean {
  const t = line.trim();
  const ws = t.split(/\s+/);
  if (ws.length > 6 || t.length > 60 || /[.!?:,;]$/.test(t)) return false;
  // Scripts without capitals cannot be checked for title case; the outlet word alone tells.
  const uncased = !/[\p{Lu}\p{Ll}]/u.test(t);
  // German compounds end in the outlet word (`Elbtal-Kurier`); other scripts hold it inside the word.
  const named = (w: string) => {
    const plain = w.toLowerCase().replace(/[^\p{L}]/gu, '');
    return (
      OUTLET_WORDS.has(plain) ||
      [...OUTLET_WORDS].some(
        (o) => (/[^\u0000-\u024f]/.test(o) && w.includes(o)) || (o.length >= 5 && w.includes('-') && plain.endsWith(o)),
      )
    );
  };
  return (uncased || isTitleCase(t)) && ws.some(named);
}

/** A kicker: one to three capitalised words above a headline (`Politics`, `Middle East`). */
export function isKicker(line: string): boolean {
  const t = line.trim();
  const ws = t.split(/\s+/);
  return ws.length <= 3 && t.length <= 32 && !/[.!?,;]$/.test(t) && isTitleCase(t);
}

/** A line of running text: it ends with a full stop (or a question, when long) and has eight words or more, or has twenty; title-case lines are headings. */
export function isProse(line: string): boolean {
  const t = line.trim();
  const n = countTokens(t);
  if (n >= 20) return true;
  if (isTitleCase(t)) return false;
  return n >= 8 && (/[.!…][”"’')\]]*$/.test(t) || (n >= 15 && /\?[”"’)]*$/.test(t)));
}

/** A subheading: a short line inside the body that does not end like a sentence or a list item. */
export function isSubheading(line: string): boolean {
  const t = line.trim();
  const n = countTokens(t);
  return n >= 1 && n <= 12 && t.length <= 90 && !endsLikeSentence(t) && !/[,;:]$/.test(t) && /^[\p{Lu}\d“"‘']/u.test(t);
}

/** A tag line: up to six capitalised single words with no function words or punctuation (`Politics Security`). Returns the tags. */
export function matchTagLine(line: string): string[] | null {
  const t = line.trim().replace(/^tags?:\s*/i, '');
  if (!t || t.length > 80 || /[.!?,;:“”"]/.test(t)) return null;
  const ws = t.split(/\s*[|·•]\s*|\s+/).filter(Boolean);
  if (ws.length < 1 || ws.length > 6) return null;
  if (!ws.every((w) => /^#?\p{Lu}[\p{L}\d-]*$/u.test(w) && !STOPWORDS.has(w.toLowerCase()))) return null;
  return ws.map((w) => w.replace(/^#/, ''));
}

const SHARE_ITEMS = new Set(
  (
    'share|share this|share this article|share on|follow by email|follow us|email|e-mail|facebook|fbmessenger|messenger|' +
    'twitter|x|linkedin|whatsapp|instagram|wechat|youtube|pinterest|reddit|telegram|tumblr|pocket|flipboard|threads|' +
    'bluesky|mastodon|rss|print|copy link|tweet|tiktok|snapchat|viber|line|vk|weibo|skype|sms'
  ).split('|'),
);

/** One entry of a share-button or follow list (`Facebook`, `Follow by Email`). */
export function isShareItem(line: string): boolean {
  return SHARE_ITEMS.has(
    line
      .trim()
      .toLowerCase()
      .replace(/[:\s]+$/, ''),
  );
}

const COMMENT_FORM = [
  /^leave a (?:reply|comment)\b/i,
  /^your email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /^(?:post|submit|add a|cancel) (?:comment|reply)\b/i,
  /^(?:comment|name|email|website)\s*\*?$/i,
  /^save my name, email,? and website\b/i,
  /^\d+\s+comments?$/i,
  /^comments?$/i,
];

/** A line of a comment form (`Leave a Reply`, `Required fields are marked *`). */
export function isCommentFormLine(line: string): boolean {
  const t = line.trim();
  return COMMENT_FORM.some((re) => re.test(t));
}

const BIO_VERB = /^\s*(?:is|was|has|writes|covers|reports|joined|worked|serves)\b/;
const BIO_ROLE = /\b(?:journalist|reporter|correspondent|writer|editor|columnist|contributor|producer|author)\b/i;

/** An author bio: prose that opens with the author's name and a verb (`Jane Doe is a reporter …`). */
export function isAuthorBio(line: string, author: string | null): boolean {
  if (!author) return false;
  const t = line.trim();
  return t.startsWith(author) && BIO_VERB.test(t.slice(author.length)) && isProse(t);
}

/** Reads the name from a bio that opens `<Name> is a … journalist` when there is no byline. */
export function authorFromBio(line: string): string | null {
  const m = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3})\s+is\s+an?\s+/u.exec(line.trim());
  if (!m || !BIO_ROLE.test(line.slice(0, 160)) || !isProse(line)) return null;
  return m[1]!;
}

const REPORTING =
  /\b(?:told|tells|correspondents?|reporters?|journalists?|photographers?|according to|reported|reports|quoted|witness(?:ed)?|saw|said to|cited by|via)\b|\((?:[^)]*)\)/i;

/** Wire agencies a sentence credits with the reporting: named next to a reporting word (`told AFP`, `AFP correspondents`) or as a dateline `(Reuters)`. */
export function findCredits(sentence: string): string[] {
  const out: string[] = [];
  for (const { name, prose } of AGENCIES) {
    const m = prose?.exec(sentence);
    if (!m) continue;
    const around = sentence.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
    const dateline = new RegExp(`\\(\\s*${m[0]}\\s*\\)|^\\s*${m[0]}\\s*[-–—]`).test(sentence);
    if (dateline || REPORTING.test(around.replace(/\([^)]*\)/g, ''))) out.push(name);
  }
  return out;
}
