/**
 * The article parser: one seed's bytes in, one article record out. The
 * publication date is settled here when the text states it or when the text
 * alone supports an inference; dates that need the rest of the collection are
 * settled by `corpus.ts`.
 */
import { createHash } from 'node:crypto';
import { francAll } from 'franc-min';
import { shortenAtClause } from '../text/clauses';
import { SeedError } from '../read/errors';
import type { SeedInput } from '../read/decode';
import type { SourceLine } from '../read/lines';
import { readSeedText } from '../read/seed';
import { fileNameWarnings } from '../read/warnings';

export type { SeedInput } from '../read/decode';
import { agencyNamed } from './agencies';
import { matchDateline, type DatelineMatch } from './dateline';
import {
  isCmsAccount,
  isLinkListItem,
  isMenuEntry,
  isNavigationLine,
  isPageChrome,
  isShortEntry,
  matchAgencyTag,
  matchCopyright,
  matchForeignPublished,
  matchNameAndStamp,
  matchRelatedHeading,
  matchSignOff,
  matchSourceLine,
  matchStampLine,
} from './furniture';
import { ambiguousDay, readStamp, type Stamp } from '../time/stamps';
import {
  authorFromBio,
  findCredits,
  isAuthorBio,
  isCommentFormLine,
  isKicker,
  isMasthead,
  looksLikeName,
  isProse,
  isShareItem,
  isSubheading,
  matchByline,
  readByline,
  matchDateLine,
  matchPublishedLine,
  matchTagLine,
} from './rules';
import {
  type FrontMatter,
  type Article,
  type Block,
  type Credit,
  type Provenance,
  type Published,
  type RemovedLine,
  type Warning,
} from '../schema/article';
import { isRealDate } from '../time/temporal';
import { countTokens, countWords } from '../text/words';
import { endsLikeSentence, splitSentences } from '../text/sentences';
import { slugify } from '../text/slug';

/** Words a minute used for reading time. */
export const WORDS_PER_MINUTE = 230;

/** Limits and context for parsing. */
export interface ParseOptions {
  /** Reject seeds larger than this many bytes. */
  maxBytes?: number;
}

type Line = SourceLine;

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const prov = (basis: Provenance['basis'], reason: string, line: number | null = null): Provenance => ({
  basis,
  reason,
  line,
});

/** Everything the parser reads from one seed. `published` may still be unknown; see `corpus.ts`. */
export type ParsedArticle = Article;

/**
 * Parses one seed. Throws `SeedError` for input that cannot be an article
 * (binary, invalid UTF-8, empty, broken front matter, impossible dates).
 */
