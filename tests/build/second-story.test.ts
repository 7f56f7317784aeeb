/**
 * A second, invented story (a dam dispute in 2025, tests/fixtures/second-story)
 * built with SEEDS_DIR: the engine and the pages know nothing of the site's own
 * story, so the same code builds a different subject, region and year.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseStory } from '../../src/engine/read/story.ts';
import { buildInto } from './build.ts';
import { distFiles } from './dist.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIR = join(ROOT, 'tests', 'fixtures', 'second-story');
const story = parseStory(readFileSync(join(DIR, 'story.yaml'), 'utf8'));
const seeds = readdirSync(DIR).filter((f) => f.endsWith('.txt'));

let outDir = '';
let log = '';
beforeAll(() => {
  const build = buildInto({ SEEDS_DIR: DIR });
  expect(build.status, build.log).toBe(0);
  ({ outDir, log } = build);
}, 180_000);

describe('the second story', () => {
  it('includes every article and logs a line for each', () => {
    for (const f of seeds) expect(log).toMatch(new RegExp(`${f.replace('.', '\\.')}: included as /articles/`));
    expect(log).toContain(`${seeds.length} of ${seeds.length} seeds included, 0 rejected`);
    const pages = distFiles(outDir).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    expect(pages).toHaveLength(seeds.length);
  });

  it('titles the site and its timeline from its own story data', () => {
    const home = parse(readFileSync(join(outDir, 'index.html'), 'utf8'));
    expect(home.querySelector('title')!.text).toContain(story.title);
    const timeline = JSON.parse(readFileSync(join(outDir, 'timeline.json'), 'utf8')) as {
      title: string;
      events: Array<{ start: string; inFocus: boolean }>;
    };
    expect(timeline.title).toBe(story.title);
    expect(timeline.events.filter((e) => e.inFocus).length).toBeGreaterThan(3);
    expect(timeline.events.some((e) => e.start.startsWith('2025-03'))).toBe(true);
  });

  it('shows a wire copy and its repost each as the same report as the other, with the copy measure', () => {
    const { families } = JSON.parse(readFileSync(join(outDir, 'similarity.json'), 'utf8')) as {
      families: Array<{ members: string[]; origin: { name: string } | null }>;
    };
    const reuters = families.find((f) => f.origin?.name === 'Reuters')!;
    expect(reuters.members).toHaveLength(2);
    for (const [self, other] of [reuters.members, [...reuters.members].reverse()]) {
      const html = parse(readFileSync(join(outDir, 'articles', self!, 'index.html'), 'utf8'));
      const shared = html.querySelector('.same-report')!;
      expect(shared.querySelector(`a[href="/articles/${other}/"]`)).not.toBeNull();
      expect(shared.text).toMatch(/the same copy: \d+% of five-word phrases shared/);
      expect(shared.text).toContain('Likely origin: Reuters');
    }
  });

  it('carries nothing of the site’s own story', () => {
    const text = distFiles(outDir)
      .filter((f) => f.endsWith('.html') || f.endsWith('.json'))
      .map((f) => readFileSync(join(outDir, f), 'utf8'))
      .join('\n');
    expect(text).not.toMatch(/MINUSMA|Minusma|Bamako|Mali\b/);
  });
});
