/**
 * Astro object loader for the cross-article analysis: seeds folder → the
 * `analysis` collection, one entry (`analysis`). It reuses the engine run the
 * other collections share and reads the gazetteer next to the seeds.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { analyzeCorpus } from '../lib/compare';
import { GAZETTEER_FILE, parseGazetteer } from '../lib/compare/gazetteer';
import { Analysis, type Gazetteer } from '../lib/compare/schema';
import { reloadOnChange, seedPath, seedsFor, writeEntries, type SeedLoaderOptions } from './seeds';

/** Loads the analysis of the seeds into the `analysis` collection. */
export function analysisLoader(options: SeedLoaderOptions): Loader {
  return {
    name: 'seed-analysis',
    schema: Analysis,
    load: async (ctx) => {
      const run = async () => {
        const { story, corpus } = await seedsFor(ctx, options);
        const file = seedPath(ctx, options, GAZETTEER_FILE);
        const absolute = isAbsolute(file) ? file : fileURLToPath(new URL(file, ctx.config.root));
        // The gazetteer is optional: places still come from the datasets, with no overrides.
        const text = await readFile(absolute, 'utf8').catch(() => null);
        if (text === null) ctx.logger.info(`${file}: not found; places come from the datasets alone.`);
        const gazetteer: Gazetteer = text === null ? { places: [] } : parseGazetteer(text, file);
        const analysis = analyzeCorpus(corpus.articles, corpus.events, story, gazetteer, undefined, corpus.origin ?? undefined);
        const differing = analysis.figures.filter((g) => g.differs).length;
        ctx.logger.info(`${analysis.figures.length} figure groups (${differing} differ), ${analysis.names.length} name spellings, ${analysis.eventDates.length} event dates differ, ${analysis.quotes.length} quotations, ${analysis.families.length} families of shared origin (${analysis.similarity.filter((p) => p.kind).length} pairs), ${analysis.places.length} places mapped, ${analysis.unplacedPlaces.length} named but not placed.`);
        if (analysis.unnamedPlaces.length) ctx.logger.info(`${GAZETTEER_FILE}: not named in any article: ${analysis.unnamedPlaces.join(', ')}.`);
        await writeEntries(ctx, [{ id: 'analysis', data: analysis, filePath: file }]);
      };
      // In `astro dev`, load again whenever a file in the seeds folder changes.
      reloadOnChange(ctx, options, run);
      await run();
    },
  } satisfies Loader;
}
