/**
 * The engine in its own process (src/content/engine-client.ts): it gives the
 * loaders exactly what a run in their own process gives, and its errors keep
 * a stack that names the TypeScript source and line.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { engineRun, stopEngine } from '../../src/content/engine-client.ts';
import { runFolder } from '../../src/content/seed-folder.ts';
import { folderPlace } from '../../src/content/settings.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** A project whose seeds folder is a copy of `from`. */
function project(from: string): string {
  const root = mkdtempSync(join(tmpdir(), 'desk-engine-'));
  cpSync(from, join(root, 'seeds'), { recursive: true });
  return root;
}
const placeOf = (root: string) =>
  folderPlace(pathToFileURL(`${root}/`), pathToFileURL(`${root}/.cache/`), { base: 'seeds' });
const settings = { base: 'seeds', today: '2026-12-01', persistParses: false };

afterAll(() => stopEngine());

describe('the engine in its own process', () => {
  it('gives what a run in this process gives, for the seeds and for the second story', async () => {
    for (const from of [join(ROOT, 'seeds'), join(ROOT, 'tests', 'fixtures', 'second-story')]) {
      const place = placeOf(project(from));
      expect(await engineRun(place, settings)).toEqual(await runFolder(place, settings));
    }
  }, 60_000);

  it('answers one run after another, each read afresh: a seed added between two runs is in the second', async () => {
    const root = project(join(ROOT, 'seeds'));
    const place = placeOf(root);
    const first = await engineRun(place, settings);
    writeFileSync(
      join(root, 'seeds', 'ferry.txt'),
      'Ferry terminal opens\n\nThe new ferry terminal opened on 14 March 2024, officials said.',
    );
    const second = await engineRun(place, settings);
    expect(second.corpus.articles.length).toBe(first.corpus.articles.length + 1);
  }, 60_000);

  it('fails a run with the file, the line and the fix, and a stack that names the .ts source', async () => {
    const root = project(join(ROOT, 'seeds'));
    writeFileSync(join(root, 'seeds', 'story.yaml'), 'title: [unclosed\n');
    const error = await engineRun(placeOf(root), settings).then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toMatch(/^seeds\/story\.yaml:\d+: is not valid YAML .* Fix: /);
    expect(error?.stack).toMatch(/src\/engine\/read\/story\.ts:\d+:\d+/);
  }, 60_000);
});
