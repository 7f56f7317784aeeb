/** Slugs and ids: readable URL segments, unique in order. */
import slugifyText from '@sindresorhus/slugify';

/** Turns text into a lowercase ASCII slug, cut at a word boundary to at most `max` characters. */
export function slugify(text: string, max = 60): string {
  // The library transliterates other scripts (Arabic, Cyrillic, Greek…) instead of dropping their letters.
  const ascii = slugifyText(text, { decamelize: false });
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : ascii.slice(0, max)).replace(/-+$/g, '');
}

/** Makes ids unique in order: the second `x` becomes `x-2`, the third `x-3`. Mutates and returns the items. */
export function suffixDuplicateIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  for (const item of items) {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    if (n > 1) item.id = `${item.id}-${n}`;
  }
  return items;
}
