/**
 * A whole build with two more articles, invented: one names a real town the
 * story data never mentions, which gets a marker from the place datasets with
 * no story data edited; the other names a town two countries have, and a town
 * no dataset has, which are listed under the map as named but not placed.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildInto } from './build.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('a new article naming a town absent from places.yaml', () => {
  it('puts the town on the map, from GeoNames, with places.yaml untouched', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'desk-seeds-'));
    for (const f of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', f), join(seeds, f));
    for (const f of ['town-in-dataset.txt', 'ambiguous-towns.txt'])
      copyFileSync(join(ROOT, 'tests', 'fixtures', 'compare', f), join(seeds, f));
    const places = readFileSync(join(seeds, 'places.yaml'), 'utf8');
    expect(places).not.toMatch(/Ténenkou|Tenenkou/);

    const build = buildInto({ SEEDS_DIR: seeds });
    expect(build.status, build.log).toBe(0);
    const root = parse(readFileSync(join(build.outDir, 'people-places', 'index.html'), 'utf8'));
    const markers = root.querySelectorAll('g.map__place title').map((t) => t.text);
    expect(markers).toContain('Ténenkou: 2 events; follow the marker for their dates and names');
    const unplaced = root.querySelectorAll('.unplaced li').map((li) => li.text.replace(/\s+/g, ' '));
    expect(unplaced).toHaveLength(2);
    expect(unplaced[0]).toMatch(
      /^Kayes: places of this name are in 2 countries \(Mali, Republic of the Congo\) and the article names none of them \(Unnamed outlet, 10 Apr 2024/,
    );
    expect(unplaced[1]).toMatch(/^Zorbaville: not in the GeoNames cities/);
    expect(root.querySelector('#unplaced-heading')!.text).toBe('Named but not placed');
    // The story's description counts the new articles too.
    expect(readFileSync(join(build.outDir, 'index.html'), 'utf8')).toContain(
      'sentence by sentence from seven reports.',
    );
    expect(readFileSync(join(seeds, 'places.yaml'), 'utf8')).toBe(places);
  }, 240_000);
});
