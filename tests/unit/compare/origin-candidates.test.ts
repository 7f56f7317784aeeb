/** Candidate pairs of the origin pass: in a large collection, far fewer than all pairs, and still every copy and rewrite. */
import { describe, expect, it } from 'vitest';
import { ALL_PAIRS_MAX, originCandidates } from '../../../src/engine/compare/origin-candidates.ts';
import { originFamilies, prepare, type OriginDoc } from '../../../src/engine/compare/origin.ts';

describe('in a large collection', () => {
  // Reports of unrelated invented events, built from a fixed-seed generator, with one copy and one rewrite planted.
  const rand = (() => {
    let a = 7;
    return () => (a = (Math.imul(a, 1103515245) + 12345) >>> 0) / 2 ** 32;
  })();
  const WORDS =
    'river council market bridge school harvest storm railway museum hospital festival factory harbour library station election forest road tunnel airport'.split(
      ' ',
    );
  const doc = (i: number): OriginDoc => {
    const place = `Town${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`;
    const w = () => WORDS[Math.floor(rand() * WORDS.length)];
    const sentences = Array.from(
      { length: 12 },
      () =>
        `The ${w()} near ${place} saw ${Math.floor(rand() * 90000) + 100} visitors and ${w()} staff ${w()} said ${w()} ${w()}.`,
    );
    return { slug: `d${String(i).padStart(4, '0')}`, text: sentences.join(' '), credits: [] };
  };
  const docs = Array.from({ length: ALL_PAIRS_MAX * 4 }, (_, i) => doc(i));
  docs.push({ slug: 'z-copy', text: docs[17]!.text, credits: [] });
  // d0040 retold sentence by sentence in other words (no five words in a row in common): found through the
  // index of rare facts, not the shingles, and flagged because its sentences align in order.
  docs.push({
    slug: 'z-rewrite',
    text: docs[40]!.text.replace(
      /The (\w+) near (\w+) saw (\d+) visitors and (\w+) staff (\w+) said (\w+) (\w+)\./g,
      'Some $3 visitors came to the $1 by $2, $5 of the $4 staff said, pointing to $6 and $7.',
    ),
    credits: [],
  });

  it('scores far fewer pairs than all of them, and still finds the copy and the rewrite', () => {
    const candidates = originCandidates(prepare([...docs].sort((a, b) => a.slug.localeCompare(b.slug))));
    const all = (docs.length * (docs.length - 1)) / 2;
    expect(candidates.length).toBeLessThan(all / 20);
    const { pairs, families } = originFamilies(docs);
    expect(pairs.filter((p) => p.kind).map((p) => [p.a, p.b, p.kind])).toEqual([
      ['d0017', 'z-copy', 'copy'],
      ['d0040', 'z-rewrite', 'rewrite'],
    ]);
    expect(families).toHaveLength(2);
  });
});
