/** The timeline: dated events merged across articles, each citing its sentences, and the key moments. */
import { z } from 'astro/zod';
import { IsoDate, DatePrecision } from './dates.ts';

/** What an event's sources claim: it happened, it is planned, it is due by a deadline, or a state stood on a day. */
export const EventKind = z.enum(['happened', 'planned', 'deadline', 'status']);
export type EventKind = z.infer<typeof EventKind>;

/** A sentence that supports an event. */
export const Citation = z.object({
  /** The article's slug. */
  slug: z.string(),
  /** The supporting sentence, verbatim. */
  quote: z.string().min(1),
  /** A short verbatim part of the quote around the date, for display. */
  excerpt: z.string().min(1),
  /** The anchor of the paragraph holding the sentence. */
  anchor: z.string(),
  /** The temporal expression as written (`last week`). */
  expression: z.string(),
  /** How the expression was turned into dates, in words. */
  resolution: z.string(),
  /** The window this sentence alone gives (it equals the event's when merged). */
  start: IsoDate,
  /** Last day of that window. */
  end: IsoDate,
  /** True when the sentence gives only a start (`after January 1`): the window runs on from `start`. */
  openEnd: z.boolean(),
  /** What this sentence claims about the date: happened, planned, a deadline or a status. */
  kind: EventKind,
  /**
   * `undated`: the article states no day of its own, so the sentence could not date the event; it tells the act
   * other articles date, and supports the event without moving its date (`timeline/supporting.ts`).
   * `coarser`: the sentence dates the same act less precisely ("in September" for 13 September); it agrees with
   * the event's date and does not set it (`timeline/merge.ts`).
   */
  support: z.enum(['undated', 'coarser']).optional(),
});
export type Citation = z.infer<typeof Citation>;

/** One dated event, merged across the articles that report it. */
export const TimelineEvent = z.object({
  /** Stable id: date window plus label words (`2023-12-31-mission-concluded`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** First day of the window. */
  start: IsoDate,
  /** Last day of the window. */
  end: IsoDate,
  /** How finely the date is known. */
  precision: DatePrecision,
  /** True when the event has a start and no end (`after January 1`: from 1 Jan on). */
  openEnd: z.boolean(),
  /** One supporting sentence (or its clauses that tell the act, each cut marked `…`), with a leading pronoun's
   * antecedent and the dates of relative time words added in square brackets. */
  label: z.string().min(1),
  /** Which citation the label was taken from (index into `sources`). */
  labelSource: z.number().int().nonnegative(),
  /** Inside the story's focus window, or background. */
  inFocus: z.boolean(),
  /** Every supporting sentence. */
  sources: z.array(Citation).min(1),
  /** What the sources claim: `happened` when any of them tells it as done, else planned, deadline or status. */
  kind: EventKind,
  /** Distinct articles citing it. */
  reports: z.number().int().positive(),
  /** Distinct origins among them: articles that carry one report (a shared-origin family) count once. */
  independent: z.number().int().positive(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

/** A key moment: one of the few events most sources report, told in one line (see `key-moments.ts`). */
export const KeyMomentRecord = z.object({
  /** The event's id in the `events` collection. */
  eventId: z.string(),
  /** Its place among the key moments, in date order (0 first). */
  order: z.number().int().nonnegative(),
  /** Distinct articles reporting it. */
  sources: z.number().int().positive(),
  /** The event's label, the same words every page uses for it. */
  line: z.string().min(1),
  /** The supporting sentence the label comes from. */
  citation: Citation,
});
export type KeyMomentRecord = z.infer<typeof KeyMomentRecord>;
