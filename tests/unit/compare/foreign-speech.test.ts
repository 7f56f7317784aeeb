/**
 * Reported speech in languages other than English: what was said after the verb and its "that", before a closing
 * attribution, or beside "according to"; never a speaker; not a relative clause, a document or a denial.
 */
import { describe, expect, it } from 'vitest';
import { foreignStatement } from '../../../src/engine/compare/foreign-speech.ts';
import { findQuotes } from '../../../src/engine/compare/quotes.ts';

describe('foreignStatement', () => {
  it.each([
    ['fr', 'Le maire a déclaré jeudi que la passerelle rouvrira avant l’été.', 'la passerelle rouvrira avant l’été'],
    ['fr', 'La passerelle rouvrira avant l’été, a indiqué le maire.', 'La passerelle rouvrira avant l’été'],
    ['es', 'Según la alcaldía, las obras durarán seis semanas más.', 'las obras durarán seis semanas más'],
    ['es', 'El alcalde dijo a los periodistas que el puerto abrirá el lunes.', 'el puerto abrirá el lunes'],
    ['pt', 'A câmara garantiu que as aulas recomeçam na segunda-feira.', 'as aulas recomeçam na segunda-feira'],
    ['it', 'Il sindaco ha detto che il ponte resterà chiuso fino a maggio.', 'il ponte resterà chiuso fino a maggio'],
    ['de', 'Der Sprecher sagte am Montag, die Fähre werde wieder fahren.', 'die Fähre werde wieder fahren'],
    [
      'de',
      'Laut Hafenbehörde hatten bis Freitag 61 Schiffe den Hafen verlassen.',
      'Laut Hafenbehörde hatten bis Freitag 61 Schiffe den Hafen verlassen',
    ],
    ['nl', 'De burgemeester zei dat de brug in mei weer opengaat.', 'de brug in mei weer opengaat'],
    ['ar', 'وقال الوزير إن الجسر سيفتح أمام السيارات الأسبوع المقبل.', 'الجسر سيفتح أمام السيارات الأسبوع المقبل'],
  ])('%s: %s', (lang, sentence, what) => {
    expect(foreignStatement(sentence, lang)).toBe(what);
  });

  it.each([
    // "que" after a noun phrase is a relative pronoun; a text or a count says nothing; a denied saying reports nothing.
    ['pt', '“Esperámos dez anos”, disse uma reformada que não quis ser identificada.'],
    ['es', 'Según la Constitución, el tribunal debe pronunciarse antes del 20 de julio.'],
    ['de', 'Die Staatsanwältin sagte am Mittwoch nicht, wann sie über eine Anklage entscheiden werde.'],
    ['fr', 'L’épouse de l’un d’eux, qui attendait jeudi devant le portail, a dit n’avoir presque pas dormi.'],
    // English is read by the English frames.
    ['en', 'The mayor said that the bridge would reopen in May.'],
  ])('%s: no statement in “%s”', (lang, sentence) => {
    expect(foreignStatement(sentence.replace(/“[^”]*”/g, '“…”'), lang)).toBeNull();
  });
});

