/**
 * What a dated sentence claims in Greek, Croatian (and Bosnian and Serbian), Hungarian, Finnish, Danish, Norwegian and
 * Ukrainian: done, planned, due by a limit, or no event (a condition, a possibility, a denial, a plan that fell
 * through); and the words each table leaves out because they also mean something else in running text.
 */
import { describe, expect, it } from 'vitest';
import { findForeignExpressions } from '../../../src/engine/time/foreign.ts';
import type { TemporalExpression } from '../../../src/engine/time/types.ts';
import { statementKind } from '../../../src/engine/timeline/statement-kinds.ts';
import { statementWordsFor } from '../../../src/engine/timeline/statement-words.ts';

/** The kind the sentence of an article in `lang` gives the expression written `text`. */
const foreignKind = (sentence: string, text: string, lang: string) => {
  const e = findForeignExpressions(sentence, lang).find((x) => x.text.includes(text));
  if (!e) throw new Error(`no expression “${text}” in “${sentence}”`);
  return statementKind(sentence, e, lang);
};

/**
 * The kind a Hungarian sentence gives the date written `text`. The time stage does not read Hungarian's year-first
 * dates yet (`2026. március 3-án`), so the expression is made here where the text writes it, its suffix after it.
 */
const hungarianKind = (sentence: string, text: string) => {
  const index = sentence.indexOf(text);
  if (index < 0) throw new Error(`no “${text}” in “${sentence}”`);
  const e: TemporalExpression = { kind: 'date', text, index, year: 2026, month: 3, day: 3, lead: null };
  return statementKind(sentence, e, 'hu');
};

describe('Greek statement words', () => {
  it.each([
    ['Ο δήμος παρέδωσε τη νέα πλατεία στους κατοίκους στις 4 Μαρτίου 2026.', 'happened'],
    ['Ο δήμος θα παραδώσει τη νέα πλατεία στους κατοίκους στις 4 Μαρτίου 2026.', 'planned'],
    ['Οι προσφορές πρέπει να κατατεθούν έως τις 4 Μαρτίου 2026.', 'deadline'],
    ['Εάν εγκριθεί η χρηματοδότηση, τα έργα θα αρχίσουν στις 4 Μαρτίου 2026.', 'conditional'],
    ['Το συμβούλιο δεν ψήφισε τον προϋπολογισμό στις 4 Μαρτίου 2026.', 'negated'],
    ['Η ακρόαση επρόκειτο να γίνει στις 4 Μαρτίου 2026, αλλά αναβλήθηκε.', 'counterfactual'],
    ['Η ακρόαση θα μπορούσε να γίνει στις 4 Μαρτίου 2026.', 'hypothetical'],
    // The day something is set for, and a limit that ran out on its day.
    ['Η ακρόαση ορίστηκε για την Τετάρτη 4 Μαρτίου 2026.', 'planned'],
    ['Η διορία έληξε στις 4 Μαρτίου 2026 χωρίς συμφωνία.', 'deadline'],
    // Not "αν και" (although), not the end of a span, not a plan kept ("όπως είχε προγραμματιστεί").
    ['Αν και έβρεχε, η παρέλαση έγινε στις 4 Μαρτίου 2026.', 'happened'],
    ['Η έκθεση έμεινε ανοιχτή από 1 έως 4 Μαρτίου 2026 στο λιμάνι.', 'happened'],
    ['Η πλατεία παραδόθηκε όπως είχε προγραμματιστεί στις 4 Μαρτίου 2026.', 'happened'],
  ])('%s → %s', (sentence, kind) => expect(foreignKind(sentence, 'Μαρτίου', 'el')).toBe(kind));
});

describe('Croatian statement words, also read for Bosnian and Serbian', () => {
  it.each([
    ['Gradsko kupalište otvoreno je za posjetitelje 4. ožujka 2026.', 'happened'],
    ['Gradsko kupalište bit će otvoreno za posjetitelje 4. ožujka 2026.', 'planned'],
    ['Ponude se primaju najkasnije do 4. ožujka 2026.', 'deadline'],
    ['Ako vijeće odobri novac, radovi kreću 4. ožujka 2026.', 'conditional'],
    ['Vijeće nije izglasalo proračun 4. ožujka 2026.', 'negated'],
    ['Rasprava je trebala početi 4. ožujka 2026, ali je odgođena.', 'counterfactual'],
    ['Kazalište je trebalo ugostiti predstavu 4. ožujka 2026.', 'counterfactual'],
    ['Rasprava bi mogla početi 4. ožujka 2026.', 'hypothetical'],
    ['Rasprava je zakazana za 4. ožujka 2026.', 'planned'],
    // Not the impersonal "trebalo je" (it took), "ne samo" (not only), the end of a span, nor a plan kept.
    ['Za obnovu je trebalo šest godina, a kupalište je otvoreno 4. ožujka 2026.', 'happened'],
    ['Ne samo da je kupalište otvoreno 4. ožujka 2026, nego je i park uređen.', 'happened'],
    ['Sajam je trajao od 1. do 4. ožujka 2026.', 'happened'],
    ['Kupalište je otvoreno kako je bilo planirano 4. ožujka 2026.', 'happened'],
  ])('%s → %s', (sentence, kind) => expect(foreignKind(sentence, 'ožujka', 'hr')).toBe(kind));

  it('is the table of Bosnian too, and not of Serbian, whose code does not say which script it is written in', () => {
    expect(statementWordsFor('bs')).toBe(statementWordsFor('hr'));
    expect(statementWordsFor('sr')).toBeNull();
    // Bosnian month names are not Croatian's; a date in figures is read in every language.
    expect(foreignKind('Kupalište će biti otvoreno za posjetioce 04.03.2026.', '04.03', 'bs')).toBe('planned');
    expect(foreignKind('Skupština nije usvojila budžet 04.03.2026.', '04.03', 'bs')).toBe('negated');
  });
});

