/**
 * Statement words of Greek, Croatian (also read for Bosnian and Serbian in Latin letters), Hungarian, Finnish, Danish,
 * Norwegian and Ukrainian (`statement-words.ts` holds the interface, the older tables and the lookup).
 *
 * Words that also have an everyday meaning in running text are left out where they would turn acts into plans or
 * denials; each table says which. A plan's word after "as" tells an act done as planned and is not read
 * (`όπως είχε προγραμματιστεί`, `kako je bilo planirano`, `kuten oli tarkoitus`, `som planlagt`, `як і планувалося`).
 * `\b` is ASCII-only in JavaScript, so inside a pattern a word's edge is written with `\p{L}` lookarounds.
 */
import type { StatementWords } from './statement-words.ts';

// Greek marks the future with the particle "θα" and a plan that fell through with "επρόκειτο να" (was to); its
// articles stand between the preposition and the date ("έως τις 31 Μαρτίου"). Not "μπορεί να" (may, but also "can":
// "μπορεί να υποβληθεί έως" sets a limit), "ποτέ" (also "ever") nor "επόμενη" (next, also the narrative "the next
// day").
/** Greek statement words. */
export const EL: StatementWords = {
  past: String.raw`είχε|είχαν|ήταν`,
  counterfactual: String.raw`επρόκειτο να|αναμενόταν να|θα είχε|θα είχαν|θα έπρεπε να (?:είχε|είχαν)|σχεδίαζε να|σχεδίαζαν να|σκόπευε να|σκόπευαν να|ήλπιζε να|ήλπιζαν να|(?<!όπως\s+)(?:ήταν προγραμματισμέν\p{L}*|είχε προγραμματιστεί|είχαν προγραμματιστεί|είχε οριστεί|είχαν οριστεί|είχε προβλεφθεί)`,
  // Not "αν και" (although).
  conditional: String.raw`αν(?!\s+και(?!\p{L}))|εάν(?!\s+και(?!\p{L}))|εφόσον|σε περίπτωση που|υπό την προϋπόθεση|υπό τον όρο`,
  hypothetical: String.raw`θα μπορούσε|θα μπορούσαν|ενδέχεται|ενδεχομένως|ίσως|πιθανόν|πιθανώς|είναι πιθανό`,
  negated: String.raw`δεν|ούτε|κανένας|κανείς|καμία|κανένα|ουδέποτε`,
  // Not the end of a span ("από 1 έως 3 Μαρτίου").
  deadline: String.raw`(?<!από\s+\d{1,2}\s+)(?:έως|μέχρι)(?:\s+και)?(?:\s+(?:τις|την|τη|το|τον|τα))?(?:\s+(?:τέλος|τέλη|αρχές|μέσα))?(?:\s+(?:του|της|των))?|ως\s+(?:τις|την|τη|το|τα)(?:\s+(?:τέλος|τέλη))?|το αργότερο(?:\s+(?:έως|μέχρι|ως|στις|την|τη|το))?(?:\s+(?:τις|την|τη|το))?|προθεσμία(?:\s+(?:έως|μέχρι))?(?:\s+(?:τις|την|τη|το))?`,
  future: String.raw`θα|πρόκειται να|αναμένεται|προγραμματίζεται|προγραμματίζουν|(?<!όπως\s+)προγραμματισμέν\p{L}*|σχεδιάζει να|σχεδιάζουν να|σκοπεύει να|σκοπεύουν να|προβλέπεται|ερχόμεν\p{L}*|προσεχ\p{L}*`,
  comparing: String.raw`σε σύγκριση με|συγκριτικά με|έναντι`,
  until: String.raw`(?:μόλις|παρά μόνο)(?:\s+(?:τις|την|τη|το|τον|στις|στην|στη|στο|στον))?`,
  relative: String.raw`που|όπου|(?:ο|η|το|οι|τα|του|της|των|τον|την|τους|τις)\s+οποί\p{L}*`,
  participle: String.raw`\p{L}{2,}(?:μένος|μένη|μένο|μένοι|μένες|μένα|μένου|μένης|μένων)`,
  originally: String.raw`αρχικά|αρχικώς`,
  expired: String.raw`(?:προθεσμία|διορία|τελεσίγραφο)(?!\p{L}).*(?<!\p{L})(?:έληξε|έληγε|λήγει|εξέπνευσε|εκπνέει)`,
  forDay: String.raw`για\s+(?:τις|την|τη|το|τον)`,
  saying: String.raw`δήλωσε|δήλωσαν|είπε|είπαν|ανέφερε|ανέφεραν|τόνισε|τόνισαν|σημείωσε|σημείωσαν|υπογράμμισε|ανακοίνωσε|ανακοίνωσαν|πρόσθεσε|εξήγησε|επισήμανε|διευκρίνισε|σύμφωνα με`,
  reported: {
    verbs: String.raw`δήλωσε|δήλωσαν|είπε|είπαν|ανέφερε|ανέφεραν|τόνισε|τόνισαν|σημείωσε|σημείωσαν|υπογράμμισε|υπογράμμισαν|ανακοίνωσε|ανακοίνωσαν|πρόσθεσε|πρόσθεσαν|εξήγησε|εξήγησαν|επισήμανε|επισήμαναν|διευκρίνισε|ξεκαθάρισε|γνωστοποίησε|δηλώνει|αναφέρει|τονίζει|σημειώνει|λέει`,
    that: 'ότι|πως',
    according: 'σύμφωνα με',
    // "…, δήλωσε ο υπουργός", "…, ανέφερε στην ΕΡΤ η δήμαρχος".
    speaker: String.raw`(?:ο|η|οι|το|τα|στον|στην|στη|στο|σε)\s|\p{Lu}`,
  },
};

