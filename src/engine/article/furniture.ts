/**
 * Page furniture: the lines a web page or wire feed wraps around an article
 * (navigation, "read also" lists, source lines, agency tags, sign-offs, stamps,
 * adverts, captions). Each rule is general and names no outlet; each has
 * fixtures of its own in tests/unit/furniture.test.ts.
 */
import { agencyNamed, looksLikeAgencyCode } from './agencies';
import { readStamp, type Stamp } from '../time/stamps';
import { looksLikeName } from './rules';
import { countTokens } from '../text/words';
import { endsLikeSentence } from '../text/sentences';

// Words of a site's interface: a line of them alone is navigation.
const UI_WORDS = new Set(
  (
    'home|menu|open menu|close menu|main menu|toggle navigation|navigation|skip to content|skip to main content|skip to navigation|' +
    'search|search for|sections|all sections|subscribe|sign in|log in|login|log out|register|sign up|my account|account|' +
    'contact|contact us|about us|advertise|back|next|previous|back to top|go to|listen|close|e-paper|epaper|newsletters|' +
    'startseite|accueil|inicio|início|home page|homepage|главная|الرئيسية|首页|ホーム|anasayfa|beranda'
  ).split('|'),
);
// Section names: navigation in a menu, but alone above a headline they are a kicker.
const SECTION_WORDS = new Set(
  (
    'news|latest|latest news|world|africa|asia|europe|americas|middle east|politics|business|economy|markets|sport|sports|' +
    'opinion|opinions|culture|arts|video|videos|photos|podcasts|live|tech|technology|science|health|entertainment|' +
    'lifestyle|local|national|international|nation|metro|regions|weather|newsletter|about|trending|more|top stories|' +
    'breaking news|editorials|features|world news|africa news|english|français|español|العربية'
  ).split('|'),
);
const NAV_WORDS = new Set([...UI_WORDS, ...SECTION_WORDS]);

/** True for a short line that is a menu entry: a menu word, maybe numbered (`Home`, `3:World`). */
export function isMenuEntry(line: string): boolean {
  return NAV_WORDS.has(
    line
      .trim()
      .replace(/^\d{1,2}\s*[-:.)]\s*/, '')
      .toLowerCase(),
  );
}

/** True for a line short enough to be an entry of a menu: one to three words, no sentence punctuation. */
export function isShortEntry(line: string): boolean {
  const t = line.trim().replace(/^\d{1,2}\s*[-:.)]\s*/, '');
  return t.length > 0 && t.length <= 30 && countTokens(t) <= 3 && !/[.!?,;:"“”]/.test(t);
}

