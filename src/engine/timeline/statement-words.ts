/**
 * The words that tell what a dated statement claims, in the languages other
 * than English that news arrives in: plans and futures, deadlines, conditions,
 * possibilities, things that were meant to happen and did not, denials, and the words of reported speech.
 * One table per language; `statement-kinds.ts` reads English with its own
 * patterns and adds the article's language's from here. Each entry is the
 * source of a regular expression, matched case-insensitively on whole words.
 */
import { ARABIC_NOUNS_LIKE_FUTURE } from '../time/future-words.ts';
import { CA, CS, ID, PL, RO, SV, TR, RU } from './statement-words-more.ts';
import { DA, EL, FI, HR, HU, NB, UK } from './statement-words-extra.ts';

/** One language's words of reported speech (`compare/foreign-speech.ts`), as regular-expression alternatives. */
export interface ReportedSpeechWords {
  /** Verbs of saying as a report writes them (`a déclaré`, `dijo`, `sagte`). */
  verbs: string;
  /** The word that opens what was said (`que`, `dass`, `أن`). */
  that: string;
  /** True where what was said may follow the verb after a comma alone (German: `sagte, die Stadt werde …`). */
  commaClause?: boolean;
  /** Words of "according to" set inside the clause, without commas (`Laut Polizei hatten …`, `nach Angaben der …`). */
  inline?: string;
  /** "According to" (`selon`, `según`, `laut`). */
  according: string;
  /** What may open the speaker after a closing verb where capitals, articles and pronouns do not tell it ('' for any). */
  speaker?: string;
}

/** One language's statement words. */
export interface StatementWords {
  /** What was meant to happen and did not: "devait rouvrir", "eigentlich sollte", "estaba previsto". */
  counterfactual: string;
  /** Words that open a condition: "si", "wenn", "caso". */
  conditional: string;
  /** A possibility, not a plan: "pourrait", "könnte", "podría". */
  hypothetical: string;
  /** A denial: "n'a pas", "nicht", "no", "não". */
  negated: string;
  /** The words just before a date that make it a limit: "d'ici au", "jusqu'au", "antes del", "bis zum". */
  deadline: string;
  /** The words right after a date that make it a limit, where the language puts them there (Finnish "mennessä"). */
  deadlineAfter?: string;
  /** Future and plan words, and the endings of the future tense: "va", "doit", "-era", "wird", "soll". */
  future: string;
  /** Words before a point of comparison: "contre", "frente a", "gegenüber". */
  comparing: string;
  /** The word for "until" just before a date, which after a denial dates the act ("no supo nada hasta …"). */
  until: string;
  /** Words that open a relative clause after a comma ("qui", "que", "der"): the clause tells another act. */
  relative: string;
  /** The endings of a past participle opening an apposition after a comma ("ouverte en mars", "firmado en 2020"). */
  participle?: string;
  /** Words saying a plan was the first one, since changed ("initialement", "ursprünglich"). */
  originally: string;
  /** A limit's name, then the words of its running out: "le délai … a expiré", "die Frist … abgelaufen". */
  expired: string;
  /** Verbs of saying in an attribution that closes a sentence (`…, a indiqué jeudi le maire`, `…, sagte er am Montag`). */
  saying?: string;
  /** A relative word must be followed by a lower-case word: German capitalises nouns, so ", die Polizei" is no clause. */
  relativeBeforeLowerCase?: boolean;
  /** The denial follows the verb it denies ("sagte nicht"), so it may stand after the date. */
  negatedAfter?: boolean;
  /** A condition told by a sentence that opens with its verb ("Sind die Tests einwandfrei, könnte …"). */
  conditionalOpening?: string;
  /** The words of reported speech: what was said after a verb and "que", "dass", "أن", or beside "according to". */
  reported: ReportedSpeechWords;
  /** Auxiliaries of the past and the pluperfect ("war", "tinha", "avait"): a limit told with one was met or passed. */
  past?: string;
  /** The word just before a day something is set for, where it is not also "on" (Czech and Polish "na"). */
  forDay?: string;
}

