/** Name spellings: a small edit apart and the same role. */
import { describe, expect, it } from 'vitest';
import {
  closePairs,
  editDistance,
  editDistanceWithin,
  findNameVariants,
  nameMentions,
  roleWords,
} from '../../../src/engine/compare/names.ts';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { readStory, textSeed } from '../../helpers.ts';
import { seedAnalysis, slugOf } from './helpers.ts';

const noPlaces = () => false;

describe('edit distance', () => {
  it('counts single-letter edits and is symmetric', () => {
    expect(editDistance('El-Ghassim Wane', 'El-Ghassum Wane')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('sitting', 'kitten')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('role words drop fillers', () => {
    expect(roleWords('the head of the UN mission')).toEqual(['head']);
  });
});

describe('name variants', () => {
  const story = readStory();
  const corpusOf = (a: string, b: string) =>
    buildCorpus([textSeed('a.txt', `date 2024-03-04\n${a}\n`), textSeed('b.txt', `date 2024-03-05\n${b}\n`)], story);

  it('pair spellings a letter apart with the same role', () => {
    const c = corpusOf(
      'Jana Kowalska, the head of the port authority, spoke on Monday.',
      'Jana Kowalski, head of the port authority, said the port would reopen.',
    );
    const v = findNameVariants(nameMentions(c.articles, noPlaces));
    expect(v).toHaveLength(1);
    expect(v[0]!.spellings.map((s) => s.name)).toEqual(['Jana Kowalska', 'Jana Kowalski']);
    expect(v[0]!.sharedRole).toEqual(['authority', 'head', 'port']);
  });

  it('do not pair similar names with different roles; allow two edits, not more', () => {
    const roles = corpusOf(
      'Jana Kowalska, the head of the port authority, spoke.',
      'Jana Kowalski, a local fisherman and analyst, spoke.',
    );
    expect(findNameVariants(nameMentions(roles.articles, noPlaces))).toEqual([]);
    const two = corpusOf(
      'Jana Kowalska, the head of the port authority, spoke.',
      'Jane Kowalsky, head of the port authority, spoke.',
    );
    expect(findNameVariants(nameMentions(two.articles, noPlaces)).map((v) => v.distance)).toEqual([2]);
    const far = corpusOf(
      'Jana Kowalska, the head of the port authority, spoke.',
      'Joan Kovacs, head of the port authority, spoke.',
    );
    expect(findNameVariants(nameMentions(far.articles, noPlaces))).toEqual([]);
  });

  it('in the seeds: El-Ghassim Wane and El-Ghassum Wane, both head of the mission', () => {
    const { names } = seedAnalysis();
    expect(names).toHaveLength(1);
    expect(names[0]!.spellings.map((s) => [s.name, s.slug])).toEqual([
      ['El-Ghassim Wane', slugOf('001')],
      ['El-Ghassum Wane', slugOf('003')],
    ]);
    expect(names[0]!.sharedRole).toEqual(['head']);
    expect(names[0]!.distance).toBe(1);
  });
});

/** A fixed pseudo-random sequence, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Names built from a small alphabet, with near-copies, so many pairs are one or two edits apart. */
function names(n: number, next: () => number): string[] {
  const letters = 'aeiklmnorst -';
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (out.length && next() < 0.4) {
      const base = out[Math.floor(next() * out.length)]!.split('');
      const at = Math.floor(next() * base.length);
      const edit = next();
      if (edit < 0.33) base.splice(at, 1);
      else if (edit < 0.66) base.splice(at, 0, letters[Math.floor(next() * letters.length)]!);
      else base[at] = letters[Math.floor(next() * letters.length)]!;
      out.push(base.join(''));
    } else {
      out.push(
        Array.from({ length: 3 + Math.floor(next() * 12) }, () => letters[Math.floor(next() * letters.length)]).join(
          '',
        ),
      );
    }
  }
  return out;
}

// The faster paths give the same answers as the plain ones: the bounded distance and the length-paired
// comparison against the full table over every pair.
describe('bounded edit distance', () => {
  it('equals the full distance up to the bound, and says “more” past it', () => {
    const next = random(7);
    const list = names(300, next);
    for (let k = 0; k < 3000; k++) {
      const a = list[Math.floor(next() * list.length)]!;
      const b = list[Math.floor(next() * list.length)]!;
      for (const max of [0, 1, 2, 3]) {
        const full = editDistance(a, b);
        expect(editDistanceWithin(a, b, max), `${a} / ${b} within ${max}`).toBe(full <= max ? full : max + 1);
      }
    }
  });

  it('closePairs finds exactly the pairs a comparison of every pair finds, in the same order', () => {
    const list = names(400, random(11));
    const expected: Array<[number, number, number]> = [];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const d = editDistance(list[i]!, list[j]!);
        if (d >= 1 && d <= 2) expected.push([i, j, d]);
      }
    }
    expect(expected.length).toBeGreaterThan(100);
    expect(closePairs(list, 2)).toEqual(expected);
  });
});
