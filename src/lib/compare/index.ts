/**
 * The cross-article analysis: what the sources agree and disagree on, derived
 * from the article records and the timeline alone, plus the story's gazetteer.
 */
import type { Article, Story, TimelineEvent } from '../schema';
import { buildCoverage } from './coverage';
import { extractEntities } from './entities';
import { findEventDateDifferences } from './event-dates';
import { extractFigures, groupFigures } from './figures';
import { countryBounds, inFrame, renderMap, type MappedPlace } from './map-svg';
import { loadPlaceDataset, type PlaceDataset } from './place-data';
import { regionalFrame, resolvePlaces } from './places';
import { findNameVariants, nameMentions } from './names';
import { buildQuoteLedger } from './quotes';
import type { Analysis, Gazetteer } from './schema';
import { compareOrigins, ORIGIN_THRESHOLDS, type OriginComparison } from './similarity';
import type { OriginResult } from './origin';
import { renderTimelineChart } from './timeline-chart';

/** Runs every comparison over the articles and events; deterministic, reading nothing but the place datasets (once per process). */
export function analyzeCorpus(
  articles: readonly Article[],
  events: readonly TimelineEvent[],
  story: Story,
  gazetteer: Gazetteer,
  dataset: PlaceDataset = loadPlaceDataset(),
  origin?: OriginResult,
): Analysis {
  // The corpus pass may already have run the origin pass to date undated articles.
  return completeAnalysis(
    analysisWithoutOrigins(articles, events, story, gazetteer, dataset),
    compareOrigins(articles, origin),
  );
}

/** The analysis but for shared origin, which `compareOrigins` works out apart (another process may run it meanwhile). */
export type PartialAnalysis = Omit<Analysis, 'similarity' | 'originThresholds' | 'families'>;

/** Joins the two parts of the analysis. */
export function completeAnalysis(part: PartialAnalysis, origins: OriginComparison): Analysis {
  const { figures, names, eventDates, coverage, ...rest } = part;
  return {
    figures,
    names,
    eventDates,
    coverage,
    similarity: origins.pairs,
    originThresholds: ORIGIN_THRESHOLDS,
    families: origins.families,
    ...rest,
  };
}

/** Every comparison but shared origin. */
export function analysisWithoutOrigins(
  articles: readonly Article[],
  events: readonly TimelineEvent[],
  story: Story,
  gazetteer: Gazetteer,
  dataset: PlaceDataset,
): PartialAnalysis {
  const resolution = resolvePlaces(articles, gazetteer.places, dataset);
  const isPlace = resolution.isPlace;
  const figures = groupFigures(articles.flatMap((a) => extractFigures(a, events)));
  const quotes = buildQuoteLedger(articles, isPlace);
  const entities = extractEntities(articles, resolution.places, isPlace);

  const mapped: MappedPlace[] = [];
  for (const p of resolution.places) {
    const e = entities.find((x) => x.kind === 'place' && x.name === p.name);
    if (e) mapped.push({ ...p, mentions: e.total, articles: Object.keys(e.counts).length });
  }
  const frame = gazetteer.frame ?? regionalFrame(mapped, countryBounds) ?? [-180, -60, 180, 80];
  const inside = mapped.filter((p) => inFrame(p, frame));
  const outside = mapped.filter((p) => !inFrame(p, frame));

  return {
    figures,
    names: findNameVariants(nameMentions(articles, isPlace)),
    eventDates: findEventDateDifferences(events),
    coverage: buildCoverage(articles, events, figures, quotes),
    quotes,
    entities,
    mapSvg: renderMap(inside, {
      idPrefix: 'map-region',
      title: `Places named in the articles: the region (${inside.length} places)`,
      frame,
    }),
    worldMapSvg: outside.length
      ? renderMap(outside, {
          idPrefix: 'map-world',
          title: `Places named further away (${outside.length} places); the outlined box is the regional map`,
          outline: frame,
          width: 400,
          height: 240,
          minStep: 6,
        })
      : '',
    unnamedPlaces: gazetteer.places.filter((p) => !mapped.some((m) => m.name === p.name)).map((p) => p.name),
    places: mapped,
    unplacedPlaces: resolution.unplaced,
    timelineSvg: renderTimelineChart(events, story.focus),
  };
}
