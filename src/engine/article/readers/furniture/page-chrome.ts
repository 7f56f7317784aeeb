/** Page chrome: adverts, cookie and newsletter prompts, reading time, captions, share counts, translation notes. */
import { agencyNamed } from '../../agencies.ts';
import { isWholeLine, pressReleaseLabel, wordPattern } from '../../furniture-words/index.ts';
import { isDayWordStamp, isTimeAgo } from '../../furniture-words/time-ago.ts';
import { readStamp } from '../../../time/stamps.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';
import { isReadingTime } from './fielded-stamp.ts';
import { showsSiteClock } from './stamp-line.ts';

const PHOTO = wordPattern('photo');

// Prompts and captions in every covered language, built from the word tables (`../../furniture-words/`).
// A cookie notice, with its buttons on the same line (`Wir verwenden Cookies, um … Alle akzeptieren | Einstellungen`).
const COOKIE_NOTICE = new RegExp(String.raw`(?<![\p{L}])${wordPattern('cookies')}(?![\p{L}]).{0,300}$`, 'iu');

/** A time of day alone on a line (`19:42`, `21:12 Uhr`, `14h32`, `7:05 pm`): a live page's entry, or a broadcaster's clock. */
export const CLOCK_ALONE = /^(\d{1,2})[:.h](\d{2})(?:\s*(am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}))?$/i;

const WORDED: RegExp[] = [
  COOKIE_NOTICE,
  // A web or mail address alone on its line (a print version's address, a press office's mailbox): in any language.
  /^(?:https?:\/\/|www\.)[^\s<>]+$/i,
  /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/,
  // A press release's label, maybe with its number (`Comunicato stampa n. 14/2025`, `Pressemitteilung Nr. 23`).
  new RegExp(String.raw`^${pressReleaseLabel()}$`, 'iu'),
  // A count of comments in any covered language (`0 commentaires`, `12 Kommentare`).
  new RegExp(String.raw`^\d{1,5}\s+${wordPattern('formFields')}$`, 'iu'),
  // A page counter (`Views: 412`, `الردود: 3`, `Kommentare (12)`).
  new RegExp(String.raw`^${wordPattern('counters')}\s*:?\s*\(?\d[\d.,\s]{0,12}\)?$`, 'iu'),
  // An editor's line, which names no writer (`Editor: Bambang Surya`, `Édition : …`).
  new RegExp(String.raw`^${wordPattern('editorLabel')}\s*:\s*\S.{0,60}$`, 'iu'),
  // A print version's note (`Articolo stampato il 02/05/2024 alle 09:14 dal sito …`, `Printed from example.com`).
  new RegExp(String.raw`^${wordPattern('printedFrom')}(?![\p{L}]).{0,120}$`, 'iu'),
  // An embedded post's attribution (`— Harlow Fire District (@HarlowFire) June 3, 2024`).
  /^[—–-]\s*[^()]{2,60}\(@[\w.]{1,30}\)\s*.{0,40}$/u,
  // An issue's contents (`In this issue: Mayor's word · Roadworks · Small ads`, `Dans ce numéro : …`).
  new RegExp(String.raw`^${wordPattern('inThisIssue')}\s*:.{0,200}$`, 'iu'),
  // The heading of a list of attached files, and a file with its size (`Allegati`, `Bericht_2025.pdf (212 KB)`).
  new RegExp(String.raw`^${wordPattern('attachments')}\s*:?$`, 'iu'),
  /^\S[^\s/]{0,80}\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|jpe?g|png)\s*(?:\(\s*\d+(?:[.,]\d+)?\s*[kmg]i?b\s*\))?$/i,
  // `Suscríbete a nuestra newsletter`, `Síguenos en nuestras redes sociales`: the prompt opens the line, or follows
  // the pitch after a colon (`L'essentiel chaque matin : je m'abonne à la newsletter`).
  new RegExp(String.raw`(?:^|[:：]\s*)${wordPattern('subscribe')}(?![\p{L}]).{0,120}$`, 'iu'),
  // `Plus d'articles de Awa Ndiaye`, `More by this author`: a link to the writer's other articles.
  new RegExp(
    String.raw`^${wordPattern('moreBy')}\s+(?:this author|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$`,
    'iu',
  ),
  // A caption closing with its credit: `… Foto: Lena Krüger/dpa`, `… (PHOTO / RESCUE UNIT)`, `… Photo M.D.`.
  // A credit may hold an initial's full stop (`Foto: Hochschule Lindenau/M. Rausch`).
  new RegExp(String.raw`(?:^|[.!?]\s+)${PHOTO}\s*(?:credit\s*)?(?::|\s+by\s)\s*(?:[^.]|(?<=\b\p{Lu})\.){2,80}$`, 'iu'),
  new RegExp(String.raw`\(\s*${PHOTO}\s*(?:[/:|]|by)\s*[^)]{2,80}\)\s*$`, 'iu'),
  // A caption that opens with its photo label, a few words of whose photo maybe, and a colon (`Photo d'archives : …`,
  // `Foto d'archivio: …`, `من أرشيف المركز الإعلامي: …`), or closes with the archive's mark (`… عام 2019 (أرشيف)`).
  // A copyright sign in it is left to the reader of copyrights, which knows the outlet from it.
  new RegExp(String.raw`^(?!.*©)${PHOTO}(?:\s+[^\s:]+){0,3}\s*:\s*\S.{2,200}$`, 'iu'),
  /^.{10,200}\((?:archives?|archivo|arquivo|archivio|archiv|arhiva|أرشيف)\)\.?$/iu,
  // A caption whose credit is a copyright sign and a short name (`Boats on the beach, 10 March. © AFP`): the
  // photograph's credit, not the text's. The first four words are taken once (a lookahead and its back-reference), so
  // that a line without the sign is not tried at every split between them and the rest.
  /^(?=((?:\S+\s+){4}))\1[^©]*[.!?]\s+©\s*\p{Lu}[\p{L}.&' -]{1,30}$/u,
];

