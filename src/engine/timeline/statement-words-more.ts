/**
 * Statement words of Polish, Turkish, Romanian, Swedish and Czech, the tables added as blind sets brought these
 * languages (`statement-words.ts` holds the interface, the older tables and the lookup).
 */
import type { StatementWords } from './statement-words.ts';

// Polish marks a plan with "ma się odbyć" (is to take place) or "zaplanowano" (has been scheduled), and a plan that
// fell through with "miał się odbyć" (was to take place).
/** Polish statement words. */
export const PL: StatementWords = {
  past: String.raw`był|była|było|były|byli|zostało|zostały|zostali`,
  counterfactual: String.raw`miał(?:a|o|y)? się|mieli się|miał(?:a|o|y)? (?:zostać|być)|mieli (?:zostać|być)|planowano pierwotnie|pierwotnie planowano`,
  conditional: String.raw`jeśli|jeżeli|gdyby|o ile|w razie|w przypadku gdy`,
  hypothetical: String.raw`mógłby|mogłaby|mogłoby|mogliby|mogłyby|może|mogą|być może|prawdopodobnie`,
  negated: String.raw`nie|nigdy|żaden|żadna|żadne|żadnych|jeszcze nie`,
  deadline: String.raw`najpóźniej do|nie później niż|do końca|do`,
  // "mają ruszyć" (are to start): "ma"/"mają" and an infinitive; "zapowiedział, że" (announced that): a clause ahead.
  future: String.raw`będzie|będą|zostanie|zostaną|planuje|planują|zaplanowano|zaplanowan[yaeo]|przewidziano|przewidzian[yaeo]|ma się|mają się|ma zostać|mają zostać|(?:ma|mają)\s+\p{L}{2,}(?:ać|eć|ić|yć|ąć|uć|c)|zapowiedzia(?:ł|ła|ło|li|ły),?\s+że|przyszł(?:y|a|e|ym|ej|ego)|następn(?:y|a|e|ym|ej|ego)`,
  comparing: String.raw`w porównaniu z|w porównaniu do|wobec`,
  until: String.raw`dopiero|aż do`,
  relative: String.raw`który|która|które|którzy|którego|której|których|któremu|którym|którymi|gdzie`,
  originally: String.raw`pierwotnie|początkowo`,
  // "Na 14 marca zaplanowano otwarcie", "przełożono na 3 kwietnia": the day it is set for.
  forDay: String.raw`na`,
  expired: String.raw`(?:termin|ultimatum)\b.*\b(?:upłynął|upływa|minął|mija|wygasł|wygasa)`,
  saying: String.raw`powiedział|powiedziała|powiedzieli|poinformował|poinformowała|poinformowali|oświadczył|oświadczyła|przekazał|przekazała|według`,
  reported: {
    verbs: String.raw`powiedział|powiedziała|powiedzieli|poinformował|poinformowała|poinformowali|oświadczył|oświadczyła|przekazał|przekazała|zapowiedział|zapowiedziała|podkreślił|podkreśliła|dodał|dodała|zaznaczył|zaznaczyła|przyznał|przyznała`,
    that: 'że',
    according: String.raw`według|zdaniem`,
  },
};

// Turkish tells the future and the plan that fell through in a verb's ending: "açılacak" (will open), "açılacaktı"
// (was to open); a relative clause stands before its noun, so no word opens one after a comma.
/** Turkish statement words. */
export const TR: StatementWords = {
  past: String.raw`\p{L}{2,}(?:mıştı|mişti|muştu|müştü)`,
  counterfactual: String.raw`\p{L}{2,}(?:ecekti|acaktı|eceklerdi|acaklardı)|planlanmıştı|öngörülmüştü|planlanıyordu|öngörülüyordu`,
  conditional: String.raw`eğer|halinde|takdirde|\p{L}{2,}(?:rsa|rse|zsa|zse|saydı|seydi|salardı|selerdi)|olsa`,
  hypothetical: String.raw`olabilir|\p{L}{2,}(?:abilir|ebilir|abilecek|ebilecek)|muhtemelen|belki`,
  negated: String.raw`değil|hiçbir|\p{L}{2,}(?:madı|medi|mayacak|meyecek|mıyor|miyor|muyor|müyor)|\p{L}{2,}(?:mayacağ|meyeceğ)\p{L}*`,
  deadline: String.raw`en geç|en son`,
  // "Çarşamba akşamına kadar", "Cuma'ya dek": the limit's word after its day.
  deadlineAfter: String.raw`(?:['’]?\p{L}*\s+)?(?:kadar|dek|değin)`,
  future: String.raw`\p{L}{2,}(?:ecek|acak|ecektir|acaktır|ecekler|acaklar)|planlanıyor|planlanan|öngörülüyor|bekleniyor|gelecek|önümüzdeki`,
  comparing: String.raw`kıyasla|oranla`,
  until: String.raw`ancak`,
  relative: String.raw`(?!)`,
  originally: String.raw`başlangıçta|ilk olarak`,
  expired: String.raw`(?:süre|süresi|ultimatom)\b.*\b(?:doldu|doluyor|sona erdi|sona eriyor)`,
  saying: String.raw`dedi|söyledi|açıkladı|bildirdi|belirtti`,
  reported: {
    verbs: String.raw`dedi|söyledi|açıkladı|bildirdi|belirtti|kaydetti|vurguladı|ifade etti`,
    that: 'ki',
    according: 'göre',
  },
};

