/**
 * The records of the cross-article analysis: figures, name spellings, event
 * dates, coverage, quotations and entities, with shared origin and places
 * from their own files. Types are inferred from these schemas; the loader
 * validates against them.
 */
import { z } from 'astro/zod';
import { IsoDate, DatePrecision } from './dates.ts';
import { OriginFamily, OriginThresholds, SimilarityPair } from './origin.ts';
import { MappedPlace, UnplacedName } from './places.ts';

/** Where in an article a statement is: the article, its paragraph and the sentence, verbatim. */
export const Locator = z.object({
  /** The article's slug. */
  slug: z.string(),
  /** The paragraph's anchor. */
  anchor: z.string(),
  /** The sentence, verbatim. */
  quote: z.string().min(1),
});
export type Locator = z.infer<typeof Locator>;

/** How a figure is hedged in the text. */
export const Qualifier = z.enum(['exact', 'about', 'more-than', 'less-than']);
export type Qualifier = z.infer<typeof Qualifier>;

/** What a figure measures about the things it counts. */
export const Measure = z.enum(['killed', 'injured', 'strength', 'departed']);
export type Measure = z.infer<typeof Measure>;

/** The kind of thing a figure counts. */
export const CountedKind = z.enum(['personnel', 'people', 'positions']);
export type CountedKind = z.infer<typeof CountedKind>;

/** The date a figure holds for: stated in the sentence (`As of Friday`), else the article's publication date. */
export const AsOf = z.object({
  /** The date, or null when neither the text nor the article gives one. */
  date: IsoDate.nullable(),
  /** `stated` when the sentence dates the figure, `published` when it is the article's date. */
  basis: z.enum(['stated', 'published', 'unknown']),
  /** The temporal expression as written, when stated. */
  expression: z.string().nullable(),
});
export type AsOf = z.infer<typeof AsOf>;

/** One quantity as one article gives it. */
export const Figure = Locator.extend({
  /** The number, with thousands separators removed. */
  value: z.number().nonnegative(),
  /** How the text hedges it. */
  qualifier: Qualifier,
  /** The figure's words as written, from the hedge to what it counts (`about 180 peacekeeping personnel lost their lives in hostile acts`). */
  wording: z.string().min(1),
  /** The noun counted, as written (`peacekeepers`), or null when the text leaves it implied. */
  noun: z.string().nullable(),
  /** The kind of thing counted. */
  counts: CountedKind,
  /** What is measured about it. */
  measure: Measure,
  /** A phrase limiting what is counted (`in hostile acts`, `during its tenure`), as written, or null. */
  scope: z.string().nullable(),
  /** The date the figure holds for. */
  asOf: AsOf,
});
export type Figure = z.infer<typeof Figure>;

/** One value of a quantity with every article that gives it. */
export const FigureVariant = z.object({
  /** The number. */
  value: z.number(),
  /** The figures giving it (each with its own wording, hedge and scope). */
  figures: z.array(Figure).min(1),
});
export type FigureVariant = z.infer<typeof FigureVariant>;

/** The same quantity across articles: one kind counted, one measure. */
export const FigureGroup = z.object({
  /** Stable id (`personnel-killed`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** What is counted, in words (`Personnel killed`). */
  label: z.string(),
  /** The kind counted. */
  counts: CountedKind,
  /** The measure. */
  measure: Measure,
  /** The distinct values, smallest first. */
  variants: z.array(FigureVariant).min(1),
  /** True when the articles give more than one value. */
  differs: z.boolean(),
  /** Why the values may differ, from the text: differing scopes or dates; null when they agree. */
  note: z.string().nullable(),
  /** Number of distinct articles giving the quantity. */
  articleCount: z.number().int().positive(),
});
export type FigureGroup = z.infer<typeof FigureGroup>;

/** A person as one article names them, with the role the text gives. */
export const NameMention = Locator.extend({
  /** The name as written. */
  name: z.string().min(1),
  /** The role as written (`the head of the UN mission`), or null. */
  role: z.string().nullable(),
});
export type NameMention = z.infer<typeof NameMention>;

/** One person whose name is spelled differently across articles. */
export const NameVariant = z.object({
  /** Stable id. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The spellings, each with where it is written and the role given. */
  spellings: z.array(NameMention).min(2),
  /** Letters that must change to turn one spelling into the other (Levenshtein distance). */
  distance: z.number().int().positive(),
  /** The role words the articles share (`head`). */
  sharedRole: z.array(z.string()).min(1),
});
export type NameVariant = z.infer<typeof NameVariant>;

/** One date an article gives for an event. */
export const DatedClaim = z.object({
  /** The timeline event holding the claim. */
  eventId: z.string(),
  /** First day. */
  start: IsoDate,
  /** Last day. */
  end: IsoDate,
  /** Precision of the window. */
  precision: DatePrecision,
  /** The citations that give this date. */
  sources: z.array(Locator.extend({ expression: z.string() })).min(1),
});
export type DatedClaim = z.infer<typeof DatedClaim>;

