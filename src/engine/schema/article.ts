/**
 * One article as the engine reads it from one seed: its fields, each with how
 * it is known, and its body. Every type the engine, the loaders and the pages
 * share is inferred from the zod schemas here and beside this file; there is
 * no second, hand-written interface.
 */
import { z } from 'astro/zod';
import { IsoDate } from './dates.ts';

/** How a field's value is known. */
export const FieldBasis = z.enum(['stated', 'inferred', 'unknown']);
export type FieldBasis = z.infer<typeof FieldBasis>;

/** Where a field's value came from, in words a reader understands. */
export const Provenance = z.object({
  /** Stated by the text, inferred with a reason, or unknown. */
  basis: FieldBasis,
  /** One or two sentences saying how the value was found, or why it is unknown. */
  reason: z.string().min(1),
  /** The 1-based line of the seed the value was read from, when there is one. */
  line: z.number().int().positive().nullable(),
});
export type Provenance = z.infer<typeof Provenance>;

/** One block of an article body, in reading order. */
export const Block = z.object({
  /** A paragraph of running text, or a subheading inside the body. */
  type: z.enum(['paragraph', 'subheading']),
  /** The block's text exactly as in the seed, trimmed. */
  text: z.string().min(1),
  /** A stable fragment id, unique within the article (`p-3`, `s-concerns-over-security`). */
  anchor: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The 1-based line of the seed the block starts on. */
  line: z.number().int().positive(),
});
export type Block = z.infer<typeof Block>;

/** What a stripped line was; the article page groups removed lines by this. */
export const RemovedKind = z.enum([
  'front-matter',
  'date-line',
  'masthead',
  'kicker',
  'headline',
  'byline',
  'published-line',
  'repeated-headline',
  'tag-line',
  'author-name',
  'author-bio',
  'comment-form',
  'share-list',
  'dateline',
  'stamp',
  'cms-account',
  'sign-off',
  'navigation',
  'related-links',
  'source-line',
  'agency-tag',
  'copyright',
  'caption',
  'page-chrome',
  'below-comments',
]);
export type RemovedKind = z.infer<typeof RemovedKind>;

/** A line (or the leading part of one) that is not body text. */
export const RemovedLine = z.object({
  /** The 1-based line number in the seed. */
  line: z.number().int().positive(),
  /** The text removed, exactly as received. */
  text: z.string(),
  /** What the line was recognised as. */
  kind: RemovedKind,
});
export type RemovedLine = z.infer<typeof RemovedLine>;

/** An agency the text credits with the reporting, with the words that credit it. */
export const Credit = z.object({
  /** The agency as the text names it, e.g. `AFP`. */
  name: z.string().min(1),
  /** The sentence that credits it, verbatim. */
  quote: z.string().min(1),
  /** The anchor of the paragraph holding that sentence. */
  anchor: z.string(),
});
export type Credit = z.infer<typeof Credit>;

/** When an article was published, and how we know. */
export const Published = z.object({
  /** The calendar date, or null when the text does not support one. */
  date: IsoDate.nullable(),
  /** The local time as stated (`11:27`), 24-hour. */
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  /** The time zone as stated (`EST`). */
  timezone: z.string().nullable(),
  /** Stated by the text, inferred with a reason, or unknown. */
  basis: FieldBasis,
  /** How the date was found, or why it is unknown. */
  reason: z.string().min(1),
  /** The seed line the date was read from, when stated. */
  line: z.number().int().positive().nullable(),
  /** For a date inferred from another article: that article's slug. */
  corroboratedBy: z.string().nullable(),
  /** First day the article can have been published (equals `date` when the day is known); null when unbounded. */
  earliest: IsoDate.nullable(),
  /** Last day the article can have been published; null when unbounded. */
  latest: IsoDate.nullable(),
  /** How finely the publication is known: a day, a window closed on both sides, a window open on one side, or not at all. */
  precision: z.enum(['day', 'window', 'open', 'unknown']),
});
export type Published = z.infer<typeof Published>;

