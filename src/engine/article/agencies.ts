/**
 * News agencies: the names wire copy credits, with the spellings they appear
 * under. A credit is always reported under its canonical short name.
 */

/** One agency: its canonical name and the spellings that name it. */
export interface Agency {
  /** The short name every credit is reported under (`AFP`). */
  name: string;
  /** Matches any spelling, as a whole word. */
  pattern: RegExp;
  /**
   * The spelling that credits the agency inside running prose (`told AFP`), for the few agencies credited there at
   * all; it is narrower than `pattern` on purpose, since a wider one changes which articles credit whom.
   */
  prose?: RegExp;
}

/** Every agency, in the order credits found in one sentence are listed. */
export const AGENCIES: readonly Agency[] = [
  {
    name: 'AFP',
    pattern: /\b(?:AFP|Agence France[- ]Presse)\b|法新社|أ\s?[.\s]\s?ف\s?[.\s]\s?ب/,
    prose: /\b(?:AFP|Agence France[- ]Presse)\b/,
  },
  { name: 'Reuters', pattern: /\bReuters\b|路透社|ロイター|رويترز/, prose: /\bReuters\b/ },
  { name: 'AP', pattern: /\b(?:AP|Associated Press)\b/, prose: /\b(?:AP|Associated Press)\b/ },
  {
    name: 'dpa',
    pattern: /\b(?:dpa|DPA|Deutsche Presse-Agentur)\b|د\s?[.\s]\s?ب\s?[.\s]\s?أ/,
    prose: /\b(?:dpa|Deutsche Presse-Agentur)\b/,
  },
  { name: 'EFE', pattern: /\bEFE\b/, prose: /\bEFE\b/ },
  { name: 'ANSA', pattern: /\bANSA\b/, prose: /\bANSA\b/ },
  { name: 'Xinhua', pattern: /\bXinhua(?: News Agency)?\b|新华社|新華社|شينخوا/, prose: /\bXinhua\b/ },
  { name: 'Anadolu', pattern: /\b(?:Anadolu(?: Agency| Ajansı)?|AA)\b/, prose: /\bAnadolu(?: Agency)?\b/ },
  { name: 'DHA', pattern: /\b(?:DHA|Demirören Haber Ajansı)(?![\p{L}])/u },
  { name: 'İHA', pattern: /(?<![\p{L}])(?:İHA|IHA|İhlas Haber Ajansı)(?![\p{L}])/u },
  { name: 'Kyodo', pattern: /\bKyodo(?: News)?\b|共同通信|^共同$/, prose: /\bKyodo\b/ },
  { name: 'Jiji', pattern: /\bJiji(?: Press)?\b/ },
  { name: 'UPI', pattern: /\b(?:UPI|United Press International)\b/, prose: /\b(?:UPI|United Press International)\b/ },
  { name: 'PA Media', pattern: /\b(?:PA Media|Press Association)\b/, prose: /\bPA Media\b/ },
  { name: 'NAN', pattern: /\b(?:NAN|News Agency of Nigeria)\b/ },
  { name: 'Bernama', pattern: /\bBernama\b/ },
  { name: 'PTI', pattern: /\b(?:PTI|Press Trust of India)\b/ },
  { name: 'IANS', pattern: /\bIANS\b/ },
  { name: 'ANI', pattern: /\bANI\b/ },
  { name: 'Yonhap', pattern: /\bYonhap\b|연합뉴스/ },
  { name: 'TASS', pattern: /\bTASS\b|ТАСС/ },
  { name: 'RIA Novosti', pattern: /\bRIA(?: Novosti)?\b/ },
  { name: 'Interfax', pattern: /\bInterfax\b/ },
  { name: 'Sputnik', pattern: /\bSputnik\b/ },
  { name: 'MENA', pattern: /\bMENA\b/ },
  { name: 'WAFA', pattern: /\bWAFA\b|^وفا$/ },
  { name: 'KUNA', pattern: /\bKUNA\b|كونا/ },
  { name: 'SPA', pattern: /\b(?:SPA|Saudi Press Agency)\b|^واس$/ },
  { name: 'QNA', pattern: /\bQNA\b|قنا/ },
  { name: 'IRNA', pattern: /\bIRNA\b/ },
  { name: 'AAP', pattern: /\bAAP\b/ },
  { name: 'Lusa', pattern: /\bLusa\b/ },
  { name: 'CNA', pattern: /\bCNA\b/ },
  { name: 'Antara', pattern: /\b(?:Antara|ANTARA)\b/ },
  { name: 'APS', pattern: /\b(?:APS|Algérie Presse Service)\b|^واج$|وكالة الأنباء الجزائرية/ },
  { name: 'MAP', pattern: /\bMAP\b|^و\s?م\s?ع$/ },
  { name: 'APA', pattern: /\bAPA\b/ },
  { name: 'KNA', pattern: /\bKNA\b/ },
  { name: 'ANA', pattern: /\b(?:ANA|African News Agency)\b/ },
  { name: 'Prensa Latina', pattern: /\bPrensa Latina\b/ },
  { name: 'Belga', pattern: /\bBelga\b/ },
  { name: 'Europa Press', pattern: /\bEuropa Press\b/i },
  { name: 'ANP', pattern: /\bANP\b/ },
  { name: 'PAP', pattern: /\bPAP\b/ },
  { name: 'Ukrinform', pattern: /\bUkrinform\b/ },
  { name: 'Agencia Brasil', pattern: /\bAg[êe]ncia Brasil\b/ },
  { name: 'The Canadian Press', pattern: /\b(?:The Canadian Press|Canadian Press)\b/ },
  { name: 'TAP', pattern: /\bTunis Afrique Presse\b|^وات$/ },
  { name: 'WAM', pattern: /\b(?:WAM|Emirates News Agency)\b|^وام$/ },
  { name: 'Keystone-SDA', pattern: /\b(?:Keystone-SDA|Keystone-ATS|SDA|ATS|sda|ats)\b/ },
  { name: 'Andina', pattern: /\bAndina\b/ },
  { name: 'ANGOP', pattern: /\b(?:ANGOP|Angop)\b/ },
  { name: 'Inforpress', pattern: /\bInforpress\b/ },
  { name: 'APP', pattern: /\b(?:APP|Associated Press of Pakistan)\b/ },
  { name: 'Télam', pattern: /\bT[ée]lam\b/ },
  { name: 'Notimex', pattern: /\bNotimex\b/ },
  { name: 'Noticias Argentinas', pattern: /\bNoticias Argentinas\b/ },
  { name: 'Petra', pattern: /\bPetra News Agency\b|^بترا$|^\(بترا\)$/ },
  { name: 'SANA', pattern: /\bSANA\b|^سانا$/ },
  { name: 'NNA', pattern: /\bNNA\b|الوكالة الوطنية للإعلام|^وطنية$/ },
  { name: 'BTA', pattern: /\bBTA\b/ },
  { name: 'HINA', pattern: /\b(?:HINA|Hina)\b/ },
  { name: 'BNA', pattern: /\b(?:BNA|Bahrain News Agency)\b|^بنا$|وكالة أنباء البحرين/ },
  { name: 'ONA', pattern: /\b(?:ONA|Oman News Agency)\b|^العُ?مانية$|وكالة الأنباء العُ?مانية/ },
  { name: 'AMI', pattern: /\b(?:AMI|Agence Mauritanienne d['’]Information)\b|الوكالة الموريتانية للأنباء/ },
  { name: 'Tatoli', pattern: /\b(?:TATOLI|Tatoli)\b/ },
  { name: 'Agerpres', pattern: /\b(?:AGERPRES|Agerpres)\b/ },
  { name: 'ČTK', pattern: /\b(?:ČTK|CTK)\b/ },
  { name: 'MTI', pattern: /\bMTI\b/ },
  { name: 'VNA', pattern: /\b(?:VNA|Vietnam News Agency)\b/ },
  { name: 'Adnkronos', pattern: /\bAdnkronos\b/ },
  { name: 'ATSH', pattern: /\b(?:ATSH|Agjencia Telegrafike Shqiptare)\b/ },
  { name: 'STA', pattern: /\b(?:STA|Slovenska tiskovna agencija)\b/ },
  { name: 'TASR', pattern: /\b(?:TASR|Tlačová agentúra Slovenskej republiky)\b/ },
  { name: 'ELTA', pattern: /\bELTA\b/ },
  { name: 'BNS', pattern: /\b(?:BNS|Baltic News Service)\b/ },
  { name: 'LETA', pattern: /\bLETA\b/ },
  { name: 'MIA', pattern: /\bMIA\b/ },
  { name: 'Tanjug', pattern: /\b(?:Tanjug|TANJUG)\b/ },
  { name: 'FENA', pattern: /\bFENA\b/ },
];

const LONGEST_NAME = 80;

/** The canonical name of an agency named by `text` as a whole (`Agence France-Presse` → `AFP`), or null. */
export function agencyNamed(text: string): string | null {
  const t = text.trim().replace(/[.,;:]+$/, '');
  // No agency's name, with the word for "agency" before it, is this long: a sentence names none as a whole.
  if (t.length > LONGEST_NAME) return null;
  // Else without the word "agency" before the name in other languages (`Agência Lusa`, `Agencia EFE`, `وكالة رويترز`).
  for (const name of [t, t.replace(/^(?:ag[êe]ncia|agence|agentur|agenzia|وكالة)\s+(?=\S)/iu, '')])
    for (const a of AGENCIES) {
      const m = a.pattern.exec(name);
      if (m && m.index === 0 && m[0].length === name.length) return a.name;
    }
  // A name written in capitals, as datelines print it (`(ANDINA)`, `INFORPRESS`).
  if (t.length >= 3 && t === t.toUpperCase()) return AGENCIES.find((a) => a.name.toUpperCase() === t)?.name ?? null;
  return null;
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
  const t = text.trim();
  // A North American broadcaster's call sign (`KXRL`, `WABC`) is the station, not an agency.
  if (/^[KW][A-Z]{3}$/.test(t) && !agencyNamed(t)) return false;
  return /^[A-Z]{2,6}$/.test(t) && !NOT_AGENCIES.has(t);
}