// Romanian tells the future with "va"/"vor" or "o să", and a plan that fell through with "trebuia să" or "urma să".
/** Romanian statement words. */
export const RO: StatementWords = {
  past: String.raw`fusese|fuseseră|avea|aveau|era|erau`,
  counterfactual: String.raw`trebuia să|trebuiau să|urma să|urmau să|ar fi trebuit|era programat|era programată|era prevăzut|era prevăzută`,
  conditional: String.raw`dacă|în cazul în care|cu condiția ca`,
  hypothetical: String.raw`ar putea|s-ar putea|ar|poate`,
  negated: String.raw`nu|niciodată|niciun|nicio|încă nu`,
  deadline: String.raw`până cel târziu|cel târziu|până la sfârșitul|până la|până pe|până în|până|înainte de`,
  future: String.raw`va|vor|o să|urmează să|vrea să|vor să|intenționează să|programat|programată|prevăzut|prevăzută|viitor|viitoare|următor|următoare`,
  comparing: String.raw`față de|comparativ cu`,
  until: String.raw`abia`,
  relative: String.raw`care|unde|căruia|căreia|cărora`,
  originally: String.raw`inițial`,
  expired: String.raw`(?:termenul|ultimatumul)\b.*\b(?:a expirat|expiră|a trecut)`,
  saying: String.raw`a declarat|a spus|a anunțat|a precizat|a explicat|au declarat|potrivit`,
  reported: {
    verbs: String.raw`a declarat|a spus|a anunțat|a precizat|a explicat|a afirmat|a subliniat|a adăugat|au declarat|au anunțat|au spus`,
    that: 'că',
    according: String.raw`potrivit|conform`,
  },
};

// Swedish tells a plan with "ska" or "kommer att", one that fell through with "skulle ha" or "var planerad".
/** Swedish statement words. */
export const SV: StatementWords = {
  past: String.raw`hade|var|blev`,
  counterfactual: String.raw`skulle ha|var planerad|var planerat|var tänkt|var tänkta|skulle egentligen`,
  conditional: String.raw`om|ifall|förutsatt att`,
  // A condition told by a sentence that opens with its verb ("Hade myndigheten agerat i mars, hade …").
  conditionalOpening: String.raw`^(?:hade|om|skulle)\s[^,]{3,160},`,
  hypothetical: String.raw`kan komma att|skulle kunna|kanske|möjligen`,
  negated: String.raw`inte|aldrig|ingen|inget|inga|ännu inte`,
  deadline: String.raw`senast den|senast|före den|före|till och med den|till och med|till den`,
  future: String.raw`ska|skall|kommer att|planeras|planerad|planerat|väntas|nästa|kommande`,
  comparing: String.raw`jämfört med|mot`,
  until: String.raw`först`,
  relative: String.raw`som|där|vilken|vilket|vilka`,
  originally: String.raw`ursprungligen|från början`,
  expired: String.raw`(?:tidsfristen|fristen|ultimatumet)\b.*\b(?:löpte ut|löper ut|gick ut|går ut)`,
  saying: String.raw`sade|sa|säger|uppgav|meddelade|skriver|enligt`,
  reported: {
    verbs: String.raw`sade|sa|säger|uppgav|meddelade|berättade|betonade|tillade|skriver|skrev`,
    that: 'att',
    according: 'enligt',
  },
};

