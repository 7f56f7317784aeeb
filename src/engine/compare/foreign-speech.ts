/**
 * Reported speech in languages other than English: "le maire a déclaré que …", "…, dijo el alcalde", "segundo a
 * câmara, …", "وقال الوزير إن …". Each language's verbs of saying (past forms a report uses), the word that opens
 * what was said, and the words of "according to" are in its table (`timeline/statement-words.ts`, `reported`); the
 * shapes are the same in every language.
 *
 * The speaker is never given from these shapes: the subject of a verb in another language is not read well enough
 * to name it, and "speaker not stated" is better than a wrong name.
 */
import { statementWordsFor } from '../timeline/statement-words.ts';

/** A language's compiled shapes of reported speech. */
interface Shapes {
  that: RegExp;
  commaClause: RegExp | null;
  inline: RegExp | null;
  closing: RegExp;
  accordingFirst: RegExp;
  accordingLast: RegExp;
}

const compiled = new Map<string, Shapes>();
const L = String.raw`[\p{L}\p{M}]`;
// Articles and determiners: a noun phrase after the verb ("disse uma reformada que …") makes "que" a relative
// pronoun, not the opening of what was said; the one told comes after a preposition ("dijo a los periodistas que").
const ARTICLE = String.raw`(?:le|la|les|l['’]|un|une|des|el|los|las|lo|il|i|gli|uno|una|um|uma|o|os|as|der|die|das|den|dem|ein|eine|de|het|een)`;
// Who speaks after a closing verb: a capitalised name, a determiner, or a pronoun ("…, a indiqué le maire").
const SPEAKER_AFTER = String.raw`(?:\p{Lu}|${ARTICLE}(?:\s|(?<=['’]))|(?:il|elle|ils|elles|él|ella|ele|ela|lui|lei|er|sie|hij|zij)(?!${L}))`;

// The texts and counts of Greek and Ukrainian that "according to" may name (`σύμφωνα με τα στοιχεία`, `згідно з
// законом`).
const DOCUMENT_MORE = String.raw`νόμ\p{L}*|στοιχεί\p{L}*|έκθεσ\p{L}*|δημοσκόπησ\p{L}*|μελέτ\p{L}*|σύνταγμ\p{L}*|σχέδι\p{L}*|πρόγνωσ\p{L}*|προβλέψ\p{L}*|συμφωνί\p{L}*|закон\p{L}*|конституці\p{L}*|постанов\p{L}*|указ\p{L}*|угод\p{L}*|договор\p{L}*|звіт\p{L}*|опитуванн\p{L}*|дослідженн\p{L}*|статистик\p{L}*|прогноз\p{L}*|графік\p{L}*|план\p{L}*`;
// What "according to" may name that speaks no words: a text, a plan or a count (`según la Constitución`, `segundo o
// acordo`, `selon le dernier bilan`, `laut Statistik`), in the languages above.
const DOCUMENT = String.raw`(?<!${L})(?:constitu\p{L}*|ley|loi|lei|legge|gesetz\p{L}*|acuerdo|accord|acordo|accordo|abkommen|cifras|chiffres|n[úu]meros|dati|datos|dados|donn[ée]es|zahlen|balance|bilan|balan[çc]o|bilancio|bilanz|informe|rapport|relat[óo]rio|rapporto|bericht|estudio|[ée]tude|estudo|studio|studie|encuesta|sondage|sondagem|sondaggio|umfrage|calendario|calendrier|decreto|d[ée]cret|texto|texte|statisti\p{L}*|estad[íi]stic\p{L}*|quadro|tabla|tableau|mapa|carte|pr[ée]visions?|previs[ãaió]\p{L}*|pron[óo]stico|${DOCUMENT_MORE})(?!${L})`;