export function parseArticle(input: SeedInput, options: ParseOptions = {}): ParsedArticle {
  const { file } = input;
  const seed = readSeedText(input, options.maxBytes);
  const original = seed.original;
  const warnings: Warning[] = [...seed.warnings];
  const removed: RemovedLine[] = [...seed.removed];
  const lines: Line[] = seed.lines;

  // --- Leading date line -------------------------------------------------
  let statedDate: { date: string; line: number } | null = null;
  let statedLanguage: { code: string; name: string; line: number } | null = null;
  const firstIdx = lines.findIndex((l) => l.text.trim() !== '');
  if (firstIdx >= 0) {
    const first = lines[firstIdx]!;
    const dl = matchDateLine(first.text);
    if (dl) {
      const [y, m, d] = dl.parts;
      if (!isRealDate(y, m, d)) {
        throw new SeedError(
          file,
          first.n,
          `states the date ${dl.date}, which is not a calendar date.`,
          'correct the date on the `date YYYY-MM-DD` line.',
        );
      }
      statedDate = { date: dl.date, line: first.n };
      if (dl.language) statedLanguage = { ...dl.language, line: first.n };
      removed.push({ line: first.n, text: first.text.slice(0, dl.length), kind: 'date-line' });
      const rest = first.text.slice(dl.length);
      lines[firstIdx] = { n: first.n, text: rest.trim() ? rest : '' };
    }
  }

  // --- Page furniture, wherever it stands -----------------------------------
  const meta = readFurniture(
    lines.filter((l) => l.text.trim() !== ''),
    removed,
  );
  const credits: Credit[] = [...meta.credits];

  // --- Header: the short lines above the first paragraph ------------------
  let content = meta.kept;
  let dateline: { match: DatelineMatch; line: number } | null = null;
  let firstProse = content.findIndex((l) => isProse(l.text) || matchDateline(l.text));
  if (firstProse >= 0) {
    const l = content[firstProse]!;
    const dl = matchDateline(l.text);
    if (dl) {
      dateline = { match: dl, line: l.n };
      removed.push({ line: l.n, text: l.text.slice(0, dl.length).trim(), kind: 'dateline' });
      const restOfLine = l.text.slice(dl.length).trim();
      content = restOfLine
        ? content.map((x) => (x === l ? { n: l.n, text: restOfLine } : x))
        : content.filter((x) => x !== l);
      if (!restOfLine) firstProse = content.findIndex((x, i) => i >= firstProse && isProse(x.text));
    }
  }
  // A place in capitals on its own line just above the lede (`ANKARA`) is the dateline.
  const above = firstProse > 1 ? content[firstProse - 1]! : null;
  if (
    !dateline &&
    above &&
    /^[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,2}$/.test(above.text.trim()) &&
    !isMasthead(above.text)
  ) {
    dateline = {
      match: {
        text: above.text.trim(),
        length: above.text.length,
        place: above.text.trim(),
        date: null,
        agencies: [],
        outlets: [],
      },
      line: above.n,
    };
    removed.push({ line: above.n, text: above.text.trim(), kind: 'dateline' });
    content = content.filter((x) => x !== above);
    firstProse--;
  }
  const header = firstProse < 0 ? [] : content.slice(0, firstProse);
  let rest = firstProse < 0 ? content : content.slice(firstProse);

  let publisher: { name: string; line: number } | null = null;
  let author: { name: string; line: number; how: 'byline' | 'name-stamp' } | null = meta.nameStamp?.name
    ? { name: meta.nameStamp.name, line: meta.nameStamp.line, how: 'name-stamp' }
    : null;
  let headline: Line | null = null;
  let kicker: Line | null = null;
  let publishedLine: {
    line: number;
    stamp: NonNullable<ReturnType<typeof matchPublishedLine>>['stamp'];
    phrase: string;
  } | null = meta.nameStamp?.published
    ? { line: meta.nameStamp.line, stamp: meta.nameStamp.stamp, phrase: meta.nameStamp.phrase }
    : (meta.published ?? null);
  const unplaced: Line[] = [];
  for (const l of header) {
    const t = plainLine(l.text);
    const by = readByline(t);
    const pub = matchPublishedLine(t);
    if (by && !author) {
      author = { name: by.name, line: l.n, how: 'byline' };
      for (const name of by.agencies) addCredit(credits, name, `The byline on line ${l.n}: “${t}”.`);
      removed.push({ line: l.n, text: l.text, kind: 'byline' });
    } else if (pub) {
      const twoWays = pub.stamp ? null : ambiguousDay(pub.phrase);
      if (twoWays) meta.ambiguous ??= { line: l.n, text: t, days: twoWays };
      if (!pub.stamp && !twoWays)
        warnings.push({
          line: l.n,
          message: `The “Published:” line “${pub.phrase}” is not a date the parser can read; write it like “December 31, 2023 at 11:27 am EST”.`,
        });
      else if (!publishedLine) publishedLine = { line: l.n, stamp: pub.stamp, phrase: pub.phrase };
      removed.push({ line: l.n, text: l.text, kind: 'published-line' });
    } else if (headline && normalize(t) === normalize(plainLine(headline.text))) {
      removed.push({ line: l.n, text: l.text, kind: 'repeated-headline' });
    } else if (!publisher && !headline && l === header[0] && siteWithTagline(t) && header.length > 1) {
      // `Outlet | What it does` on the page's first line: the site's name and its tagline.
      publisher = { name: siteWithTagline(t)!, line: l.n };
      removed.push({ line: l.n, text: l.text, kind: 'masthead' });
    } else if (
      !publisher &&
      (!headline
        ? isMasthead(t) || (meta.copyright && sameOutlet(t, meta.copyright.holder)) || meta.siteName?.line === l.n
        : isMasthead(t) && !readByline(t))
    ) {
      publisher = { name: t, line: l.n };
      removed.push({ line: l.n, text: l.text, kind: 'masthead' });
    } else if (
      !headline &&
      !kicker &&
      isKicker(t) &&
      header.some(
        (h) => h !== l && h.n > l.n && !isKicker(h.text) && !matchByline(h.text) && !matchPublishedLine(h.text),
      )
    ) {
      kicker = l;
      removed.push({ line: l.n, text: l.text, kind: 'kicker' });
    } else if (!headline && !isKicker(t)) {
      headline = l;
      removed.push({ line: l.n, text: l.text, kind: 'headline' });
    } else if (
      headline &&
      !author &&
      meta.stamp &&
      Math.abs(meta.stamp.line - l.n) <= 2 &&
      /\s/.test(t) &&
      looksLikeName(t) &&
      !isMasthead(t)
    ) {
      // A name on its own line beside the date line, under the headline: a byline without "By".
      author = { name: t, line: l.n, how: 'byline' };
      removed.push({ line: l.n, text: l.text, kind: 'byline' });
    } else {
      unplaced.push(l);
    }
  }
  // A byline or stamp just under a standfirst ("Authorities say …" then "By Jane Doe"): the standfirst stays
  // in the body as its first paragraph, and the byline and stamp are read as if they stood above it.
  for (let i = 1; i <= 2 && i < rest.length; i++) {
    const t = plainLine(rest[i]!.text);
    const by = author ? null : readByline(t);
    const pub = publishedLine ? null : matchPublishedLine(t);
    if (by) {
      author = { name: by.name, line: rest[i]!.n, how: 'byline' };
      for (const name of by.agencies) addCredit(credits, name, `The byline on line ${rest[i]!.n}: “${t}”.`);
      removed.push({ line: rest[i]!.n, text: rest[i]!.text, kind: 'byline' });
    } else if (pub?.stamp) {
      publishedLine = { line: rest[i]!.n, stamp: pub.stamp, phrase: pub.phrase };
      removed.push({ line: rest[i]!.n, text: rest[i]!.text, kind: 'published-line' });
    } else continue;
    rest = rest.filter((_, k) => k !== i);
    i--;
  }
  // Header lines that fit no rule stay in the body rather than vanish.
  rest = [...unplaced, ...rest];
  if (headline) {
    const h = normalize(headline.text);
    rest = rest.filter((l) => {
      if (Math.abs(l.text.length - headline!.text.length) > 8 || normalize(l.text) !== h) return true;
      removed.push({ line: l.n, text: l.text, kind: 'repeated-headline' });
      return false;
    });
  }

  // --- Footer: boilerplate after the last paragraph ------------------------
  let bioAuthor: { name: string; line: number } | null = null;
  let signOff: { name: string; line: number } | null = null;
  const tags: string[] = [...meta.tags];
  let end = rest.length;
  while (end > 0) {
    const l = rest[end - 1]!;
    const t = l.text.trim();
    let kind: RemovedLine['kind'] | null = null;
    const sign = matchSignOff(t);
    const tag = /^[(（—–-]/.test(t) || countTokens(t) <= 3 ? matchAgencyTag(` ${t}`) : null;
    if (isShareItem(t)) kind = 'share-list';
    else if (isCommentFormLine(t)) kind = 'comment-form';
    else if (author && normalize(t) === normalize(author.name)) kind = 'author-name';
    else if (isAuthorBio(t, author?.name ?? null)) kind = 'author-bio';
    else if (!author && !bioAuthor && end === rest.length && authorFromBio(t)) {
      bioAuthor = { name: authorFromBio(t)!, line: l.n };
      kind = 'author-bio';
    } else if (bioAuthor && normalize(t) === normalize(bioAuthor.name)) kind = 'author-name';
    else if (sign && end > 1) {
      kind = 'sign-off';
      if (sign.author && !signOff) signOff = { name: sign.author, line: l.n };
    } else if (tag && end > 1 && (tag.index === 0 || /^[(（—–-]/.test(t.slice(tag.index)) || agencyNamed(t))) {
      kind = 'agency-tag';
      for (const name of tag.names) addCredit(credits, name, `The agency tag “${t}” on line ${l.n}.`);
    } else if (!isProse(t) && matchTagLine(t)) {
      kind = 'tag-line';
      tags.unshift(...matchTagLine(t)!);
    }
    if (!kind) break;
    removed.push({ line: l.n, text: l.text, kind });
    end--;
  }
  const bodyLines = rest.slice(0, end);
  // A tag closing the last paragraph ("… on Monday. (dpa/NAN)") is a credit, not body text.
  const last = bodyLines.at(-1);
  if (last && bodyLines.length > 1) {
    const tag = matchAgencyTag(last.text.trimEnd());
    if (tag && tag.index > 0 && endsLikeSentence(last.text.slice(0, tag.index))) {
      const text = last.text.trimEnd();
      removed.push({ line: last.n, text: text.slice(tag.index).trim(), kind: 'agency-tag' });
      for (const name of tag.names)
        addCredit(credits, name, `The agency tag “${text.slice(tag.index).trim()}” closing line ${last.n}.`);
      bodyLines[bodyLines.length - 1] = { n: last.n, text: text.slice(0, tag.index) };
    }
  }

  // --- Body blocks ---------------------------------------------------------
  const blocks: Block[] = [];
  const usedAnchors = new Set<string>();
  let paragraphNo = 0;
  bodyLines.forEach((l, i) => {
    const t = l.text.trim();
    const followed = i < bodyLines.length - 1;
    if (followed && isSubheading(t) && !isProse(t)) {
      let anchor = `s-${slugify(t, 40) || 'section'}`;
      for (let k = 2; usedAnchors.has(anchor); k++) anchor = `s-${slugify(t, 40)}-${k}`;
      usedAnchors.add(anchor);
      blocks.push({ type: 'subheading', text: t, anchor, line: l.n });
    } else {
      paragraphNo++;
      blocks.push({ type: 'paragraph', text: t, anchor: `p-${paragraphNo}`, line: l.n });
    }
  });
  removed.sort((a, b) => a.line - b.line);
  const paragraphs = blocks.filter((b) => b.type === 'paragraph');
  const sentencesOf = new Map(paragraphs.map((p) => [p, splitSentences(p.text)]));
  const hasSentence = paragraphs.some((p) =>
    sentencesOf.get(p)!.some((x) => endsLikeSentence(x.text) && Math.max(countWords(x.text), countTokens(x.text)) >= 4),
  );
  if (!hasSentence) {
    throw new SeedError(
      file,
      content[0]?.n ?? 1,
      'has no sentence of running text (four words or more ending in a full stop), so there is nothing to publish.',
      'add the article body, in sentences, below any headline and byline.',
    );
  }

  const fmData = seed.frontMatter;

  // --- Title -------------------------------------------------------------
  let title: string;
  let titleBasis: Article['titleBasis'];
  let titleProv: Provenance;
  if (fmData.title) {
    title = fmData.title;
    titleBasis = 'stated';
    titleProv = prov('stated', 'Set in the seed’s front matter.', null);
  } else if (headline) {
    title = plainLine(headline.text);
    titleBasis = 'stated';
    titleProv = prov('stated', `The headline on line ${headline.n}.`, headline.n);
  } else {
    const lede = sentencesOf.get(paragraphs[0]!)![0]?.text ?? paragraphs[0]!.text;
    title = shortenAtClause(lede, 140);
    titleBasis = 'derived';
    titleProv = prov(
      'inferred',
      title.length + 1 >= lede.length
        ? 'The text has no headline; this is the first sentence of the lede.'
        : 'The text has no headline; this is the first sentence of the lede, shortened at a clause boundary to at most 140 characters.',
      paragraphs[0]!.line,
    );
  }

  // --- Publisher, author, section, tags, credits ---------------------------
  const datelineOutlet = dateline?.match.outlets[0] ?? null;
  const publisherName =
    fmData.publisher ??
    (publisher ? outletName(publisher.name) : null) ??
    datelineOutlet ??
    meta.copyright?.holder ??
    null;
  const publisherProv = fmData.publisher
    ? prov('stated', 'Set in the seed’s front matter.')
    : publisher
      ? prov('stated', `The masthead on line ${publisher.line} names the outlet.`, publisher.line)
      : datelineOutlet
        ? prov(
            'stated',
            `The dateline on line ${dateline!.line} (“${dateline!.match.text}”) names the outlet.`,
            dateline!.line,
          )
        : meta.copyright
          ? prov('stated', `The copyright line on line ${meta.copyright.line} names the outlet.`, meta.copyright.line)
          : prov('unknown', 'No masthead, dateline or copyright line names the outlet.');
  if (!author && dateline?.match.reporter)
    author = { name: dateline.match.reporter, line: dateline.line, how: 'byline' };
  const authorName = fmData.author ?? author?.name ?? signOff?.name ?? bioAuthor?.name ?? null;
  const cmsNote = meta.cmsAccount
    ? ` The account name “${meta.cmsAccount.text}” on line ${meta.cmsAccount.line} is a publishing-system user, not a writer.`
    : '';
  const authorProv = fmData.author
    ? prov('stated', 'Set in the seed’s front matter.')
    : author
      ? prov(
          'stated',
          author.how === 'byline'
            ? `The byline on line ${author.line}.`
            : `The line “${meta.nameStamp!.text}” (line ${author.line}) names the writer and the time of publication.`,
          author.line,
        )
      : signOff
        ? prov('stated', `The sign-off on line ${signOff.line} names the reporter.`, signOff.line)
        : bioAuthor
          ? prov(
              'inferred',
              `There is no byline; the author bio on line ${bioAuthor.line} introduces ${bioAuthor.name} as the writer.`,
              bioAuthor.line,
            )
          : prov('unknown', `There is no byline, sign-off or author bio.${cmsNote}`);

  if (fmData.credits) {
    credits.length = 0;
    for (const name of fmData.credits) credits.push({ name, quote: 'Set in the seed’s front matter.', anchor: '' });
  } else {
    if (dateline)
      for (const name of dateline.match.agencies)
        addCredit(credits, name, `The dateline “${dateline.match.text}” on line ${dateline.line}.`, 0);
    for (const p of paragraphs) {
      for (const s of sentencesOf.get(p)!) {
        for (const name of findCredits(s.text))
          if (!credits.some((c) => c.name === name)) credits.push({ name, quote: s.text, anchor: p.anchor });
      }
    }
  }
  const creditsProv = fmData.credits
    ? prov('stated', 'Set in the seed’s front matter.')
    : credits.length
      ? prov(
          'stated',
          `The text credits ${credits.map((c) => c.name).join(' and ')} with the reporting: “${credits[0]!.quote}”`,
        )
      : prov('unknown', 'The text credits no news agency with the reporting.');

  // --- Language ------------------------------------------------------------
  const bodyText = paragraphs.map((p) => p.text).join('\n');
  let language: string | null;
  let languageProv: Provenance;
  if (fmData.language) {
    language = fmData.language;
    languageProv = prov('stated', 'Set in the seed’s front matter.');
  } else if (statedLanguage) {
    language = statedLanguage.code;
    languageProv = prov(
      'stated',
      `The date line on line ${statedLanguage.line} gives “${statedLanguage.code} ${statedLanguage.name}”.`,
      statedLanguage.line,
    );
  } else {
    const guess = detectLanguage(bodyText);
    language = guess?.code ?? null;
    languageProv = guess
      ? prov('inferred', `Not stated; it reads as ${guess.name}: ${guess.method}.`)
      : prov('unknown', 'Not stated, and the body is too short or too mixed to tell.');
  }

  if (language && language.split('-')[0] !== 'en') {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
    warnings.push({
      line: null,
      message: `Reads as ${name}; the date and event rules read English, so some dates and events may be missing.`,
    });
  }
  warnings.push(...fileNameWarnings(file));

  // --- Publication date (from this text alone) -----------------------------
  let published = statedPublication(file, fmData, statedDate, publishedLine, dateline, meta.stamp, warnings);
  if (published.basis === 'unknown' && meta.ambiguous) {
    const [d1, d2] = meta.ambiguous.days;
    published = {
      ...published,
      basis: 'inferred',
      earliest: d1,
      latest: d2,
      precision: 'window',
      line: meta.ambiguous.line,
      reason: `Line ${meta.ambiguous.line}, “${meta.ambiguous.text}”, gives a date that reads two ways (${d1} or ${d2}, as the day or the month comes first); the article was published on one of them, so no earlier than the first and no later than the second.`,
    };
  }

  const wordCount = countTokens(blocks.map((b) => b.text).join('\n'));
  return {
    slug: fmData.slug ?? articleSlug(title, input.bytes),
    seedFile: file,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    title,
    titleBasis,
    publisher: publisherName,
    author: authorName,
    credits,
    section: fmData.section ?? kicker?.text.trim() ?? null,
    tags: fmData.tags ?? tags,
    published,
    language,
    direction: textDirection(language, bodyText),
    dateline: dateline
      ? {
          place: dateline.match.place,
          date: dateline.match.date?.text ?? null,
          text: dateline.match.text,
          line: dateline.line,
        }
      : null,
    provenance: {
      title: titleProv,
      publisher: publisherProv,
      author: authorProv,
      credits: creditsProv,
      language: languageProv,
    },
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    blocks,
    removed,
    original,
    warnings,
    eventIds: [],
    related: [],
  };
}

/** English names of languages. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
// franc answers in ISO 639-3; the site uses the short BCP 47 code where there is one.
const ISO3_TO_1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  rus: 'ru',
  arb: 'ar',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
  tur: 'tr',
  pol: 'pl',
  ukr: 'uk',
  swe: 'sv',
  hin: 'hi',
  ind: 'id',
  vie: 'vi',
  hau: 'ha',
  swh: 'sw',
  bam: 'bm',
  ful: 'ff',
  wol: 'wo',
  fuv: 'ff',
};

// The commonest English function words. When they make up a large share of a text
// it is English, and the costly trigram comparison over every language is skipped.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with as was by it at from his her their has have had were be been are which this an its will said after'.split(
    ' ',
  ),
);
const ENGLISH_SHARE = 0.2;

/** Guesses the language of a text, with how; null when the text is too short or too mixed. */
export function detectLanguage(text: string): { code: string; name: string; method: string } | null {
  const ws = text
    .slice(0, 2000)
    .toLowerCase()
    .split(/[^\p{L}\p{N}’']+/u)
    .filter(Boolean);
  if (ws.length < 12) return null;
  const share = ws.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / ws.length;
  if (share >= ENGLISH_SHARE)
    return {
      code: 'en',
      name: 'English',
      method: `${Math.round(share * 100)}% of its first ${ws.length} words are common English function words (the, of, and…)`,
    };
  // Trigram statistics settle within a few hundred characters; the whole text costs far more and tells no more.
  const [best, second] = francAll(text.slice(0, 1200), { minLength: 40 });
  if (!best || best[0] === 'und') return null;
  if (second && best[1] - second[1] < 0.02 && best[1] < 1) return null;
  const code = ISO3_TO_1[best[0]] ?? best[0];
  return { code, name: LANGUAGE_NAMES.of(code) ?? code, method: 'trigram analysis (franc) of its opening' };
}

/** A publication day, with its window collapsed onto it. */
export function publishedOn(
  date: string,
  basis: Published['basis'],
  reason: string,
  line: number | null,
  extra: Partial<Published> = {},
): Published {
  return {
    date,
    time: null,
    timezone: null,
    basis,
    reason,
    line,
    corroboratedBy: null,
    earliest: date,
    latest: date,
    precision: 'day',
    ...extra,
  };
}

/** No publication date, with why. */
export function publishedUnknown(reason: string): Published {
  return {
    date: null,
    time: null,
    timezone: null,
    basis: 'unknown',
    reason,
    line: null,
    corroboratedBy: null,
    earliest: null,
    latest: null,
    precision: 'unknown',
  };
}

function statedPublication(
  file: string,
  fmData: FrontMatter,
  dateLine: { date: string; line: number } | null,
  publishedLine: {
    line: number;
    stamp: { date: string; time: string | null; timezone: string | null } | null;
    phrase: string;
  } | null,
  dateline: { match: DatelineMatch; line: number } | null,
  stamp: { line: number; verb: 'updated' | 'date'; stamp: Stamp; phrase: string } | null,
  warnings: Warning[],
): Published {
  if (fmData.date) {
    const [y, m, d] = fmData.date.split('-').map(Number) as [number, number, number];
    if (!isRealDate(y, m, d))
      throw new SeedError(
        file,
        2,
        `front matter “date” ${fmData.date} is not a calendar date.`,
        'correct the date (YYYY-MM-DD).',
      );
    return publishedOn(fmData.date, 'stated', 'Set in the seed’s front matter.', null);
  }
  const full = dateline?.match.date?.year ? dateline.match.date : null;
  const datelineDay =
    full && isRealDate(full.year!, full.month, full.day) ? `${full.year}-${pad2(full.month)}-${pad2(full.day)}` : null;
  const pub = publishedLine?.stamp;
  if (pub) {
    if (dateLine && dateLine.date !== pub.date) {
      warnings.push({
        line: publishedLine!.line,
        message: `The “Published:” line says ${pub.date} but the date line says ${dateLine.date}; the “Published:” line was used.`,
      });
    }
    if (datelineDay && datelineDay !== pub.date) {
      warnings.push({
        line: dateline!.line,
        message: `The dateline says ${datelineDay} but the publication stamp says ${pub.date}; the stamp was used.`,
      });
    }
    const agrees = dateLine && dateLine.date === pub.date ? `, and the date line on line ${dateLine.line} agrees` : '';
    return publishedOn(
      pub.date,
      'stated',
      `The line “${publishedLine!.phrase}” on line ${publishedLine!.line} gives the time of publication${agrees}.`,
      publishedLine!.line,
      { time: pub.time, timezone: pub.timezone },
    );
  }
  if (dateLine)
    return publishedOn(
      dateLine.date,
      'stated',
      `The date line on line ${dateLine.line} gives ${dateLine.date}.`,
      dateLine.line,
    );
  if (datelineDay)
    return publishedOn(
      datelineDay,
      'stated',
      `The dateline “${dateline!.match.text}” on line ${dateline!.line} gives ${datelineDay}.`,
      dateline!.line,
    );
  if (stamp) {
    const how = stamp.verb === 'updated' ? 'the only stamp, an update time' : 'a date line under the headline';
    return publishedOn(
      stamp.stamp.date,
      'stated',
      `Line ${stamp.line}, “${stamp.phrase}”, is ${how}; the article is dated to it.`,
      stamp.line,
      { time: stamp.stamp.time, timezone: stamp.stamp.timezone },
    );
  }
  if (dateline?.match.date) {
    return publishedUnknown(
      `The dateline “${dateline.match.text}” on line ${dateline.line} gives a day without a year; the year has to come from the text.`,
    );
  }
  return publishedUnknown('The text states no publication date.');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function addCredit(credits: Credit[], name: string, quote: string, at = credits.length): void {
  if (!credits.some((c) => c.name === name)) credits.splice(at, 0, { name, quote, anchor: '' });
}

/** A readable slug, transliterated from any script; an article whose title gives no letters gets one from its content hash. */
function articleSlug(title: string, bytes: Uint8Array): string {
  const slug = slugify(title);
  if (/[a-z]/.test(slug)) return slug;
  return `article-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}`;
}

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The writing direction: from the language when known, else from the script most letters are in. */
function textDirection(language: string | null, text: string): 'ltr' | 'rtl' {
  if (language && RTL_LANGUAGES.has(language.split('-')[0]!)) return 'rtl';
  const sample = text.slice(0, 2000);
  const rtl = (sample.match(/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  return letters && rtl / letters > 0.5 ? 'rtl' : 'ltr';
}

/** The name in a `Name | Tagline` first line (two short capitalised parts), or null. */
function siteWithTagline(line: string): string | null {
  const parts = line.split(/\s+\|\s+/);
  if (parts.length !== 2 || parts.some((p) => countTokens(p) > 5 || !/^\p{Lu}/u.test(p) || /[.!?,;:]$/.test(p)))
    return null;
  return parts[0]!;
}

/** A masthead without its edition (`Ege Haber — English Edition` → `Ege Haber`). */
function outletName(masthead: string): string {
  return masthead
    .replace(
      /\s+[—–|-]\s+(?:[\p{L}]+\s+){0,2}(?:edition|online|digital|english|international|weekend)(?:\s+[\p{L}]+){0,2}$/iu,
      '',
    )
    .trim();
}

/** True when a header line names the outlet a copyright line names (`Riverbend Daily` and `Riverbend Daily Media Ltd`). */
function sameOutlet(line: string, holder: string): boolean {
  const a = normalize(line).replace(/^the\s+/, '');
  const b = normalize(holder).replace(/^the\s+/, '');
  return a.length >= 3 && countTokens(line) <= 6 && (a === b || b.startsWith(`${a} `) || a.startsWith(`${b} `));
}

/** A line without the Markdown marks a text copied from a web page may keep (`# Headline`, `**By Jane Doe**`). */
function plainLine(text: string): string {
  return text
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(\*\*|__|\*|_)(.*\p{L}.*)\1$/u, '$2')
    .trim();
}

/** What the furniture pass found and kept. */
interface Furniture {
  /** Lines that are not furniture, in order. */
  kept: Line[];
  /** Credits from source lines. */
  credits: Credit[];
  /** Tags from `Tags:` lines. */
  tags: string[];
  /** The holder named by a copyright line. */
  copyright: { holder: string; line: number } | null;
  /** A CMS account name standing in for an author. */
  cmsAccount: { text: string; line: number } | null;
  /** `Name Published <date>` on one line. */
  nameStamp: {
    name: string | null;
    line: number;
    text: string;
    published: boolean;
    stamp: Stamp | null;
    phrase: string;
  } | null;
  /** The page's name, standing above its menu. */
  siteName?: { name: string; line: number };
  /** A numeric date that reads two ways (`09/10/2022`): the two days it can mean. */
  ambiguous?: { line: number; text: string; days: [string, string] };
  /** A publication stamp in another language. */
  published?: { line: number; stamp: Stamp; phrase: string };
  /** An update stamp or a bare date line. */
  stamp: { line: number; verb: 'updated' | 'date'; stamp: Stamp; phrase: string } | null;
}

/** Takes page furniture out of the text wherever it stands, recording each line in `removed`. */
function readFurniture(lines: readonly Line[], removed: RemovedLine[]): Furniture {
  const out: Furniture = {
    kept: [],
    credits: [],
    tags: [],
    copyright: null,
    cmsAccount: null,
    nameStamp: null,
    stamp: null,
  };
  let inList: 'any' | 'bullets' | null = null;
  let aboutAuthor = false;
  let contactLines = 0;
  // Runs of three or more menu-length lines, a good share of them menu words, are a navigation block,
  // section names included ("Home / Mekong / Energy / Search").
  const menu = new Set<number>();
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && isShortEntry(lines[j]!.text) && !isMasthead(lines[j]!.text)) j++;
    const run = lines.slice(i, j);
    if (run.length >= 3 && run.filter((l) => isMenuEntry(l.text)).length * 2.5 >= run.length)
      for (let k = i; k < j; k++) menu.add(k);
    i = j > i ? j : i + 1;
  }
  lines.forEach((l, i) => {
    const t = plainLine(l.text);
    const drop = (kind: RemovedLine['kind']) => removed.push({ line: l.n, text: l.text, kind });
    if (inList) {
      const bullet = /^(?:[-*•·▪►»◦‣–—]|\d{1,2}[.)])\s+\S/.test(t);
      if ((bullet || (inList === 'any' && isLinkListItem(t))) && !matchDateline(t) && !matchSignOff(t)) {
        if (bullet) inList = 'bullets';
        return drop('related-links');
      }
      inList = null;
    }
    const related = matchRelatedHeading(t);
    if (related) {
      // Before the body starts, only a bulleted list is taken with the heading: a headline may follow it.
      const bodyStarted = out.kept.some((k) => isProse(k.text));
      inList = !related.inline || /[:»>]$/.test(t) ? (bodyStarted ? 'any' : 'bullets') : null;
      return drop('related-links');
    }
    const bodyStarted = out.kept.some((k) => isProse(k.text));
    if (aboutAuthor) {
      aboutAuthor = false;
      if (isProse(t) || countTokens(t) > 8) return drop('author-bio');
    }
    if (/^(?:about the author|about this author|author bio)$/i.test(t)) {
      aboutAuthor = true;
      return drop('author-bio');
    }
    // A press release's boilerplate: "About <organisation>" and its paragraph after the body, "Media contact:" and the lines under it.
    if (bodyStarted && /^[Aa]bout\s+\p{Lu}[\p{L}\s&.-]{2,60}$/u.test(t) && countTokens(t) <= 7) {
      aboutAuthor = true;
      return drop('page-chrome');
    }
    if (
      /^(?:media|press|for more information,?)\s*(?:contacts?|enquiries|inquiries)?\s*:?$/i.test(t) &&
      /contact|enquir|inquir|information/i.test(t)
    ) {
      contactLines = 3;
      return drop('page-chrome');
    }
    if (contactLines > 0) {
      contactLines--;
      if (!isProse(t) && countTokens(t) <= 12) return drop('page-chrome');
      contactLines = 0;
    }
    if (menu.has(i) || isNavigationLine(t, bodyStarted)) {
      // The page's first line, a short name right above its menu, is the site's name.
      const first = lines[0]!;
      if (
        i === 1 &&
        out.kept.length === 1 &&
        out.kept[0] === first &&
        countTokens(first.text) <= 4 &&
        /^\p{Lu}/u.test(first.text.trim()) &&
        !/[.!?,:;]$/.test(first.text.trim())
      )
        out.siteName = { name: plainLine(first.text), line: first.n };
      return drop('navigation');
    }
    if (isPageChrome(t)) return drop('page-chrome');
    const source = !isProse(t) || countTokens(t) < 14 ? matchSourceLine(t) : null;
    if (source) {
      for (const name of source) addCredit(out.credits, name, `The source line “${t}” on line ${l.n}.`);
      // A feed's source line may carry the time of publication ("Source: X| 2023-06-08 21:04:17|Editor: …").
      const fields = t.split(/\s*\|\s*/).slice(1);
      const stamp = fields.map((f) => readStamp(f)).find((x) => x);
      if (stamp) out.stamp ??= { line: l.n, verb: 'date', stamp, phrase: fields.find((f) => readStamp(f))! };
      return drop('source-line');
    }
    const copyright = matchCopyright(t);
    if (copyright) {
      // An agency's copyright on its copy credits the agency; the outlet is whoever else holds a copyright here.
      const agency = agencyNamed(copyright.replace(/^(?:the|agencia|agence)\s+/i, '')) ?? agencyNamed(copyright);
      if (agency) addCredit(out.credits, agency, `The copyright line “${t}” on line ${l.n}.`);
      else out.copyright ??= { holder: copyright, line: l.n };
      return drop('copyright');
    }
    if (isCmsAccount(t)) {
      out.cmsAccount ??= { text: t, line: l.n };
      return drop('cms-account');
    }
    const top = out.kept.length < 6;
    const ns = top || i >= lines.length - 4 ? matchNameAndStamp(t) : null;
    if (ns && !out.nameStamp) {
      if (!ns.name) out.cmsAccount ??= { text: t.split(/\s+/)[0]!, line: l.n };
      out.nameStamp = {
        name: ns.name,
        line: l.n,
        text: t,
        published: ns.verb !== 'updated' && !!ns.stamp,
        stamp: ns.stamp,
        phrase: ns.phrase,
      };
      if (ns.verb === 'updated' && ns.stamp)
        out.stamp ??= { line: l.n, verb: 'updated', stamp: ns.stamp, phrase: ns.phrase };
      return drop(ns.name ? 'byline' : 'stamp');
    }
    const lone = agencyNamed(t.replace(/^\((.+)\)$/, '$1'));
    if (lone && countTokens(t) <= 4) {
      addCredit(out.credits, lone, `The agency line “${t}” on line ${l.n}.`);
      return drop('agency-tag');
    }
    // A row of share buttons on one line ("Share: Facebook | X | WhatsApp").
    const shareWord =
      /^(?:share|partager|compartir|compartilhar|teilen|condividi|delen|поделиться|شارك|分享|共有|envoyer|enviar|senden|invia|e-?mail|imprimer|imprimir|drucken)/i;
    const prefixed = /^[^:：]{1,30}[:：]\s*/.exec(t);
    const buttons = t
      .replace(/^share(?: this(?: article| story)?)?\s*:\s*/i, '')
      .split(/\s*[|•·,]\s*|\s{2,}/)
      .filter(Boolean);
    if (
      buttons.length >= 2 &&
      buttons.every((b) => isShareItem(b) || isPageChrome(b) || /^share (?:on|via) \S+$/i.test(b) || shareWord.test(b))
    )
      return drop('share-list');
    // "Share: Facebook | X", in any language: a share word, a colon and a row of short names.
    if (
      prefixed &&
      shareWord.test(t) &&
      t
        .slice(prefixed[0].length)
        .split(/\s*[|•·,]\s*/)
        .every((b) => countTokens(b) <= 2)
    )
      return drop('share-list');
    const foreign = matchForeignPublished(t);
    if (foreign) {
      if (foreign.verb === 'published') out.published ??= { line: l.n, stamp: foreign.stamp, phrase: foreign.phrase };
      else out.stamp ??= { line: l.n, verb: 'updated', stamp: foreign.stamp, phrase: foreign.phrase };
      return drop(foreign.verb === 'published' ? 'published-line' : 'stamp');
    }
    const twoWays = top && !isProse(t) && countTokens(t) <= 8 ? ambiguousDay(t) : null;
    if (twoWays && !readStamp(t)) {
      out.ambiguous ??= { line: l.n, text: t, days: twoWays };
      return drop('stamp');
    }
    const stamp = !isProse(t) ? matchStampLine(t) : null;
    if (stamp) {
      // An update stamp is used only when nothing better dates the article; a bare date only near the top.
      if (stamp.verb === 'updated' || top) {
        if (!out.stamp || (out.stamp.verb === 'date' && stamp.verb === 'updated')) out.stamp = { line: l.n, ...stamp };
        // A stamp line may name the source too ("2021-06-18 10:32　来源：新华社", "5 Nov 2020 18:30 Kyodo").
        const named =
          /(?:来源|出典|source)\s*[:：]\s*([^\s　|]+)/iu.exec(t)?.[1] ??
          t
            .split(/[\s　]+/)
            .map((w) => agencyNamed(w))
            .find(Boolean);
        const agency = named ? (agencyNamed(named) ?? null) : null;
        if (agency) addCredit(out.credits, agency, `The stamp line “${t}” on line ${l.n}.`);
        return drop('stamp');
      }
    }
    const tagPrefix =
      /^(?:tags?|tagged(?: with)?|topics?|filed under|posted in|categories|category|keywords|mots-clés|schlagwörter|themen|etiquetas|temas|теги|الكلمات المفتاحية)\s*:?\s+/i.exec(
        t,
      );
    const tagList = tagPrefix
      ? t
          .slice(tagPrefix[0].length)
          .split(/\s*[,;|·•]\s*/)
          .filter(Boolean)
      : null;
    if (tagList && tagList.length && tagList.every((x) => countTokens(x) <= 4)) {
      out.tags.push(...tagList);
      return drop('tag-line');
    }
    out.kept.push(l);
  });
  return out;
}
