/**
 * Shared origin: copies and rewrites flagged, families and their likely
 * origin, and precision and recall on invented fixtures and the seeds.
 */
import { describe, expect, it } from 'vitest';
import {
  COPY_THRESHOLD,
  ALIGN_THRESHOLD,
  REWRITE_MIN_SHARED_FACTS,
  NULL_MARGIN,
  originFamilies,
  REWRITE_THRESHOLD,
} from '../../../src/engine/compare/origin.ts';
import { SEEDS_DIR } from '../../helpers.ts';
import { folderDocs, ORIGIN_FIXTURES, pairKey } from './origin-helpers.ts';

describe('invented fixtures: copies, a translation, an independent report, another event in the same town', () => {
  const docs = folderDocs(ORIGIN_FIXTURES);
  const { pairs, families } = originFamilies(docs);
  const flagged = new Map(pairs.filter((p) => p.kind).map((p) => [pairKey(p.a, p.b), p.kind]));

  // The word-for-word translation aligns 0.58 of its sentences with the wire: within what independent reports of one
  // event reach (0.62 on the labelled pairs' null model), so precision first leaves it unflagged.
  it('flags the copies as copy and the rewrite as rewrite, and nothing else', () => {
    expect(Object.fromEntries(flagged)).toEqual({
      [pairKey('a1-crane-wire', 'a2-crane-copy')]: 'copy',
      [pairKey('c1-algae-wire', 'c2-algae-edited')]: 'copy',
      [pairKey('c1-algae-wire', 'c3-algae-rewrite')]: 'rewrite',
      [pairKey('c2-algae-edited', 'c3-algae-rewrite')]: 'rewrite',
    });
  });

  it('does not flag an independent report of the same event (same day, same town, same death toll)', () => {
    for (const other of ['a1-crane-wire', 'a2-crane-copy', 'a3-crane-translated']) {
      const p = pairs.find((x) => pairKey(x.a, x.b) === pairKey(other, 'a4-crane-independent'))!;
      expect(p.kind).toBeNull();
      expect(p.rewrite).toBeLessThan(REWRITE_THRESHOLD - NULL_MARGIN);
    }
  });

  it('does not flag two reports of different events in the same town', () => {
    const p = pairs.find((x) => pairKey(x.a, x.b) === pairKey('a4-crane-independent', 'b1-ferry-terminal'))!;
    expect(p.sharedFacts).toContain('Hugh Marrow');
    expect(p.kind).toBeNull();
  });

  it('groups them into two families and names each one’s likely origin', () => {
    expect(families.map(({ id, members, origin }) => ({ id, members, origin }))).toEqual([
      {
        id: 1,
        members: ['c1-algae-wire', 'c2-algae-edited', 'c3-algae-rewrite'],
        origin: { name: 'AP', creditedBy: ['c1-algae-wire', 'c2-algae-edited', 'c3-algae-rewrite'] },
      },
      {
        id: 2,
        members: ['a1-crane-wire', 'a2-crane-copy'],
        origin: { name: 'Reuters', creditedBy: ['a1-crane-wire', 'a2-crane-copy'] },
      },
    ]);
  });

  it('names as representative the earliest stated date, else the longest text, and measures every other member against it', () => {
    // c3 is dated a day after c1 and c2 (21 August); of those two, c1 is the longer (c2 is an edited copy).
    const algae = families[0]!;
    expect(algae.representative).toEqual({
      slug: 'c1-algae-wire',
      basis: 'longest-text',
      reason: 'the longest text (161 words) of the 2 published on the earliest stated date (2024-08-21)',
    });
    expect(algae.evidence.map((e) => [e.slug, e.kind, e.via])).toEqual([
      ['c2-algae-edited', 'copy', null],
      ['c3-algae-rewrite', 'rewrite', null],
    ]);
    const edited = algae.evidence[0]!;
    expect(edited.copy).toBeGreaterThanOrEqual(COPY_THRESHOLD);
    expect(edited.sharedShingles).toContain('swimming has been banned at');
    expect(edited.sharedFacts.length).toBeLessThanOrEqual(6);
    // The crane family: both dated 14 March, so length decides.
    expect(families[1]!.representative.basis).toBe('longest-text');
    expect(families[1]!.evidence).toHaveLength(1);
  });

  it('shows the shared evidence: wording for a copy, facts for a rewrite', () => {
    const copy = pairs.find((p) => pairKey(p.a, p.b) === pairKey('a1-crane-wire', 'a2-crane-copy'))!;
    expect(copy.copy).toBe(1);
    expect(copy.sharedShingles[0]).toBe('three workers were killed and');
    const translated = pairs.find((p) => pairKey(p.a, p.b) === pairKey('a1-crane-wire', 'a3-crane-translated'))!;
    expect(translated.copy).toBeLessThan(COPY_THRESHOLD);
    expect(translated.sharedFacts).toEqual(
      expect.arrayContaining(['62-metre', '2.5 million tonnes', '90 kilometres', 'Imogen Tallis']),
    );
  });

  it('gives the same result whatever the order of the articles, twice over', () => {
    const again = originFamilies([...docs].reverse());
    expect(again.pairs).toEqual(pairs);
    expect(again.families).toEqual(families);
    expect(JSON.stringify(originFamilies(docs).pairs)).toBe(JSON.stringify(pairs));
  });
});

