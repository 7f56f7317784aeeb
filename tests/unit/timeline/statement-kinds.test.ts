/** What a dated mention claims: done, planned, due by a deadline, a state on a day, or no event at all. */
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions } from '../../../src/engine/time/expressions.ts';
import { findForeignExpressions } from '../../../src/engine/time/foreign.ts';
import { isAttributive, isComparing, statementKind } from '../../../src/engine/timeline/statement-kinds.ts';

/** The kind the sentence gives the expression written `text`. */
const kindOf = (sentence: string, text: string) => {
  const e = findTemporalExpressions(sentence).find((x) => x.text.includes(text));
  if (!e) throw new Error(`no expression “${text}” in “${sentence}”`);
  return statementKind(sentence, e);
};

/** The kind the sentence of an article in `lang` gives the expression written `text`. */
const foreignKind = (sentence: string, text: string, lang: string) => {
  const e = findForeignExpressions(sentence, lang).find((x) => x.text.includes(text));
  if (!e) throw new Error(`no expression “${text}” in “${sentence}”`);
  return statementKind(sentence, e, lang);
};

describe('statementKind', () => {
  it.each([
    ['The harbour authority reopened the northern pier on March 4, 2024.', 'March 4', 'happened'],
    ['The ferry will resume its summer timetable on May 1, 2024.', 'May 1', 'planned'],
    ['From January 1, 2025, the depot is to be run by the county.', 'January 1', 'planned'],
    ['The council ordered the firm to leave the quay by March 31, 2024.', 'March 31', 'deadline'],
    ['Crews withdrew by the agreed deadline of March 31, 2024.', 'March 31', 'happened'],
    // A count out of a whole reached by a day is a state on that day; one that must be reached is a limit.
    ['By March 12, 2025, 9 of the 31 containers had been lifted.', 'March 12', 'status'],
    ['The owner must lift 9 of its 31 containers by March 12, 2025.', 'March 12', 'deadline'],
    // The new day of something moved is a plan, whatever the tense of the moving.
    ['The hearing was moved to March 14, 2024 after the judge fell ill.', 'March 14', 'planned'],
    // A perfect that orders an act sets a limit; one that tells the act done says it was done by then.
    ['The prefect has ordered the owner to lift the wrecks sunk in the bay by March 31, 2024.', 'March 31', 'deadline'],
    ['The owner had lifted every wreck by March 31, 2024.', 'March 31', 'happened'],
    ['As of March 8, 2024, more than 400 families had left the valley.', 'March 8', 'status'],
    // The day a date was set for, and a window that closes on a day.
    ['On March 2, 2025 the league set a restart date of April 6, 2025.', 'April 6', 'planned'],
    ['The club missed a transfer window closing on January 31, 2025.', 'January 31', 'deadline'],
    ['The pier was intended to remain open after March 31, 2024.', 'March 31', 'counterfactual'],
    // A plan told in the past perfect was changed since.
    ['The regatta had first been planned for June 8, 2025.', 'June 8', 'counterfactual'],
    // "later this month" is still to come, in whatever tense.
    ['The case comes before the court later this month.', 'this month', 'planned'],
    ['If the court rules before August 1, 2024, the works can start.', 'August 1', 'conditional'],
    ['The board did not vote on the plan in June 2024.', 'June 2024', 'negated'],
    ['No group had claimed the break-in as of March 4, 2024.', 'March 4', 'negated'],
    ['No passengers were hurt in the fire on March 4, 2024, the brigade said.', 'March 4', 'happened'],
    ['No later than March 4, 2024, the firm must repay the loan.', 'March 4', 'deadline'],
    ['Under the code, the bidder has until March 14, 2024 to make a firm offer.', 'March 14', 'deadline'],
    ['The tender stays open until May 16, 2024.', 'May 16', 'deadline'],
    ['The garrison stayed in the town until 2017.', '2017', 'happened'],
    [
      'The sale should close well ahead of the September 30, 2024 deadline set by the regulator.',
      'September 30',
      'deadline',
    ],
    ['The group said it hoped to complete the purchase in the second quarter of 2025.', '2025', 'planned'],
    ['The group continues to expect completion in the second quarter of 2025.', '2025', 'planned'],
    ['The board said it would decide by June 3, 2025 whether to sell the quay.', 'June 3', 'deadline'],
    ['The first report was due on May 15, 2025.', 'May 15', 'counterfactual'],
    ['Claims can be made until June 30, 2025.', 'June 30', 'deadline'],
    ['The minister had given both sides until May 9, 2025 to settle.', 'May 9', 'deadline'],
    ['Lawmakers are scheduled to vote on the bill on May 28, 2025.', 'May 28', 'planned'],
    ['The council held a strike vote set for March 4, 2025.', 'March 4', 'planned'],
    ['The figures for May 2025 showed a fall in traffic.', 'May 2025', 'happened'],
    // A plan told in the past perfect, or named as the first one, was not kept.
    ['The county had hoped to reopen the pass on May 19, 2025.', 'May 19', 'counterfactual'],
    ['The hearing, originally scheduled for April 17, 2025, was moved.', 'April 17', 'counterfactual'],
    // The new day is a plan until a report tells it done.
    ['The hearing, originally scheduled for April 17, 2025, was moved to May 5, 2025.', 'May 5', 'planned'],
    // A denial after a date in the subject, and a limit that ran out on its day.
    ['The walkout planned for May 27, 2025 never took place.', 'May 27', 'negated'],
    ['The deadline expired on March 20, 2025 without a payment.', 'March 20', 'deadline'],
    ['The gang leaked the files on March 21, 2025, a day after its deadline passed.', 'March 21', 'happened'],
    // A perfect that sets a future limit, a possibility after "could", a span's start and a main clause's future.
    ['The governor has promised that the bridge will be finished by 2027.', '2027', 'deadline'],
    ['The case could reach the supreme court in 2026.', '2026', 'hypothetical'],
    ['Ortega, mayor from 2015 to 2023, testified on May 3, 2025.', '2015', 'happened'],
    [
      'The court will sentence the two who confessed, including the driver, on November 3, 2025.',
      'November 3',
      'planned',
    ],
  ])('reads “%s” (%s) as %s', (sentence, text, kind) => expect(kindOf(sentence, text)).toBe(kind));
});

