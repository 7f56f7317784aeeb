/** Dates that are part of a proper name: a street or a square named after a day. */
import { fold, monthOf, namesFor, tokensOf } from './foreign-names.ts';
import type { TemporalExpression } from './types.ts';

/**
 * Whether an expression's month name is part of a proper name: written with a capital inside the sentence in a
 * language that writes its months in lower case (as the runtime's own names show), as streets and squares named
 * after a date are (`Rua Sete de Setembro`, `Avenida 9 de Julio`, `place du 8-Mai`).
 */
export function inProperName(sentence: string, e: TemporalExpression, language: string): boolean {
  const t = namesFor(language);
  if (!t || !t.lowerCaseMonths) return false;
  return tokensOf(e.text).some((w) => {
    const at = e.index + w.index;
    const month = monthOf(w[0], t) !== undefined || t.longMonths.has(fold(w[0]));
    // The name goes on from a capitalised word or a figure before it (`Sete de Setembro`, `9 de Julio`, `8-Mai`);
    // after a lower-case word (`em Setembro do próximo ano`) the capital is the writer's spelling of the month.
    const named = /(?:\p{Lu}\p{L}*|\d+)(?:\s+(?:de|do|da|del|du|di|des)\s+|[\s-]+)$/u.test(sentence.slice(0, at));
    return at > 0 && /^\p{Lu}/u.test(w[0]) && month && named;
  });
}
