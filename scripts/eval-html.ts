/**
 * Body extraction scored the way the public article-extraction benchmark scores it: shingles of four `\w+` tokens,
 * true and false positives and misses counted per page and normalised so long pages weigh no more than short ones,
 * precision and recall averaged over pages, F1 from the two averages (as its `evaluate.py` does).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../src/engine/article/parse.ts';
import { decodePage } from '../src/engine/read/html/charset.ts';
import { extractPage } from '../src/engine/read/html/extract.ts';

/** A page's true positives, false positives and misses, as shares of their sum. */
export type Counts = [tp: number, fp: number, fn: number];

const TOKEN = /[\p{L}\p{N}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The benchmark's shingle matching for one page. */
export function shingleCounts(truth: string, predicted: string): Counts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let [tp, fp, fn] = [0, 0, 0];
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const [a, b] = [t.get(key) ?? 0, p.get(key) ?? 0];
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [tp, fp, fn];
}

const precisionOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Precision, recall and F1 over pages, as the benchmark computes them. */
export function scores(pages: readonly Counts[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/**
 * The extractors compared in one run: Readability alone; with the rules that read the page's structure (captions,
 * asides, hidden elements, lists of links); and with those and the project's line rules, which is what the build does.
 */
export const EXTRACTORS = {
  'readability alone': (bytes: Uint8Array) => extractPage(decodePage(bytes).text, false).paragraphs.join('\n\n'),
  'readability + structure rules': (bytes: Uint8Array) => extractPage(decodePage(bytes).text).paragraphs.join('\n\n'),
  'readability + structure + line rules (the build)': (bytes: Uint8Array) => {
    try {
      return parseArticle({ file: 'page.html', bytes })
        .blocks.map((b) => b.text)
        .join('\n\n');
    } catch {
      return '';
    }
  },
} satisfies Record<string, (bytes: Uint8Array) => string>;

/** One extractor's scores over the benchmark, with its time per page. */
export interface ExtractorScore {
  /** The extractor's name. */
  name: string;
  /** Mean shingle precision over pages. */
  precision: number;
  /** Mean shingle recall over pages. */
  recall: number;
  /** F1 of the two means. */
  f1: number;
  /** Milliseconds per page, reading the page included. */
  msPerPage: number;
  /** Every page's counts, keyed by the benchmark's id. */
  pages: Map<string, Counts>;
}

/** The page's bytes: `<id>.html` or `<id>.html.gz` in the folder. */
function pageBytes(folder: string, id: string): Uint8Array {
  const plain = join(folder, `${id}.html`);
  if (existsSync(plain)) return new Uint8Array(readFileSync(plain));
  return new Uint8Array(gunzipSync(readFileSync(`${plain}.gz`)));
}

/** Scores every extractor on the benchmark's pages against its ground truth (`{id: {articleBody}}`). */
export function evaluateHtml(folder: string, truthFile: string): ExtractorScore[] {
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody?: string }>;
  const ids = Object.keys(truth).sort();
  const pages = new Map(ids.map((id) => [id, pageBytes(folder, id)]));
  return Object.entries(EXTRACTORS).map(([name, extract]) => {
    const counts = new Map<string, Counts>();
    let ms = 0;
    for (const id of ids) {
      const start = performance.now();
      const text = extract(pages.get(id)!);
      ms += performance.now() - start;
      counts.set(id, shingleCounts(truth[id]!.articleBody ?? '', text));
    }
    return { name, ...scores([...counts.values()]), msPerPage: ms / ids.length, pages: counts };
  });
}
