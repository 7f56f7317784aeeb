/** Shared set-up for the comparison tests: the seeds' analysis and fixture readers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeCorpus } from '../../../src/engine/compare/analyze.ts';
import { parseGazetteer } from '../../../src/engine/read/gazetteer.ts';
import type { Analysis } from '../../../src/engine/schema/compare.ts';
import type { Gazetteer } from '../../../src/engine/schema/places.ts';
import { SEEDS_DIR, seedCorpus } from '../../helpers.ts';

/** The comparison fixtures folder. */
export const COMPARE_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'compare');

/** A fixture file's text. */
export function fixture(name: string): string {
  return readFileSync(join(COMPARE_FIXTURES, name), 'utf8');
}

/** The story's gazetteer. */
export function seedGazetteer(): Gazetteer {
  return parseGazetteer(readFileSync(join(SEEDS_DIR, 'places.yaml'), 'utf8'));
}

let cached: Analysis | null = null;
/** The analysis of the real seeds. */
export function seedAnalysis(): Analysis {
  const corpus = seedCorpus();
  cached ??= analyzeCorpus(corpus.articles, corpus.events, seedGazetteer());
  return cached;
}

/** The slug of the seed whose file name starts with a prefix (`000`). */
export function slugOf(prefix: string): string {
  return seedCorpus().articles.find((a) => a.seedFile.startsWith(prefix))!.slug;
}
