/** The writing direction of the text, for `dir="rtl"` on pages in Arabic, Hebrew and other right-to-left scripts. */

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The writing direction: from the language when known, else from the script most letters are in. */
export function textDirection(language: string | null, text: string): 'ltr' | 'rtl' {
  if (language && RTL_LANGUAGES.has(language.split('-')[0]!)) return 'rtl';
  const sample = text.slice(0, 2000);
  const rtl = (sample.match(/[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/g) ?? []).length;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  return letters && rtl / letters > 0.5 ? 'rtl' : 'ltr';
}