describe('Hungarian statement words', () => {
  it.each([
    ['Az új uszodát 2026. március 4-én adták át a látogatóknak.', 'happened'],
    ['Az új uszodát várhatóan 2026. március 4-én adják át a látogatóknak.', 'planned'],
    ['A pályázatokat legkésőbb 2026. március 4-én kell beadni.', 'deadline'],
    // "-ig" after the date: a limit.
    ['A pályázatokat 2026. március 4-ig lehet beadni.', 'deadline'],
    ['Ha a közgyűlés jóváhagyja, a munka 2026. március 4-én indul.', 'conditional'],
    ['A közgyűlés nem szavazta meg a költségvetést 2026. március 4-én.', 'negated'],
    ['Az uszodát át kellett volna adni 2026. március 4-én, de a munka csúszott.', 'counterfactual'],
    ['A tárgyalás talán 2026. március 4-én kezdődhetne.', 'hypothetical'],
    // Not "ha" after a figure (hectares), nor "majd" (then, in a past account).
    ['A 40 ha területen 2026. március 4-én kezdték a munkát.', 'happened'],
    ['A rendőrség 2026. március 4-én őrizetbe vette, majd elengedte a sofőrt.', 'happened'],
  ])('%s → %s', (sentence, kind) => expect(hungarianKind(sentence, '2026. március 4')).toBe(kind));
});

describe('Finnish statement words', () => {
  it.each([
    ['Uusi uimahalli avattiin yleisölle 4. maaliskuuta 2026.', 'happened'],
    ['Kaupunki aikoo avata uuden uimahallin 4. maaliskuuta 2026.', 'planned'],
    ['Tarjoukset on jätettävä viimeistään 4. maaliskuuta 2026.', 'deadline'],
    // "mennessä" after the date: a limit.
    ['Tarjoukset on jätettävä 4. maaliskuuta 2026 mennessä.', 'deadline'],
    ['Jos valtuusto myöntää rahat, työt alkavat 4. maaliskuuta 2026.', 'conditional'],
    ['Valtuusto ei hyväksynyt talousarviota 4. maaliskuuta 2026.', 'negated'],
    ['Käsittelyn oli määrä alkaa 4. maaliskuuta 2026, mutta se siirtyi.', 'counterfactual'],
    ['Uimahallin piti avautua 4. maaliskuuta 2026.', 'counterfactual'],
    ['Käsittely voisi alkaa 4. maaliskuuta 2026.', 'hypothetical'],
    // "piti" with an object or an essive is no plan: it held a speech, it held a view.
    ['Pormestari piti puheen avajaisissa 4. maaliskuuta 2026.', 'happened'],
    ['Uimahalli avattiin kuten oli tarkoitus 4. maaliskuuta 2026.', 'happened'],
  ])('%s → %s', (sentence, kind) => expect(foreignKind(sentence, 'maaliskuuta', 'fi')).toBe(kind));
});

describe('Danish statement words', () => {
  it.each([
    ['Den nye svømmehal blev åbnet for publikum den 4. marts 2026.', 'happened'],
    ['Den nye svømmehal vil blive åbnet for publikum den 4. marts 2026.', 'planned'],
    ['Tilbud skal være kommunen i hænde senest den 4. marts 2026.', 'deadline'],
    ['Hvis byrådet bevilger pengene, går arbejdet i gang den 4. marts 2026.', 'conditional'],
    ['Byrådet vedtog ikke budgettet den 4. marts 2026.', 'negated'],
    ['Retsmødet skulle egentlig have været holdt den 4. marts 2026.', 'counterfactual'],
    ['Retsmødet kan komme til at begynde den 4. marts 2026.', 'hypothetical'],
    ['Retsmødet er berammet til den 4. marts 2026.', 'planned'],
    // "skal have" tells what someone is said to have done; "som planlagt" an act done as planned.
    ['Kvinden skal have stjålet cyklen den 4. marts 2026.', 'happened'],
    ['Svømmehallen åbnede som planlagt den 4. marts 2026.', 'happened'],
  ])('%s → %s', (sentence, kind) => expect(foreignKind(sentence, 'marts', 'da')).toBe(kind));
});

