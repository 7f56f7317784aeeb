/**
 * MinHash signatures of word-shingle sets and the bucket keys of LSH banding,
 * so that near-identical texts are found without comparing every pair
 * (`family-search.ts` keeps the buckets).
 *
 * Written here rather than taken from npm: the `minhash` package is
 * unmaintained, untyped, and multiplies 32-bit values in floating point past
 * 2^53 (losing bits of every hash); `bloom-filters` has MinHash without LSH
 * and brings seven dependencies. This is a few dozen lines of 32-bit integer
 * arithmetic with fixed seeds, so two builds give the same bits.
 */

/** Hashes per signature. */
export const SIGNATURE_SIZE = 128;

/** FNV-1a over UTF-16 code units, finished with MurmurHash3's mixer: a 32-bit hash of a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return mix32(h);
}

/** MurmurHash3's 32-bit finaliser: every input bit flips each output bit with probability ½. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

// One fixed seed per hash function (from a fixed-seed mulberry32 stream): never from the clock.
const SEEDS = (() => {
  const out = new Uint32Array(SIGNATURE_SIZE);
  let a = 0x2545f491;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) >>> 0;
  }
  return out;
})();

/** The MinHash signature of a set of 32-bit element hashes: per hash function, the smallest value over the set. */
export function signature(elements: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of elements) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const v = mix32(x ^ SEEDS[i]!);
      if (v < sig[i]!) sig[i] = v;
    }
  }
  return sig;
}

/** The share of hash functions on which two signatures agree: an unbiased estimate of the sets' Jaccard index. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/**
 * The chance that LSH proposes a pair whose sets have Jaccard index `j`, with
 * `rows` hashes per band: 1 − (1 − j^rows)^bands.
 */
export function candidateProbability(j: number, rows: number): number {
  const bands = Math.floor(SIGNATURE_SIZE / rows);
  return 1 - (1 - j ** rows) ** bands;
}

/** The bucket key of one band of a signature: a hash of its `rows` values, salted with the band's number. */
export function bandKey(sig: Uint32Array, band: number, rows: number): number {
  let key = band;
  for (let r = band * rows; r < (band + 1) * rows; r++) key = mix32(Math.imul(key, 0x9e3779b1) ^ sig[r]!);
  return key;
}