describe('isComparing', () => {
  const of = (sentence: string, text: string) => {
    const all = findTemporalExpressions(sentence);
    return isComparing(
      sentence,
      all.find((x) => x.text.includes(text))!,
      all,
    );
  };
  it('finds a date that is only a point of comparison', () => {
    expect(of('Some 70 percent of voters cast ballots on March 3, 2024, up from 61 percent in 2019.', '2019')).toBe(
      true,
    );
    expect(of('The catch in May 2024 was down by a third compared with May 2023.', 'May 2023')).toBe(true);
    expect(of('Some 70 percent of voters cast ballots on March 3, 2024, up from 61 percent in 2019.', 'March')).toBe(
      false,
    );
  });
  it('leaves a date that a relative or adverbial clause tells an act at', () => {
    expect(
      of('The board said on March 4, 2024 it would fence the ponds, after two boys drowned in 2023.', '2023'),
    ).toBe(false);
  });
  it('is not misled by another date’s own words (“since 2013”)', () => {
    expect(of('The mission, operational since 2013, withdrew by December 31, 2023.', 'December')).toBe(false);
  });
});

describe('statementKind in the article’s language', () => {
  /** The kind the sentence of language `lang` gives its expression written `text`. */
  it.each([
    ['Le chantier devait reprendre en mars 2024, mais les essais ont échoué.', 'mars', 'fr', 'counterfactual'],
    ['Si le permis est signé, les travaux pourraient commencer le 12 mai 2024.', 'mai', 'fr', 'conditional'],
    ['La mairie présentera son plan d’ici au 30 juin 2024.', '30 juin', 'fr', 'deadline'],
    ['Le pont doit rouvrir en septembre 2024.', 'septembre', 'fr', 'planned'],
    ['Eigentlich sollte die Halle im Dezember 2024 öffnen.', 'Dezember', 'de', 'counterfactual'],
    ['Die Staatsanwältin sagte am 3. März 2024 nicht, wann sie entscheidet.', 'März', 'de', 'negated'],
    ['Sind die Proben am 3. März 2024 sauber, könnte die Halle öffnen.', 'März', 'de', 'conditional'],
    ['La obra comenzará en agosto de 2024 en el centro.', 'agosto', 'es', 'planned'],
    ['Los Estados debían trasponer la norma antes de octubre de 2024.', 'octubre', 'es', 'deadline'],
    [
      'La aerolínea tenía previsto llevar a 2.600 pasajeros el 3 de octubre de 2025.',
      'octubre',
      'es',
      'counterfactual',
    ],
    ['Aseguró que no supo nada de los pagos hasta el verano de 2021.', 'verano', 'es', 'happened'],
    ['O serviço mantém-se e não muda; a obra acabou em maio de 2024.', 'maio', 'pt', 'happened'],
    ['A autarquia diz que o serviço se mantém até 31 de dezembro de 2024.', 'dezembro', 'pt', 'deadline'],
    // A day something is set for, and the deadline named as such.
    ['A votação está marcada para 28 de maio de 2024.', 'maio', 'pt', 'planned'],
    ['Die ersten Anhörungen sind für den 9. September 2024 angesetzt.', 'September', 'de', 'planned'],
    // An announcement's clause looks ahead, its verb whole or split around other words; not the day it was made.
    ['Die Ministerin hat angekündigt, am 9. Mai 2025 eine Frist zu setzen.', 'Mai', 'de', 'planned'],
    ['Die Stelle kündigte im Radio an, am 9. Mai 2025 ein Verfahren zu eröffnen.', 'Mai', 'de', 'planned'],
    ['Die Behörde werde am 9. Mai 2025 ein Verfahren eröffnen, sagte sie.', 'Mai', 'de', 'planned'],
    ['Die Ministerin kündigte am 9. Mai 2025 an, die Frist zu verlängern.', 'Mai', 'de', 'happened'],
    // A condition that opens with its verb holds a limit: no deadline.
    ['Sollte der Pegel bis zum 9. Mai 2025 steigen, müsste das Dorf geräumt werden.', 'Mai', 'de', 'conditional'],
    ['O prazo de 9 de maio de 2024 passou sem acordo.', 'maio', 'pt', 'deadline'],
    // The first plan, a denial after the date or of the subject, a limit run out.
    [
      'Ursprünglich hatte die Schlichterin ihren Bericht für den 17. April 2025 angekündigt.',
      'April',
      'de',
      'counterfactual',
    ],
    [
      'La mise en service, initialement prévue en septembre 2025, est attendue au printemps 2026.',
      'printemps',
      'fr',
      'planned',
    ],
    ['La huelga prevista para el 27 de mayo de 2025 nunca llegó a celebrarse.', 'mayo', 'es', 'negated'],
    ['Al 2 novembre 2025 erano stati recuperati 24 dei 31 container.', 'novembre', 'it', 'status'],
    ['Bis zum 3. März 2025 waren erst 9 von 31 Containern gehoben.', 'März', 'de', 'status'],
    // A date opening the sentence, its subject, then a denial; not what a clause of saying denies, nor a stopping denied.
    ['El 3 de marzo de 2025 el ferry no salió del puerto.', 'marzo', 'es', 'negated'],
    ['Le 3 mars 2025, la passerelle n’a pas rouvert.', 'mars', 'fr', 'negated'],
    ['El 3 de marzo de 2025 la alcaldía anunció que no habrá feria.', 'marzo', 'es', 'happened'],
    ['Desde marzo de 2025, los precios no han dejado de subir.', 'marzo', 'es', 'happened'],
    ['Aucun retour n’est envisagé avant le 15 mai 2025.', 'mai', 'fr', 'negated'],
    ['Die Frist der Gruppe war am 20. März 2025 abgelaufen.', 'März', 'de', 'deadline'],
    // Arabic: a plan, a limit, a thing done with "قد", and a month under two calendars' names.
    ['ومن المقرر أن تصدر المحكمة حكمها في 3 نوفمبر/تشرين الثاني 2025.', 'نوفمبر', 'ar', 'planned'],
    ['وكانت مهلة تقديم الطعن تنتهي في 10 نوفمبر/تشرين الثاني 2025.', 'نوفمبر', 'ar', 'deadline'],
    ['وكانت القطارات قد توقفت عن التوقف في المحطة عام 1985.', '1985', 'ar', 'happened'],
  ])('%s → %s', (sentence, text, lang, kind) => expect(foreignKind(sentence, text, lang)).toBe(kind));

  it('reads “not until” as the day it happened', () => {
    expect(kindOf('The pier did not reopen until March 3, 2019.', 'March 3')).toBe('happened');
  });
});

