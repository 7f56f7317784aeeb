/**
 * Runs one reader on one line, in a zone as fresh as the test needs, and returns what it took and what it found.
 * Every reader's table of lines goes through these.
 */
import type { SourceLine } from '../../../../src/engine/read/lines.ts';
import { newFindings, type Findings } from '../../../../src/engine/article/findings.ts';
import { plainLine } from '../../../../src/engine/article/line-shapes.ts';
import type {
  FooterLine,
  FurnitureLine,
  FurnitureZone,
  HeaderZone,
  LineReader,
  PartReader,
  PartTaken,
  ReadLine,
  Zone,
} from '../../../../src/engine/article/readers/reader.ts';
import type { RemovedKind } from '../../../../src/engine/schema/article.ts';

/** Findings with some fields already set, as the zones before would have left them. */
export function findings(set: Partial<Findings> = {}): Findings {
  return { ...newFindings([], []), ...set };
}

/** What a reader did with a line: the kind it took it as (null when it left it) and the findings after. */
export interface Take {
  kind: RemovedKind | null;
  found: Findings;
}

/** Where a furniture line stands, and the state the lines above it left. */
export interface FurnitureAt {
  index?: number;
  bodyStarted?: boolean;
  top?: boolean;
  lines?: SourceLine[];
  kept?: SourceLine[];
  menu?: number[];
  list?: FurnitureZone['list'];
  afterAboutHeading?: boolean;
  contactLines?: number;
  found?: Findings;
}

/** A furniture reader on one line (line 5, third of ten lines, at the top, before the body by default). */
export function furnitureTake(
  reader: LineReader<FurnitureLine, FurnitureZone>,
  text: string,
  at: FurnitureAt = {},
): Take & { zone: FurnitureZone } {
  const found = at.found ?? findings();
  const lines = at.lines ?? Array.from({ length: 10 }, (_, i) => ({ n: i + 1, text: `line ${i + 1}` }));
  const zone: FurnitureZone = {
    found,
    lines,
    menu: new Set(at.menu ?? []),
    kept: at.kept ?? [],
    list: at.list ?? null,
    afterAboutHeading: at.afterAboutHeading ?? false,
    contactLines: at.contactLines ?? 0,
  };
  const line: FurnitureLine = {
    n: 5,
    text,
    plain: plainLine(text),
    index: at.index ?? 2,
    bodyStarted: at.bodyStarted ?? false,
    top: at.top ?? true,
  };
  return { kind: reader(line, zone), found, zone };
}

/** A header reader on the header line `text`, among `others` (below it unless `above` says how many stand above). */
export function headerTake(
  reader: LineReader<ReadLine, HeaderZone>,
  text: string,
  { others = [], above = 0, found = findings() }: { others?: string[]; above?: number; found?: Findings } = {},
): Take {
  const texts = [...others.slice(0, above), text, ...others.slice(above)];
  const lines: ReadLine[] = texts.map((t, i) => ({ n: i + 2, text: t, plain: plainLine(t) }));
  return { kind: reader(lines[above]!, { found, lines }), found };
}

/** A reader of plain lines (standfirst, body) on line 5. */
export function lineTake(reader: LineReader<ReadLine, Zone>, text: string, found = findings()): Take {
  return { kind: reader({ n: 5, text, plain: plainLine(text) }, { found }), found };
}

/** A footer reader on line 20, the last line of the text with lines above it, unless told otherwise. */
export function footerTake(
  reader: LineReader<FooterLine, Zone>,
  text: string,
  {
    last = true,
    onlyLineLeft = false,
    found = findings(),
    above,
  }: { last?: boolean; onlyLineLeft?: boolean; found?: Findings; above?: string } = {},
): Take {
  return { kind: reader({ n: 20, text, trimmed: text.trim(), last, onlyLineLeft, above }, { found }), found };
}

/** A reader of part of a line on line 3: what it took and left, and the findings after. */
export function partTake<Z extends Zone>(
  reader: PartReader<Z>,
  text: string,
  zone: Omit<Z, 'found'> & { found?: Findings },
): { taken: PartTaken | null; found: Findings } {
  const found = zone.found ?? findings();
  return { taken: reader({ n: 3, text }, { ...zone, found } as Z), found };
}
