/**
 * The seed loaders, called with a Map-backed mock of the loader context
 * (store, parseData, logger), on copies of the real seeds.
 */
import { EventEmitter } from 'node:events';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../../src/engine/compare/analyze.ts';
import { momentRecords } from '../../../src/engine/timeline/key-moments.ts';
import { countOrigins } from '../../../src/engine/timeline/sources.ts';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { SEED_SCHEMAS, seedLoaders, writeEntries, type EngineRuns } from '../../../src/content/loaders.ts';
import { runFolder } from '../../../src/content/seed-folder.ts';
import type { SeedSettings } from '../../../src/content/settings.ts';
import { seedGazetteer } from '../compare/helpers.ts';
import { readSeeds, readStory, SEEDS_DIR } from '../../helpers.ts';

type Entry = { id: string; data: Record<string, unknown>; digest?: string; filePath?: string };
type Collection = 'articles' | 'events' | 'story' | 'analysis' | 'moments';

interface MockContext {
  ctx: LoaderContext;
  entries: Map<string, Entry>;
  logs: Array<[string, string]>;
  parsed: Array<{ id: string; filePath?: string }>;
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** The engine run in this process: the loaders' logic without the engine's own process (tests/build covers that). */
const IN_PROCESS: EngineRuns = { run: runFolder, stop: () => {} };
const loadersFor = (settings: SeedSettings) => seedLoaders(settings, IN_PROCESS);

/** A loader context whose store is a Map and whose parseData validates with the loader's schema, naming the file. */
function mockContext(root: string, name: Collection, extra: Partial<LoaderContext> = {}): MockContext {
  const entries = new Map<string, Entry>();
  const logs: Array<[string, string]> = [];
  const parsed: MockContext['parsed'] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (e: Entry) => (entries.set(e.id, e), true),
    keys: () => [...entries.keys()],
    entries: () => [...entries.entries()],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id: string) => entries.has(id),
  };
  const log = (level: string) => (msg: string) => void logs.push([level, msg]);
  const schema = SEED_SCHEMAS[name];
  const ctx = {
    collection: name,
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
    generateDigest: (data: unknown) => JSON.stringify(data),
    ...extra,
  } as unknown as LoaderContext;
  return { ctx, entries, logs, parsed };
}

function projectWithSeeds(extra: string[] = []): string {
  const root = mkdtempSync(join(tmpdir(), 'desk-'));
  cpSync(SEEDS_DIR, join(root, 'seeds'), { recursive: true });
  for (const f of extra) copyFileSync(join(FIXTURES, f), join(root, 'seeds', f.split('/').pop()!));
  return root;
}

/** Loads every collection once, in the order Astro would, with one set of loaders (one engine run). */
async function loadAll(root: string, settings: SeedSettings = { base: 'seeds' }) {
  const loaders = loadersFor(settings);
  const out = {} as Record<Collection, MockContext>;
  for (const name of Object.keys(loaders) as Collection[]) {
    out[name] = mockContext(root, name);
    await loaders[name].load(out[name].ctx);
  }
  return out;
}