/** The same act dated differently by different articles. */
export const EventDateDifference = z.object({
  /** Stable id. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** `conflict` when the windows do not overlap, `precision` when one lies inside the other. */
  kind: z.enum(['conflict', 'precision']),
  /** The kinds of act both sides name (`end`, `demand`). */
  acts: z.array(z.string()).min(1),
  /** The two dates, earlier first. */
  claims: z.array(DatedClaim).length(2),
});
export type EventDateDifference = z.infer<typeof EventDateDifference>;

/** One row of the coverage matrix: an event and where each article reports it. */
export const CoverageRow = z.object({
  /** The event's id. */
  eventId: z.string(),
  /** The event's label. */
  label: z.string(),
  /** First day of its window. */
  start: IsoDate,
  /** Last day. */
  end: IsoDate,
  /** Precision. */
  precision: DatePrecision,
  /** Per article slug (in column order): the anchors that report it, empty when it does not. */
  cells: z.array(z.array(z.string())),
  /** Number of articles reporting it. */
  count: z.number().int().positive(),
});
export type CoverageRow = z.infer<typeof CoverageRow>;

/** What one article alone contributes. */
export const Contribution = z.object({
  /** The article's slug. */
  slug: z.string(),
  /** Events no other article reports. */
  events: z.array(z.string()),
  /** Figure values no other article gives (group id and value). */
  figures: z.array(z.object({ group: z.string(), value: z.number(), wording: z.string() })),
  /** Quotations no other article carries (ledger ids). */
  quotes: z.array(z.string()),
});
export type Contribution = z.infer<typeof Contribution>;

/** Events × articles. */
export const Coverage = z.object({
  /** Article slugs, in column order (publication date, then slug). */
  columns: z.array(z.string()),
  /** One row per event, in date order. */
  rows: z.array(CoverageRow),
  /** What each article alone contributes, in column order. */
  contributions: z.array(Contribution),
  /** Articles left out of the columns in a large collection (see MATRIX_MAX_COLUMNS). */
  omitted: z.number().int().nonnegative(),
});
export type Coverage = z.infer<typeof Coverage>;

/** A direct quotation of a speaker, once however many articles carry it. */
export const QuoteEntry = z.object({
  /** Stable id (`q-…`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The quoted words without quotation marks, or the reported clause. */
  text: z.string().min(1),
  /** A direct quotation, or reported speech. */
  type: z.enum(['direct', 'reported']),
  /** The speaker as the sentence names them; null when the attribution is not explicit. */
  speaker: z.string().min(1).nullable(),
  /** The speaker's role as the text gives it, or null. */
  role: z.string().nullable(),
  /** Every sentence carrying it. */
  sources: z.array(Locator).min(1),
});
export type QuoteEntry = z.infer<typeof QuoteEntry>;

/** The kinds of named entity. */
export const EntityKind = z.enum(['person', 'organisation', 'place']);
export type EntityKind = z.infer<typeof EntityKind>;

/** A person, organisation or place with how often each article names it. */
export const Entity = z.object({
  /** Stable id. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Person, organisation or place. */
  kind: EntityKind,
  /** The fullest name the articles use. */
  name: z.string().min(1),
  /** Every other form seen (`UN`, `U.N.`), sorted. */
  forms: z.array(z.string()),
  /** Mentions per article slug, only articles that name it. */
  counts: z.record(z.string(), z.number().int().positive()),
  /** Total mentions. */
  total: z.number().int().positive(),
});
export type Entity = z.infer<typeof Entity>;

/** Everything the comparison pages show. */
export const Analysis = z.object({
  /** Quantities grouped across articles. */
  figures: z.array(FigureGroup),
  /** People whose names are spelled differently. */
  names: z.array(NameVariant),
  /** Acts dated differently. */
  eventDates: z.array(EventDateDifference),
  /** The coverage matrix. */
  coverage: Coverage,
  /** Scored pairs of articles: flagged first, then the rest, strongest first. */
  similarity: z.array(SimilarityPair),
  /** The thresholds that flag a pair. */
  originThresholds: OriginThresholds,
  /** Families of articles that carry one report. */
  families: z.array(OriginFamily),
  /** The quote ledger. */
  quotes: z.array(QuoteEntry),
  /** People, organisations and places. */
  entities: z.array(Entity),
  /** The regional map's extent, `[west, south, east, north]`, when places.yaml fixes it (`frame`); otherwise the site works it out from the places. */
  mapFrame: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  /** Gazetteer places the articles never name. */
  unnamedPlaces: z.array(z.string()),
  /** Every place on the maps, with where its coordinates come from. */
  places: z.array(MappedPlace),
  /** Names used where a place goes that could not be placed, with the reason. */
  unplacedPlaces: z.array(UnplacedName),
});
export type Analysis = z.infer<typeof Analysis>;