const CHROME: RegExp[] = [
  // A print version's page counter.
  /^page \d+ of \d+$/i,
  // A publishing system's shortcode the page left unrendered (`[responsivevoice_button voice="…" buttontext="…"]`).
  /^\[\/?[a-z][\w-]*(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[^\s\]]+))*\s*\/?\]$/i,
  /^(?:advertisement|advert|ad|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?)\.?$/i,
  /^listen to (?:this|the) (?:article|story)\b.{0,30}$/i,
  /^(?:\d+\s*(?:-|–)?\s*min(?:ute)?s?\s*read|reading time:?\s*\d+\s*min(?:ute)?s?|\d+ min(?:ute)?s? listen)\.?$/i,
  /^(?:subscribe|sign up)(?: (?:now|today))?(?: (?:to|for) (?:our|the) [\w ]{0,30}newsletters?)?[.!]?$/i,
  /^(?:subscribe|sign up) (?:to|for) (?:our|the)\b.{0,60}$/i,
  /^follow (?:us|[\w'’.-]+(?:\s+[\w'’.-]+){0,3}) on (?:whatsapp|twitter|x|facebook|instagram|telegram|google news|linkedin|youtube|tiktok|threads)\b.{0,40}$/i,
  /^(?:download|get) (?:our|the) (?:free )?app\b.{0,60}$/i,
  // A call for tips with the address to send them to (`Do you have a story for us? Email news@…`).
  /\?\s*(?:e-?mail|write to|contact)(?: us| the newsroom| our newsroom| the news desk)?(?: at)?:?\s+\S+@\S+\.\w+(?:\s+or\s+.{1,40})?\.?$/i,
  // A radio or TV site's player bar (`Now Playing: The Afternoon Show with …`, `On Air: …`).
  /^(?:now playing|on air|live now|jetzt läuft|en ce moment|à l['’]antenne|al aire|no ar|in onda|nu op)\s*:\s*.{2,80}$/i,
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
  /^(?:photo|image|picture|file photo|video|caption|photograph)s?(?:\s*(?:credit|:)|\s+by)\s*:?.{0,120}$/i,
  /^\((?:photo|image|picture)s?(?: by|:).{0,100}\)$/i,
  /^(?:font size|text size|print this (?:article|page)|email this (?:article|story)|save (?:article|story)|bookmark)\b.{0,20}$/i,
  /^(?:comments?\s*\(\d+\)|\d+\s+shares?|view comments|show comments|join the conversation)$/i,
  /^(?:share (?:this|the) (?:article|story|post|live blog|page|video)|share on \w+|share via \w+)[:.]?$/i,
  /^\(?(?:this (?:article|story|news|report|text) (?:was|has been) (?:translated|machine-translated)|translated (?:from|by) )\b.{0,160}$/i,
  /^(?:editor'?s note|disclaimer|correction|clarification)\b\s*:.{0,300}$/i,
  // A note on the print edition (`This article appears in the October 2024 print edition`).
  /^(?:this (?:article|story)|a version of this (?:article|story)) (?:appears|appeared|was published) in\b.{0,60}\bprint\b.{0,100}$/i,
  // A syndication note (`(This story has not been edited by … staff and is auto-generated from a syndicated feed.)`).
  /^\(?this (?:story|article|report) has not been edited by\b.{0,200}$/i,
  // Live pages and broadcasters: bare times, "2 hours ago", time-only update stamps, media items.
  CLOCK_ALONE,
  /^\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i,
  /^(?:updated|posted|published|last updated)(?:\s+at)?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:am|pm|[A-Z]{2,4})?$/i,
  // A prompt to follow the outlet's messaging channel (`Keep up with the latest news on our WhatsApp channel.`).
  /^.{0,80}\b(?:whatsapp|telegram)\b.{0,30}\b(?:channel|canal|kanal|canale)\b.{0,60}$/i,
  // A document to download with its size (`Medienmitteilung als PDF herunterladen (148 KB)`).
  /\bpdf\b.{0,60}\(\s*\d+(?:[.,]\d+)?\s*[kmg]i?b\s*\)\.?$/i,
  // A caption whose credit closes it in capitals after a bar or a slash (`… | L'ÉCHO / ARCHIVES`, `… PHOTO/JANE DOE`).
  /^.{10,240}\s\|\s+[\p{Lu}\d'’ .\/&-]{3,60}$/u,
  /\bPHOTO\s*\/\s*[\p{Lu}][\p{Lu} .'’-]{2,40}$/u,
  /\((?:photo|foto)s?\s+d['’]archives?\)$/i,
  /^(?:watch|listen|video|audio|gallery|in pictures|podcast)\s*:\s*.{3,140}$/i,
  /^(?:like|enjoyed|enjoy|liked) this (?:story|article|post)\??.{0,40}$/i,
  // Press releases and newsletters.
  /^(?:for immediate release|embargoed\b.{0,60}|view (?:this email )?in (?:your )?browser|forwarded this (?:email|newsletter)\b.{0,60}|you are receiving this\b.{0,160}|unsubscribe\b.{0,60})$/i,
  /^[_=*~-]{3,}$/,
  /^(?:good (?:morning|afternoon|evening)|hello|hi there)\b.{0,80}$|^that'?s (?:it|all) for (?:today|this week)\b.{0,60}$/i,
  /^(?:more|read the full story|full story|watch|watch now|live updates|see more|show more|load more)(?: on \w+| here| below)?[:.]?$/i,
  /\b(?:in|to) your inbox\b.{0,60}$|^get (?:the|our) .{0,60}newsletter/i,
  /^this (?:article|story|report) (?:has been|was) (?:updated|amended|corrected)\b/i,
  // A caption closing with a credit that names no one ("… in 2019. Picture supplied", "… Photo: file").
  /[.!?]\s+(?:picture|photo|image|photograph)s?\s*:?\s*(?:supplied|contributed|file|archive|handout)\.?$/i,
  // A caption closing with its credit ("Soldiers hand out masks. Photo: Agency / Name").
  /(?:^|[.!?]\s+)(?:photo|image|picture|photograph)s?\s*(?:credit)?\s*:\s*[^.]{2,80}$/i,
  /\((?:photo|image|picture)s?(?: by|:)[^)]{2,80}\)\s*$/i,
];

// A caption closing with a photo word and a credit in capitals or initials (`… dans la Grande-Rue. Photo M.D.`).
const CREDIT_IN_CAPITALS = new RegExp(String.raw`[.!?]\s+${PHOTO}\s+([^\s].{0,20})$`, 'iu');
function creditInCapitals(t: string): boolean {
  const credit = CREDIT_IN_CAPITALS.exec(t)?.[1];
  return !!credit && /\p{Lu}/u.test(credit) && credit === credit.toUpperCase();
}

// A short caption's closing credit: after its full stop, the credit in brackets with a slash or a colon
// (`(Outlet: Jane Doe)`, `(Agency/Jane Doe)`), or an agency and the photographer (`APA/Jane Doe`); or the photo word
// after a dash (`— Foto: Prefeitura`) or after the full stop with a slash in the credit (`Photo archives Outlet / Name`).
const BRACKET_CREDIT = /[.!?]\s*\(([^()]{2,60}[/:][^()]{2,60})\)$/u;
const AGENCY_SLASH_NAME = /[.!?]\s+([\p{L}-]{2,20})\/\p{Lu}[\p{L}.'’ -]{2,40}$/u;
const DASH_PHOTO = new RegExp(String.raw`\s[—–-]\s+${PHOTO}\s*:\s*[^.]{2,80}$`, 'iu');
const PHOTO_SLASH = new RegExp(String.raw`[.!?]\s+${PHOTO}\s+[^.]{2,60}\s\/\s[^.]{2,40}$`, 'iu');
// The credit in capitals after the caption's full stop, with no photo word (`… le 23 janvier. JANE DOE POUR LE
// JOURNAL`, `… 12 March. CIVIL PROTECTION`): a word of four capitals or more, nothing in lower case.
const CAPITALS_AFTER_STOP = /[.!?]\s+(\p{Lu}[\p{Lu}\d'’ ./&-]{3,60})$/u;

// A credit line of the writer's (`Texte : … – Photos : …`) is a byline, and a source note (`(Source: …)`) no caption.
const BYLINE_LABEL = new RegExp(String.raw`^${wordPattern('byline')}\s*:`, 'iu');
const SOURCE_NOTE = new RegExp(String.raw`\(\s*${wordPattern('sourceLabel')}\s*:`, 'iu');

/** A caption closing with its photograph's credit, in a line of at most two sentences. */
function isCreditedCaption(t: string): boolean {
  if (t.length > 250 || (t.match(/[.!?](?:\s|$)/g) ?? []).length > 3 || BYLINE_LABEL.test(t)) return false;
  const agency = AGENCY_SLASH_NAME.exec(t);
  const bracket = BRACKET_CREDIT.exec(t)?.[1];
  // Agencies alone in the brackets (`(dpa/NAN)`, `(AFP/lno)`) close a paragraph of the text: that is a tag.
  const tag = bracket?.split(/\s*[/:]\s*/).every((p) => agencyNamed(p) || /^[a-z]{2,4}$/.test(p));
  return (
    (!!bracket && !tag && !SOURCE_NOTE.test(t)) ||
    DASH_PHOTO.test(t) ||
    PHOTO_SLASH.test(t) ||
    (!!agency && !!agencyNamed(agency[1]!))
  );
}

/** Page chrome inside the text: adverts, cookie notices, newsletter and app prompts, reading time, captions, translation notes. */
export function isPageChrome(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 300) return false;
  return (
    CHROME.some((re) => re.test(t)) ||
    // A reading-time note in any covered language (`Lesezeit: 2 Min.`, `4 min de leitura`).
    isReadingTime(t) ||
    // A stamp telling only how long ago (`2 hours ago`, `36 minuten geleden`, `منذ ساعتين`).
    isTimeAgo(t) ||
    isDayWordStamp(t) ||
    // A media player's control (`▶ Listen live`, `▶ Artikel anhören   3 Min.`): a play sign and a few words.
    /^[▶►⏵]\s*\S+(?:\s+\S+){0,5}$/u.test(t) ||
    creditInCapitals(t) ||
    isCreditedCaption(t) ||
    isClockAndWeather(t) ||
    isWeatherWidget(t) ||
    WORDED.some((re) => re.test(t)) ||
    isWholeLine('backToTop', t) ||
    // A byline's label alone, its name on another line (`Texto`, `Por:`).
    isWholeLine('byline', t) ||
    isWholeLine('endMark', t)
  );
}

/**
 * A site's clock and weather (`Dienstag, 4. Juni 2024 | Bozen 24°`, `Antsirabe, vendredi 13 septembre 2024 | 19°C
 * Nuageux`): a short line with the day it was read and a temperature. It dates the reading, not the article.
 */
function isClockAndWeather(t: string): boolean {
  return (
    t.length <= 90 &&
    // The weather or the name day set apart from the date by a bar or a dot, not a sentence about the weather.
    showsSiteClock(t) &&
    !/[.!?]$/.test(t) &&
    readStamp(t, true) !== null
  );
}

/**
 * A site's weather alone (`Gölyaka 21°C   Parçalı bulutlu`, `Bozen 24° sonnig`): a place, a temperature and a word or
 * two, no sentence.
 */
function isWeatherWidget(t: string): boolean {
  return (
    t.length <= 60 &&
    t.split(/\s+/).length <= 6 &&
    /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?\s+[-+]?\d{1,2}\s*°\s*[CF]?(?![\p{L}\d])/u.test(t) &&
    !/[.!?]$/.test(t)
  );
}

/**
 * The buttons under a cookie notice (`Accept   Decline`, `Aceptar | Configurar`): a row of one- or two-word items
 * right below a line the cookie words took.
 */
function isCookieButtons(line: FurnitureLine, zone: FurnitureZone): boolean {
  const items = line.plain.split(/\s{2,}|\s*[|·•]\s*/).filter(Boolean);
  if (items.length < 2 || items.length > 4 || items.some((i) => i.split(/\s+/).length > 2 || /[.!?,;:]/.test(i)))
    return false;
  const above = zone.found.removed.find((r) => r.line === line.n - 1);
  return above !== undefined && COOKIE_NOTICE.test(above.text.trim());
}

/**
 * A caption above the text whose credit closes it in capitals, with no photo word: only before the first paragraph of
 * prose, where a paragraph cannot end in an acronym. An agency alone there is a tag (`… said on Monday. AFP`).
 */
function isCapitalsCredit(line: FurnitureLine): boolean {
  if (line.bodyStarted || line.plain.length > 250) return false;
  const capitals = CAPITALS_AFTER_STOP.exec(line.plain)?.[1]?.trim();
  return !!capitals && /\p{Lu}{4}/u.test(capitals) && !agencyNamed(capitals);
}

/**
 * A site's clock with the names of the day's saints or name days, on the page's first lines (`Środa, 2023.09.27 ::
 * Kosmy, Damiana, Wincentego`): a full date, a bar, then capitalised names alone. It dates the reading, not the
 * article.
 */
function isClockAndNames(line: FurnitureLine): boolean {
  const m = /^(.{6,40}?)\s*(?:::|[|·•])\s*(?:\p{L}+\s*:\s*)?(\p{Lu}\p{Ll}+(?:\s*,\s*\p{Lu}\p{Ll}+){0,6})$/u.exec(
    line.plain,
  );
  return line.index < 3 && !!m && readStamp(m[1]!, true) !== null;
}

/** Takes a line of page chrome. */
export const pageChromeReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) =>
  isPageChrome(line.plain) || isCapitalsCredit(line) || isCookieButtons(line, zone) || isClockAndNames(line)
    ? 'page-chrome'
    : null;