// Croatian, Bosnian and Serbian mark the future with "će" (`će biti`, `ćemo`) and a plan that fell through with "je
// trebao" and an infinitive (was to); not the impersonal "trebalo je" (it took: "trebalo je pet godina"). Not the
// Serbian fused futures in "-će" (`otvoriće`) but "biće": nouns end so too (`vijeće`, `poduzeće`, `proljeće`); nor
// "sljedeći" and "idući" (next, also "the following day"); nor "ne samo" (not only). No participle endings: the
// feminine ones are also women's names (`Jelena`, `Tatjana`).
/** Croatian statement words, also read for Bosnian and Serbian in Latin letters. */
export const HR: StatementWords = {
  past: String.raw`bio|bila|bili|bile`,
  counterfactual: String.raw`(?:je|su)\s+treba(?:o|la|lo|li|le)\s+\p{L}+(?:ti|ći)|treba(?:o|la|lo|li|le)\s+(?:je|su)\s+\p{L}+(?:ti|ći)|(?<!(?:kako|što)\s+)(?:(?:bio|bila|bilo|bili|bile)\s+(?:je|su)|(?:je|su)\s+(?:bio|bila|bilo|bili|bile))\s+(?:planiran|predviđen|zakazan)\p{L}*|(?:bio|bila|bilo|bili|bile)\s+bi`,
  conditional: String.raw`ako|ukoliko|u slučaju da|pod uvjetom da|pod uslovom da|kad bi|kada bi`,
  hypothetical: String.raw`mogao bi|mogla bi|moglo bi|mogli bi|mogle bi|bi mogao|bi mogla|bi moglo|bi mogli|bi mogle|možda|moguće je da`,
  negated: String.raw`ne(?!\s+samo(?!\p{L}))|nije|nisu|nismo|neće|nećemo|nema|nemaju|nikada|nikad|nitko|niko|ništa|nijedan|nijedna|nijedno|ni`,
  // Not the end of a span ("od 1. do 3. ožujka").
  deadline: String.raw`(?<!(?<!\p{L})od\s+\d{1,2}\.?\s*)do(?:\s+kraja)?|najkasnije(?:\s+do)?|zaključno sa?|rok(?:\s+je)?`,
  future: String.raw`će|ću|ćeš|ćemo|ćete|biće|bićemo|planira|planiraju|(?<!(?:kako|što)\s+(?:je\s+)?(?:bilo\s+|bio\s+|bila\s+)?)(?:planiran\p{L}*|predviđen\p{L}*)|zakazan\p{L}*|treba da|(?:trebao|trebala|trebalo|trebali|trebale) bi|bi (?:trebao|trebala|trebalo|trebali|trebale)|namjerava|namjeravaju|namerava|nameravaju|očekuje se|očekuju se`,
  comparing: String.raw`u odnosu na|u usporedbi sa?|u poređenju sa?|naspram`,
  until: String.raw`tek`,
  relative: String.raw`koji|koja|koje|kojeg|kojega|kojem|kojemu|kojim|kojima|kojoj|koju|čiji|čija|čije|čijeg|gdje|gde`,
  originally: String.raw`prvotno|prvobitno|isprva`,
  expired: String.raw`(?:rok|ultimatum)(?!\p{L}).*(?<!\p{L})(?:istekao|istekla|isteklo|istječe)`,
  // "Sastanak je zakazan za 3. ožujka": the day it is set for.
  forDay: String.raw`za`,
  saying: String.raw`rekao|rekla|rekli|izjavio|izjavila|izjavili|kazao|kazala|kazali|naveo|navela|naveli|priopćio|priopćila|priopćili|saopćio|saopćila|saopštio|saopštila|saopštili|istaknuo|istaknula|istakao|istakla|dodao|dodala|objasnio|objasnila|potvrdio|potvrdila|poručio|poručila|prema`,
  reported: {
    verbs: String.raw`rekao|rekla|rekli|izjavio|izjavila|izjavili|kazao|kazala|kazali|naveo|navela|naveli|priopćio|priopćila|priopćili|saopćio|saopćila|saopštio|saopštila|saopštili|istaknuo|istaknula|istakao|istakla|dodao|dodala|dodali|objasnio|objasnila|potvrdio|potvrdila|potvrdili|poručio|poručila|upozorio|upozorila`,
    that: 'da|kako',
    // Not "prema" alone, which is also "towards".
    according: String.raw`prema (?:riječima|rečima|navodima|izvorima|saznanjima|informacijama|pisanju|tvrdnjama|mišljenju)`,
    // "…, rekao je ministar": the auxiliary after the verb, then the speaker.
    speaker: String.raw`(?:je|su)(?!\p{L})`,
  },
};