// The past participles of verbs of saying after "a"/"ont" (French) and "ha"/"hanno" (Italian).
const FR_PAST = String.raw`déclaré|indiqué|annoncé|affirmé|précisé|expliqué|assuré|confirmé|souligné|estimé|ajouté|rappelé|dit|averti|reconnu|admis|promis`;
const IT_PAST = String.raw`detto|dichiarato|annunciato|spiegato|confermato|affermato|precisato|sottolineato|aggiunto|assicurato|ricordato`;

const FR: StatementWords = {
  forDay: String.raw`pour|pour le|pour la`,
  past: String.raw`avait|avaient|était|étaient|fut|furent`,
  counterfactual: String.raw`devait|devaient|aurait dû|auraient dû|était censée?|étaient censée?s|était prévue?|aurait|auraient|comptait|comptaient|espérait|espéraient`,
  conditional: String.raw`si|s'il|s'ils|à condition que|au cas où`,
  // The conditional mood ("obligeraient à patienter jusqu'à la fin novembre"), not "devrait", which plans.
  hypothetical: String.raw`pourrait|pourraient|pourra|pourront|risque de|risquent de|\p{L}{3,}(?:erait|eraient|irait|iraient)`,
  negated: String.raw`n'a pas|n'ont pas|n'avait pas|ne \S+ pas|ne \S+ jamais|n'\S+ pas|n'\S+ jamais|pas encore|aucune?|personne ne|ni \S+(?: \S+)? n'\S+`,
  deadline: String.raw`d'ici (?:au|le|à la|à)|d'ici fin|d'ici la fin (?:de|du)|avant la fin (?:de|du)|avant fin|jusqu'à (?:la )?fin(?: de| du)?|jusqu'au|jusqu'à|avant le|au plus tard (?:le)?|ont jusqu'au|a jusqu'au|(?:date limite|date butoir|délai) du`,
  future: String.raw`va|vont|doit|doivent|devra|devront|devrait|devraient|sera|seront|prévoit|prévoient|prévue?s?|s'apprête à|s'apprêtent à|prochaine?s?|\p{L}{3,}(?:era|eront|iront|ira)`,
  comparing: String.raw`contre|par rapport (?:à|aux?)|comparée? (?:à|aux?)`,
  until: String.raw`jusqu'(?:au|à la|à)`,
  relative: String.raw`qui|que|qu'|dont|où|lequel|laquelle|lesquels|lesquelles`,
  participle: String.raw`\p{L}{2,}(?:é|ée|és|ées|ie|ies|ue|ues|erte|ertes|ise|ises|ite|ites)`,
  originally: String.raw`initialement|à l'origine|dans un premier temps`,
  expired: String.raw`(?:délai|date limite|date butoir|ultimatum)\b.*\b(?:a expiré|expirait|expire|est écoulé|était écoulé|a pris fin|prend fin)`,
  saying: String.raw`a indiqué|a déclaré|a annoncé|a affirmé|a précisé|a expliqué|a assuré|a confirmé|ont indiqué|ont annoncé|selon`,
  reported: {
    verbs: String.raw`(?:a|ont|avait|avaient)\s+(?:\S+\s+)?(?:${FR_PAST})|déclare|indique|affirme|estime|explique|précise|souligne|assure|annonce`,
    that: String.raw`que|qu['’]`,
    according: String.raw`selon|d['’]après`,
  },
};

