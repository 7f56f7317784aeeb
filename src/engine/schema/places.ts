/** Places: the story's overrides (`places.yaml`) and the places the articles name. */
import { z } from 'astro/zod';

/** A place in the gazetteer, as read from the story data. */
export const Place = z.object({
  /** The name used on the site. */
  name: z.string().min(1),
  /** Other names and adjectives the text may use (`Kenyan`). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Latitude, degrees north. */
  lat: z.number().min(-90).max(90),
  /** Longitude, degrees east. */
  lon: z.number().min(-180).max(180),
  /** What kind of place it is; countries are shaded on the map. */
  kind: z.enum(['country', 'region', 'city', 'site']),
  /** ISO 3166-1 alpha-2 code of the country it is, or lies in, when known. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional(),
  /** ISO 3166-1 numeric code of a country, which names its outline in world-atlas. */
  isoNumeric: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
  /** Where the coordinates come from: the story's places.yaml or the place datasets. */
  source: z.enum(['places.yaml', 'dataset']).default('places.yaml'),
});
export type Place = z.infer<typeof Place>;

/** The gazetteer file: optional overrides and additions to the place datasets. */
export const Gazetteer = z
  .object({
    /** A fixed extent for the regional map, [west, south, east, north] in degrees; by default it is computed from the places found. */
    frame: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
    /** Places the datasets lack (regions, sites) or place wrongly for this story. */
    places: z.array(Place).default([]),
  })
  .strict();
export type Gazetteer = z.infer<typeof Gazetteer>;

/** A name the articles use where a place goes that could not be placed. */
export const UnplacedName = z.object({
  /** The name as written. */
  name: z.string().min(1),
  /** Why it has no marker, in words. */
  reason: z.string().min(1),
  /** The articles that use it. */
  slugs: z.array(z.string()),
});
export type UnplacedName = z.infer<typeof UnplacedName>;

/** A place on the maps, with how often the articles name it. */
export const MappedPlace = Place.extend({
  /** Mentions across all articles. */
  mentions: z.number().int().positive(),
  /** Number of articles naming it. */
  articles: z.number().int().positive(),
  /** Ids of the timeline events one of whose supporting sentences names it: what happened there, as the text says. */
  events: z.array(z.string()).default([]),
});
export type MappedPlace = z.infer<typeof MappedPlace>;