// Hungarian marks the future with "fog" and "lesz", a plan that fell through with "volna" (the past conditional),
// and a limit with "legkésőbb" before the date or "-ig" after it. Not "majd" (later, but in a past account "then":
// "őrizetbe vették, majd elengedték"), "következő" (next, also "the following"), nor the possibility "-hat"/"-het"
// and "lehet" ("március 31-ig lehet benyújtani" sets a limit). "szerint" (according to) follows its noun, so it is
// read inside the sentence, not before a comma. Comparing words follow the date too ("2024-hez képest"): none. A
// denial after the date is read only where the date opens the sentence: after a participle ("a március 3-án elfogott
// férfi nem tett vallomást") it denies the main verb.
/** Hungarian statement words. */
export const HU: StatementWords = {
  past: String.raw`volt|voltak`,
  counterfactual: String.raw`volna|kellett volna`,
  // Not "ha" after a figure: hectares ("12 ha").
  conditional: String.raw`(?<!\d\s?)ha|amennyiben|hacsak|feltéve`,
  hypothetical: String.raw`\p{L}{2,}(?:hatna|hetne|hatná|hetné|hatnák|hetnék|hatnának|hetnének)|lehetne|lehetnének|esetleg|talán|elképzelhető`,
  negated: String.raw`nem|sem|soha|senki|semmi|semmilyen|nincs|nincsenek|még nem`,
  deadline: String.raw`legkésőbb|határidő|határideje|határidőre|határidőig`,
  deadlineAfter: String.raw`-(?:j?[éá])?ig|végéig|végére`,
  future: String.raw`fog|fogja|fogják|fognak|fogunk|lesz|lesznek|várhatóan|tervezi|tervezik|tervezett|tervek szerint|jövő|jövőre|kell|kellene|hamarosan`,
  comparing: String.raw`(?!)`,
  until: String.raw`csak|egészen`,
  relative: String.raw`aki\p{L}*|amely\p{L}*|ami\p{L}*|ahol|ahová|ahova|ahonnan`,
  originally: String.raw`eredetileg|kezdetben`,
  expired: String.raw`(?:határidő|határideje|ultimátum)(?!\p{L}).*(?<!\p{L})(?:lejárt|lejár|letelt|letelik)`,
  saying: String.raw`mondta|elmondta|közölte|közölték|jelentette|nyilatkozta|hangsúlyozta|tette hozzá|írta|mondták|jelezte|szerint`,
  reported: {
    verbs: String.raw`mondta|elmondta|mondták|közölte|közölték|jelentette be|bejelentette|kijelentette|nyilatkozta|hangsúlyozta|kiemelte|hozzátette|jelezte|megerősítette|tájékoztatott|tájékoztatta|fogalmazott|állította|írta|mondja|közli`,
    that: 'hogy',
    according: 'szerint',
    // "A rendőrség szerint a hidat …": not a plan, a rule or a count ("terv szerint", "adatok szerint").
    inline: String.raw`(?<!(?:terv|tervek|menetrend|törvény|rendelet|szabályok|adatok|becslések|ezek)\s)szerint`,
    speaker: String.raw`(?:a|az)\s|\p{Lu}`,
  },
};