/** The shapes of one language, compiled once. */
function shapesFor(code: string): Shapes | null {
  const w = statementWordsFor(code)?.reported;
  if (!w) return null;
  let s = compiled.get(code);
  if (!s) {
    const verb = String.raw`(?<!${L})(?:${w.verbs})(?!${L})`;
    const that = String.raw`(?<!${L})(?:${w.that})(?:\s+|(?<=['’]))(?<what>\S.{10,})$`;
    // A table may say how its language opens the speaker (Greek articles, "rekao je ministar"; '' for any word).
    const speaker = w.speaker === undefined ? SPEAKER_AFTER : w.speaker && `(?:${w.speaker})`;
    s = {
      // "Le maire a déclaré jeudi que …", "dijo ante el tribunal que …": at most four words between the verb and
      // the word that opens what was said, not opening with an article.
      that: new RegExp(
        String.raw`${verb}[\s,،]+(?:(?!${ARTICLE}\s)[^\s.!?;,]+\s+(?:[^\s.!?;,]+\s+){0,3}?)?${that}`,
        'iu',
      ),
      // "…, a indiqué le maire.", "…, dijo el alcalde.", "…, sagte Müller am Montag."
      // "Der Sprecher sagte am Montag, die Baufirma sei bereits ausgewählt": the verb, a few words, a comma; not "sagte
      // nicht, wann …", which reports nothing.
      commaClause: w.commaClause
        ? new RegExp(
            String.raw`${verb}(?:\s+(?!(?:nicht|nie)(?!${L}))[^\s,.;!?]+){0,5}\s*,\s*(?!dass\s)(?<what>\S.{10,})$`,
            'iu',
          )
        : null,
      // "Laut Hafenbehörde hatten bis Freitag 61 Schiffe …": the whole sentence is what was said.
      inline: w.inline ? new RegExp(String.raw`(?<!${L})(?:${w.inline})\s`, 'iu') : null,
      closing: new RegExp(String.raw`^(?<what>.{15,}?)[,،]\s+${verb}\s+${speaker}[^,،.!?]{0,80}[.!?]?$`, 'u'),
      // "Selon la mairie, …", "Segundo a câmara, …"; not a text or a count ("según la Constitución").
      accordingFirst: new RegExp(
        String.raw`^(?:${w.according})(?!${L})(?![^,،]{0,40}${DOCUMENT})[^,،]{2,80}[,،]\s*(?<what>.{12,})$`,
        'iu',
      ),
      // "…, selon la mairie."
      accordingLast: new RegExp(
        String.raw`^(?<what>.{15,}?)[,،]\s*(?:${w.according})(?!${L})(?![^,،]{0,40}${DOCUMENT})[^,،]{2,80}[.!?]?$`,
        'iu',
      ),
    };
    compiled.set(code, s);
  }
  return s;
}

/**
 * What a sentence in `language` reports someone said, or null: the clause after "que"/"dass"/"أن", the clause before
 * a closing attribution, or the clause beside "according to". English is read by the English frames (`quotes.ts`).
 */
export function foreignStatement(sentence: string, language: string | null): string | null {
  const code = (language ?? 'en').split('-')[0]!.toLowerCase();
  const shapes = code === 'en' ? null : shapesFor(code);
  if (!shapes) return null;
  const s = sentence.trim();
  const m =
    shapes.that.exec(s) ??
    shapes.closing.exec(s) ??
    // After a quotation, the comma after "sagte X" opens words about the speaker ("…“, sagte Ruža Knežević, die …").
    (s.startsWith('“…”') ? null : shapes.commaClause?.exec(s)) ??
    shapes.accordingFirst.exec(s) ??
    shapes.accordingLast.exec(s);
  const inline = !m && shapes.inline?.test(s) ? s : null;
  const what = (m?.groups?.what ?? inline)?.replace(/[\s,;:.!?،]+$/u, '').trim();
  // Words it quotes are recorded as quotations; a statement made of them adds nothing.
  return what && !what.includes('“…”') && what.split(/\s+/).length >= 4 ? what : null;
}