// Czech marks a plan with "bude" or "má být" and one that fell through with "původně"; its denials are verbs that
// open with "ne-", of which only the common ones are listed ("nedávno", recently, and "neděle", Sunday, are none).
/** Czech statement words. */
export const CS: StatementWords = {
  past: String.raw`byl|byla|bylo|byly|byli`,
  counterfactual: String.raw`původně mělo|původně měl|původně měla|původně měly|mělo být|měl být|měla být|měly být`,
  conditional: String.raw`pokud|jestliže|kdyby|v případě`,
  hypothetical: String.raw`mohl by|mohla by|mohlo by|mohly by|možná`,
  negated: String.raw`nebude|nebudou|nebyl|nebyla|nebylo|nebyly|nepotvrdil|nepotvrdila|nepotvrdilo|není|nejsou|nikdy|žádný|žádná|žádné|dosud ne`,
  deadline: String.raw`nejpozději do|do`,
  // "má začít" (is to start): "má"/"mají" and an infinitive.
  future: String.raw`bude|budou|má být|mají být|(?:má|mají)\s+\p{L}{2,}(?:at|it|et|ět|ít|out|ýt)|plánuje|plánují|naplánován|naplánována|naplánováno|příští|příštím|chystá|chystají`,
  comparing: String.raw`oproti|ve srovnání s`,
  until: String.raw`až`,
  relative: String.raw`který|která|které|kteří|jehož|jejíž|kde`,
  originally: String.raw`původně`,
  // "Soud nařídil první jednání na čtvrtek 28. listopadu": the day it is set for.
  forDay: String.raw`na`,
  expired: String.raw`(?:lhůta|termín)\b.*\b(?:vypršel|vypršela|vyprší|uplynul|uplynula|uplyne)`,
  saying: String.raw`řekl|řekla|uvedl|uvedla|sdělil|sdělila|oznámil|oznámila|podle`,
  reported: {
    verbs: String.raw`řekl|řekla|uvedl|uvedla|sdělil|sdělila|oznámil|oznámila|dodal|dodala|zdůraznil|zdůraznila`,
    that: 'že',
    according: 'podle',
  },
};

// Indonesian has no tenses: "akan" (will) and "dijadwalkan" (scheduled) mark a plan, "sempat dijadwalkan" or
// "semula" one that fell through, and "paling lambat" (at the latest) a limit.
/** Indonesian statement words. */
export const ID: StatementWords = {
  past: String.raw`telah|sudah|sempat`,
  counterfactual: String.raw`semula dijadwalkan|sedianya|seharusnya|sempat dijadwalkan|mestinya`,
  conditional: String.raw`jika|jikalau|apabila|kalau|seandainya|bila`,
  hypothetical: String.raw`mungkin|bisa saja|dapat saja|kemungkinan`,
  negated: String.raw`tidak|tak|belum|bukan|tanpa`,
  deadline: String.raw`paling lambat|selambat-lambatnya|sebelum|hingga|sampai|tenggat (?:waktu |hari )?|batas waktu(?: hari)?`,
  future: String.raw`akan|dijadwalkan|direncanakan|rencananya|berencana|mendatang|depan`,
  comparing: String.raw`dibandingkan|dibanding`,
  until: String.raw`baru`,
  relative: String.raw`yang`,
  originally: String.raw`semula|awalnya`,
  expired: String.raw`(?:tenggat|batas waktu)\b.*\b(?:berakhir|lewat|terlewati)`,
  saying: String.raw`kata|ujar|ucap|tutur|jelas|menurut`,
  reported: {
    verbs: String.raw`mengatakan|menyatakan|menjelaskan|mengungkapkan|menegaskan|menyebutkan|menambahkan|kata|ujar`,
    that: 'bahwa',
    according: 'menurut',
  },
};

