/**
 * The Astro loaders, called with a Map-backed mock of the loader context
 * (store, parseData, logger), on copies of the real seeds.
 */
import { EventEmitter } from 'node:events';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { analyzeCorpus } from '../../../src/engine/compare/analyze.ts';
import { buildCorpus } from '../../../src/engine/timeline/corpus';
import { keyMoments } from '../../../src/engine/timeline/key-moments';
import {
  engineRequest,
  forgetSeeds,
  loadSeeds,
  receivedText,
  sharedAnalysis,
  sharedMoments,
} from '../../../src/content/corpus-cache';
import { generateCorpus } from '../../../scripts/bench-corpus.mjs';
import { articleLoader, reloadOnChange, storyLoader, timelineLoader, writeEntries } from '../../../src/content/loaders';
import { SECOND_PROCESS_MIN } from '../../../src/engine/timeline/thresholds';
import { StoredArticle } from '../../../src/engine/schema/article';
import { readSeeds, readStory, SEEDS_DIR } from '../../helpers';

interface MockContext {
  ctx: LoaderContext;
  entries: Map<string, { id: string; data: Record<string, unknown>; digest?: string; filePath?: string }>;
  logs: Array<[string, string]>;
  parsed: Array<{ id: string; filePath?: string }>;
}

/** A loader context whose store is a Map and whose parseData validates like Astro, naming the file. */
function mockContext(root: string, schema: z.ZodType): MockContext {
  const entries: MockContext['entries'] = new Map();
  const logs: Array<[string, string]> = [];
  const parsed: MockContext['parsed'] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (e: { id: string; data: Record<string, unknown>; digest?: string; filePath?: string }) => (
      entries.set(e.id, e),
      true
    ),
    keys: () => [...entries.keys()],
    entries: () => [...entries.entries()],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id: string) => entries.has(id),
  };
  const log = (level: string) => (msg: string) => void logs.push([level, msg]);
  const ctx = {
    collection: 'test',
    store,
    meta: new Map(),
    logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug'), fork: () => ctx.logger },
    config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/.cache/`) },
    parseData: async ({ id, data, filePath }: { id: string; data: Record<string, unknown>; filePath?: string }) => {
      parsed.push({ id, filePath });
      const r = schema.safeParse(data);
      if (!r.success)
        throw new Error(
          `${filePath ?? id}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      return r.data as Record<string, unknown>;
    },
    generateDigest: (data: unknown) => JSON.stringify(data).length.toString(36) + JSON.stringify(data).slice(0, 40),
  } as unknown as LoaderContext;
  return { ctx, entries, logs, parsed };
}

function projectWithSeeds(extra: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'desk-'));
  cpSync(SEEDS_DIR, join(root, 'seeds'), { recursive: true });
  for (const f of extra) copyFileSync(f, join(root, 'seeds', f.split('/').pop()!));
  return root;
}

beforeEach(() => forgetSeeds());

