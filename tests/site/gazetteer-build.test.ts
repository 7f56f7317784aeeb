/**
 * A whole build with one more article, invented, that names a real town the
 * story data never mentions: the town gets a marker from the place datasets
 * with no story data edited.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildInto } from './build';

const ROOT = join(import.meta.dirname, '..', '..');

describe('a new article naming a town absent from places.yaml', () => {
  it('puts the town on the map, from GeoNames, with places.yaml untouched', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'desk-seeds-'));
    for (const f of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', f), join(seeds, f));
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'compare', 'town-in-dataset.txt'), join(seeds, 'town-in-dataset.txt'));
    const places = readFileSync(join(seeds, 'places.yaml'), 'utf8');
    expect(places).not.toMatch(/Ténenkou|Tenenkou/);

    const build = buildInto({ SEEDS_DIR: seeds });
    expect(build.status, build.log).toBe(0);
    const root = parse(readFileSync(join(build.outDir, 'people-places', 'index.html'), 'utf8'));
    const markers = root.querySelectorAll('g.map__place title').map((t) => t.text);
    expect(markers).toContain('Ténenkou: 2 mentions in 1 article');
    expect(root.querySelector('.unplaced')).toBeNull();
    // The story's description counts the new article too.
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).toContain('sentence by sentence from six reports.');
    expect(readFileSync(join(seeds, 'places.yaml'), 'utf8')).toBe(places);
  }, 240_000);
});