describe('the article loader', () => {
  it('stores five articles keyed by slug, with the seed as filePath, and logs a line per seed', async () => {
    const { articles } = await loadAll(projectWithSeeds());
    expect(articles.entries.size).toBe(5);
    expect([...articles.entries.values()].map((e) => e.filePath).sort()).toEqual([
      'seeds/000_c31fcd4a3f105b07.txt',
      'seeds/001_de698fddcc2b8ccd.txt',
      'seeds/002_8ee69e3a595b9b39.txt',
      'seeds/003_b75dd7a427807baf.txt',
      'seeds/004_d93af64169fd5dea.txt',
    ]);
    const info = articles.logs.filter(([l]) => l === 'info').map(([, s]) => s);
    expect(info.filter((s) => / included as \/articles\//.test(s))).toHaveLength(5);
    expect(info).toContain('5 of 5 seeds included, 0 rejected; 15 events.');
    // places.yaml is story data, not a seed to skip.
    expect(info.some((s) => s.startsWith('places.yaml'))).toBe(false);
  });

  it('keeps each article’s text as received, byte for byte, and the lines taken out of it', async () => {
    const root = projectWithSeeds();
    const { articles } = await loadAll(root);
    for (const entry of articles.entries.values())
      expect(entry.data.original).toBe(readFileSync(join(root, entry.filePath!), 'utf8'));
    const removed = [...articles.entries.values()].filter((e) => (e.data.removed as unknown[]).length > 0);
    expect(removed.length).toBeGreaterThanOrEqual(3);
  });

  it('skips unchanged entries on a second load (digests)', async () => {
    const root = projectWithSeeds();
    const loaders = loadersFor({ base: 'seeds' });
    const m = mockContext(root, 'articles');
    await loaders.articles.load(m.ctx);
    await loaders.articles.load(m.ctx);
    expect(m.parsed).toHaveLength(5);
  });

  it('does not parse unchanged seeds again in a later build (parse cache in cacheDir)', async () => {
    const root = projectWithSeeds();
    const first = await loadAll(root);
    expect(first.articles.logs.map(([, s]) => s)).toContain(
      '5 seed(s) parsed, 0 unchanged and taken from the parse cache.',
    );
    const second = await loadAll(root);
    expect(second.articles.logs.map(([, s]) => s)).toContain(
      '0 seed(s) parsed, 5 unchanged and taken from the parse cache.',
    );
    expect(second.articles.entries.size).toBe(5);
  });

  it('fails the build on a rejected seed, naming the file and line', async () => {
    const root = projectWithSeeds(['bad/binary-nul.txt']);
    const m = mockContext(root, 'articles');
    await expect(loadersFor({ base: 'seeds' }).articles.load(m.ctx)).rejects.toThrow(
      /binary-nul\.txt:3: holds a NUL byte/,
    );
  });

  it('leaves a rejected seed out, with a warning, when told to', async () => {
    const { articles } = await loadAll(projectWithSeeds(['bad/binary-nul.txt']), {
      base: 'seeds',
      allowRejected: true,
    });
    expect(articles.entries.size).toBe(5);
    expect(articles.logs.some(([l, s]) => l === 'warn' && s.startsWith('binary-nul.txt: rejected'))).toBe(true);
  });

  it('names the file in a schema error on a malformed record', async () => {
    const m = mockContext(projectWithSeeds(), 'articles');
    await expect(
      writeEntries(m.ctx, [{ id: 'x', data: { slug: 'Not A Slug' }, filePath: 'seeds/broken.txt' }]),
    ).rejects.toThrow(/^seeds\/broken\.txt: /);
  });
});

describe('one run for all five collections', () => {
  it('stores what the engine gives for the seeds: events, story, analysis and key moments', async () => {
    const root = projectWithSeeds();
    const loaded = await loadAll(root);
    const seeds = readSeeds(join(root, 'seeds'));
    const direct = buildCorpus(seeds, readStory(), { today: null });
    const analysis = analyzeCorpus(direct.articles, direct.events, seedGazetteer());
    countOrigins(direct.events, analysis.families);
    expect([...loaded.events.entries.values()].map((e) => e.data)).toEqual(direct.events);
    expect(loaded.story.entries.get('story')!.data).toMatchObject({
      title: 'Mali after MINUSMA',
      focus: { start: '2023-06-01', end: '2024-01-31' },
    });
    expect(loaded.analysis.entries.get('analysis')!.data).toEqual(analysis);
    const moments = [...loaded.moments.entries.values()].map((e) => e.data);
    expect(moments).toEqual(momentRecords(direct.events));
    for (const m of moments) expect(loaded.events.entries.has(m.eventId as string)).toBe(true);
    // The articles were parsed once, for every collection.
    expect(loaded.articles.logs.map(([, s]) => s)).toContain(
      '5 seed(s) parsed, 0 unchanged and taken from the parse cache.',
    );
  });

  it('fails every collection on a bad places.yaml, with the file, the line and the fix', async () => {
    const root = projectWithSeeds();
    copyFileSync(join(FIXTURES, 'compare', 'places-bad-lat.yaml'), join(root, 'seeds', 'places.yaml'));
    const loaders = loadersFor({ base: 'seeds' });
    for (const name of ['story', 'analysis'] as const)
      await expect(loaders[name].load(mockContext(root, name).ctx)).rejects.toThrow(
        /^seeds\/places\.yaml:4: “places\.0\.lat” is invalid: .* Fix: /,
      );
  });

  it('reads a symbolic link to a seed inside the folder, and reports one pointing out of it without following it', async () => {
    const root = projectWithSeeds();
    const outside = join(root, 'elsewhere.txt');
    writeFileSync(outside, readFileSync(join(root, 'seeds', '000_c31fcd4a3f105b07.txt')));
    symlinkSync(outside, join(root, 'seeds', 'outside-link.txt'));
    symlinkSync('001_de698fddcc2b8ccd.txt', join(root, 'seeds', 'inside-link.txt'));
    symlinkSync('missing.txt', join(root, 'seeds', 'broken-link.txt'));
    const { articles } = await loadAll(root, { base: 'seeds', allowRejected: true });
    const logs = articles.logs.map(([level, s]) => `${level} ${s}`);
    expect(logs).toContain(
      'warn outside-link.txt: skipped: a symbolic link to a file outside the seeds folder, which is never followed. Fix: copy the file into the folder.',
    );
    expect(logs).toContain('warn broken-link.txt: skipped: a symbolic link to a file that does not exist.');
    expect(logs).toContain(
      'info inside-link.txt: a symbolic link to 001_de698fddcc2b8ccd.txt in the seeds folder; read.',
    );
    expect([...articles.entries.values()].map((e) => e.filePath)).not.toContain('seeds/outside-link.txt');
  });

  it('reports a seeds folder that does not exist, with the fix', async () => {
    const root = mkdtempSync(join(tmpdir(), 'desk-run-'));
    await expect(
      loadersFor({ base: 'no-such-folder' }).articles.load(mockContext(root, 'articles').ctx),
    ).rejects.toThrow(/^no-such-folder\/? is not a folder that can be read\. Fix: create it, or set SEEDS_DIR/);
  });

  it('reports a folder without story data with the file and the fix', async () => {
    const root = mkdtempSync(join(tmpdir(), 'desk-run-'));
    mkdirSync(join(root, 'seeds'));
    writeFileSync(join(root, 'seeds', 'a.txt'), 'Headline\n\nA paragraph of the article, with a full stop.');
    await expect(loadersFor({ base: 'seeds' }).articles.load(mockContext(root, 'articles').ctx)).rejects.toThrow(
      /^seeds\/story\.yaml is missing\. Fix: create it/,
    );
  });
});

describe('astro dev: a change in the seeds folder', () => {
  it('re-runs every collection for a seed added, changed or deleted, and not for other files', async () => {
    const root = projectWithSeeds();
    const watcher = Object.assign(new EventEmitter(), {
      added: [] as string[],
      add(path: string) {
        this.added.push(path);
      },
    });
    const loaders = loadersFor({ base: 'seeds' });
    const contexts = (Object.keys(loaders) as Collection[]).map((name) => {
      const m = mockContext(root, name, { watcher } as unknown as Partial<LoaderContext>);
      return { name, m };
    });
    for (const { name, m } of contexts) await loaders[name].load(m.ctx);
    expect(watcher.added).toEqual([join(root, 'seeds/')]);
    const articles = contexts.find((c) => c.name === 'articles')!.m;
    const events = contexts.find((c) => c.name === 'events')!.m;
    /** Emits one event and says whether the collections were loaded again once the burst had settled. */
    const after = async (event: 'add' | 'change' | 'unlink', path: string) => {
      const before = articles.logs.length;
      watcher.emit(event, path);
      await new Promise((r) => setTimeout(r, 300));
      return articles.logs.length > before;
    };
    const added = join(root, 'seeds', 'ferry.txt');
    writeFileSync(added, 'Ferry terminal opens\n\nThe new ferry terminal opened on 14 March 2024, officials said.');
    expect(await after('add', added)).toBe(true);
    expect(articles.entries.size).toBe(6);
    expect([...events.entries.values()].some((e) => e.id.startsWith('2024-03-14'))).toBe(true);
    expect(await after('change', join(root, 'seeds', 'story.yaml'))).toBe(true);
    expect(await after('unlink', added)).toBe(true);
    expect(await after('change', join(root, 'elsewhere.txt'))).toBe(false);
  });
});
