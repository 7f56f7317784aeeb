/**
 * The article stage: one seed's bytes in, one article record out. `read/` turns the bytes into numbered lines; here
 * the zones of the text are read in order (`zones.ts`, with each zone's readers in `configuration.ts`), then the
 * deciders settle each field from what the readers found (`deciders/`). The publication date is settled here when
 * the text states it; dates that need the rest of the collection are settled by `timeline/corpus.ts`.
 */
import { createHash } from 'node:crypto';
import type { SeedInput } from '../read/decode.ts';
import { isHtmlFile, readHtmlSeed } from '../read/html/page.ts';
import { readSeedText, type SeedText } from '../read/seed.ts';
import { fileNameWarnings } from '../read/warnings.ts';
import type { Article } from '../schema/article.ts';
import { slugify } from '../text/slug.ts';
import { countTokens } from '../text/words.ts';
import { bodyBlocks, requireSentence } from './body.ts';
import { decideAuthor } from './deciders/author.ts';
import { decideCredits } from './deciders/credits.ts';
import { textDirection } from './deciders/direction.ts';
import { bodyText, decideLanguage } from './deciders/language.ts';
import { decidePublication } from './deciders/publication.ts';
import { decidePublisher } from './deciders/publisher.ts';
import { decideTitle } from './deciders/title.ts';
import { decideUrl, withPagePublication, withPageValue } from './deciders/page-metadata.ts';
import { newFindings, type Findings } from './findings.ts';
import { readBody, readFirstLine, readFooter, readFurniture, readHeader, readLede, readStandfirst } from './zones.ts';

/** Words a minute used for reading time. */
export const WORDS_PER_MINUTE = 230;

/** Limits and context for parsing. */
export interface ParseOptions {
  /** Reject seeds larger than this many bytes. */
  maxBytes?: number;
}

/** Reads a seed's bytes as numbered lines: a saved web page through its extractor, any other seed as text. */
export function readSeed(input: SeedInput, options: ParseOptions = {}): SeedText {
  return isHtmlFile(input.file) ? readHtmlSeed(input) : readSeedText(input, options.maxBytes);
}

/** Parses one seed; throws `SeedError` for input that cannot be an article (binary, not UTF-8, empty, bad dates). */
export function parseArticle(input: SeedInput, options: ParseOptions = {}): Article {
  const seed = readSeed(input, options);
  const { file, frontMatter } = seed;
  const found = newFindings(seed.removed, seed.warnings);

  const lines = readFirstLine(file, seed.lines, found).filter((l) => l.text.trim() !== '');
  const kept = readFurniture(lines, found);
  const { header, rest } = readLede(kept, found);
  const unplaced = readHeader(header, found);
  const below = readStandfirst(rest, found);
  // Header lines that fit no rule stay in the body rather than vanish.
  const body = bodyBlocks(readFooter(readBody([...unplaced, ...below], found), found));
  requireSentence(file, body, (header[0] ?? rest[0])?.n ?? 1);

  const { page } = seed;
  const title = withPageValue(decideTitle(found, frontMatter, body), page?.title, 'headline', !!frontMatter.title);
  const titleBasis = title.decision.provenance.basis === 'inferred' ? 'derived' : 'stated';
  const publisher = withPageValue(
    decidePublisher(found, frontMatter),
    page?.publisher,
    'outlet',
    !!frontMatter.publisher,
  );
  const author = withPageValue(decideAuthor(found, frontMatter), page?.author, 'author', !!frontMatter.author);
  const credits = decideCredits(found, frontMatter, body);
  const language = decideLanguage(found, frontMatter, body);
  const languageStated = withPageValue(language, page?.language, 'language', !!frontMatter.language);
  const published = withPagePublication(decidePublication(file, found, frontMatter, language.value), page, frontMatter);
  const url = decideUrl(page, frontMatter);
  const stated = [title, publisher, author, languageStated];
  const wordCount = countTokens(body.blocks.map((b) => b.text).join('\n'));
  return {
    slug: frontMatter.slug ?? articleSlug(title.decision.value!, input.bytes),
    seedFile: file,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    title: title.decision.value!,
    titleBasis,
    publisher: publisher.decision.value,
    author: author.decision.value,
    credits: credits.value,
    section: frontMatter.section ?? found.kicker?.text.trim() ?? null,
    tags: frontMatter.tags ?? found.tags,
    published: published.value,
    language: languageStated.decision.value,
    direction: textDirection(languageStated.decision.value, bodyText(body)),
    url: url.value,
    dateline: articleDateline(found.dateline),
    provenance: {
      title: title.decision.provenance,
      publisher: publisher.decision.provenance,
      author: author.decision.provenance,
      credits: credits.provenance,
      language: languageStated.decision.provenance,
      url: url.provenance,
    },
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    blocks: body.blocks,
    removed: found.removed.sort((a, b) => a.line - b.line),
    original: seed.original,
    warnings: [
      ...found.warnings,
      ...stated.flatMap((s) => s.warnings),
      ...language.warnings,
      ...fileNameWarnings(file),
      ...published.warnings,
    ],
    eventIds: [],
    related: [],
  };
}

/** The wire dateline as the article keeps it. */
function articleDateline(dateline: Findings['dateline']): Article['dateline'] {
  return dateline
    ? {
        place: dateline.match.place,
        date: dateline.match.date?.text ?? null,
        text: dateline.match.text,
        line: dateline.line,
      }
    : null;
}

/** A readable slug, transliterated from any script; an article whose title gives no letters gets one from its content hash. */
function articleSlug(title: string, bytes: Uint8Array): string {
  const slug = slugify(title);
  if (/[a-z]/.test(slug)) return slug;
  return `article-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}`;
}
