/** The language: the front matter's, else the one the date line names, else one read from the body. */
import { francAll } from 'franc';
import type { FrontMatter, Warning } from '../../schema/article.ts';
import type { Body } from '../body.ts';
import type { Findings } from '../findings.ts';
import { closeLanguage } from './close-languages.ts';
import { FROM_FRONT_MATTER, provenance, type Decision } from './decision.ts';

/** English names of languages. */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });
// franc answers in ISO 639-3; the site uses the short BCP 47 code where there is one, which CLDR's aliases give
// (`ron` → `ro`, `arb` → `ar`, `cmn` → `zh`). A few members of a macrolanguage have no alias: they take its code.
const MACROLANGUAGE: Record<string, string> = { zlm: 'ms', fuv: 'ff' };

/** The short code of an ISO 639-3 code (`ron` → `ro`), or the code itself where there is none. */
export function shortLanguageCode(iso3: string): string {
  if (MACROLANGUAGE[iso3]) return MACROLANGUAGE[iso3];
  try {
    return Intl.getCanonicalLocales(iso3)[0] ?? iso3;
  } catch {
    return iso3;
  }
}

// The commonest English function words. When they make up a large share of a text
// it is English, and the costly trigram comparison over every language is skipped.
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in a is that for on with as was by it at from his her their has have had were be been are which this an its will said after'.split(
    ' ',
  ),
);
const ENGLISH_SHARE = 0.2;

/**
 * Guesses the language of a text, with how; null when the text is too short or too mixed. `around` is the text of the
 * lines taken off around it, read only to tell close neighbours apart.
 */
export function detectLanguage(text: string, around = ''): { code: string; name: string; method: string } | null {
  const ws = text
    .slice(0, 2000)
    .toLowerCase()
    .split(/[^\p{L}\p{N}’']+/u)
    .filter(Boolean);
  if (ws.length < 12) return null;
  const share = ws.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / ws.length;
  if (share >= ENGLISH_SHARE)
    return {
      code: 'en',
      name: 'English',
      method: `${Math.round(share * 100)}% of its first ${ws.length} words are common English function words (the, of, and…)`,
    };
  // Trigram statistics settle within a few hundred characters; the whole text costs far more and tells no more.
  const [best, second] = francAll(text.slice(0, 1200), { minLength: 40 });
  if (!best || best[0] === 'und') return null;
  if (second && best[1] - second[1] < 0.02 && best[1] < 1) return null;
  const guess = shortLanguageCode(best[0]);
  // Close neighbours are told apart by their month and weekday names, in the body or in the lines around it (a stamp
  // or a dateline taken off: `17. svibnja (Hina)`).
  const close = closeLanguage(guess, `${text}\n${around}`);
  const code = close?.code ?? guess;
  const name = LANGUAGE_NAMES.of(code) ?? code;
  const method = !close
    ? 'trigram analysis (franc) of its opening'
    : close.names.length
      ? `trigram analysis (franc) of its opening, and ${name} month or weekday names (${close.names.slice(0, 3).join(', ')}), which its close neighbours do not use`
      : `trigram analysis (franc) of its opening, which cannot tell the written forms of ${name} apart`;
  return { code, name, method };
}

/** Settles the language; one other than English is warned about, since the date and event rules read English. */
export function decideLanguage(
  found: Findings,
  frontMatter: FrontMatter,
  body: Body,
): Decision<string | null> & { warnings: Warning[] } {
  const decision = languageOf(found, frontMatter, body);
  const language = decision.value;
  const warnings: Warning[] = [];
  if (language && language.split('-')[0] !== 'en')
    warnings.push({
      line: null,
      message: `Reads as ${LANGUAGE_NAMES.of(language) ?? language}; the date and event rules read English, so some dates and events may be missing.`,
    });
  return { ...decision, warnings };
}

function languageOf(found: Findings, frontMatter: FrontMatter, body: Body): Decision<string | null> {
  if (frontMatter.language) return { value: frontMatter.language, provenance: provenance('stated', FROM_FRONT_MATTER) };
  const dateLine = found.dateLine;
  if (dateLine?.language) {
    const { code, name } = dateLine.language;
    return {
      value: code,
      provenance: provenance(
        'stated',
        `The date line on line ${dateLine.line} gives “${code} ${name}”.`,
        dateLine.line,
      ),
    };
  }
  const guess = detectLanguage(bodyText(body), found.removed.map((r) => r.text).join('\n'));
  return guess
    ? {
        value: guess.code,
        provenance: provenance('inferred', `Not stated; it reads as ${guess.name}: ${guess.method}.`),
      }
    : { value: null, provenance: provenance('unknown', 'Not stated, and the body is too short or too mixed to tell.') };
}

/** The body's paragraphs as one text, the way the language and the writing direction are read from it. */
export function bodyText(body: Body): string {
  return body.paragraphs.map((p) => p.block.text).join('\n');
}