/** A navigation line: only menu words (`Open Menu`, `Skip to content`) or a breadcrumb (`Home » World » Africa`). */
export function isNavigationLine(line: string, bodyStarted = false): boolean {
  const t = line.trim();
  if (!t || t.length > 160 || endsLikeSentence(t)) return false;
  const parts = t
    .split(/\s*(?:[|»›>•·/]|\s-\s|\s{3,})\s*/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const short = parts.every((p) => countTokens(p) <= 3 && !/[.!?,;:]/.test(p));
  // A breadcrumb (`News › Farm Policy`, `Accueil > Région > Nièvre`) or a menu row (`NEWS   BUSINESS   SPORT`,
  // `News | Economy | Climate | Opinion`) above the article; below it a row like that is more likely tags.
  if (!bodyStarted && short && parts.length >= 2 && /[»›>]|\s\/\s/.test(t)) return true;
  if (!bodyStarted && short && parts.length >= 3 && /[|·•]|\s{3,}/.test(t)) return true;
  // `Opinion | Guest essay`: a section and its sub-section above the headline.
  if (!bodyStarted && short && parts.length === 2 && /\|/.test(t) && NAV_WORDS.has(parts[0]!)) return true;
  // Menu rows spaced with two blanks ("Home  News  Politics  Business").
  const spaced = t
    .split(/\s{2,}/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  if (
    !bodyStarted &&
    spaced.length >= 3 &&
    spaced.every((p) => countTokens(p) <= 3) &&
    spaced.filter((p) => NAV_WORDS.has(p)).length * 2 >= spaced.length
  )
    return true;
  if (parts.length >= 2 && parts[0] === 'home' && parts.every((p) => countTokens(p) <= 4)) return true;
  if (parts.length === 1 ? UI_WORDS.has(parts[0]!) : parts.every((p) => NAV_WORDS.has(p))) return true;
  // Menu words run together without separators ("Home News World Sport", "Menu Search").
  const words = t.toLowerCase().split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 12 &&
    words.some((w) => UI_WORDS.has(w)) &&
    words.every((w) => NAV_WORDS.has(w))
  );
}

const CHROME: RegExp[] = [
  /^(?:advertisement|advert|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?)\.?$/i,
  /^listen to (?:this|the) (?:article|story)\b.{0,30}$/i,
  /^(?:\d+\s*(?:-|–)?\s*min(?:ute)?s?\s*read|reading time:?\s*\d+\s*min(?:ute)?s?|\d+ min(?:ute)?s? listen)\.?$/i,
  /^(?:subscribe|sign up)(?: (?:now|today))?(?: (?:to|for) (?:our|the) [\w ]{0,30}newsletters?)?[.!]?$/i,
  /^(?:subscribe|sign up) (?:to|for) (?:our|the)\b.{0,60}$/i,
  /^follow (?:us|\w+) on (?:whatsapp|twitter|x|facebook|instagram|telegram|google news|linkedin|youtube|tiktok|threads)\b.{0,40}$/i,
  /^(?:download|get) (?:our|the) (?:free )?app\b.{0,60}$/i,
  /^(?:click|tap) (?:here|to)\b.{0,80}$/i,
  /^enter your email\b.{0,80}$/i,
  /^(?:about the author|about this author|author bio|more by this author|all posts by\b.{0,40})$/i,
  /^(?:reply|quote|report(?: post)?|like|permalink)(?:\s*[·|•]\s*(?:reply|quote|report(?: post)?|like|share|permalink))+$/i,
  /^\d+\s+comments?$|^comments?\s*\(\d+\)$/i,
  // Site footers and Chinese page tools ("【打印本页】 【关闭窗口】").
  /\bpowered by\b.{0,40}$/i,
  /^(?:【[^】]{1,12}】\s*){2,}$/u,
  // Wire end marks.
  /^(?:\(END\)|\(MORE\)|\(ENDS\)|ENDS|-30-|###|\*\*\*)$/i,
  /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|manage (?:cookies|preferences|settings)|cookie settings|got it|i agree)$/i,
  /\bwe use cookies\b|\bthis (?:web)?site uses cookies\b|\bby continuing to (?:browse|use)\b.{0,60}\bcookies?\b/i,
  /^(?:photo|image|picture|file photo|video|caption|photograph)(?:\s*(?:credit|:)|\s+by)\s*:?.{0,120}$/i,
  /^\((?:photo|image|picture)s?(?: by|:).{0,100}\)$/i,
  /^(?:font size|text size|print this (?:article|page)|email this (?:article|story)|save (?:article|story)|bookmark)\b.{0,20}$/i,
  /^(?:comments?\s*\(\d+\)|\d+\s+shares?|view comments|show comments|join the conversation)$/i,
  /^(?:share (?:this|the) (?:article|story|post|live blog|page|video)|share on \w+|share via \w+)[:.]?$/i,
  /^\(?(?:this (?:article|story|news|report|text) (?:was|has been) (?:translated|machine-translated)|translated (?:from|by) )\b.{0,160}$/i,
  /^(?:editor'?s note|disclaimer|correction|clarification)\b\s*:.{0,300}$/i,
  // Live pages and broadcasters: bare times, "2 hours ago", time-only update stamps, media items.
  /^\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}))?$/i,
  /^\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i,
  /^(?:updated|posted|published|last updated)\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|[A-Z]{2,4})?$/i,
  /^(?:watch|listen|video|audio|gallery|in pictures|podcast)\s*:\s*.{3,140}$/i,
  /^(?:like|enjoyed|enjoy|liked) this (?:story|article|post)\??.{0,40}$/i,
  // Press releases and newsletters.
  /^(?:for immediate release|embargoed\b.{0,60}|view (?:this email )?in (?:your )?browser|forwarded this (?:email|newsletter)\b.{0,60}|you are receiving this\b.{0,160}|unsubscribe\b.{0,60})$/i,
  /^[_=*~-]{3,}$/,
  /^(?:good (?:morning|afternoon|evening)|hello|hi there)\b.{0,80}$|^that'?s (?:it|all) for (?:today|this week)\b.{0,60}$/i,
  /^(?:more|read the full story|full story|watch|watch now|live updates|see more|show more|load more)(?: on \w+| here| below)?[:.]?$/i,
  /\b(?:in|to) your inbox\b.{0,60}$|^get (?:the|our) .{0,60}newsletter/i,
  /^this (?:article|story|report) (?:has been|was) (?:updated|amended|corrected)\b/i,
  // A caption closing with its credit ("Soldiers hand out masks. Photo: Agency / Name").
  /(?:^|[.!?]\s+)(?:photo|image|picture|photograph)s?\s*(?:credit)?\s*:\s*[^.]{2,80}$/i,
  /\((?:photo|image|picture)s?(?: by|:)[^)]{2,80}\)\s*$/i,
];

