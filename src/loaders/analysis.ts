/**
 * Astro object loader for the cross-article analysis: seeds folder → the
 * `analysis` collection, one entry (`analysis`). It reuses the engine run the
 * other collections share and reads the gazetteer next to the seeds.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { analyzeCorpus } from '../lib/compare';
import { GAZETTEER_FILE, parseGazetteer } from '../lib/compare/gazetteer';
import { Analysis } from '../lib/compare/schema';
import { loadSeeds } from './corpus-cache';
import { writeEntries, type SeedLoaderOptions } from './seeds';

/** Loads the analysis of the seeds into the `analysis` collection. */
export function analysisLoader(options: SeedLoaderOptions): Loader {
  return {
    name: 'seed-analysis',
    schema: Analysis,
    load: async (ctx) => {
      const dir = fileURLToPath(new URL(options.base.endsWith('/') ? options.base : `${options.base}/`, ctx.config.root));
      const { story, corpus } = await loadSeeds(dir);
      const file = join(dir, GAZETTEER_FILE);
      const text = await readFile(file, 'utf8').catch(() => {
        throw new Error(`${file} is missing. Fix: create it with \`frame:\` and \`places:\` (see README, “Story data”).`);
      });
      const analysis = analyzeCorpus(corpus.articles, corpus.events, story, parseGazetteer(text, GAZETTEER_FILE));
      const differing = analysis.figures.filter((g) => g.differs).length;
      ctx.logger.info(`${analysis.figures.length} figure groups (${differing} differ), ${analysis.names.length} name spellings, ${analysis.eventDates.length} event dates differ, ${analysis.quotes.length} quotations, ${analysis.similarity.filter((p) => p.nearDuplicate).length} near-duplicate pairs.`);
      if (analysis.unnamedPlaces.length) ctx.logger.info(`${GAZETTEER_FILE}: not named in any article: ${analysis.unnamedPlaces.join(', ')}.`);
      await writeEntries(ctx, [{ id: 'analysis', data: analysis, filePath: `${options.base.replace(/\/$/, '')}/${GAZETTEER_FILE}` }]);
    },
  } satisfies Loader;
}
