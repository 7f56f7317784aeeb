/**
 * The publisher: the front matter's, else the masthead, else the dateline's outlet, else the copyright holder, else
 * the organisation that issued a press release.
 */
import type { FrontMatter } from '../../schema/article.ts';
import type { Findings } from '../findings.ts';
import { FROM_FRONT_MATTER, provenance, type Decision } from './decision.ts';

/** A masthead without its edition (`Ege Haber — English Edition` → `Ege Haber`). */
export function outletName(masthead: string): string {
  return masthead
    .replace(
      /\s+[—–|-]\s+(?:[\p{L}]+\s+){0,2}(?:edition|online|digital|english|international|weekend)(?:\s+[\p{L}]+){0,2}$/iu,
      '',
    )
    .trim();
}

/**
 * A masthead joined to its tagline by a dash or a bar (`ASTYPALAIA NEWS - ΤΑ ΝΕΑ ΤΗΣ ΑΣΤΥΠΑΛΑΙΑΣ`): the name alone,
 * where the copyright line names the outlet so; otherwise the line as it stands.
 */
function withoutTagline(name: string, holder: string | undefined): string {
  const first = name.split(/\s+[—–|-]\s+/u)[0]!;
  const fold = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  return first !== name && holder && fold(holder).startsWith(fold(first)) ? first : name;
}

/** Settles the outlet that published the article. */
export function decidePublisher(found: Findings, frontMatter: FrontMatter): Decision<string | null> {
  if (frontMatter.publisher)
    return { value: frontMatter.publisher, provenance: provenance('stated', FROM_FRONT_MATTER) };
  const { masthead, dateline, copyright, issuer } = found;
  if (masthead)
    return {
      value: withoutTagline(outletName(masthead.name), copyright?.holder),
      provenance: provenance('stated', `The masthead on line ${masthead.line} names the outlet.`, masthead.line),
    };
  const outlet = dateline?.match.outlets[0];
  if (dateline && outlet)
    return {
      value: outlet,
      provenance: provenance(
        'stated',
        `The dateline on line ${dateline.line} (“${dateline.match.text}”) names the outlet.`,
        dateline.line,
      ),
    };
  if (copyright)
    return {
      value: copyright.holder,
      provenance: provenance(
        'stated',
        `The copyright line on line ${copyright.line} names the outlet.`,
        copyright.line,
      ),
    };
  if (issuer)
    return {
      value: issuer.name,
      provenance: provenance('stated', `Line ${issuer.line} names the press release's issuer.`, issuer.line),
    };
  return {
    value: null,
    provenance: provenance(
      'unknown',
      'No masthead, dateline, copyright line or press-release issuer names the outlet.',
    ),
  };
}