/** Page chrome inside the text: adverts, cookie notices, newsletter and app prompts, reading time, captions, translation notes. */
export function isPageChrome(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 300) return false;
  return CHROME.some((re) => re.test(t));
}

const RELATED_HEADING =
  /^(?:(?:read|see) also|also read|lire aussi|à lire aussi|voir aussi|lea también|lee también|leer también|leia também|leggi anche|mehr zum thema|auch interessant|das könnte sie auch interessieren|читайте также|اقرأ أيضا|اقرأ أيضاً|相关阅读|相關閱讀|関連記事|also see|read more|related(?: (?:articles?|news|stories|posts|content|coverage|topics|reading))?|more (?:from|on|in|about) [^.!?]{1,40}|more stories|more news|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|most (?:read|popular|viewed)|popular(?: now| stories)?|top stories|latest (?:news|stories)|further reading|don'?t miss|editor'?s picks?|what to read next|in other news)(?![\p{L}])\s*(?:[:：»>|–—-]\s*|$)/iu;

/** A "read also" heading (`READ ALSO:`, `Related:`). `inline` is the headline on the same line, when there is one. */
export function matchRelatedHeading(line: string): { inline: string | null } | null {
  const t = line.trim();
  const m = RELATED_HEADING.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length).trim();
  // A sentence that merely opens with these words ("Read more about the plan in our guide, which …") is not a heading.
  if (rest && countTokens(rest) > 25) return null;
  return { inline: rest || null };
}

/** An item of a link list after a "read also" heading: a bullet, or a short headline that does not end like a sentence. */
export function isLinkListItem(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (/^(?:[-*•·・▪►»◦‣–—]|\d{1,2}[.)])\s*\S/.test(t) && t.length <= 220) return true;
  const n = countTokens(t);
  return n <= 20 && (!endsLikeSentence(t) || n <= 8);
}

/** A source line (`CULLED FROM The Daily X`, `Source: X`, `Courtesy: X`): returns what it credits. */
export function matchSourceLine(line: string): string[] | null {
  // Feeds put several fields on one line ("Source: Xinhua| 2023-06-08 21:04|Editor: …"): the first is the source.
  const t = line.trim().split(/\s*\|\s*/)[0]!;
  const m =
    /^(?:culled from|source[sd]?|fuente|quelle|fonte|источник|المصدر|来源|出典|credit(?:s|ed to)?|courtesy(?: of)?|via|with inputs from|with (?:agency )?inputs? from|originally published (?:by|in|on|at)|this (?:article|story|report) (?:was |is )?(?:first |originally )?(?:appeared|published|republished)(?: (?:in|on|by|at|from))?|republished (?:from|with permission from))\s*:?\s+(.{2,80}?)[.)]?$/i.exec(
      t
        .replace(/\s*\((?:reposted|republished|used|reproduced)[^)]*\)\s*$/i, '')
        .replace(/^\(|\)$/g, '')
        .replace(/：/g, ': '),
    );
  if (!m) return null;
  const names = m[1]!
    .replace(/\s*\([^)]*\)\s*$/, '')
    .replace(/\b(?:with permission|under a creative commons licen[cs]e|and (?:its|their) partners)\b.*$/i, '')
    .split(/\s*(?:\/|,|;|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => s && /^\p{Lu}|^[a-z]{2,5}$/u.test(s) && countTokens(s) <= 6);
  if (!names.length) return null;
  return names.map((n) => agencyNamed(n) ?? n);
}

// `(AFP)`, `(dpa/NAN)`, `- Xinhua`, `— Reuters`, `(With inputs from PTI)` at the end of the text.
const AGENCY_TAG =
  /\s*(?:\(\s*(?:with (?:inputs|reporting) from\s+|with\s+)?(\p{L}[\p{L}\w .&-]{1,40}(?:\s*\/\s*\p{L}[\p{L}\w .&-]{1,40}){0,3})\s*\)|(?:^|\s)(?:-{1,2}|[–—])\s*(?:with\s+)?([A-Z][\w .&-]{1,30}))\s*$/u;

/** A trailing agency tag: the agencies it names and where it starts in the text; null when the end of the text is no such tag. */
export function matchAgencyTag(text: string): { names: string[]; index: number } | null {
  const m = AGENCY_TAG.exec(text.replace(/（/g, '(').replace(/）/g, ')'));
  if (!m) return null;
  const parts = (m[1] ?? m[2]!).split(/\s*\/\s*/).map((p) => p.trim());
  const names = parts.map((p) => agencyNamed(p) ?? (looksLikeAgencyCode(p) ? p : null));
  if (names.some((n) => n === null)) return null;
  return { names: names as string[], index: m.index };
}

