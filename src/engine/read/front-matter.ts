/** A seed's optional YAML front matter: its keys override what the text says; unknown keys are warned about. */
import matter from 'gray-matter';
import { FrontMatter, type RemovedLine, type Warning } from '../schema/article.ts';
import { SeedError } from './errors.ts';

/** The front matter read from the top of a seed, and the body under it. */
export interface FrontMatterRead {
  /** The validated keys; empty when the seed has no front matter. */
  data: FrontMatter;
  /** The text under the front matter. */
  body: string;
  /** How many lines the front matter takes, so body lines keep their numbers in the file. */
  lineOffset: number;
  /** The front-matter lines, recorded as removed from the article. */
  removed: RemovedLine[];
  /** Unknown keys, which were ignored. */
  warnings: Warning[];
}

/** Reads and validates the front matter; errors name the line of the key at fault. */
export function readFrontMatter(file: string, text: string): FrontMatterRead {
  if (!/^---[ \t]*\n/.test(text)) return { data: {}, body: text, lineOffset: 0, removed: [], warnings: [] };
  const parsed = parseYamlBlock(file, text);
  const raw = { ...(parsed.data as Record<string, unknown>) };
  for (const [k, v] of Object.entries(raw)) if (v instanceof Date) raw[k] = v.toISOString().slice(0, 10);
  const fmLines = text.slice(0, text.length - parsed.content.length).split('\n');
  const keyLine = (key: string) =>
    1 +
    Math.max(
      0,
      fmLines.findIndex((l) => l.startsWith(`${key}:`)),
    );
  const warnings: Warning[] = [];
  let result = FrontMatter.safeParse(raw);
  const first = result.success ? null : result.error.issues[0]!;
  if (first?.code === 'unrecognized_keys') {
    for (const k of first.keys) {
      warnings.push({
        line: keyLine(k),
        message: `Front matter key “${k}” is not known and was ignored; known keys are ${Object.keys(FrontMatter.shape).join(', ')}.`,
      });
      delete raw[k];
    }
    result = FrontMatter.safeParse(raw);
  }
  if (!result.success) {
    const key = String(result.error.issues[0]!.path[0] ?? '');
    throw new SeedError(
      file,
      keyLine(key),
      `front matter “${key}” is invalid: ${result.error.issues[0]!.message}.`,
      `give “${key}” a valid value (see README, “Adding an article”) or remove it.`,
    );
  }
  return {
    data: result.data,
    body: parsed.content,
    lineOffset: fmLines.length - 1,
    removed: fmLines.slice(0, -1).map((text, i) => ({ line: i + 1, text, kind: 'front-matter' as const })),
    warnings,
  };
}

function parseYamlBlock(file: string, text: string): matter.GrayMatterFile<string> {
  try {
    // gray-matter caches by content; pass a fresh options object so bad YAML always throws.
    return matter(text, {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as Error).message.split('\n')[0];
    // js-yaml counts from the opening `---` (0-based); an error found at the end of the
    // block is reported on the closing `---`, so point at the last line inside it.
    const closing = text.split('\n').findIndex((l, i) => i > 0 && /^---\s*$/.test(l)) + 1;
    const line = Math.min((mark?.line ?? 0) + 1, closing > 1 ? closing - 1 : Number.MAX_SAFE_INTEGER);
    throw new SeedError(
      file,
      Math.max(2, line),
      `has front matter that is not valid YAML (${reason}).`,
      'correct the YAML between the two `---` lines, or remove them.',
    );
  }
}