describe('a month that names a thing in another language', () => {
  it('is a modifier after a noun and “de”, not after a time within the month', () => {
    const of = (sentence: string, text: string, lang: string) => {
      const e = findForeignExpressions(sentence, lang).find((x) => x.text.includes(text))!;
      return isAttributive(sentence, e);
    };
    expect(
      of('A Comissão aprovou na quarta-feira a ajuda às vítimas das inundações de setembro.', 'setembro', 'pt'),
    ).toBe(true);
    expect(of('Las obras terminarán a finales de septiembre.', 'septiembre', 'es')).toBe(false);
    expect(of('A Comissão aprovou na quarta-feira a ajuda para as cheias do mês passado.', 'mês', 'pt')).toBe(true);
  });
});

describe('isAttributive', () => {
  const of = (sentence: string, text: string) =>
    isAttributive(
      sentence,
      findTemporalExpressions(sentence).find((x) => x.text.includes(text))!,
    );
  it('finds a date that names another event as a modifier', () => {
    expect(of('He spoke on Thursday, his first trip since the May 11, 2025 vote.', 'May 11')).toBe(true);
    expect(of("Turnout in Sunday's election was low.", 'Sunday')).toBe(true);
  });
  it('leaves a date that dates the act, and a deadline named by its day', () => {
    expect(of('The council voted on May 11, 2025 to close the pier.', 'May 11')).toBe(false);
    expect(of('The sale must close before the September 30, 2025 deadline.', 'September 30')).toBe(false);
  });
});

