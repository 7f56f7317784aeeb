/** Dates as the records write them. */
import { z } from 'astro/zod';

/** A calendar date written as YYYY-MM-DD. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD');

/** How finely an event's date is known. */
export const DatePrecision = z.enum(['day', 'week', 'month', 'season', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;
