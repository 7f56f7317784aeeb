/** Shared set-up for the origin tests: a folder of seeds read as the origin pass reads it. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import type { OriginDoc } from '../../../src/engine/compare/origin.ts';
import { originDoc } from '../../../src/engine/compare/similarity.ts';
import { readSeeds, readStory, SEEDS_DIR } from '../../helpers.ts';

/** The invented stories of the origin tests. */
export const ORIGIN_FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'origin');

/** Story folders for the null model: the seeds, the origin fixtures, and any other invented story present. */
export const STORY_FOLDERS = [
  SEEDS_DIR,
  ORIGIN_FIXTURES,
  join(import.meta.dirname, '..', '..', 'fixtures', 'second-story'),
].filter((d) => existsSync(d));

/** Every article of a folder as an origin document, its slug replaced by its file name without extension (`a1-crane-wire`, `000_c31f…`). */
export function folderDocs(dir: string): OriginDoc[] {
  return buildCorpus(readSeeds(dir), readStory()).articles.map((a) => ({
    ...originDoc(a),
    slug: a.seedFile.replace(/\.(?:txt|md)$/, ''),
  }));
}

/** A pair's key, order-free. */
export const pairKey = (a: string, b: string) => [a, b].sort().join(' + ');