describe('statement words in Italian and Dutch, and limits at the end of a month', () => {
  it.each([
    ['La strada dovrebbe riaprire il 16 febbraio 2026.', 'febbraio', 'it', 'planned'],
    ['La commissione dovrà presentare la relazione entro la fine di marzo 2026.', 'marzo', 'it', 'deadline'],
    ['De brug gaat op 3 juni 2025 weer open.', 'juni', 'nl', 'planned'],
    ['Die Kommission müsse ihren Bericht bis Ende März 2026 vorlegen.', 'März', 'de', 'deadline'],
    ["Le rapport est attendu d'ici fin mars 2026.", 'mars', 'fr', 'deadline'],
  ])('%s → %s', (sentence, text, lang, kind) => expect(foreignKind(sentence, text, lang)).toBe(kind));
});

describe('the day of a saying whose content tells no event', () => {
  it.each([
    ['A conviction would have exposed him to 20 years in prison, prosecutors said on October 9, 2025.', 'October 9'],
    ['Prosecutors said on October 9, 2025 that a conviction would have exposed him to 20 years.', 'October 9'],
  ])('%s', (sentence, text) => expect(kindOf(sentence, text)).toBe('counterfactual'));
  it('leaves the day of a saying that reports an act', () => {
    expect(kindOf('The bridge reopened, officials said on October 9, 2025.', 'October 9')).toBe('happened');
  });
  it('reads a counterfactual in the date’s own clause only, in another language', () => {
    const sentence = 'Ursprünglich sollte sie im Juni 2027 öffnen, bevor am 10. Februar 2026 ein Stollen einstürzte.';
    const e = findForeignExpressions(sentence, 'de').find((x) => x.text.includes('Februar'))!;
    expect(statementKind(sentence, e, 'de')).toBe('happened');
  });
});