const ES: StatementWords = {
  forDay: String.raw`para|para el|para la`,
  past: String.raw`había|habían|fue|fueron|estaba|estaban`,
  counterfactual: String.raw`debía|debían|estaba previsto|estaba prevista|tenía previsto|tenían previsto|iba a|habría|habrían`,
  conditional: String.raw`si|en caso de que|siempre que`,
  hypothetical: String.raw`podría|podrían|podrá|podrán`,
  negated: String.raw`no|nunca|jamás|todavía no|aún no|ningún|ninguna|nadie`,
  deadline: String.raw`antes de fin de|antes de finales de|antes del|antes de|hasta el|a más tardar el|como tarde el|a más tardar|(?:plazo|fecha límite) del?`,
  future: String.raw`va a|van a|debe|deben|deberá|deberán|está previsto|está prevista|prevé|prevén|próxim[oa]s?|\p{L}{3,}(?:ará|erá|irá|arán|erán|irán)`,
  comparing: String.raw`frente al?|en comparación con|respecto al?`,
  until: String.raw`hasta(?: el| la)?`,
  relative: String.raw`que|quien|quienes|cuyo|cuya|cuyos|cuyas|donde|el cual|la cual|los cuales|las cuales`,
  participle: String.raw`\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|echo|echa|ierto|ierta|uesto|uesta|ito|ita)`,
  originally: String.raw`inicialmente|originalmente|en un principio`,
  expired: String.raw`(?:plazo|fecha límite|ultimátum)\b.*\b(?:venció|vencía|vence|expiró|expira|caducó|caduca|terminó|termina)`,
  saying: String.raw`dijo|dijeron|afirmó|afirmaron|anunció|anunciaron|declaró|declararon|explicó|explicaron|aseguró|aseguraron|indicó|indicaron|informó|informaron|confirmó|confirmaron|señaló|señalaron|según`,
  reported: {
    verbs: String.raw`dijo|dijeron|afirmó|afirmaron|anunció|anunciaron|declaró|declararon|explicó|explicaron|aseguró|aseguraron|indicó|indicaron|informó|informaron|confirmó|confirmaron|señaló|señalaron|añadió|agregó|precisó|sostuvo|advirtió|reconoció|(?:ha|han)\s+(?:dicho|afirmado|anunciado|explicado|asegurado|indicado|señalado|confirmado)`,
    that: 'que',
    according: 'según',
  },
};

const PT: StatementWords = {
  forDay: String.raw`para|para o|para a`,
  past: String.raw`tinha|tinham|havia|haviam|foi|foram|estava|estavam`,
  counterfactual: String.raw`deveria|deveriam|estava previsto|estava prevista|ia|teria|teriam`,
  // Not "se": it is far more often the reflexive pronoun ("se mantém") than "if".
  conditional: String.raw`caso|a menos que`,
  // "Se o reforço tivesse sido feito em 2023, …": an opening "se" is a condition (inside a sentence it is also the
  // reflexive pronoun).
  conditionalOpening: String.raw`^se\s[^,]{3,160},`,
  hypothetical: String.raw`poderia|poderiam|poderá|poderão`,
  negated: String.raw`não|nunca|jamais|ainda não|nenhum|nenhuma|ninguém`,
  deadline: String.raw`até (?:ao|o) final de|até (?:ao|o) fim de|até final de|até (?:ao|o|a|à)|até|antes de|o mais tardar (?:em)?|(?:prazo|data limite) d[eo]`,
  future: String.raw`vai|vão|deve|devem|deverá|deverão|está previsto|está prevista|prevê|preveem|próxim[oa]s?|que vem|\p{L}{3,}(?:ará|erá|irá|arão|erão|irão)`,
  comparing: String.raw`em comparação com|face ao?`,
  until: String.raw`até(?: ao| à| o| a)?`,
  relative: String.raw`que|quem|cujo|cuja|cujos|cujas|onde|o qual|a qual|os quais|as quais`,
  participle: String.raw`\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|eito|eita|erto|erta|osto|osta|ito|ita)`,
  originally: String.raw`inicialmente|originalmente|a princípio`,
  expired: String.raw`(?:prazo|data limite|ultimato)\b.*\b(?:expirou|expira|venceu|vence|terminou|termina|acabou|acaba)`,
  saying: String.raw`disse|disseram|afirmou|afirmaram|anunciou|anunciaram|declarou|declararam|explicou|garantiu|informou|informaram|confirmou|segundo`,
  reported: {
    verbs: String.raw`disse|disseram|afirmou|afirmaram|anunciou|anunciaram|declarou|declararam|explicou|explicaram|garantiu|garantiram|informou|informaram|confirmou|confirmaram|adiantou|referiu|sublinhou|acrescentou|indicou|assegurou|admitiu|reconheceu`,
    that: 'que',
    according: 'segundo|de acordo com',
  },
};