describe('foreignStatement in Greek, Croatian, Hungarian, Finnish, Danish, Norwegian and Ukrainian', () => {
  it.each([
    ['el', 'Η δήμαρχος δήλωσε ότι η πλατεία θα παραδοθεί τον Μάιο.', 'η πλατεία θα παραδοθεί τον Μάιο'],
    ['el', 'Η πλατεία θα παραδοθεί τον Μάιο, ανέφερε ο αντιδήμαρχος.', 'Η πλατεία θα παραδοθεί τον Μάιο'],
    ['el', 'Σύμφωνα με την πυροσβεστική, η φωτιά ξεκίνησε από την αποθήκη.', 'η φωτιά ξεκίνησε από την αποθήκη'],
    ['hr', 'Gradonačelnica je rekla da će kupalište biti otvoreno u svibnju.', 'će kupalište biti otvoreno u svibnju'],
    ['hr', 'Kupalište će biti otvoreno u svibnju, izjavio je pročelnik.', 'Kupalište će biti otvoreno u svibnju'],
    ['bs', 'Prema riječima direktora, radovi će trajati još dvije sedmice.', 'radovi će trajati još dvije sedmice'],
    ['hu', 'A polgármester közölte, hogy az uszoda májusban nyit újra.', 'az uszoda májusban nyit újra'],
    [
      'hu',
      'Az uszoda májusban nyit újra a felújítás után, mondta a polgármester.',
      'Az uszoda májusban nyit újra a felújítás után',
    ],
    [
      'hu',
      'A tűzoltóság szerint a tűz a raktár tetőszerkezetében keletkezett.',
      'A tűzoltóság szerint a tűz a raktár tetőszerkezetében keletkezett',
    ],
    [
      'fi',
      'Pormestari kertoi, että uimahalli avataan uudelleen toukokuussa.',
      'uimahalli avataan uudelleen toukokuussa',
    ],
    [
      'fi',
      'Uimahalli avataan uudelleen ensi toukokuussa, kertoo pormestari.',
      'Uimahalli avataan uudelleen ensi toukokuussa',
    ],
    [
      'fi',
      'Pelastuslaitoksen mukaan palo sai alkunsa varaston katolta.',
      'Pelastuslaitoksen mukaan palo sai alkunsa varaston katolta',
    ],
    ['da', 'Borgmesteren sagde, at svømmehallen åbner igen i maj.', 'svømmehallen åbner igen i maj'],
    ['da', 'Svømmehallen åbner igen i maj, siger borgmesteren.', 'Svømmehallen åbner igen i maj'],
    ['da', 'Ifølge beredskabet startede branden i lagerets tag.', 'Ifølge beredskabet startede branden i lagerets tag'],
    ['nb', 'Ordføreren sa at svømmehallen åpner igjen i mai.', 'svømmehallen åpner igjen i mai'],
    ['nb', 'Svømmehallen åpner igjen i mai, sier ordfører Kari Lunde.', 'Svømmehallen åpner igjen i mai'],
    ['uk', 'Міський голова заявив, що басейн відкриють у травні.', 'басейн відкриють у травні'],
    [
      'uk',
      'Басейн відкриють після ремонту у травні, повідомили в міськраді.',
      'Басейн відкриють після ремонту у травні',
    ],
    ['uk', 'За словами рятувальників, пожежа почалася на даху складу.', 'пожежа почалася на даху складу'],
  ])('%s: %s', (lang, sentence, what) => {
    expect(foreignStatement(sentence, lang)).toBe(what);
  });

  it.each([
    // A text or a count says nothing; "prema" alone is also "towards"; a plan or "including" is no source.
    ['el', 'Σύμφωνα με τα στοιχεία της υπηρεσίας, οι επισκέπτες αυξήθηκαν φέτος.'],
    ['uk', 'Згідно з законом, рішення ухвалюють протягом одного місяця.'],
    ['hr', 'Kolona je krenula, prema Splitu su išli svi kamioni iz luke.'],
    ['hu', 'A terv szerint az uszoda a felújítás után májusban nyit újra.'],
    ['fi', 'Kaikki kunnat, Espoo mukaan lukien, hyväksyivät uuden sopimuksen.'],
  ])('%s: no statement in “%s”', (lang, sentence) => {
    expect(foreignStatement(sentence, lang)).toBeNull();
  });
});

describe('quotations in other languages’ marks', () => {
  it('reads «…» and „…“ as quotations, and the statement beside them with no speaker', () => {
    const blocks = [
      {
        type: 'paragraph' as const,
        anchor: 'p-1',
        line: 1,
        text: '« Nous rouvrirons le quai en mai », a assuré le maire.',
      },
      {
        type: 'paragraph' as const,
        anchor: 'p-2',
        line: 2,
        text: '„Wir öffnen die Brücke im Mai“, sagte die Bürgermeisterin.',
      },
      {
        type: 'paragraph' as const,
        anchor: 'p-3',
        line: 3,
        text: 'Selon la mairie, les travaux coûteront deux millions.',
      },
    ];
    const quotes = findQuotes({ slug: 'a', blocks, language: 'fr' });
    expect(quotes.map((q) => [q.type, q.text, q.speaker])).toEqual([
      ['direct', 'Nous rouvrirons le quai en mai', null],
      ['direct', 'Wir öffnen die Brücke im Mai', null],
      ['reported', 'les travaux coûteront deux millions', null],
    ]);
  });
});