describe('statement words in Polish and Turkish, and a date that opens the sentence before its verb', () => {
  it.each([
    // The plan's word after the date that opens the sentence.
    ['Na 14 marca 2026 zaplanowano otwarcie nowej hali targowej w centrum miasta.', 'marca', 'pl', 'planned'],
    ['Nowa linia autobusowa zostanie uruchomiona 2 lutego 2026 roku.', 'lutego', 'pl', 'planned'],
    ['Festiwal miał się odbyć 5 czerwca 2025 roku, ale go odwołano.', 'czerwca', 'pl', 'counterfactual'],
    ['Most otwarto 12 maja 2025 roku po dwóch latach remontu.', 'maja', 'pl', 'happened'],
    // "ma"/"mają" and an infinitive, and an announcement's clause, look ahead; "ma" with a noun does not.
    ['Prace w pracowni mają ruszyć we wrześniu 2026 roku.', 'wrześniu', 'pl', 'planned'],
    ['Burmistrz zapowiedział, że w marcu 2026 roku pracownię odwiedzi delegacja.', 'marcu', 'pl', 'planned'],
    ['Firma ma wiele zamówień od marca 2025 roku.', 'marca', 'pl', 'happened'],
    ['Hlavní líčení má začít 12. května 2026.', 'května', 'cs', 'planned'],
    ['Firma má dost práce od března 2025.', 'března', 'cs', 'happened'],
    // Arabic "كان" and a verb of the future: a plan that fell through; not a pluperfect before what was said.
    ['وكانت الفرقة التونسية ستقدم عرضها في نوفمبر/تشرين الثاني 2025، قبل أن يُلغى.', 'نوفمبر', 'ar', 'counterfactual'],
    ['وكانت الوزارة أعلنت في مارس 2025 أنها ستفتح المعبر.', 'مارس', 'ar', 'happened'],
    ['ولا يُتوقع أن تفتح القاعة أبوابها قبل خريف 2029.', 'خريف', 'ar', 'negated'],
    ['Yeni kütüphane 3 Mart 2026 tarihinde açılacak.', 'Mart', 'tr', 'planned'],
    ['Köprü 4 Nisan 2025 tarihinde trafiğe açıldı.', 'Nisan', 'tr', 'happened'],
    ['Tören 9 Mayıs 2025 tarihinde yapılacaktı, ancak yağmur nedeniyle ertelendi.', 'Mayıs', 'tr', 'counterfactual'],
    ['Nach Angaben der Liga schließt sich das Zeitfenster am 31. Januar 2025.', 'Januar', 'de', 'deadline'],
    // Swedish and Czech plans and limits.
    ['Bron ska öppna för all trafik den 3 februari 2025.', 'februari', 'sv', 'planned'],
    ['Zpráva má být hotová do 31. října 2024.', 'října', 'cs', 'deadline'],
    // An intention told in the imperfect, and the conditional mood.
    ['La mairie comptait rouvrir la piscine le 2 juin 2025, avant la panne.', 'juin', 'fr', 'counterfactual'],
    ["Les travaux obligeraient à fermer la route jusqu'à la fin mars 2026.", 'mars', 'fr', 'hypothetical'],
    ['La piscine devrait rouvrir le 2 juin 2026.', 'juin', 'fr', 'planned'],
  ])('%s → %s', (sentence, text, lang, kind) => expect(foreignKind(sentence, text, lang)).toBe(kind));

  it('reads no future in Arabic nouns that open with the future’s letters', () => {
    // "The cinema reopened on 20 April": سينما is a noun, not a future verb.
    expect(foreignKind('أعيد يوم 20 أبريل 2024 افتتاح سينما الحي بعد الترميم.', 'أبريل', 'ar')).toBe('happened');
    // "The municipality will open the park on 3 May": ستفتتح is a future.
    expect(foreignKind('ستفتتح البلدية الحديقة يوم 3 مايو 2026.', 'مايو', 'ar')).toBe('planned');
  });
});

describe('conditions, denials and plans in more shapes', () => {
  it.each([
    // A condition told by inversion, and by an opening "se".
    ['Had the council repaired the roof in 2021, the hall would still be open.', '2021', 'en', 'conditional'],
    ['Se a obra tivesse começado em 2022, a escola já estaria pronta.', '2022', 'pt', 'conditional'],
    // "Neither … nor … n'ont": a denial without "pas".
    ["Ni la mairie ni l'entreprise n'ont répondu lundi aux questions du journal.", 'lundi', 'fr', 'negated'],
    // Indonesian: a plan, a limit and a denial.
    ['Pasar baru itu dijadwalkan dibuka pada 12 Mei 2026.', 'Mei', 'id', 'planned'],
    ['Laporan harus diserahkan paling lambat 30 April 2025.', 'April', 'id', 'deadline'],
    ['Polisi belum menetapkan tersangka hingga 2 Mei 2025.', 'Mei', 'id', 'negated'],
    ['Maskapai berupaya memenuhi tenggat hari Senin 12 Mei 2025 itu.', 'Mei', 'id', 'deadline'],
    // The limit a deadline's noun names: "de termijn van 13 oktober", "die Frist vom 13. Oktober".
    ['De gemeente stelde vast dat de aannemer de termijn van 13 oktober 2024 had gemist.', 'oktober', 'nl', 'deadline'],
    ['De gemeente stelde vast dat de aannemer de termijn van afgelopen zondag had gemist.', 'zondag', 'nl', 'deadline'],
    [
      'Die Stadt stellte fest, dass die Firma die Frist vom 13. Oktober 2024 verpasst hatte.',
      'Oktober',
      'de',
      'deadline',
    ],
    // A language with no statement table: the future words all languages' times are read with.
    ['Комиссия будет рассматривать проект в конце ноября 2024 года.', 'ноября', 'ru', 'planned'],
    ['Комиссия рассмотрела проект в конце ноября 2024 года.', 'ноября', 'ru', 'happened'],
    ['Η επιτροπή θα εξετάσει το σχέδιο στα τέλη Νοεμβρίου 2024.', 'Νοεμβρίου', 'el', 'planned'],
    ['Udruga će obnoviti zid do kraja studenoga 2024.', 'studenoga', 'hr', 'deadline'],
    // Czech and Polish "na" before the day something is set for; "ve" before the day it happened.
    ['Soud nařídil první jednání na čtvrtek 28. listopadu 2024.', 'listopadu', 'cs', 'planned'],
    ['Soud jednal ve čtvrtek 24. října 2024.', 'října', 'cs', 'happened'],
    ['Rozprawę przełożono na 3 grudnia 2024 roku.', 'grudnia', 'pl', 'planned'],
  ])('%s → %s', (sentence, text, lang, kind) =>
    expect(lang === 'en' ? kindOf(sentence, text) : foreignKind(sentence, text, lang)).toBe(kind),
  );

  it('keeps an opening "if"-less past sentence an act', () => {
    expect(kindOf('Had been closed since 2019, the hall reopened in March 2024.', '2024')).toBe('happened');
  });
});