describe('Norwegian statement words, Bokmål and Nynorsk', () => {
  it.each([
    ['Den nye svømmehallen ble åpnet for publikum 4. mars 2026.', 'nb', 'happened'],
    ['Den nye svømmehallen skal åpnes for publikum 4. mars 2026.', 'nb', 'planned'],
    ['Tilbud må leveres innen 4. mars 2026.', 'no', 'deadline'],
    ['Dersom bystyret bevilger pengene, starter arbeidet 4. mars 2026.', 'nb', 'conditional'],
    ['Kommunestyret vedtok ikkje budsjettet 4. mars 2026.', 'nn', 'negated'],
    ['Rettsmøtet var planlagt til 4. mars 2026, men ble avlyst.', 'nb', 'counterfactual'],
    ['Rettsmøtet kan komme til å starte 4. mars 2026.', 'no', 'hypothetical'],
    ['Kvinnen skal ha stjålet sykkelen 4. mars 2026.', 'nb', 'happened'],
    ['Og tenk om brannen hadde startet 4. mars 2026, under premieren.', 'nb', 'hypothetical'],
  ])('%s (%s) → %s', (sentence, lang, kind) => expect(foreignKind(sentence, 'mars', lang)).toBe(kind));
});

describe('Ukrainian statement words', () => {
  it.each([
    ['Новий басейн відкрили для відвідувачів 4 березня 2026 року.', 'happened'],
    ['Новий басейн буде відкрито для відвідувачів 4 березня 2026 року.', 'planned'],
    ['Новий басейн прийматиме відвідувачів з 4 березня 2026 року.', 'planned'],
    ['Пропозиції приймають до 4 березня 2026 року.', 'deadline'],
    ['Якщо рада виділить кошти, роботи почнуться 4 березня 2026 року.', 'conditional'],
    ['Міська рада не ухвалила бюджет 4 березня 2026 року.', 'negated'],
    ['Засідання мало відбутися 4 березня 2026 року, але його перенесли.', 'counterfactual'],
    ['Засідання могло б відбутися 4 березня 2026 року.', 'hypothetical'],
    ['Засідання призначено на 4 березня 2026 року.', 'planned'],
    // Not "станом на" (as of), "проти" (against), the end of a span, nor a plan kept.
    ['Станом на 4 березня 2026 року у громаді відкрили два укриття.', 'happened'],
    ['Санкції проти перевізника запровадили 4 березня 2026 року.', 'happened'],
    ['Ярмарок тривав з 1 до 4 березня 2026 року.', 'happened'],
    ['Басейн відкрили як і планувалося 4 березня 2026 року.', 'happened'],
  ])('%s → %s', (sentence, kind) => expect(foreignKind(sentence, 'березня', 'uk')).toBe(kind));
});

describe('Russian statement words', () => {
  it.each([
    ['Новый мост откроется 3 марта 2026 года.', 'марта', 'planned'],
    ['Совет планирует принять бюджет 12 апреля 2026 года.', 'апреля', 'planned'],
    ['Мост открыли 4 апреля 2025 года после двух лет ремонта.', 'апреля', 'happened'],
    ['Станцию должны были открыть 9 мая 2025 года, но работы затянулись.', 'мая', 'counterfactual'],
    ['Если погода позволит, праздник пройдёт 20 июня 2026 года.', 'июня', 'conditional'],
    ['Администрация не сообщила 14 мая 2025 года, когда откроется рынок.', 'мая', 'negated'],
    ['Заявки принимаются до 30 мая 2026 года.', 'мая', 'deadline'],
    ['Срок подачи заявок истекает 15 июня 2026 года.', 'июня', 'deadline'],
  ])('%s → %s', (sentence, text, kind) => expect(foreignKind(sentence, text, 'ru')).toBe(kind));

  it('reads a span "с … до …" as no limit', () => {
    expect(foreignKind('Выставка работала с 8 до 20 января 2025 года в городском музее.', 'января', 'ru')).not.toBe(
      'deadline',
    );
  });
});

describe('a limit that runs out, told in the present', () => {
  it.each([
    ['O prazo para as inscrições termina a 15 de junho de 2026.', 'junho', 'pt', 'deadline'],
    ['El plazo para presentar ofertas vence el 3 de marzo de 2026.', 'marzo', 'es', 'deadline'],
    ['Le délai de recours expire le 2 juillet 2026.', 'juillet', 'fr', 'deadline'],
    ['Il termine per le domande scade il 30 settembre 2026.', 'settembre', 'it', 'deadline'],
    ['Termin składania wniosków upływa 31 maja 2026 roku.', 'maja', 'pl', 'deadline'],
  ])('%s → %s', (sentence, text, lang, kind) => expect(foreignKind(sentence, text, lang)).toBe(kind));
});