/** A copyright line (`© 2024 The Coastline Courier. All rights reserved.`): returns the holder. */
export function matchCopyright(line: string): string | null {
  // A footer that names the outlet and its address before or after the sign (`Outlet · 14 Quay St · © 2022 Outlet`).
  const sign = line.indexOf('©');
  const t = (sign > 0 && line.length <= 240 ? line.slice(sign) : line)
    .trim()
    .split(/\s+[|·•]\s+|\s+[–—-]\s+(?=\p{Lu})/u)[0]!;
  const m =
    /^(?:©|\(c\)|copyright(?:\s*©)?)\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?(.+?)(?:\.?\s*(?:all rights reserved|all right reserved|tous droits réservés)\.?)?$/i.exec(
      t,
    );
  if (!m || t.length > 160) return null;
  const holder = m[1]!
    .replace(/[.,]+$/, '')
    .replace(/\s+(?:19|20)\d\d\s*[–—-]?$/, '')
    .replace(/[.,]+$/, '')
    .replace(/,?\s+(?:ltd|limited|llc|inc|plc|gmbh|sa|s\.a|media|media group)\.?$/i, '')
    .trim();
  return holder && /^[\p{Lu}\p{Lo}]/u.test(holder) && countTokens(holder) <= 8 ? holder : null;
}

const CMS_ACCOUNTS =
  /^(?:by:?\s+)?(?:(?:\p{Lu}[\p{L}-]+\s+){0,3}(?:news (?:center|centre|desk|service|team)|english desk|online desk|web desk)|admin|administrator|editor|editorial|editorial (?:team|desk|staff|board)|web ?desk|web editor|news ?desk|online desk|digital desk|desk|staff|staff (?:writer|reporter)|our (?:correspondent|reporter)|correspondent|webmaster|guest|anonymous|author|newsroom|news team|agencies|agency)$/iu;

/** A CMS account name on its own line (`Admin`, `Web Desk`): not a person, so never an author. */
export function isCmsAccount(line: string): boolean {
  return CMS_ACCOUNTS.test(line.trim());
}

/** What a sign-off line gives: the reporter, and anyone else it names. */
export interface SignOff {
  /** The reporter, when the line names one. */
  author: string | null;
}