describe('round 11 shapes of plans that fell through, conditions and limits', () => {
  it.each([
    // A plan that fell through, its date in a short phrase after a comma.
    [
      "La linea sarebbe dovuta arrivare a otto corse al giorno con l'orario estivo, dal 3 giugno.",
      'giugno',
      'it',
      'counterfactual',
    ],
    // A clause of its own after "bevor" tells what happened on its day.
    ['Eigentlich sollte die Halle im Mai 2026 öffnen, bevor am 4. März das Dach einbrach.', 'März', 'de', 'happened'],
    // A condition told by a sentence that opens with its verb.
    ['Hade kommunen beslutat om bygglovet i april 2024, hade skolan stått klar i dag.', 'april', 'sv', 'conditional'],
    // The limit's word after its day.
    ['Belediye, “Cuma akşamına kadar bütün yollar açılacak” dedi.', 'Cuma', 'tr', 'deadline'],
  ])('%s → %s', (sentence, text, lang, kind) => expect(foreignKind(sentence, text, lang)).toBe(kind));
});

describe('a limit set as an aim', () => {
  it('reads “by” after an aim as a limit, not as a thing done', () => {
    expect(kindOf('Our aim is to have every school reopened by Monday.', 'Monday')).toBe('deadline');
    expect(kindOf('The crews had reopened every school by Monday.', 'Monday')).toBe('happened');
  });
});

describe('round 12: a verb after the date, and Catalan', () => {
  it.each([
    // A verb-final language says "would have been" after the day.
    ['Az eredeti határidő 2025. december 31. lett volna.', 'december', 'hu', 'counterfactual'],
    ['A pályázatokat 2025. december 31-ig lehet benyújtani.', 'december', 'hu', 'deadline'],
    // Catalan tells the past with "va" and an infinitive; its future by the ending.
    ['El regulador va rebre l’informe el 14 de novembre.', 'novembre', 'ca', 'happened'],
    ['La comissió lliurarà el dictamen el 3 de febrer.', 'febrer', 'ca', 'planned'],
    ['L’operador ha de lliurar l’informe final abans del 31 de març.', 'març', 'ca', 'deadline'],
    ['Si el sistema hagués funcionat el 23 d’octubre, no hi hauria hagut apagada.', 'octubre', 'ca', 'conditional'],
  ])('%s → %s', (sentence, text, lang, kind) => expect(foreignKind(sentence, text, lang)).toBe(kind));
});

