/** A header line that names an item of the site's menu again: the section, not the outlet or the headline. */
import type { Findings } from '../../findings.ts';

/**
 * Whether a line repeats an item of the site's menu read above it, in any case (`IŠ KAIMŲ IR MIESTELIŲ`); not its first
 * item, which a breadcrumb opens with the site's own name.
 */
export function namesMenuItem(line: string, found: Findings): boolean {
  const t = line.trim().toLocaleLowerCase();
  if (t.length < 3 || t.length > 40) return false;
  return found.removed.some(
    (r) =>
      r.kind === 'navigation' &&
      r.text
        .split(/\s*(?:[|»›>•·/]|\s{2,})\s*/)
        .slice(1)
        .some((item) => item.trim().toLocaleLowerCase() === t),
  );
}
