/**
 * News agencies: the names wire copy credits, with the spellings they appear
 * under. A credit is always reported under its canonical short name.
 */

/** One agency: its canonical name and the spellings that name it. */
interface Agency {
  name: string;
  /** Matches any spelling, as a whole word. */
  pattern: RegExp;
  /** True when the name alone is also an ordinary word or initials (`AP`, `PA`), so it needs a reporting context outside datelines. */
  ambiguous?: boolean;
}

const AGENCIES: Agency[] = [
  { name: 'AFP', pattern: /\b(?:AFP|Agence France[- ]Presse)\b|法新社/ },
  { name: 'Reuters', pattern: /\bReuters\b|路透社|ロイター/ },
  { name: 'AP', pattern: /\b(?:AP|Associated Press)\b/, ambiguous: true },
  { name: 'dpa', pattern: /\b(?:dpa|DPA|Deutsche Presse-Agentur)\b/ },
  { name: 'EFE', pattern: /\bEFE\b/ },
  { name: 'ANSA', pattern: /\bANSA\b/ },
  { name: 'Xinhua', pattern: /\bXinhua(?: News Agency)?\b|新华社|新華社/ },
  { name: 'Anadolu', pattern: /\b(?:Anadolu(?: Agency| Ajansı)?|AA)\b/, ambiguous: true },
  { name: 'Kyodo', pattern: /\bKyodo(?: News)?\b|共同通信|^共同$/ },
  { name: 'Jiji', pattern: /\bJiji(?: Press)?\b/ },
  { name: 'UPI', pattern: /\b(?:UPI|United Press International)\b/ },
  { name: 'PA Media', pattern: /\b(?:PA Media|Press Association)\b/ },
  { name: 'NAN', pattern: /\b(?:NAN|News Agency of Nigeria)\b/ },
  { name: 'Bernama', pattern: /\bBernama\b/ },
  { name: 'PTI', pattern: /\b(?:PTI|Press Trust of India)\b/ },
  { name: 'IANS', pattern: /\bIANS\b/ },
  { name: 'ANI', pattern: /\bANI\b/ },
  { name: 'Yonhap', pattern: /\bYonhap\b|연합뉴스/ },
  { name: 'TASS', pattern: /\bTASS\b|ТАСС/ },
  { name: 'RIA Novosti', pattern: /\bRIA(?: Novosti)?\b/ },
  { name: 'Interfax', pattern: /\bInterfax\b/ },
  { name: 'Sputnik', pattern: /\bSputnik\b/, ambiguous: true },
  { name: 'MENA', pattern: /\bMENA\b/, ambiguous: true },
  { name: 'WAFA', pattern: /\bWAFA\b/ },
  { name: 'KUNA', pattern: /\bKUNA\b/ },
  { name: 'SPA', pattern: /\b(?:SPA|Saudi Press Agency)\b/ },
  { name: 'QNA', pattern: /\bQNA\b/ },
  { name: 'IRNA', pattern: /\bIRNA\b/ },
  { name: 'AAP', pattern: /\bAAP\b/ },
  { name: 'Lusa', pattern: /\bLusa\b/ },
  { name: 'CNA', pattern: /\bCNA\b/ },
  { name: 'Antara', pattern: /\bAntara\b/ },
  { name: 'APS', pattern: /\b(?:APS|Algérie Presse Service)\b/ },
  { name: 'MAP', pattern: /\bMAP\b/, ambiguous: true },
  { name: 'APA', pattern: /\bAPA\b/ },
  { name: 'KNA', pattern: /\bKNA\b/ },
  { name: 'ANA', pattern: /\b(?:ANA|African News Agency)\b/ },
  { name: 'Prensa Latina', pattern: /\bPrensa Latina\b/ },
  { name: 'Belga', pattern: /\bBelga\b/ },
  { name: 'ANP', pattern: /\bANP\b/ },
  { name: 'PAP', pattern: /\bPAP\b/ },
  { name: 'Ukrinform', pattern: /\bUkrinform\b/ },
  { name: 'Agencia Brasil', pattern: /\bAg[êe]ncia Brasil\b/ },
];

/** The canonical name of an agency named by `text` as a whole (`Agence France-Presse` → `AFP`), or null. */
export function agencyNamed(text: string): string | null {
  const t = text.trim().replace(/[.,;:]+$/, '');
  for (const a of AGENCIES) {
    const m = a.pattern.exec(t);
    if (m && m.index === 0 && m[0].length === t.length) return a.name;
  }
  return null;
}

/** Every agency named anywhere in `text`, with where; `ambiguous` ones only when `includeAmbiguous`. */
export function agenciesIn(
  text: string,
  includeAmbiguous = true,
): Array<{ name: string; index: number; match: string }> {
  const out: Array<{ name: string; index: number; match: string }> = [];
  for (const a of AGENCIES) {
    if (a.ambiguous && !includeAmbiguous) continue;
    const m = a.pattern.exec(text);
    if (m) out.push({ name: a.name, index: m.index, match: m[0] });
  }
  return out.sort((x, y) => x.index - y.index);
}

// Capitals that close or mark wire copy without naming an agency.
const NOT_AGENCIES = new Set([
  'END',
  'MORE',
  'ADDS',
  'NEW',
  'UPDATE',
  'PHOTO',
  'PHOTOS',
  'VIDEO',
  'EXCL',
  'LEAD',
  'URGENT',
  'FLASH',
  'WRAPUP',
  'TAKE',
]);

/** True for a short all-capitals token that, inside a dateline's brackets, can only be an agency (`(NNA)`). */
export function looksLikeAgencyCode(text: string): boolean {
  return /^[A-Z]{2,6}$/.test(text.trim()) && !NOT_AGENCIES.has(text.trim());
}