const DE: StatementWords = {
  forDay: String.raw`für|für den|für die|für das`,
  past: String.raw`war|waren|hatte|hatten|wurde|wurden`,
  counterfactual: String.raw`eigentlich sollte|sollte eigentlich|eigentlich sollten|sollten eigentlich|ursprünglich sollte|ursprünglich sollten|hätte|hätten|wäre|wären|war geplant|war vorgesehen`,
  conditional: String.raw`wenn|falls|sofern`,
  hypothetical: String.raw`könnte|könnten|dürfte|dürften`,
  negated: String.raw`nicht|kein|keine|keinen|nie|noch nicht`,
  deadline: String.raw`bis zum|bis spätestens|bis ende|bis anfang|bis mitte|bis|spätestens am|spätestens|vor dem|Frist (?:vom|am)`,
  // An announcement's clause looks ahead: "hat angekündigt, am Freitag … zu setzen", "kündigte im Radio an, am
  // Dienstag … zu starten", "dass sie am Montag … eröffnen werde".
  future: String.raw`wird|werden|werde|soll|sollen|solle|will|wollen|muss|müssen|müsse|plant|planen|geplant|voraussichtlich|vorgesehen|kommende[nmrs]?|nächste[nmrs]?|angekündigt|kündig(?:t|te|ten|en)\s(?:[^,.;:]{1,60}\s)?an(?=,)`,
  comparing: String.raw`gegenüber|verglichen mit|im Vergleich zu`,
  until: String.raw`erst`,
  relative: String.raw`der|die|das|dem|den|dessen|deren|welche|welcher|welches|wo`,
  originally: String.raw`ursprünglich|anfänglich`,
  // German may put the verb first: "schließt sich das Startfenster am 4. Oktober".
  expired: String.raw`(?:Frist|Ultimatum|Startfenster|Zeitfenster)\b.*\b(?:abgelaufen|lief|verstrichen|endete|schließt|schloss)|(?:schließt|schloss|endet|endete)\b.*\b(?:Frist|Ultimatum|Startfenster|Zeitfenster)`,
  relativeBeforeLowerCase: true,
  negatedAfter: true,
  conditionalOpening: String.raw`^(?:sind|ist|sollte|sollten|wird|werden|hat|haben|gibt|bleibt|bleiben)\s[^,]{3,120},`,
  saying: String.raw`sagte|erklärte|teilte|kündigte|bestätigte|betonte|sagten|erklärten|teilten|hieß es`,
  reported: {
    verbs: String.raw`sagte|sagten|erklärte|erklärten|betonte|betonten|bestätigte|bestätigten|berichtete|berichteten|warnte|warnten|kündigte|teilte|sagt|erklärt|betont`,
    that: 'dass',
    according: String.raw`laut|nach Angaben (?:von|des|der)`,
    commaClause: true,
    inline: String.raw`laut|nach Angaben (?:von|des|der)|nach (?:ihren|seinen) Worten`,
  },
};