// Finnish has no future tense: "aikoo", "on tarkoitus", "on määrä" and "tulee" mark a plan, "oli määrä" and "piti"
// with an infinitive one that fell through ("piti avautua"; not "piti puheen", "piti tärkeänä", "piti paikkansa"), and
// "mennessä" after the date a limit. Not "asti"/"saakka" (until after an illative, since after an elative:
// "maaliskuusta asti"), the present passive (`avataan` will open, but `epäillään` is suspected), "koskaan" (also
// "ever"), nor "verrattuna", which may follow its noun and stand before another date.
/** Finnish statement words. */
export const FI: StatementWords = {
  past: String.raw`oli|olivat|oltiin`,
  counterfactual: String.raw`(?<!kuten\s+)(?:oli määrä|oli tarkoitus)|oli aikonut|olivat aikoneet|olisi pitänyt|olisivat pitäneet|olisi \p{L}+(?:nut|nyt|neet|ttu|tty)|olisivat \p{L}+(?:neet|ttu|tty)|piti \p{L}*[^\P{L}ns][aä]`,
  conditional: String.raw`jos|mikäli|ellei|elleivät|edellyttäen`,
  hypothetical: String.raw`voisi|voisivat|saattaa|saattavat|saattaisi|saattaisivat|mahdollisesti|ehkä|kenties`,
  negated: String.raw`ei|eivät|eikä|eivätkä|emme|ette|ettei|etteivät`,
  deadline: String.raw`viimeistään|määräaika(?:\s+on|\s+päättyy)?|takaraja(?:\s+on)?`,
  deadlineAfter: String.raw`mennessä`,
  future: String.raw`aikoo|aikovat|aiotaan|(?<!kuten\s+)(?:on tarkoitus|on määrä)|tullaan|tulee|tulevat|suunnitellaan|suunnitelmissa|suunnitelman mukaan|odotetaan|ensi|tuleva\p{L}*`,
  comparing: String.raw`(?!)`,
  until: String.raw`vasta`,
  // Not "joka" before a time noun: "joka vuosi" is every year.
  relative: String.raw`joka(?!\s+(?:vuosi|päivä|viikko|kuukausi|kerta)(?!\p{L}))|jotka|jonka|joita|jota|jossa|joissa|josta|joista|johon|joihin|jolla|joilla|jolle|joille|jolta|joilta|jolloin`,
  originally: String.raw`alun perin|alunperin|alkujaan|aluksi`,
  expired: String.raw`(?:määräaika|takaraja|aikaraja|uhkavaatimus)\p{L}*(?!\p{L}).*(?<!\p{L})(?:päättyi|umpeutui|kului umpeen|meni umpeen|raukesi)`,
  saying: String.raw`kertoo|kertoi|kertovat|kertoivat|sanoo|sanoi|sanovat|sanoivat|toteaa|totesi|tiedottaa|tiedotti|ilmoittaa|ilmoitti|vahvistaa|vahvisti|korostaa|korosti|muistuttaa|muistutti|mukaan`,
  reported: {
    verbs: String.raw`kertoo|kertoi|kertovat|kertoivat|sanoo|sanoi|sanovat|sanoivat|toteaa|totesi|tiedotti|ilmoitti|ilmoittaa|vahvisti|korosti|muistutti|lisäsi|arvioi|painotti`,
    that: 'että',
    according: 'mukaan',
    // "Poliisin mukaan silta …", "hänen mukaansa …": a genitive, then "mukaan"; not "mukaan lukien" (including).
    inline: String.raw`\p{L}+n\s+mukaan(?:sa)?(?!\s+lukien(?!\p{L}))`,
    // "…, kertoo poliisi": no articles; any word may open the speaker.
    speaker: '',
  },
};