describe('the seeds', () => {
  const docs = folderDocs(SEEDS_DIR);
  const seed = (prefix: string) => docs.find((d) => d.slug.startsWith(prefix))!.slug;
  const { pairs, families, familyOf } = originFamilies(docs);

  it('000 and 004 share the story’s facts but no sentences: two origins, not one report', () => {
    const p = pairs.find((x) => pairKey(x.a, x.b) === pairKey(seed('000'), seed('004')))!;
    expect(p.kind).toBeNull();
    expect(p.sharedFacts).toEqual(expect.arrayContaining(['10,500', '13,800', '180']));
    expect(p.aligned).toBeLessThan(ALIGN_THRESHOLD);
    expect(families).toEqual([]);
    expect(familyOf.size).toBe(0);
  });

  it('002 and 003 retell one UN statement: related by their facts, never flagged as copies', () => {
    const p = pairs.find((x) => pairKey(x.a, x.b) === pairKey(seed('002'), seed('003')))!;
    expect(p.kind).not.toBe('copy');
    expect(p.copy).toBeLessThan(COPY_THRESHOLD / 4);
    expect(p.sharedFacts).toEqual(expect.arrayContaining(['311', 'Antonio Guterres']));
  });

  it('flags no other pair', () => {
    const others = pairs.filter(
      (p) =>
        p.kind && ![pairKey(seed('000'), seed('004')), pairKey(seed('002'), seed('003'))].includes(pairKey(p.a, p.b)),
    );
    expect(others).toEqual([]);
    const unflagged = pairs.filter((p) => !p.kind).sort((x, y) => y.rewrite - x.rewrite)[0]!;
    console.log(
      `seeds: highest unflagged pair ${unflagged.a.slice(0, 3)} + ${unflagged.b.slice(0, 3)} at rewrite ${unflagged.rewrite}, copy ${Math.max(...pairs.map((p) => p.copy))} at most`,
    );
    expect(pairs).toHaveLength(10);
    expect(familyOf.has(seed('001'))).toBe(false);
  });
});

describe('precision and recall of flagged pairs, fixtures plus seeds', () => {
  // Recall pays for precision: the translation (two of the six true pairs) aligns no better than independent reports.
  it('flag no unrelated pair, and find the copies and the same-language rewrite', () => {
    const truth = new Set([
      pairKey('a1-crane-wire', 'a2-crane-copy'),
      pairKey('a1-crane-wire', 'a3-crane-translated'),
      pairKey('a2-crane-copy', 'a3-crane-translated'),
      pairKey('c1-algae-wire', 'c2-algae-edited'),
      pairKey('c1-algae-wire', 'c3-algae-rewrite'),
      pairKey('c2-algae-edited', 'c3-algae-rewrite'),
    ]);
    const seeds = folderDocs(SEEDS_DIR);
    const seed = (prefix: string) => seeds.find((d) => d.slug.startsWith(prefix))!.slug;
    // 002 and 003 retell one UN statement: related either way, so neither counted as found nor as a false alarm.
    const neutral = pairKey(seed('002'), seed('003'));
    const flagged = [folderDocs(ORIGIN_FIXTURES), seeds]
      .flatMap((docs) =>
        originFamilies(docs)
          .pairs.filter((p) => p.kind)
          .map((p) => pairKey(p.a, p.b)),
      )
      .filter((k) => k !== neutral);
    const tp = flagged.filter((k) => truth.has(k)).length;
    const precision = tp / flagged.length;
    const recall = tp / truth.size;
    console.log(
      `flagged ${flagged.length}, true ${truth.size}, correct ${tp}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (002 + 003 left out of the count)`,
    );
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(4 / 6);
    expect(flagged.filter((k) => !truth.has(k))).toEqual([]);
  });
});

describe('two short notes', () => {
  it('does not call two short notes one report for sharing fewer than REWRITE_MIN_SHARED_FACTS facts', () => {
    const notes = [
      { slug: 'n1', text: 'Mira Holt met Tom Vance in Dunmere.', credits: [] },
      { slug: 'n2', text: 'In Dunmere, it was Mira Holt who met Tom Vance.', credits: [] },
      { slug: 'n3', text: 'The ferry to Inchmore was cancelled on Monday.', credits: [] },
      { slug: 'n4', text: 'Rain fell on Selby for a week.', credits: [] },
    ];
    const pair = originFamilies(notes).pairs.find((p) => p.a === 'n1' && p.b === 'n2')!;
    expect(pair.sharedFacts).toHaveLength(REWRITE_MIN_SHARED_FACTS - 1);
    expect(pair.rewrite).toBe(1);
    expect(pair.kind).toBeNull();
  });
});
