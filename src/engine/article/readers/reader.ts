/**
 * What a reader is, and what it sees in each zone of a seed. A reader takes one kind of line: it returns the kind
 * of removed line it took, recording what the line gives in the zone's findings, or null to leave the line to the
 * next reader. The order of the readers is in `../configuration.ts`.
 */
import type { SourceLine } from '../../read/lines.ts';
import type { RemovedKind } from '../../schema/article.ts';
import type { Findings } from '../findings.ts';

/** A reader of whole lines: the kind of line it took, or null to leave the line to the next reader. */
export type LineReader<L, Z> = (line: L, zone: Z) => RemovedKind | null;

/** What a reader of part of a line took, as received, and the rest of the line, which stays body text. */
export interface PartTaken {
  /** What the part was. */
  kind: RemovedKind;
  /** The part taken out. */
  text: string;
  /** What is left of the line. */
  rest: string;
}

/** A reader that takes the head or the tail of a line, or returns null to leave it. */
export type PartReader<Z> = (line: SourceLine, zone: Z) => PartTaken | null;

/** The kind the first reader in order takes the line as; null when none takes it. */
export function firstTake<L, Z>(readers: readonly LineReader<L, Z>[], line: L, zone: Z): RemovedKind | null {
  for (const read of readers) {
    const kind = read(line, zone);
    if (kind) return kind;
  }
  return null;
}

/** What the first reader in order takes of the line; null when none takes any of it. */
export function firstPart<Z>(readers: readonly PartReader<Z>[], line: SourceLine, zone: Z): PartTaken | null {
  for (const read of readers) {
    const taken = read(line, zone);
    if (taken) return taken;
  }
  return null;
}

/** Any zone: the findings its readers add to. */
export interface Zone {
  /** What the readers have found so far, in this zone and the ones before it. */
  found: Findings;
}

/** The seed's first non-blank line. */
export interface FirstLineZone extends Zone {
  /** The seed's file name, for the error a date that is not a calendar date gives. */
  file: string;
}

/** A line as the header's and the furniture's readers see it. */
export interface ReadLine extends SourceLine {
  /** The line trimmed and without Markdown marks (`plainLine`). */
  plain: string;
}

/** A line of the furniture pass, with where it stands. */
export interface FurnitureLine extends ReadLine {
  /** Its place among the seed's non-blank lines. */
  index: number;
  /** True once a line of prose has been kept above it. */
  bodyStarted: boolean;
  /** True at the top of the page, while few lines have been kept above it (`TOP_OF_PAGE` in `../zones.ts`). */
  top: boolean;
}

/** The furniture pass, over every non-blank line of the seed. */
export interface FurnitureZone extends Zone {
  /** Every non-blank line. */
  lines: readonly SourceLine[];
  /** The places of the lines that stand in a run of menu entries. */
  menu: ReadonlySet<number>;
  /** The lines no reader took, in order. */
  kept: SourceLine[];
  /** Inside the link list under a "read also" heading: any short line is an item, or only bulleted ones. */
  list: 'any' | 'bullets' | null;
  /** The line before was an `About …` heading, so this one may be its paragraph. */
  afterAboutHeading: boolean;
  /** How many more lines a `Media contact:` heading may still take. */
  contactLines: number;
}

/** The header: the short lines above the lede. */
export interface HeaderZone extends Zone {
  /** Every header line, in order. */
  lines: readonly ReadLine[];
}

/** A line of the footer, read from the end of the text upwards. */
export interface FooterLine extends SourceLine {
  /** The line trimmed. */
  trimmed: string;
  /** True for the last line of the text. */
  last: boolean;
  /** True when no line is left above it: the footer readers never take the whole text. */
  onlyLineLeft: boolean;
  /** The line above it, trimmed, when there is one. */
  above?: string;
}