// Arabic joins "and" and "so" to the next word (`وكان`, `فلم`): each word may take them.
const AR: StatementWords = {
  past: String.raw`[وف]?كان|[وف]?كانت|[وف]?كانوا`,
  // "وكانت الفرقة ستقدم عرضها" (was to give its show): "كان" and a verb of the future; not "كانت (قد) أعلنت أنها ستفتح"
  // (had announced that it would open), a pluperfect and what was said.
  counterfactual: String.raw`[وف]?كان(?:ت|وا)?\s+(?:\p{L}+\s+){0,2}?(?:يأمل|تأمل|يأملون|يعتزم|يعتزمون|ينوي|ينوون)|[وف]?كان(?:ت|وا)?\s+(?:(?!قد\s|أن|بأن)[^\s،,]+\s+){0,4}?س[تين]\p{L}{3,}|[وف]?كان من المقرر|[وف]?كان من المفترض|[وف]?كان يفترض|[وف]?كان مقررا|[وف]?كان مقرراً|[وف]?كانت مقررة`,
  conditional: String.raw`[وف]?إذا|[وف]?لو|[وف]?في حال|[وف]?في حالة`,
  // Not "قد" before a verb: before a past verb it marks a thing done ("قد توقفت", had stopped).
  hypothetical: String.raw`[وف]?ربما|[وف]?يمكن أن|[وف]?من الممكن أن|[وف]?من المحتمل أن`,
  negated: String.raw`[وف]?لم|[وف]?لن|[وف]?ليس|[وف]?ليست|[وف]?لا يزال لم|[وف]?دون أن|[وف]?لا يُ?توقع|[وف]?لا يُ?نتظر`,
  deadline: String.raw`بحلول نهاية|بحلول أواخر|قبل نهاية|حتى نهاية|بحلول|مهلة|في موعد أقصاه|في موعد لا يتجاوز|قبل|حتى|مهلة تنتهي في|تنتهي في|موعدا نهائيا|موعداً نهائياً`,
  // The future's prefix (`سيفتتح`, `ستبدأ`), not the nouns that open with the same letters (`سينما`, `سيارة`, `ستة`,
  // `سياسة`, `لا سيما`).
  future: String.raw`[وف]?سوف|[وف]?من المقرر|[وف]?من المتوقع|[وف]?من المنتظر|المقبل|المقبلة|القادم|القادمة|[وف]?يعتزم|[وف]?تعتزم|[وف]?ينوي|[وف]?تنوي|[وف]?س(?!${ARABIC_NOUNS_LIKE_FUTURE})[تي]\p{L}{3,}`,
  comparing: String.raw`مقارنة ب|مقارنة مع|مقابل`,
  until: String.raw`حتى`,
  relative: String.raw`الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي`,
  originally: String.raw`في الأصل|أصلا|أصلاً|في البداية`,
  expired: String.raw`(?:مهلة|المهلة|الموعد النهائي)\b.*(?:تنتهي|انتهت|تنقضي|انقضت)`,
  saying: String.raw`قال|قالت|أعلن|أعلنت|أكد|أكدت|أوضح|أوضحت|حسبما|بحسب|وفق`,
  reported: {
    verbs: String.raw`و?(?:قال|قالت|أعلن|أعلنت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|صرح|صرّح|صرحت|أفاد|أفادت|ذكر|ذكرت|أضاف|أضافت)`,
    that: 'إن|أن|بأن',
    according: String.raw`بحسب|وفق|وفقا ل|حسب`,
    // Arabic names its speaker after the verb without capitals or articles to tell it by.
    speaker: '',
  },
};

