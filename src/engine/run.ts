/**
 * The engine, one stage after another: read the story data next to the seeds,
 * parse each seed into an article and find its dates (article/, time/), build
 * the timeline (timeline/), compare the articles (compare/) and pick the key
 * moments. Pure: text in, records out. Reading the folder and keeping parse
 * results between builds is the content layer's work (src/content/).
 */
import type { SeedInput } from './read/decode.ts';
import { analyzeCorpus } from './compare/analyze.ts';
import type { PlaceDataset } from './compare/place-data.ts';
import { parseGazetteer } from './read/gazetteer.ts';
import { parseStory } from './read/story.ts';
import type { KeyMomentRecord } from './schema/timeline.ts';
import type { Story } from './schema/story.ts';
import type { Analysis } from './schema/compare.ts';
import type { Gazetteer } from './schema/places.ts';
import { buildCorpus, type Corpus, type CorpusOptions } from './timeline/corpus.ts';
import { momentRecords } from './timeline/key-moments.ts';
import { countOrigins } from './timeline/sources.ts';

/** A data file next to the seeds: its name as messages give it, and its text (null when the folder has none). */
export interface StoryFile {
  /** The path messages name. */
  file: string;
  /** The file's text, or null when it is absent. */
  text: string | null;
}

/** Everything the engine reads. */
export interface EngineInput {
  /** The article seeds, in any order. */
  seeds: readonly SeedInput[];
  /** `story.yaml`: title, description and focus window (required). */
  story: StoryFile & { text: string };
  /** `places.yaml`: the story's place overrides (optional). */
  gazetteer: StoryFile;
  /** The build day, the largest seed, and parse results kept from earlier builds. */
  options?: CorpusOptions;
  /** The place datasets; loaded once per process when omitted. */
  dataset?: PlaceDataset;
}

/** Everything the engine gives. */
export interface EngineOutput {
  /** The story data. */
  story: Story;
  /** The articles, the timeline and the account of every seed. */
  corpus: Corpus;
  /** What the sources agree and disagree on. */
  analysis: Analysis;
  /** The key moments, in date order. */
  moments: KeyMomentRecord[];
}

/** Runs the engine. Throws a `SeedError` (file, line and fix) when the story data is broken. */
export function runEngine(input: EngineInput): EngineOutput {
  const story = parseStory(input.story.text, input.story.file);
  const gazetteer: Gazetteer =
    input.gazetteer.text === null ? { places: [] } : parseGazetteer(input.gazetteer.text, input.gazetteer.file);
  const corpus = buildCorpus(input.seeds, story, input.options);
  const analysis = analyzeCorpus(corpus.articles, corpus.events, gazetteer, input.dataset);
  countOrigins(corpus.events, analysis.families);
  return { story, corpus, analysis, moments: momentRecords(corpus.events) };
}
