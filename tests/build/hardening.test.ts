/**
 * Whole builds: two clean builds of the same input are byte-identical and do
 * not depend on the build day; markup injected into a seed reaches the page
 * as text, with the article's warning flag visible.
 */
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { buildInto, hashTree } from './build.ts';
import { distFiles } from './dist.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const day = (iso: string) => String(Date.parse(`${iso}T12:00:00Z`) / 1000);

describe('determinism', () => {
  it('two clean builds on different build days give byte-identical output', () => {
    const a = buildInto({ SOURCE_DATE_EPOCH: day('2025-01-02') });
    const b = buildInto({ SOURCE_DATE_EPOCH: day('2031-07-19') });
    expect(a.status, a.log).toBe(0);
    expect(b.status, b.log).toBe(0);
    const [ha, hb] = [hashTree(a.outDir), hashTree(b.outDir)];
    expect(ha.size).toBeGreaterThan(8);
    expect([...hb.keys()]).toEqual([...ha.keys()]);
    const differing = [...ha].filter(([f, h]) => hb.get(f) !== h).map(([f]) => f);
    expect(differing).toEqual([]);
  }, 180_000);
});

describe('injected markup', () => {
  it('shows as text on the article page, with the warning flag', () => {
    const seeds = mkdtempSync(join(tmpdir(), 'desk-seeds-'));
    copyFileSync(join(ROOT, 'seeds', 'story.yaml'), join(seeds, 'story.yaml'));
    copyFileSync(join(ROOT, 'tests', 'fixtures', 'bad', 'markup-injection.txt'), join(seeds, 'markup-injection.txt'));
    const build = buildInto({ SEEDS_DIR: seeds });
    expect(build.status, build.log).toBe(0);
    expect(build.log).toMatch(/markup-injection\.txt: included as \/articles\/[a-z0-9-]+\/ with 2 warning\(s\)/);
    const pagePath = distFiles(build.outDir).find(
      (f) => f.startsWith('articles/') && f.endsWith('index.html') && f !== 'articles/index.html',
    )!;
    const html = readFileSync(join(build.outDir, pagePath), 'utf8');
    const root = parse(html);
    const body = root.querySelector('.article-body')!;
    expect(body.querySelectorAll('script, img, b')).toHaveLength(0);
    expect(body.text).toContain("<script>alert('x')</script> The harbour authority");
    expect(body.text).toContain('<img src=x onerror="alert(1)">');
    expect(html).toContain('&lt;script&gt;alert(');
    // Quoted attribute values may hold a literal "<" safely; no element may come from the seed.
    expect(
      root.querySelectorAll('script').filter((el) => el.getAttribute('type') !== 'application/ld+json'),
    ).toHaveLength(0);
    expect(root.querySelectorAll('img')).toHaveLength(0);
    expect(root.querySelector('title')!.text.startsWith("<script>alert('x')</script>")).toBe(true);
    expect(root.querySelector('.warnings')!.text).toContain('Contains HTML markup');
  }, 120_000);
});