// Danish tells a plan with "vil", "skal" or "kommer til at" and one that fell through with "skulle egentlig" or "var
// planlagt". Not "skal have" nor "skulle have": they report what someone is said to have done ("Manden skal have
// stjålet bilen"); nor "som planlagt" (as planned: it happened then); nor "ville have" (also "wanted"), "før" (before,
// of a past day as often as a limit), "mod" (against, not only "compared with"), "næste dag" (the following day) nor
// "der" (also "there").
/** Danish statement words. */
export const DA: StatementWords = {
  past: String.raw`havde|var|blev`,
  counterfactual: String.raw`skulle egentlig|skulle oprindelig|skulle efter planen|(?<!som\s+(?:det\s+)?)var planlagt|var berammet|var tænkt|burde have`,
  conditional: String.raw`hvis|dersom|såfremt|medmindre|med mindre|forudsat at|i tilfælde af`,
  hypothetical: String.raw`kan komme til at|kunne komme til at|måske|muligvis|eventuelt|risikerer at`,
  negated: String.raw`ikke|aldrig|ingen|intet|hverken|endnu ikke`,
  deadline: String.raw`senest(?:\s+den)?|inden(?:\s+den)?|inden udgangen af|frem til(?:\s+den)?|indtil(?:\s+den)?|til og med(?:\s+den)?|fristen er(?:\s+den)?|med frist(?:\s+den)?|frist(?:\s+den)?`,
  future: String.raw`vil|skal(?!\s+have(?!\p{L}))|kommer til at|forventes|ventes|planlægger|(?<!som\s+(?:det\s+)?(?:var\s+|er\s+)?)planlagt|planlagte|agter at|næste(?!\s+(?:dag|morgen|aften|nat)(?!\p{L}))|kommende`,
  comparing: String.raw`sammenlignet med`,
  until: String.raw`først`,
  relative: String.raw`som(?!\s+planlagt)|hvor|hvilket|hvilken|hvilke`,
  originally: String.raw`oprindelig|oprindeligt|i første omgang`,
  expired: String.raw`(?:fristen|tidsfristen|ultimatummet|deadline)(?!\p{L}).*(?<!\p{L})(?:udløb|udløber|udløbet|løb ud)`,
  forDay: String.raw`(?:planlagt|berammet|fastsat|sat|udsat|udskudt|flyttet) til(?:\s+den)?`,
  saying: String.raw`sagde|siger|oplyser|oplyste|fortæller|fortalte|meddeler|meddelte|skriver|skrev|udtaler|udtalte|ifølge`,
  reported: {
    verbs: String.raw`sagde|siger|oplyser|oplyste|fortæller|fortalte|meddeler|meddelte|skriver|skrev|udtaler|udtalte|understreger|understregede|tilføjede|bekræfter|bekræftede|erklærede`,
    that: 'at',
    // Only after a comma ("…, ifølge politiet."): at a sentence's start Danish sets no comma after the phrase, so
    // `inline` reads that shape.
    according: String.raw`(?<=,\s*)ifølge`,
    inline: String.raw`ifølge(?!\s+(?:loven|aftalen|planen|rapporten|prognosen|tal|tallene|undersøgelsen|statistikken)(?!\p{L}))`,
    // "…, siger borgmesteren", "…, oplyser politiet", "…, siger borgmester Hansen", "…, siger hun".
    speaker: String.raw`\p{Lu}|(?:han|hun|de|vi)(?!\p{L})|\p{Ll}+(?:en|et|ne)(?!\p{L})|\p{Ll}+\s+\p{Lu}`,
  },
};