/** A sign-off at the end of a report: `Jane Doe reports.`, `Reporting by X; Editing by Y`, `— Jane Doe`. */
export function matchSignOff(line: string): SignOff | null {
  const t = line.trim().replace(/^\(|\)$/g, '');
  const reports =
    /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s+(?:reports|reported|reporting)(?:\s+from\s+\p{Lu}[\p{L}' .-]{1,40})?\.?$/u.exec(
      t,
    );
  if (reports && looksLikeName(reports[1]!)) return { author: reports[1]! };
  const credits =
    /^(?:additional\s+)?(?:reporting|writing|written|reported|report|compiled)\s+by\s+([^;.]+?)(?:\s*;\s*(?:additional reporting|editing|writing|compiled|translated|graphics|produced)\b.*)?\.?$/i.exec(
      t,
    );
  if (credits) {
    const first = credits[1]!
      .split(/\s*(?:,|\band\b|&)\s*/)[0]!
      .replace(/\s+in\s+\p{Lu}.*$/u, '')
      .trim();
    return { author: !/^additional/i.test(t) && looksLikeName(first) ? first : null };
  }
  if (/^(?:editing|edited|translated) by\s+[^.]{2,80}\.?$/i.test(t)) return { author: null };
  // "Associated Press writer Tom Ferris in Sydney contributed to this report."
  if (/\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/i.test(t) && countTokens(t) <= 20)
    return { author: null };
  // "– African News Agency (ANA); Editing by …": an agency's sign-off with its editor.
  if (/^[–—-]?\s*[^;]{2,60};\s*(?:editing|edited|compiled) by\s+[^.;]{2,60}\.?$/i.test(t)) return { author: null };
  // Wire desk slugs: editors' initials (`bur-sp/mh`, `ajg/mmg/lll`, `RSN RT`).
  if (/^(?:[a-z]{2,5}(?:[-/][a-z]{1,5}){1,4}|[A-Z]{2,4}(?:\s[A-Z]{2,4}){1,3})$/.test(t)) return { author: null };
  const dash = /^[—–]\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u.exec(t);
  if (dash && looksLikeName(dash[1]!) && !agencyNamed(dash[1]!)) return { author: dash[1]! };
  return null;
}

/** A publication stamp in another language (`Publié le 18 février 2020`, `Опубликовано 15 апреля 2021`). */
export function matchForeignPublished(
  line: string,
): { verb: 'published' | 'updated'; stamp: Stamp; phrase: string } | null {
  const m =
    /^(publié(?:e)?(?: le)?|mis à jour(?: le)?|publicado(?: el| em| a)?|actualizado(?: el)?|atualizado(?: em)?|veröffentlicht(?: am)?|aktualisiert(?: am)?|pubblicato(?: il)?|aggiornato(?: il)?|gepubliceerd(?: op)?|bijgewerkt(?: op)?|опубликовано|обновлено|نُشر(?: في)?|نشر(?: في)?|تاريخ النشر|آخر تحديث)\s*:?\s+(.{6,80})$/iu.exec(
      line.trim(),
    );
  if (!m) return null;
  const stamp = readStamp(m[2]!, true);
  if (!stamp) return null;
  return {
    verb: /mis à jour|actualizado|atualizado|aktualisiert|aggiornato|bijgewerkt|обновлено|تحديث/i.test(m[1]!)
      ? 'updated'
      : 'published',
    stamp,
    phrase: m[2]!.trim(),
  };
}

/** `Jane Doe Published December 11, 2023 | 07:10 PM`: a byline and a stamp on one line. */
export function matchNameAndStamp(
  line: string,
): { name: string | null; verb: string; stamp: Stamp | null; phrase: string } | null {
  const t = line.trim();
  const m =
    /^(?:by:?\s+)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*[|,·•–—-]?\s+(published|posted|updated|last updated)(?:\s+on)?\s*:?\s+(.{6,80})$/iu.exec(
      t,
    );
  if (m && isCmsAccount(m[1]!))
    return { name: null, verb: m[2]!.toLowerCase(), stamp: readStamp(m[3]!), phrase: m[3]!.trim() };
  if (m && m[1]!.includes(' ') && looksLikeName(m[1]!))
    return { name: m[1]!, verb: m[2]!.toLowerCase(), stamp: readStamp(m[3]!), phrase: m[3]!.trim() };
  // `Jane Doe | 03.11.2019 - Update : 04.11.2019`: a name, a bar and a day-first date.
  const bar = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})\s*\|\s*(\d{1,2}[./]\d{1,2}[./]\d{4}.{0,60})$/u.exec(
    t,
  );
  if (bar && looksLikeName(bar[1]!))
    return { name: bar[1]!, verb: 'published', stamp: readStamp(bar[2]!, true), phrase: bar[2]!.trim() };
  return null;
}

/** A stamp line: `Updated: March 3, 2024 4:12 PM GMT`, `Last modified …`, or a line that is only a date and time. */
export function matchStampLine(line: string): { verb: 'updated' | 'date'; stamp: Stamp; phrase: string } | null {
  const t = line.trim();
  if (t.length > 90) return null;
  const upd =
    /^(?:last\s+)?(?:updated|modified|edited|revised|stand|aktualisiert|mis à jour)(?:\s+on|\s+at|\s+le|\s+am)?\s*:?\s*(.+)$/i.exec(
      t,
    );
  if (upd) {
    const stamp = readStamp(upd[1]!);
    return stamp ? { verb: 'updated', stamp, phrase: upd[1]!.trim() } : null;
  }
  // Only a date (and maybe a weekday, a time and a zone): nothing else on the line.
  const stamp = readStamp(t);
  if (!stamp) return null;
  // In other scripts the words around the date cannot be checked one by one: a short line holding a full date will do.
  if (!/[a-z]/i.test(t.replace(/\d+/g, '')) || /[^\u0000-\u024f\s\d.,:|/()+–—-]/u.test(t))
    return countTokens(t) <= 12 && !endsLikeSentence(t) ? { verb: 'date', stamp, phrase: t } : null;
  const rest = t
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/(\d)T(?=\d)|(\d)Z\b/g, '$1$2 ')
    .replace(/\b(?:uhr|h)\b/gi, '')
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?/gi, '')
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?/gi, '')
    .replace(
      /\b(?:at|on|of|am|pm|a\.m\.|p\.m\.|utc|gmt|[ECMP][SD]T|CET|CEST|EAT|WAT|CAT|IST|BST|st|nd|rd|th|h)\b/gi,
      '',
    )
    .replace(/[\d\s,.:|/()+–—-]+/g, '');
  return rest === '' ? { verb: 'date', stamp, phrase: t } : null;
}
