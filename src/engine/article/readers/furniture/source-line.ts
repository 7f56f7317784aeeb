/** A source line (`CULLED FROM X`, `Source: X`, `Courtesy of X`): what it names is a credit, not the publisher. */
import { readStamp } from '../../../time/stamps.ts';
import { countTokens } from '../../../text/words.ts';
import { agencyNamed } from '../../agencies.ts';
import { addCredit } from '../../findings.ts';
import { isWholeLine, wordPattern } from '../../furniture-words/index.ts';
import { isProse } from '../../line-shapes.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

// A source label of any covered language, or a note that the text first appeared elsewhere.
const SOURCE_LABEL = new RegExp(
  String.raw`^(?:${wordPattern('sourceLabel')}|originally published (?:by|in|on|at)|this (?:article|story|report) (?:was |is )?(?:first |originally )?(?:appeared|published|republished)(?: (?:in|on|by|at|from))?)(?![\p{L}])\s*:?\s+(.{2,80}?)[.)]?$`,
  'iu',
);

/** A source line (`CULLED FROM The Daily X`, `Source: X`, `Courtesy: X`): returns what it credits. */
export function matchSourceLine(line: string): string[] | null {
  // Feeds put several fields on one line ("Source: Xinhua| 2023-06-08 21:04|Editor: …"): the first is the source.
  const t = line.trim().split(/\s*[|·•]\s*/)[0]!;
  const m = SOURCE_LABEL.exec(
    t
      .replace(/\s*\((?:reposted|republished|used|reproduced)[^)]*\)\s*$/i, '')
      // A line wrapped in brackets (`(Source: X)`), not one that ends on an acronym's (`Source: X News Agency (XNA)`).
      .replace(/^\((.*)\)$/, '$1')
      .replace(/：/g, ': '),
  );
  if (!m) return null;
  // An agency's acronym in brackets after its full name (`Kenya News Agency (KNA)`) names it.
  const acronym = /\(([^()]{2,12})\)?\s*$/.exec(m[1]!)?.[1];
  if (acronym && agencyNamed(acronym)) return [agencyNamed(acronym)!];
  const names = m[1]!
    .replace(/\s*\([^)]*\)?\s*$/, '')
    .replace(/\b(?:with permission|under a creative commons licen[cs]e|and (?:its|their) partners)\b.*$/i, '')
    // After a comma, only an agency is another source: `The Straits Mirror, Singapore` names an outlet and its city.
    .split(/\s*,\s*/)
    .filter((part, i) => i === 0 || agencyNamed(part))
    .join(', ')
    .split(/\s*(?:\/|,|;|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => s && (/^\p{Lu}|^[a-z]{2,5}$/u.test(s) || agencyNamed(s)) && countTokens(s) <= 6);
  if (!names.length) return null;
  return names.map((n) => agencyNamed(n) ?? n);
}

// A press release or a statement named as the source (`Quelle: Pressemitteilung Schützenverein …`) credits no agency;
// nor does the site's own desk (`Kaynak: Haber Merkezi`).
const RELEASE = new RegExp(String.raw`^(?:${wordPattern('pressRelease')})(?![\p{L}])`, 'iu');
function isRelease(name: string): boolean {
  return RELEASE.test(name) || isWholeLine('newsroom', name);
}

/** Takes a source line that is not prose, crediting what it names; a feed's source line may also date the article. */
export const sourceLineReader: LineReader<FurnitureLine, FurnitureZone> = (line, { found }) => {
  const t = line.plain;
  const source = !isProse(t) || countTokens(t) < 14 ? matchSourceLine(t) : null;
  if (!source) return null;
  for (const name of source)
    if (!isRelease(name)) addCredit(found.credits, name, `The source line “${t}” on line ${line.n}.`);
  // A feed's source line may carry the time of publication ("Source: X| 2023-06-08 21:04:17|Editor: …").
  const fields = t.split(/\s*[|·•]\s*/).slice(1);
  const stamp = fields.map((f) => readStamp(f)).find((x) => x);
  if (stamp) found.stamp ??= { line: line.n, verb: 'date', stamp, phrase: fields.find((f) => readStamp(f))! };
  return 'source-line';
};