// Norwegian, Bokmål and Nynorsk in one table (`ikke`/`ikkje`, `kommer til å`/`kjem til å`), with the same omissions as
// Danish: not "skal ha" (is said to have), "skulle ha", "som planlagt", "før", "mot", "neste dag" nor "der"; nor
// Nynorsk "viss" (if), which in Bokmål is "certain".
/** Norwegian statement words (Bokmål and Nynorsk). */
export const NB: StatementWords = {
  past: String.raw`hadde|var|ble|blei|vart`,
  counterfactual: String.raw`skulle egentlig|skulle opprinnelig|skulle etter planen|(?<!som\s+(?:det\s+)?)var planlagt|var berammet|var tenkt|var ment|burde ha`,
  conditional: String.raw`hvis|dersom|såfremt|med mindre|forutsatt at|i tilfelle`,
  // "Og tenk om brannen hadde startet …" (imagine if): a case made up.
  hypothetical: String.raw`kan komme til å|kunne komme til å|kanskje|muligens|muligvis|eventuelt|risikerer å|tenk om|tenk deg om`,
  negated: String.raw`ikke|ikkje|aldri|ingen|inga|intet|verken|korkje|ennå ikke|enno ikkje`,
  deadline: String.raw`senest(?:\s+den)?|innen(?:\s+den)?|innan(?:\s+den)?|innen utgangen av|fr[ae]m til(?:\s+den)?|inntil(?:\s+den)?|til og med(?:\s+den)?|fristen er(?:\s+den)?|med frist(?:\s+den)?|frist(?:\s+den)?`,
  future: String.raw`vil|skal(?!\s+ha(?!\p{L}))|kommer til å|kjem til å|forventes|ventes|er ventet|planlegger|(?<!som\s+(?:det\s+)?(?:var\s+|er\s+)?)planlagt|planlagte|akter å|neste(?!\s+(?:dag|morgen|kveld|natt)(?!\p{L}))|kommende`,
  comparing: String.raw`sammenlignet med|sammenliknet med|samanlikna med`,
  until: String.raw`først`,
  relative: String.raw`som(?!\s+planlagt)|hvor|hvilket|hvilken|hvilke`,
  originally: String.raw`opprinnelig|opphavleg|i første omgang`,
  expired: String.raw`(?:fristen|tidsfristen|ultimatumet|deadline)(?!\p{L}).*(?<!\p{L})(?:gikk ut|går ut|løp ut|utløp|utløper|utløpt)`,
  forDay: String.raw`(?:planlagt|berammet|fastsatt|satt|utsatt|flyttet) til(?:\s+den)?`,
  saying: String.raw`sa|sier|seier|opplyser|opplyste|forteller|fortel|fortalte|melder|meldte|skriver|skrev|uttaler|uttalte|ifølge|ifølgje`,
  reported: {
    verbs: String.raw`sa|sier|seier|opplyser|opplyste|forteller|fortel|fortalte|melder|meldte|skriver|skrev|uttaler|uttalte|understreker|understreket|bekrefter|bekreftet|erklærte`,
    that: 'at',
    // As in Danish: only after a comma; `inline` reads "Ifølge politiet ble …".
    according: String.raw`(?<=,\s*)ifølgje|(?<=,\s*)ifølge`,
    inline: String.raw`ifølgje|ifølge(?!\s+(?:loven|avtalen|planen|rapporten|prognosen|tall|tallene|undersøkelsen|statistikken)(?!\p{L}))`,
    speaker: String.raw`\p{Lu}|(?:han|hun|ho|de|vi)(?!\p{L})|\p{Ll}+(?:en|et|ne)(?!\p{L})|\p{Ll}+\s+\p{Lu}`,
  },
};

