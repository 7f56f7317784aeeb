/**
 * Words that put a clause in another language in the future (`sera`, `va a`, `wird`, `سوف`), read for every language
 * at once, and the Arabic nouns that look like a future but are not.
 */

/** Arabic nouns that open with the future's letters (`سينما`, cinema; `ستة`, six), whole words; `سيدعم` is a future. */
export const ARABIC_NOUNS_LIKE_FUTURE = String.raw`(?:ينما|يارة|يارات|ياسة|ياسات|ياسي|ياسية|يدة|يدات|يطرة|ياحة|ياحي|ياحية|يول|يناريو|تاد|تة|تين|تمائة|يما|يادة|ياق|ياج|يرة|تار|تائر)(?![\p{L}])`;
// Words that put a clause in the future, in the same languages. Not the Spanish "-ré" of "haré": French
// participles end so ("déclaré", "livré").
export const FOREIGN_FUTURE = new RegExp(
  String.raw`(?:^|[\s(«"“])(?:\p{L}+(?:ront|rons|rez|rán|rá|remos|rão|ranno|rà)|المقرر|من المنتظر|منتظرا|منتظراً|منتظرة|بحلول|يعتزم|تعتزم|à partir du|à partir de|începând|dès le|a partir del|a partir de|a partire dal|ab dem|ab|va|vont|sera|seront|naar verwachting|est attendue?s?|sont attendue?s|è attes[oa]|sono attes[ie]|(?:wordt|worden)(?:\s+\p{L}+){0,4}\s+verwacht|devrait|devraient|prévue?s?|prévoit|appellent à|appelle à|doit|doivent|será|serán|va a|van a|prevé|prevista|previsto|irá|vai|vão|sarà|saranno|wird|werden|soll|sollen|solle|muss|müssen|müsse|geplant|devra|devront|deve|devem|devono|debe|deben|zal|zullen|будет|будут|планирует|планируют|обещает|обещают|намерен|намерены|собирается|буде|będzie|będą|zostanie|zostaną|\p{L}{2,}(?:acak|ecek)|\p{L}{2,}(?:acağ|eceğ)\p{L}*|akan|سوف|ستبدأ|سيتم|س(?!${ARABIC_NOUNS_LIKE_FUTURE})[يت]\p{L}+|beklenen|θα|će|planira|planiraju|יהיה)(?=[\s,.;:!?»"”)]|$)`,
  'iu',
);

/**
 * Auxiliaries that look like a future word and tell the past in a language: Catalan `va lliurar` (delivered), `van
 * comparèixer` (appeared), where French `va` and Spanish `va a` look ahead.
 */
export const PERIPHRASTIC_PAST: Readonly<Record<string, RegExp>> = {
  ca: /(?<!\p{L})(?:vaig|vas|va|vam|vàrem|vau|vàreu|van|varen)\s+(?=\p{L}+(?:ar|er|re|ir|ure)(?!\p{L}))/giu,
};

/**
 * The word that, just before a weekday, makes it the coming one in a language: Danish, Norwegian and Swedish
 * `på lørdag`, `på lördag` (the past one is `i lørdags`, a form of its own).
 */
export const COMING_WEEKDAY_BEFORE: Readonly<Record<string, RegExp>> = {
  da: /^på$/i,
  nb: /^på$/i,
  no: /^på$/i,
  nn: /^på$/i,
  sv: /^på$/i,
};