describe('articleLoader', () => {
  it('stores five articles keyed by slug, with the seed as filePath, and logs a line per seed', async () => {
    const root = projectWithSeeds();
    const m = mockContext(root, StoredArticle);
    await articleLoader({ base: 'seeds' }).load(m.ctx);
    expect(m.entries.size).toBe(5);
    expect([...m.entries.values()].map((e) => e.filePath).sort()).toEqual([
      'seeds/000_c31fcd4a3f105b07.txt',
      'seeds/001_de698fddcc2b8ccd.txt',
      'seeds/002_8ee69e3a595b9b39.txt',
      'seeds/003_b75dd7a427807baf.txt',
      'seeds/004_d93af64169fd5dea.txt',
    ]);
    for (const p of m.parsed) expect(p.filePath).toMatch(/^seeds\/\d{3}_[0-9a-f]{16}\.txt$/);
    const info = m.logs.filter(([l]) => l === 'info').map(([, s]) => s);
    expect(info.filter((s) => / included as \/articles\//.test(s))).toHaveLength(5);
    expect(info).toContain('5 of 5 seeds included, 0 rejected; 17 events.');
  });

  it('leaves each article’s text as received out of the store, for pages to read from the run, byte for byte', async () => {
    const root = projectWithSeeds();
    const m = mockContext(root, StoredArticle);
    await articleLoader({ base: 'seeds' }).load(m.ctx);
    const textOf = await receivedText();
    for (const [slug, entry] of m.entries) {
      expect(entry.data).not.toHaveProperty('original');
      expect(entry.data).not.toHaveProperty('removed');
      expect(textOf(slug).original).toBe(readFileSync(join(root, entry.filePath!), 'utf8'));
    }
    // The seeds' mastheads, bylines and share footers are among the lines taken out.
    expect([...m.entries.keys()].filter((slug) => textOf(slug).removed.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(() => textOf('no-such-article')).toThrow(
      /\/articles\/no-such-article\/: the engine's run has no text as received/,
    );
  });

  it('skips unchanged entries on a second load (digests)', async () => {
    const m = mockContext(projectWithSeeds(), StoredArticle);
    const loader = articleLoader({ base: 'seeds' });
    await loader.load(m.ctx);
    const first = m.parsed.length;
    await loader.load(m.ctx);
    expect(first).toBe(5);
    expect(m.parsed.length).toBe(5);
  });

  it('does not parse unchanged seeds again in a later build (parse cache in cacheDir)', async () => {
    const root = projectWithSeeds();
    await articleLoader({ base: 'seeds' }).load(mockContext(root, StoredArticle).ctx);
    forgetSeeds();
    const second = mockContext(root, StoredArticle);
    await articleLoader({ base: 'seeds' }).load(second.ctx);
    expect(second.logs.map(([, s]) => s)).toContain('0 seed(s) parsed, 5 unchanged and taken from the parse cache.');
    expect(second.entries.size).toBe(5);
  });

  it('fails the build on a rejected seed, naming the file and line', async () => {
    const m = mockContext(projectWithSeeds(['tests/fixtures/bad/binary-nul.txt']), StoredArticle);
    await expect(articleLoader({ base: 'seeds' }).load(m.ctx)).rejects.toThrow(/binary-nul\.txt:3: holds a NUL byte/);
  });

  it('leaves a rejected seed out, with a warning, when told to', async () => {
    const m = mockContext(projectWithSeeds(['tests/fixtures/bad/binary-nul.txt']), StoredArticle);
    await articleLoader({ base: 'seeds', allowRejected: true }).load(m.ctx);
    expect(m.entries.size).toBe(5);
    expect(m.logs.some(([l, s]) => l === 'warn' && s.startsWith('binary-nul.txt: rejected'))).toBe(true);
  });

  it('a schema error on a malformed record names the file', async () => {
    const m = mockContext(projectWithSeeds(), StoredArticle);
    await expect(
      writeEntries(m.ctx, [{ id: 'x', data: { slug: 'Not A Slug' }, filePath: 'seeds/broken.txt' }]),
    ).rejects.toThrow(/^seeds\/broken\.txt: /);
  });
});

describe('timelineLoader and storyLoader', () => {
  it('store the events and the story', async () => {
    const root = projectWithSeeds();
    const events = mockContext(root, z.any());
    await timelineLoader({ base: 'seeds' }).load(events.ctx);
    expect(events.entries.size).toBe(17);
    const story = mockContext(root, z.any());
    await storyLoader({ base: 'seeds' }).load(story.ctx);
    expect(story.entries.get('story')!.data).toMatchObject({
      title: 'Mali after MINUSMA',
      focus: { start: '2023-06-01', end: '2024-01-31' },
    });
  });

  it('do not hold the sync for the analysis: a bad places.yaml is logged when it comes, and fails what the pages read', async () => {
    const root = projectWithSeeds();
    copyFileSync(
      join(import.meta.dirname, '..', '..', 'fixtures', 'compare', 'places-bad-lat.yaml'),
      join(root, 'seeds', 'places.yaml'),
    );
    const story = mockContext(root, z.any());
    await storyLoader({ base: 'seeds' }).load(story.ctx);
    expect(story.entries.get('story')!.data).toMatchObject({ title: 'Mali after MINUSMA' });
    await expect(sharedAnalysis()).rejects.toThrow(/^seeds\/places\.yaml:4: “places\.0\.lat” is invalid/);
    // The loader's report of the same failure, once the analysis has come.
    await vi.waitFor(() =>
      expect(story.logs).toContainEqual([
        'error',
        expect.stringMatching(/^seeds\/places\.yaml:4: “places\.0\.lat” is invalid/),
      ]),
    );
  });

  it('leave the key moments to the pages, from the same run as the events', async () => {
    const root = projectWithSeeds();
    const events = mockContext(root, z.any());
    await timelineLoader({ base: 'seeds' }).load(events.ctx);
    const moments = await sharedMoments();
    expect(moments.map((m) => m.order)).toEqual(moments.map((_, i) => i));
    expect(moments.length).toBeGreaterThan(0);
    for (const m of moments) expect(events.entries.has(m.eventId)).toBe(true);
  });
});

describe('the engine run in two processes', () => {
  /** A project whose seeds folder holds `articles` (file → text) and the real story data. */
  function project(articles: Array<{ file: string; text: string }>, story = true): string {
    const root = mkdtempSync(join(tmpdir(), 'desk-run-'));
    mkdirSync(join(root, 'seeds'));
    if (story) copyFileSync(join(SEEDS_DIR, 'story.yaml'), join(root, 'seeds', 'story.yaml'));
    for (const a of articles) writeFileSync(join(root, 'seeds', a.file), a.text);
    return root;
  }
  const request = (root: string) =>
    engineRequest(pathToFileURL(`${root}/`), pathToFileURL(`${root}/.cache/`), { base: 'seeds', today: '2026-12-01' });

  it('holds the sync for the analysis from SECOND_PROCESS_MIN articles, so a bad places.yaml fails the story loader', async () => {
    const { articles } = generateCorpus(SECOND_PROCESS_MIN);
    const root = project(articles);
    copyFileSync(
      join(import.meta.dirname, '..', '..', 'fixtures', 'compare', 'places-bad-lat.yaml'),
      join(root, 'seeds', 'places.yaml'),
    );
    const story = mockContext(root, z.any());
    await expect(storyLoader({ base: 'seeds', today: '2026-12-01' }).load(story.ctx)).rejects.toThrow(
      /^seeds\/places\.yaml:4: “places\.0\.lat” is invalid/,
    );
  });

  it('splits the parsing of many seeds between its two processes and gives what one process gives', async () => {
    const { articles } = generateCorpus(SECOND_PROCESS_MIN + 6);
    const root = project(articles);
    const run = loadSeeds(request(root));
    const { corpus } = await run.corpus;
    expect(corpus.stats).toEqual({ parsed: articles.length, cached: 0 });
    const seeds = readSeeds(join(root, 'seeds'));
    const story = readStory();
    const direct = buildCorpus(seeds, story, { today: '2026-12-01' });
    expect(corpus.articles).toEqual(direct.articles);
    expect(corpus.events).toEqual(direct.events);
    expect(await run.moments).toEqual(
      keyMoments(direct.events).map((m, order) => ({
        eventId: m.event.id,
        order,
        sources: m.sources,
        line: m.line,
        citation: m.citation,
      })),
    );
    const { analysis } = await run.analysis;
    expect(analysis.ok && analysis.value).toEqual(
      analyzeCorpus(direct.articles, direct.events, { places: [] }, undefined, direct.origin ?? undefined),
    );
  }, 60_000);

  it('keeps the text of a seed the next run rejects, for the entry astro dev keeps', async () => {
    const root = project([
      { file: 'a.txt', text: 'Harbour crane falls\n\nA crane fell at the harbour on 3 March 2024, the port said.' },
      { file: 'b.txt', text: 'Ferry terminal opens\n\nThe new terminal opened on 14 March 2024, officials said.' },
    ]);
    const first = await loadSeeds(request(root)).received;
    const slugs = [...first.keys()];
    expect(slugs).toHaveLength(2);
    const kept = first.get(slugs[0]!)!;
    // The seed behind the first slug becomes unreadable (a NUL byte), as while editing.
    const file = (await loadSeeds(request(root)).corpus).corpus.articles.find((a) => a.slug === slugs[0])!.seedFile;
    writeFileSync(join(root, 'seeds', file), 'Harbour crane falls\n\nA crane\u0000 fell.');
    forgetSeeds(join(root, 'seeds/'));
    const next = loadSeeds(request(root));
    expect((await next.corpus).corpus.rejected).toHaveLength(1);
    expect((await next.received).get(slugs[0]!)).toEqual(kept);
  });

  it('reports a folder it cannot read with the file and the fix, in every part', async () => {
    const run = loadSeeds(request(project([{ file: 'a.txt', text: 'Headline\n\nA paragraph.' }], false)));
    await expect(run.corpus).rejects.toThrow(/story\.yaml is missing\. Fix: create it/);
    await expect(run.analysis).rejects.toThrow(/story\.yaml is missing/);
    await expect(run.moments).rejects.toThrow(/story\.yaml is missing/);
  });
});

describe('reloadOnChange (astro dev)', () => {
  const SRC = join(import.meta.dirname, '..', '..', '..', 'src');

  /** A watcher like Vite's: an emitter that can be told to add a folder. */
  function watching(root: string) {
    const watcher = Object.assign(new EventEmitter(), {
      added: [] as string[],
      add(path: string) {
        this.added.push(path);
      },
    });
    const m = mockContext(root, StoredArticle);
    const ctx = { ...m.ctx, watcher } as unknown as LoaderContext;
    const reload = vi.fn(async () => {});
    reloadOnChange(ctx, { base: 'seeds' }, reload);
    /** Emits one event and says whether a reload followed once the burst had settled. */
    const after = async (event: 'add' | 'change' | 'unlink', path: string) => {
      reload.mockClear();
      watcher.emit(event, path);
      await new Promise((r) => setTimeout(r, 80));
      return reload.mock.calls.length > 0;
    };
    return { watcher, after };
  }

  it('re-runs for a seed added, changed or deleted, and for a change to the engine’s code, not for other files', async () => {
    const root = projectWithSeeds();
    const { watcher, after } = watching(root);
    expect(watcher.added).toEqual([join(root, 'seeds/')]);
    expect(await after('add', join(root, 'seeds', 'new.txt'))).toBe(true);
    expect(await after('change', join(root, 'seeds', 'story.yaml'))).toBe(true);
    expect(await after('unlink', join(root, 'seeds', 'new.txt'))).toBe(true);
    // The engine: src/engine and the modules of its processes. A new run makes a new bundle of it.
    expect(await after('change', join(SRC, 'engine', 'time', 'temporal.ts'))).toBe(true);
    expect(await after('change', join(SRC, 'engine', 'compare', 'similarity.ts'))).toBe(true);
    expect(await after('change', join(SRC, 'content', 'engine-run.ts'))).toBe(true);
    // Pages and the site's own modules: Vite reloads those itself.
    expect(await after('change', join(SRC, 'pages', 'index.astro'))).toBe(false);
    expect(await after('change', join(SRC, 'content', 'loaders.ts'))).toBe(false);
    expect(await after('change', join(root, 'elsewhere.txt'))).toBe(false);
  });
});
