/** Reads the story's place overrides (`places.yaml` next to the seeds): places the datasets lack or place wrongly, with coordinates. */
import { isNode, LineCounter, parseDocument } from 'yaml';
import { SeedError } from './errors.ts';
import { Gazetteer, type Place } from '../schema/places.ts';
import { GAZETTEER_FILE } from './seed-files.ts';

/** Parses and validates the gazetteer; errors name the file, the line, what was expected and the fix. */
export function parseGazetteer(text: string, file = GAZETTEER_FILE): Gazetteer {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new SeedError(
      file,
      e.linePos?.[0]?.line ?? null,
      `is not valid YAML (${e.message.split('\n')[0]}).`,
      'correct the YAML syntax.',
    );
  }
  const result = Gazetteer.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    // The deepest node that exists on the issue's path gives the line.
    let line: number | null = null;
    for (let n = path.length; n >= 0 && line === null; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) line = lineCounter.linePos(node.range[0]).line;
    }
    throw new SeedError(
      file,
      line,
      `“${path.join('.') || '(top level)'}” is invalid: ${issue.message}.`,
      'give `places:`, each with `name`, `lat` (−90…90), `lon` (−180…180) and `kind` (country, region, city or site), and optionally `frame: [west, south, east, north]`; see README, “Story data”.',
    );
  }
  const seen = new Map<string, Place>();
  for (const p of result.data.places) {
    for (const n of [p.name, ...p.aliases]) {
      const key = n.toLowerCase();
      if (seen.has(key)) {
        const line = text.split('\n').findIndex((l) => l.includes(n)) + 1 || null;
        throw new SeedError(
          file,
          line,
          `“${n}” names both ${seen.get(key)!.name} and ${p.name}.`,
          'give each name or alias to one place only.',
        );
      }
      seen.set(key, p);
    }
  }
  return result.data;
}

/** A test for single capitalised words that are (part of) a place name or alias, for telling places from people. */
export function placeWordTest(places: readonly Place[]): (word: string) => boolean {
  const words = new Set(places.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.split(/\s+/)));
  return (word) => words.has(word) || words.has(word.replace(/[’']s$/, ''));
}