// Ukrainian tells the future with "буде" and the endings "-тиме"/"-тимуть", or a perfective verb ("відбудеться",
// "набуде чинності"), and a plan that fell through with "мав" and an infinitive ("мав відбутися"; not "мав зброю", had
// a weapon). Not "може" (may, but also "can"), "наступного" (next, also "the following day"), "проти" (against, as
// often of an attack as of a comparison), "не лише" (not only), nor "що" as a relative word: after a comma it opens
// what was said.
/** Ukrainian statement words. */
export const UK: StatementWords = {
  past: String.raw`був|була|було|були`,
  counterfactual: String.raw`ма(?:в|ла|ло|ли)\s+(?:би?\s+)?(?!діти)\p{L}+(?:ти|тися|тись)|(?<!як\s+(?:і\s+|й\s+)?)планувал(?:ося|ось|ся|ася|ися)|(?:було|був|була|були)\s+запланован\p{L}*`,
  conditional: String.raw`якщо|якби|у разі|в разі|за умови|коли б`,
  hypothetical: String.raw`міг би|міг б|могла б|могла би|могло б|могло би|могли б|могли би|можливо|б|би`,
  negated: String.raw`не(?!\s+(?:лише|тільки)(?!\p{L}))|ні|ніколи|ніхто|ніщо|нічого|жоден|жодна|жодне|жодного|жодної|жодних|немає|нема`,
  // Not the end of a span ("з 1 до 3 березня").
  deadline: String.raw`(?<!(?<!\p{L})(?:з|із|від)\s+\d{1,2}\s+)до(?:\s+(?:кінця|середини|початку))?|не пізніше(?:\s+ніж)?|найпізніше(?:\s+до)?`,
  future: String.raw`буде|будуть|буду|будемо|\p{L}{3,}(?:тиме|тимуть|тимемо)|планує|планують|(?<!як\s+(?:і\s+|й\s+)?(?:було\s+)?)запланован\p{L}*|ма(?:є|ють)\s+(?!діти)\p{L}+(?:ти|тися|тись)|має намір|мають намір|збирається|збираються|очікується|набуде|набудуть|відбудеться|відбудуться|розпочнеться|розпочнуться|почнеться|почнуться|стартує|майбутн\p{L}*`,
  comparing: String.raw`порівняно з|порівняно із|порівняно зі|у порівнянні з|в порівнянні з`,
  until: String.raw`лише|тільки|аж до`,
  relative: String.raw`який|яка|яке|які|якого|якої|якому|якій|яким|якими|яких|яку|котрий|котра|котре|котрі|де`,
  // Not the feminine and plural endings: women's names end so ("Олена", "Тетяні").
  participle: String.raw`\p{L}{3,}(?:аний|ений|итий|ане|ене|ите)`,
  originally: String.raw`спочатку|початково|первісно`,
  expired: String.raw`(?:термін|строк|ультиматум)(?!\p{L}).*(?<!\p{L})(?:минув|сплив|спливав|спливає|минає|закінчився)`,
  // "Засідання призначено на 3 березня": the day it is set for; not "станом на" (as of).
  forDay: String.raw`(?:заплановано|запланован\p{L}*|призначено|призначен\p{L}*|перенесено|перенесли|відкладено|відклали)\s+на`,
  saying: String.raw`сказав|сказала|сказали|заявив|заявила|заявили|повідомив|повідомила|повідомили|зазначив|зазначила|зазначили|наголосив|наголосила|підкреслив|підкреслила|додав|додала|пояснив|пояснила|розповів|розповіла|розповіли|уточнив|уточнила|за словами`,
  reported: {
    verbs: String.raw`сказав|сказала|сказали|заявив|заявила|заявили|повідомив|повідомила|повідомили|зазначив|зазначила|зазначили|наголосив|наголосила|підкреслив|підкреслила|додав|додала|пояснив|пояснила|розповів|розповіла|розповіли|уточнив|уточнила|повідомляє|повідомляють|заявляє|каже`,
    that: 'що',
    according: String.raw`за словами|згідно з|згідно із|за даними|за інформацією|як повідомляє|як повідомили|як зазначили`,
    // "…, повідомив міністр", "…, заявили в поліції": no articles; any word may open the speaker.
    speaker: '',
  },
};