/** A problem found in a seed that did not stop it from being included. */
export const Warning = z.object({
  /** The 1-based line it concerns, when it concerns one. */
  line: z.number().int().positive().nullable(),
  /** What is wrong and what to do about it. */
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

/** One article, parsed from one seed file. */
export const Article = z.object({
  /** Stable, readable, unique URL segment. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** The seed's file name, as received. */
  seedFile: z.string().min(1),
  /** SHA-256 of the seed's raw bytes, hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The headline, or one derived from the lede. */
  title: z.string().min(1),
  /** `stated` when the text has a headline, `derived` when it was taken from the lede. */
  titleBasis: z.enum(['stated', 'derived']),
  /** The outlet, when the text names it in a masthead; null otherwise. */
  publisher: z.string().nullable(),
  /** The byline's name, or null. */
  author: z.string().nullable(),
  /** Agencies the text credits with the reporting. */
  credits: z.array(Credit),
  /** The section, from a kicker line, or null. */
  section: z.string().nullable(),
  /** Tags from trailing tag lines. */
  tags: z.array(z.string()),
  /** Publication date with its basis and reason. */
  published: Published,
  /** BCP 47 language code (`en`), or null when unknown. */
  language: z.string().nullable(),
  /** Writing direction of the text, from its script. */
  direction: z.enum(['ltr', 'rtl']),
  /** The article's address where it was published (canonical link, recorded address or front matter), or null. */
  url: z.string().url().nullable(),
  /** A wire dateline at the head of the lede, when there is one. */
  dateline: z
    .object({
      /** The place as written (`KAMPALA`, `Lagos, Nigeria`). */
      place: z.string().min(1),
      /** The date as written, when the dateline has one. */
      date: z.string().nullable(),
      /** The dateline exactly as received. */
      text: z.string().min(1),
      /** The seed line it is on. */
      line: z.number().int().positive(),
    })
    .nullable(),
  /** How title, publisher, author, credits and language are known. */
  provenance: z.object({
    title: Provenance,
    publisher: Provenance,
    author: Provenance,
    credits: Provenance,
    language: Provenance,
    url: Provenance,
  }),
  /** Words in the body. */
  wordCount: z.number().int().nonnegative(),
  /** Reading time at 230 words a minute, at least 1. */
  readingMinutes: z.number().int().positive(),
  /** The body in reading order. */
  blocks: z.array(Block),
  /** Lines taken out of the body, with what they were recognised as. */
  removed: z.array(RemovedLine),
  /** The seed text as received (decoded, line endings untouched). */
  original: z.string(),
  /** Problems that did not stop the article from being included. */
  warnings: z.array(Warning),
  /** Ids of the timeline events this article supports. */
  eventIds: z.array(z.string()),
  /** Other articles to suggest beside this one: most shared events first, then nearest in date. */
  related: z.array(z.object({ slug: z.string(), sharedEvents: z.number().int().nonnegative() })),
});
export type Article = z.infer<typeof Article>;

/** Optional YAML front matter at the top of a seed; each key overrides what the text says. */
export const FrontMatter = z
  .object({
    /** The headline. */
    title: z.string().min(1),
    /** The outlet. */
    publisher: z.string().min(1),
    /** The author. */
    author: z.string().min(1),
    /** Publication date, YYYY-MM-DD. */
    date: IsoDate,
    /** BCP 47 language code. */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'expected a language code such as en or fr'),
    /** Section or kicker. */
    section: z.string().min(1),
    /** Tags. */
    tags: z.array(z.string().min(1)),
    /** Agencies credited with the reporting. */
    credits: z.array(z.string().min(1)),
    /** The article's address where it was published. */
    url: z.string().regex(/^https?:\/\/\S+$/, 'expected an address starting with http:// or https://'),
    /** The URL slug. */
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase words joined by hyphens'),
  })
  .partial()
  .strict();
export type FrontMatter = z.infer<typeof FrontMatter>;
