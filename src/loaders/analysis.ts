/**
 * Astro object loader for the cross-article analysis: seeds folder → the
 * `analysis` collection, one entry (`analysis`). The engine's run, which the
 * other collections share, computes it with the gazetteer next to the seeds.
 */
import type { Loader } from 'astro/loaders';
import { GAZETTEER_FILE } from '../lib/compare/gazetteer';
import { Analysis } from '../lib/compare/schema';
import { reloadOnChange, seedsFor, writeEntries, type SeedLoaderOptions } from './seeds';

/** Loads the analysis of the seeds into the `analysis` collection. */
export function analysisLoader(options: SeedLoaderOptions): Loader {
  return {
    name: 'seed-analysis',
    schema: Analysis,
    load: async (ctx) => {
      const run = async () => {
        const { analysis: result, gazetteer } = await seedsFor(ctx, options).analysis;
        if (!gazetteer.found) ctx.logger.info(`${gazetteer.file}: not found; places come from the datasets alone.`);
        if (!result.ok) throw new Error(result.message);
        const analysis = result.value;
        const differing = analysis.figures.filter((g) => g.differs).length;
        ctx.logger.info(`${analysis.figures.length} figure groups (${differing} differ), ${analysis.names.length} name spellings, ${analysis.eventDates.length} event dates differ, ${analysis.quotes.length} quotations, ${analysis.families.length} families of shared origin (${analysis.similarity.filter((p) => p.kind).length} pairs), ${analysis.places.length} places mapped, ${analysis.unplacedPlaces.length} named but not placed.`);
        if (analysis.unnamedPlaces.length) ctx.logger.info(`${GAZETTEER_FILE}: not named in any article: ${analysis.unnamedPlaces.join(', ')}.`);
        await writeEntries(ctx, [{ id: 'analysis', data: analysis, filePath: gazetteer.file }]);
      };
      // In `astro dev`, load again whenever a file in the seeds folder changes.
      reloadOnChange(ctx, options, run);
      await run();
    },
  } satisfies Loader;
}
