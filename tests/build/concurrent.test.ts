/**
 * Two checkouts of the project on one machine, sharing one node_modules (as a
 * second working copy often does through a link), build at the same time:
 * neither fails, and each site holds its own story only.
 */
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/engine/read/story.ts';
import { buildIntoLater } from './build.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SECOND = join(ROOT, 'tests', 'fixtures', 'second-story');

/** A second checkout: the project's own files, and a link to this one's node_modules. */
function secondCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-checkout-'));
  for (const f of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'seeds'])
    cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

describe('two builds of two checkouts at the same time', () => {
  it('both succeed, each with its own story and search index', async () => {
    const other = secondCheckout();
    const [here, there] = await Promise.all([buildIntoLater(ROOT), buildIntoLater(other, { SEEDS_DIR: SECOND })]);
    expect(here.status, here.log).toBe(0);
    expect(there.status, there.log).toBe(0);
    const title = (dir: string) => JSON.parse(readFileSync(join(dir, 'timeline.json'), 'utf8')).title as string;
    const storyTitle = (dir: string) => parseStory(readFileSync(join(dir, 'story.yaml'), 'utf8')).title;
    expect(title(here.outDir)).toBe(storyTitle(join(ROOT, 'seeds')));
    expect(title(there.outDir)).toBe(storyTitle(SECOND));
    for (const { outDir } of [here, there])
      expect(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')).toContain('"version"');
    const articles = (dir: string) =>
      (JSON.parse(readFileSync(join(dir, 'articles.json'), 'utf8')).articles as Array<{ seedFile: string }>).map(
        (a) => a.seedFile,
      );
    expect(articles(here.outDir).every((f) => /^\d{3}_/.test(f))).toBe(true);
    expect(articles(there.outDir).some((f) => /^\d{3}_/.test(f))).toBe(false);
  }, 240_000);
});