const IT: StatementWords = {
  past: String.raw`aveva|avevano|era|erano|fu|furono`,
  counterfactual: String.raw`doveva|dovevano|avrebbe dovuto|avrebbero dovuto|sarebbe dovut[oaie]|sarebbero dovut[oaie]|era previsto|era prevista|erano previsti`,
  conditional: String.raw`se|qualora|nel caso in cui|a condizione che`,
  hypothetical: String.raw`potrebbe|potrebbero|potrà|potranno`,
  negated: String.raw`non|mai|nessun|nessuna|nessuno`,
  deadline: String.raw`entro il|entro la fine di|entro fine|entro la|entro|non oltre il|non oltre|fino al|fino a`,
  future: String.raw`dovrebbe|dovrebbero|dovrà|dovranno|sarà|saranno|prevede|previsto|prevista|previsti|prossim[oaie]|\p{L}{3,}(?:erà|irà|arà|eranno|iranno|aranno)`,
  comparing: String.raw`rispetto a|rispetto al|rispetto alla|contro`,
  until: String.raw`fino a|fino al`,
  relative: String.raw`che|il quale|la quale|i quali|le quali|cui|dove`,
  participle: String.raw`\p{L}{2,}(?:ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite)`,
  originally: String.raw`inizialmente|originariamente|in origine`,
  expired: String.raw`(?:scadenza|termine|ultimatum)\b.*\b(?:scaduto|scaduta|scadeva|scade|è scaduto)`,
  saying: String.raw`ha detto|ha dichiarato|ha annunciato|ha spiegato|ha confermato|ha affermato|hanno detto|secondo`,
  reported: {
    verbs: String.raw`(?:ha|hanno|aveva)\s+(?:\S+\s+)?(?:${IT_PAST})|dice|afferma|spiega|sottolinea`,
    that: 'che',
    according: 'secondo',
  },
};

const NL: StatementWords = {
  past: String.raw`was|waren|had|hadden|werd|werden`,
  counterfactual: String.raw`zou(?:den)? eigenlijk|had moeten|hadden moeten|was gepland|stond gepland`,
  conditional: String.raw`als|indien|mits|tenzij`,
  hypothetical: String.raw`zou kunnen|zouden kunnen|kan mogelijk|mogelijk`,
  negated: String.raw`niet|nooit|geen|nog niet`,
  deadline: String.raw`uiterlijk op|uiterlijk|voor eind|vóór|tot en met|tot|(?:termijn|deadline) van(?: afgelopen| vorige)?`,
  future: String.raw`zal|zullen|gaat|gaan|moet|moeten|gepland|verwacht|volgende|komende`,
  comparing: String.raw`vergeleken met|ten opzichte van|tegenover`,
  until: String.raw`pas`,
  relative: String.raw`die|dat|waar|waarin|welke`,
  originally: String.raw`oorspronkelijk|aanvankelijk`,
  expired: String.raw`(?:deadline|termijn|ultimatum)\b.*\b(?:verstreek|verlopen|verloopt|liep af|loopt af)`,
  negatedAfter: true,
  relativeBeforeLowerCase: false,
  saying: String.raw`zei|zegt|meldde|liet weten|verklaarde|bevestigde|aldus`,
  reported: {
    verbs: String.raw`zei|zeiden|zegt|meldde|verklaarde|bevestigde|benadrukte|waarschuwde|liet\s+weten`,
    that: 'dat',
    according: 'volgens',
  },
};

/** The table of each language, by its ISO 639-1 code. */
export const STATEMENT_WORDS: Readonly<Record<string, StatementWords>> = {
  fr: FR,
  es: ES,
  pt: PT,
  de: DE,
  ar: AR,
  it: IT,
  nl: NL,
  pl: PL,
  tr: TR,
  ro: RO,
  sv: SV,
  cs: CS,
  id: ID,
  el: EL,
  // Bosnian shares Croatian's words. Serbian does too in Latin letters, but a page's language code does not say
  // its script, and a Cyrillic page read with a Latin table would read every plan as an act: Serbian has no table.
  hr: HR,
  bs: HR,
  hu: HU,
  fi: FI,
  da: DA,
  // Norwegian as a whole, Bokmål and Nynorsk.
  no: NB,
  nb: NB,
  nn: NB,
  uk: UK,
  ru: RU,
  ca: CA,
  // Malay shares Indonesian's words of time, plans and speech.
  ms: ID,
};

/** The words of a language (`fr`, `pt-BR`), or null for English and languages without a table. */
export function statementWordsFor(language: string | null | undefined): StatementWords | null {
  return STATEMENT_WORDS[(language ?? 'en').split('-')[0]!.toLowerCase()] ?? null;
}

