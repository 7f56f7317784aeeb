/**
 * The cross-article analysis: what the sources agree and disagree on, derived
 * from the article records and the timeline alone, plus the story's gazetteer.
 */
import type { Article } from '../schema/article.ts';
import type { TimelineEvent } from '../schema/timeline.ts';
import { buildCoverage } from './coverage.ts';
import { extractEntities } from './entities.ts';
import { findEventDateDifferences } from './event-dates.ts';
import { extractFigures, groupFigures } from './figures.ts';
import { loadPlaceDataset, type PlaceDataset } from './place-data.ts';
import { resolvePlaces } from './places.ts';
import { eventsByPlace } from './event-places.ts';
import { findNameVariants, nameMentions } from './names.ts';
import { buildQuoteLedger } from './quotes.ts';
import type { Analysis } from '../schema/compare.ts';
import type { Gazetteer, MappedPlace } from '../schema/places.ts';
import { compareOrigins, ORIGIN_THRESHOLDS } from './similarity.ts';
import type { OriginResult } from './origin.ts';

/**
 * Runs every comparison over the articles and events; deterministic, reading nothing but the place datasets (once
 * per process). `origin` is the shared-origin pass when the corpus ran it already, to date undated articles.
 */
export function analyzeCorpus(
  articles: readonly Article[],
  events: readonly TimelineEvent[],
  gazetteer: Gazetteer,
  dataset: PlaceDataset = loadPlaceDataset(),
  origin?: OriginResult,
): Analysis {
  const resolution = resolvePlaces(articles, gazetteer.places, dataset);
  const isPlace = resolution.isPlace;
  const figures = groupFigures(articles.flatMap((a) => extractFigures(a, events)));
  const quotes = buildQuoteLedger(articles, isPlace);
  const entities = extractEntities(articles, resolution.places, isPlace);

  const mapped: MappedPlace[] = [];
  const placed = eventsByPlace(resolution.places, events);
  for (const p of resolution.places) {
    const e = entities.find((x) => x.kind === 'place' && x.name === p.name);
    if (e)
      mapped.push({ ...p, mentions: e.total, articles: Object.keys(e.counts).length, events: placed.get(p.name)! });
  }

  const origins = compareOrigins(articles, origin);
  return {
    figures,
    names: findNameVariants(nameMentions(articles, isPlace)),
    eventDates: findEventDateDifferences(events, new Map(articles.map((a) => [a.slug, a.published.date]))),
    coverage: buildCoverage(articles, events, figures, quotes),
    similarity: origins.pairs,
    originThresholds: ORIGIN_THRESHOLDS,
    families: origins.families,
    quotes,
    entities,
    mapFrame: gazetteer.frame ?? null,
    unnamedPlaces: gazetteer.places.filter((p) => !mapped.some((m) => m.name === p.name)).map((p) => p.name),
    places: mapped,
    unplacedPlaces: resolution.unplaced,
  };
}