describe('a plan named in an apposition that the main clause denies', () => {
  it('tells no event: the plan was not carried out', () => {
    expect(
      kindOf('That work, planned for the summer of 2022, was never carried out, the ministry said.', 'summer'),
    ).toBe('counterfactual');
    expect(kindOf('The shoring of the church, due by 31 October, was not finished either.', '31 October')).toBe(
      'counterfactual',
    );
    expect(foreignKind('Esas obras, previstas para el verano de 2022, nunca se llevaron a cabo.', '2022', 'es')).toBe(
      'counterfactual',
    );
  });
  it('leaves a plan whose main clause says nothing against it, and an "if needed" that sets no condition', () => {
    expect(kindOf('The shoring of the church, due by 31 October, is going ahead.', '31 October')).toBe('deadline');
    expect(
      foreignKind(
        'Das Gesetz verlangte, dass alle Schulen bis Ende 2018 geprüft und wenn nötig verstärkt werden.',
        '2018',
        'de',
      ),
    ).toBe('deadline');
    expect(
      foreignKind(
        '"Se a ala tivesse sido reforçada em 2022, talvez estivéssemos falando de feridos", disse ele.',
        '2022',
        'pt',
      ),
    ).toBe('conditional');
  });
});

describe('a verb-final language gives its mood after the date', () => {
  it.each([
    // "Had the roof been repaired in 2021, …": the Turkish past conditional ends the clause.
    ["Çatı 2021'de onarılmış olsaydı, okul kapanmayacaktı.", "2021'de", 'tr', 'conditional'],
    ["Çatı 2021'de onarıldı.", "2021'de", 'tr', 'happened'],
    ["Okul 2027'de açılabilir.", "2027'de", 'tr', 'hypothetical'],
  ])('%s → %s', (sentence, text, lang, kind) => expect(foreignKind(sentence, text, lang)).toBe(kind));

  it('reads no mood after the date in a language that puts the verb before it', () => {
    expect(foreignKind('El puente se inauguró en 2019 y podría cerrarse pronto.', '2019', 'es')).toBe('happened');
  });
});

describe('a verb-final language gives its denial after the date', () => {
  it('reads a Turkish negative future that ends the clause', () => {
    expect(foreignKind("Bakan, ikinci görevin 2027'den önce yapılmayacağını açıkladı.", "2027'den", 'tr')).toBe(
      'negated',
    );
    expect(foreignKind("İkinci görev 2027'de yapılacak.", "2027'de", 'tr')).toBe('planned');
  });
});

describe('a time its own words put ahead, in another language', () => {
  it.each([
    ['La ministre est attendue mercredi à Lyon.', 'mercredi', 'fr', 'planned'],
    ['Il presidente è atteso giovedì a Bari.', 'giovedì', 'it', 'planned'],
    ['De minister wordt woensdag in Gent verwacht.', 'woensdag', 'nl', 'planned'],
    ['La ministre était à Lyon mercredi.', 'mercredi', 'fr', 'happened'],
  ])('%s → %s', (sentence, text, lang, kind) => expect(foreignKind(sentence, text, lang)).toBe(kind));
});

describe('a figure reached by a day, told in a perfect of the past', () => {
  it.each([
    ['Hasta el miércoles por la noche se habían cancelado 1.480 vuelos.', 'miércoles', 'es', 'status'],
    ['Jusqu’au 12 mars, les services avaient reçu 3 200 dossiers.', '12 mars', 'fr', 'status'],
    ['Hasta el miércoles se podrán presentar las solicitudes.', 'miércoles', 'es', 'deadline'],
  ])('%s → %s', (sentence, text, lang, kind) => expect(foreignKind(sentence, text, lang)).toBe(kind));
});

describe('round 13: a denial after a date that opens the sentence, and a plan that was originally set', () => {
  it.each([
    ['Até ontem, a câmara ainda não tinha nomeado os seus representantes.', 'ontem', 'pt', 'negated'],
    ['Dal 2011, il comitato non si riuniva più.', '2011', 'it', 'negated'],
    ['Desde marzo, las reservas no han dejado de bajar.', 'marzo', 'es', 'happened'],
    ['El programa anterior, vigente desde 2017, no contemplaba los camiones.', '2017', 'es', 'happened'],
    ['Ursprünglich sollte bis Ende Februar ein fertiger Text vorliegen.', 'Februar', 'de', 'counterfactual'],
    ['Der Text muss bis Ende Februar vorliegen.', 'Februar', 'de', 'deadline'],
    ["Meclis 28 Mayıs'ta onay vermezse, anlaşma geçersiz olacak.", '28 Mayıs', 'tr', 'conditional'],
    ['Oylamanın bugün yapılması planlanıyordu.', 'bugün', 'tr', 'counterfactual'],
  ])('%s → %s', (sentence, text, lang, kind) => expect(foreignKind(sentence, text, lang)).toBe(kind));
});