// Russian tells a plan with "будет" or "планирует", one that fell through with "должен был" or "планировалось"; its
// denials stand before their verbs ("не", "никогда").
/** Russian statement words. */
export const RU: StatementWords = {
  past: String.raw`был|была|было|были`,
  counterfactual: String.raw`должен был|должна была|должно было|должны были|планировалось|предполагалось|(?:было|был|была|были)\s+запланирован\p{L}*|собирался|собиралась|собирались`,
  conditional: String.raw`если|в случае|при условии|если бы`,
  hypothetical: String.raw`мог бы|могла бы|могло бы|могли бы|может быть|(?:может|могут)\s+(?:\p{L}+\s+)?\p{L}+(?:ть|ти|чь|ться)|возможно|вероятно|не исключено|бы`,
  negated: String.raw`не(?!\s+(?:только|лишь)(?!\p{L}))|ни|никогда|никто|ничего|нет`,
  // Not the end of a span ("с 8 до 20 января").
  deadline: String.raw`(?<!(?<!\p{L})(?:с|со|от)\s+\d{1,2}\s+)до(?:\s+(?:конца|середины|начала))?|не позднее|не позже`,
  future: String.raw`будет|будут|буду|будем|планирует|планируют|(?<!как\s+(?:и\s+)?(?:было\s+)?)запланирован\p{L}*|намерен|намерена|намерены|собирается|собираются|ожидается|ожидаются|состоится|состоятся|начнётся|начнется|начнутся|пройдёт|пройдет|пройдут|откроется|откроются|предстоящ\p{L}*|должен|должна|должно|должны`,
  comparing: String.raw`по сравнению с|по сравнению со|в сравнении с`,
  until: String.raw`лишь|только|вплоть до`,
  relative: String.raw`который|которая|которое|которые|которого|которой|которому|котором|которым|которыми|которых|которую|где`,
  participle: String.raw`\p{L}{3,}(?:нный|нная|нное|нные|вший|вшая|вшее|вшие)`,
  originally: String.raw`изначально|первоначально|сначала`,
  expired: String.raw`(?:срок|ультиматум)(?!\p{L}).*(?<!\p{L})(?:истёк|истек|истекает|истекал|закончился)`,
  // "Заседание назначено на 3 марта": the day it is set for; not "по состоянию на" (as of).
  forDay: String.raw`(?:запланировано|запланирован\p{L}*|назначено|назначен\p{L}*|перенесено|перенесли|отложено|отложили)\s+на`,
  saying: String.raw`сказал|сказала|сказали|заявил|заявила|заявили|сообщил|сообщила|сообщили|отметил|отметила|отметили|подчеркнул|подчеркнула|добавил|добавила|пояснил|пояснила|рассказал|рассказала|уточнил|уточнила|по словам`,
  reported: {
    verbs: String.raw`сказал|сказала|сказали|заявил|заявила|заявили|сообщил|сообщила|сообщили|отметил|отметила|отметили|подчеркнул|подчеркнула|добавил|добавила|пояснил|пояснила|рассказал|рассказала|уточнил|уточнила|сообщает|сообщают|заявляет|говорит`,
    that: 'что',
    according: String.raw`по словам|согласно|по данным|по информации|как сообщает|как сообщили|как отметили`,
    // "…, сообщил министр", "…, заявили в полиции": no articles; any word may open the speaker.
    speaker: '',
  },
};

// Catalan tells the past with "va"/"van" and an infinitive (`va lliurar`, delivered), which is French's and Spanish's
// future word: it is a past auxiliary here and never a plan's. Not "vinent" alone (also "coming" in "l'any vinent",
// which the relative years read).
/** Catalan statement words. */
export const CA: StatementWords = {
  forDay: String.raw`per a|per al|per a la`,
  past: String.raw`havia|havien|va|van|era|eren|fou|foren`,
  counterfactual: String.raw`havia de|havien de|estava previst|estava prevista|hauria|haurien|anava a|anaven a`,
  conditional: String.raw`si|en cas que|sempre que`,
  hypothetical: String.raw`podria|podrien|podrà|podran`,
  negated: String.raw`no|mai|encara no|cap|ningú`,
  deadline: String.raw`abans de finals de|abans de final de|abans del|abans de|fins al|fins a|com a molt tard el|com a màxim el|(?:termini|data límit) del?`,
  future: String.raw`ha de|han de|haurà de|hauran de|està previst|està prevista|preveu|preveuen|pròxim|pròxima|pròxims|pròximes|\p{L}{3,}(?:arà|erà|irà|aran|eran|iran)`,
  comparing: String.raw`davant del?|en comparació amb|respecte al?`,
  until: String.raw`fins(?: al| a la| a)?`,
  relative: String.raw`que|qui|on|el qual|la qual|els quals|les quals`,
  participle: String.raw`\p{L}{2,}(?:at|ada|ats|ades|it|ida|its|ides|ut|uda|uts|udes|ert|erta)`,
  originally: String.raw`inicialment|originalment|en un principi`,
  expired: String.raw`(?:termini|data límit|ultimàtum)\b.*\b(?:va vèncer|vencia|venç|va expirar|expira|va acabar|acaba)`,
  saying: String.raw`va dir|van dir|va afirmar|van afirmar|va anunciar|van anunciar|va declarar|va explicar|va assegurar|va indicar|va informar|va confirmar|va assenyalar|segons`,
  reported: {
    verbs: String.raw`va dir|van dir|va afirmar|van afirmar|va anunciar|van anunciar|va declarar|van declarar|va explicar|va assegurar|va indicar|va informar|van informar|va confirmar|va assenyalar|va afegir|va advertir|va reconèixer|(?:ha|han)\s+(?:dit|afirmat|anunciat|explicat|assegurat|indicat|assenyalat|confirmat)`,
    that: 'que',
    according: 'segons',
  },
};