/** A whole-word, case-insensitive pattern of one kind of word, anywhere in a text. */
export function wordsPattern(words: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}'’])(?:${eitherApostrophe(words)})(?![\p{L}])`, 'iu');
}

/** A pattern's apostrophes matching either apostrophe (`d'ici`, `d’ici`). */
export function eitherApostrophe(words: string): string {
  return words.replace(/'/g, "['’]");
}

/** A language's statement words as patterns. */
export interface StatementPatterns {
  /** What was meant to happen and did not. */
  counterfactual: RegExp;
  /** A word that opens a condition. */
  conditional: RegExp;
  /** A possibility, not a plan. */
  hypothetical: RegExp;
  /** A denial. */
  negated: RegExp;
  /** A limit's words just before the date. */
  deadline: RegExp;
  /** A limit's words right after the date, or null where the language puts none there. */
  deadlineAfter: RegExp | null;
  /** Future and plan words. */
  future: RegExp;
  /** Words before a point of comparison. */
  comparing: RegExp;
  /** The word for "until" just before the date. */
  until: RegExp;
  /** Words naming a plan as the first one: "initialement", "ursprünglich". */
  originally: RegExp;
  /** A limit's name, then the words of its running out. */
  expired: RegExp;
  /** A denial at the start of a text: after a date in the subject ("prevista para el 27 de mayo nunca llegó"). */
  negatedOpening: RegExp;
  /** The language puts its denial after the verb (German: "sagte nicht"). */
  negatedAfter: boolean;
  /** A sentence opening with its verb and a comma: a condition (German). */
  conditionalOpening: RegExp | null;
  /** Auxiliaries of the past and the pluperfect, or null where the table has none. */
  past: RegExp | null;
  /** The word just before a day something is set for, or null. */
  forDay: RegExp | null;
}

const compiled = new Map<StatementWords, StatementPatterns>();

/** A language's statement words compiled once. */
export function statementPatterns(words: StatementWords): StatementPatterns {
  let p = compiled.get(words);
  if (!p) {
    const beforeDate = (w: string) => new RegExp(String.raw`(?<![\p{L}'’])(?:${eitherApostrophe(w)})\s*$`, 'iu');
    p = {
      counterfactual: wordsPattern(words.counterfactual),
      conditional: wordsPattern(words.conditional),
      hypothetical: wordsPattern(words.hypothetical),
      negated: wordsPattern(words.negated),
      deadline: beforeDate(words.deadline),
      deadlineAfter: words.deadlineAfter
        ? new RegExp(String.raw`^\s*(?:${words.deadlineAfter})(?![\p{L}])`, 'iu')
        : null,
      future: wordsPattern(words.future),
      comparing: wordsPattern(words.comparing),
      until: beforeDate(words.until),
      originally: wordsPattern(words.originally),
      expired: wordsPattern(words.expired),
      negatedOpening: new RegExp(String.raw`^\s*(?:${eitherApostrophe(words.negated)})(?![\p{L}])`, 'iu'),
      negatedAfter: words.negatedAfter === true,
      conditionalOpening: words.conditionalOpening ? new RegExp(words.conditionalOpening, 'iu') : null,
      past: words.past ? wordsPattern(words.past) : null,
      forDay: words.forDay ? beforeDate(words.forDay) : null,
    };
    compiled.set(words, p);
  }
  return p;
}

/**
 * Whether a limit's word of the language stands right before the date at `index` (`bis`, `jusqu'au`, `hasta el`) in a
 * sentence with no past auxiliary: a day the text looks toward, like English "by" and "until".
 */
export function limitWordBefore(sentence: string, index: number, language: string | null): boolean {
  const words = statementWordsFor(language);
  if (!words) return false;
  const { deadline, past } = statementPatterns(words);
  // "Bis Mittwoch waren erst neun gehoben": a limit told in the past was reached by a day gone by.
  return !past?.test(sentence) && deadline.test(sentence.slice(0, index));
}
