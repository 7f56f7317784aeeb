/**
 * The build log's account of the cross-article analysis. The analysis itself
 * does not go through the content layer: pages read it from the engine's run
 * (`sharedAnalysis` in corpus-cache.ts). The story loader reports it here, so a
 * bad gazetteer still fails the content sync with its file, line and fix.
 */
import type { LoaderContext } from 'astro/loaders';
import { GAZETTEER_FILE } from '../engine/read/seed-files';
import type { SeedsRun } from './corpus-cache';

/** Logs what the analysis found, or throws why it failed. */
export async function reportAnalysis(ctx: LoaderContext, run: SeedsRun): Promise<void> {
  const { analysis: result, gazetteer } = await run.analysis;
  if (!gazetteer.found) ctx.logger.info(`${gazetteer.file}: not found; places come from the datasets alone.`);
  if (!result.ok) throw new Error(result.message);
  const analysis = result.value;
  const differing = analysis.figures.filter((g) => g.differs).length;
  ctx.logger.info(
    `Analysis: ${analysis.figures.length} figure groups (${differing} differ), ${analysis.names.length} name spellings, ${analysis.eventDates.length} event dates differ, ${analysis.quotes.length} quotations, ${analysis.families.length} families of shared origin (${analysis.similarity.filter((p) => p.kind).length} pairs), ${analysis.places.length} places mapped, ${analysis.unplacedPlaces.length} named but not placed.`,
  );
  if (analysis.unnamedPlaces.length)
    ctx.logger.info(`${GAZETTEER_FILE}: not named in any article: ${analysis.unnamedPlaces.join(', ')}.`);
}
