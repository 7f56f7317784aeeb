/** Numbers as the SVG markup writes them. */

/** A coordinate to one decimal: finer than the view box shows, and no longer than it needs to be. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
