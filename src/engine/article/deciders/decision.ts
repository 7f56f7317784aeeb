/** What a decider settles: one field's value and how it is known. */
import type { Provenance } from '../../schema/article.ts';

/** A field's value with its provenance. */
export interface Decision<T> {
  /** The value settled. */
  value: T;
  /** How it is known: stated, inferred or unknown, why, and from which line. */
  provenance: Provenance;
}

/** The reason every field set in the front matter gives. */
export const FROM_FRONT_MATTER = 'Set in the seed’s front matter.';

/** A provenance record. */
export function provenance(basis: Provenance['basis'], reason: string, line: number | null = null): Provenance {
  return { basis, reason, line };
}
