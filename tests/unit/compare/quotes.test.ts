/** The quote ledger: quotations with a speaker, scare quotes left out, one entry per quotation. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { buildQuoteLedger, findQuotes, quoteKey } from '../../../src/engine/compare/quotes.ts';
import { readStory, textSeed } from '../../helpers.ts';
import { seedAnalysis, slugOf } from './helpers.ts';

const story = readStory();
const corpusOf = (...texts: string[]) =>
  buildCorpus(
    texts.map((t, i) => textSeed(`${i}.txt`, `date 2024-03-0${i + 1}\n${t}\n`)),
    story,
  );

describe('quotations and reported speech in fixtures', () => {
  it('attribute quoted words to the person the sentence names, leaving out the role after the name', () => {
    const [a] = corpusOf(
      'Jana Kowalska, the head of the port authority, said, “We will reopen the pier by May.”',
    ).articles;
    expect(findQuotes(a!)).toEqual([
      expect.objectContaining({ text: 'We will reopen the pier by May.', type: 'direct', speaker: 'Jana Kowalska' }),
    ]);
  });

  it('take the name after a role, not the place the role belongs to, and no speaker for unnamed officials', () => {
    const [a, b] = corpusOf(
      'Harbourside mayor Ilse Vandam, who is staying with evacuated families, said many homes had been lost.',
      'The quay was flooded on Monday night and two boats sank, according to officials who spoke on Tuesday.',
    ).articles;
    expect(findQuotes(a!).map((q) => q.speaker)).toEqual(['Ilse Vandam']);
    expect(findQuotes(b!).map((q) => q.speaker)).toEqual([null]);
  });

  it('take a body’s name set off after what it is, not the description', () => {
    const [a] = corpusOf(
      "Norland's water utility, AquaNor, said it had sent 40 tanker trucks to the eastern districts.",
    ).articles;
    expect(findQuotes(a!).map((q) => q.speaker)).toEqual(['AquaNor']);
  });

  it('take no document for a speaker', () => {
    const [a] = corpusOf(
      'The gates were opened at dawn, according to the operating log seen by the Harbour Review.',
    ).articles;
    expect(findQuotes(a!).map((q) => q.speaker)).toEqual([null]);
    // A memo or a report saying something names no one; a body whose name holds such a word is a body.
    const [b, c] = corpusOf(
      'The memo the Herald printed says that the board knew of the cracks in May.',
      'The Report Group said that the board knew of the cracks in May.',
    ).articles;
    expect(findQuotes(b!).map((q) => q.speaker)).toEqual([null]);
    expect(findQuotes(c!).map((q) => q.speaker)).toEqual(['The Report Group']);
  });

  it('record reported speech with its speaker, and the told agency is never the speaker', () => {
    const [a] = corpusOf(
      'The harbour master, Piet Janssen, told AFP that the northern pier would reopen within a month.',
    ).articles;
    expect(findQuotes(a!).map((q) => [q.type, q.speaker, q.text])).toEqual([
      ['reported', 'Piet Janssen', 'the northern pier would reopen within a month'],
    ]);
    const [b] = corpusOf('An AFP correspondent said that crowds gathered at the quay before dawn.').articles;
    expect(findQuotes(b!).map((q) => q.speaker)).toEqual([null]);
  });

  it('give “he said” the person named in the sentence just before, and nothing else', () => {
    const [a] = corpusOf(
      'Mayor Piet Janssen visited the pier on Monday. He said the repairs had taken far too long.',
      'The repairs took two winters. He said the repairs had taken far too long.',
    ).articles;
    expect(findQuotes(a!).map((q) => q.speaker)).toEqual(['Mayor Piet Janssen']);
    const [, b] = corpusOf(
      'Mayor Piet Janssen visited the pier on Monday. He said the repairs had taken far too long.',
      'The repairs took two winters. He said the repairs had taken far too long.',
    ).articles;
    expect(findQuotes(b!).map((q) => q.speaker)).toEqual([null]);
  });

  it('take the statement before a closing “according to X, the …”, and nothing from a refusal to say', () => {
    const [a] = corpusOf(
      'Some 140 millimetres of rain fell on the pier on Saturday, according to Maren Meteo, the regional weather office. Harbour Works declined to say when the cracks had first appeared.',
    ).articles;
    expect(findQuotes(a!).map((q) => [q.type, q.speaker, q.text])).toEqual([
      ['reported', 'Maren Meteo', 'Some 140 millimetres of rain fell on the pier on Saturday'],
    ]);
  });

  it('take the statement before “according to X, which …”: the relative clause tells what X did, not what it says', () => {
    const [a] = corpusOf(
      'The quay gave way shortly after dawn on Sunday, according to the Harbour Board, which had closed it to lorries in May after divers found cracks.',
    ).articles;
    expect(findQuotes(a!).map((q) => [q.type, q.speaker, q.text])).toEqual([
      ['reported', 'the Harbour Board', 'The quay gave way shortly after dawn on Sunday'],
    ]);
  });

  it('keep a quotation inside a statement verbatim, and read a speaker after a long appositive', () => {
    const [a] = corpusOf(
      'Ada Brenn, organiser for the Harbour Pilots union at the northern quay of Marrowick, said the repairs were "far too slow for the crews" and would have to speed up.',
    ).articles;
    expect(findQuotes(a!).map((q) => [q.type, q.speaker, q.text])).toEqual([
      ['direct', 'Ada Brenn', 'far too slow for the crews'],
      ['reported', 'Ada Brenn', 'the repairs were "far too slow for the crews" and would have to speed up'],
    ]);
  });

  it('name no one for “he” after an unnamed source, and take no speaker from a place or a publication', () => {
    const [a] = corpusOf(
      'One docker at Marrowick’s North Quay, who asked not to be named, said he had lost a month of wages. "I will take the offer, but I won’t cheer," he said.',
      'The cracks can be read two ways, one senior engineer told Harbour Structures Review. "The water gets in where the concrete shrank," he said.',
      'Harbour Freight Holdings chief executive Ines Varga said the stoppage on the quay was unlawful.',
    ).articles;
    expect(findQuotes(a!).map((q) => q.speaker)).toEqual([null, null]);
    const [, b, c] = corpusOf(
      'One docker at Marrowick’s North Quay, who asked not to be named, said he had lost a month of wages. "I will take the offer, but I won’t cheer," he said.',
      'The cracks can be read two ways, one senior engineer told Harbour Structures Review. "The water gets in where the concrete shrank," he said.',
      'Harbour Freight Holdings chief executive Ines Varga said the stoppage on the quay was unlawful.',
    ).articles;
    expect(findQuotes(b!).map((q) => q.speaker)).toEqual([null, null]);
    expect(findQuotes(c!).map((q) => q.speaker)).toEqual(['Ines Varga']);
  });

  it('name no one for a pronoun subject after a phrase of place (“In her letter she wrote: …”)', () => {
    const [a] = corpusOf(
      'In her letter she wrote: "The failure happened on my watch, and I will answer for it."',
    ).articles;
    expect(findQuotes(a!).map((q) => [q.type, q.speaker])).toEqual([['direct', null]]);
  });

  it('give a speaker named by its acronym as the article first names it, where the bracket spells its initials', () => {
    const [a] = corpusOf(
      'Talks between Harbour Freight Lines (HFL) and the dockers broke down. HFL said it would keep talking to the mediator.',
      'Talks between the North Dockers Guild (NDU) and the port broke down. NDU said it would keep talking to the mediator.',
    ).articles;
    expect(findQuotes(a!).map((q) => q.speaker)).toEqual(['Harbour Freight Lines']);
    const [, b] = corpusOf(
      'Talks between Harbour Freight Lines (HFL) and the dockers broke down. HFL said it would keep talking to the mediator.',
      'Talks between the North Dockers Guild (NDU) and the port broke down. NDU said it would keep talking to the mediator.',
    ).articles;
    expect(findQuotes(b!).map((q) => q.speaker)).toEqual(['NDU']);
    const [c] = corpusOf(
      'The Harbour Safety Board (HSB) closed the quay on Sunday. The inner basin is expected to reopen on Friday, the HSB said.',
    ).articles;
    expect(findQuotes(c!).map((q) => q.speaker)).toEqual(['Harbour Safety Board']);
  });

  it('name no one for “he” when the sentence before speaks of a second person (“asked him”)', () => {
    const [a] = corpusOf(
      'Councillor Ruth Abara asked him whether anyone had been disciplined. He replied that a review was still under way.',
    ).articles;
    expect(findQuotes(a!).map((q) => [q.speaker, q.text])).toEqual([[null, 'a review was still under way']]);
  });

  it('give a statement by a group “including” a named body to that body, and take no person from a union’s name', () => {
    const [a] = corpusOf(
      'Critics, including the Harbour Pilots union, say the repairs must be checked by an outside engineer.',
      'Ada Brenn, organiser for the Harbour Pilots union, spoke first. She said the pier would close again in May.',
    ).articles;
    expect(findQuotes(a!).map((q) => q.speaker)).toEqual(['the Harbour Pilots union']);
  });

  it('read “insisted on …” as the verb’s object, not as where it was said', () => {
    const [a] = corpusOf(
      'The pier was meant to reopen in May, but inspectors at the Harbour Office have insisted on two clean surveys first.',
    ).articles;
    expect(findQuotes(a!)).toEqual([]);
  });

  it('carry a speaker to the quotation that continues in the next sentence, and state none where no one is named', () => {
    const [a] = corpusOf(
      '“The pier is safe again,” said Jana Kowalska. “We tested every beam twice.” “Nobody will be turned away.”',
      'Officials said the ferry would run again from Friday onwards.',
    ).articles;
    expect(findQuotes(a!).map((q) => [q.text, q.speaker])).toEqual([
      ['The pier is safe again,', 'Jana Kowalska'],
      ['We tested every beam twice.', 'Jana Kowalska'],
      ['Nobody will be turned away.', 'Jana Kowalska'],
    ]);
  });

  it('record no statement where no one speaks: a subordinate clause, a passive, a denial, or a verb with no report', () => {
    const c = corpusOf(
      'Although the closure of the pier has been announced, some boats are still moored there.',
      'The harbour board has not said whether it will reopen the pier.',
      'The mayor acknowledged the crews’ work on the northern pier.',
      'The port director, Ines Varga, told a meeting at the quay that the pier would reopen in May.',
    );
    for (const art of c.articles.slice(0, 3)) expect(findQuotes(art)).toEqual([]);
    expect(findQuotes(c.articles[3]!).map((q) => [q.speaker, q.text])).toEqual([
      ['Ines Varga', 'the pier would reopen in May'],
    ]);
  });

  it('leave out scare quotes of one or two words', () => {
    const [a] = corpusOf(
      'Following January 1, a “liquidation phase” will begin. The port authority calls it a “pause”.',
    ).articles;
    expect(findQuotes(a!)).toEqual([]);
  });

  it('make one entry of the same quotation in several articles', () => {
    const c = corpusOf(
      'Jana Kowalska, head of the port authority, said: “The pier is safe again.”',
      'The pier is open. “The pier is safe again,” said Jana Kowalska, head of the port authority.',
    );
    const ledger = buildQuoteLedger(c.articles).filter((q) => q.type === 'direct');
    expect(ledger).toHaveLength(1);
    expect(ledger[0]!.sources.map((s) => s.slug)).toEqual(c.articles.map((a) => a.slug));
    expect(quoteKey('The pier is safe again.')).toBe(quoteKey('the pier is safe again,'));
  });
});

describe('the seeds’ ledger', () => {
  const { quotes } = seedAnalysis();

  it('holds El-Ghassim Wane’s words under his name', () => {
    const wane = quotes.find((q) => q.speaker === 'El-Ghassim Wane')!;
    expect(wane).toMatchObject({
      text: 'there was a gap between what we were mandated to do and we were able to do',
      type: 'direct',
    });
    expect(wane.sources.map((s) => s.slug)).toEqual([slugOf('001')]);
  });

  it('holds the spokeswoman’s words told to AFP under her name, not the agency’s', () => {
    const kaba = quotes.filter((q) => q.speaker?.includes('Fatoumata Kaba'));
    expect(kaba.map((q) => q.type)).toContain('reported');
    expect(quotes.some((q) => q.speaker !== null && /\bAFP\b/.test(q.speaker))).toBe(false);
  });

  it('lists no scare quotes', () => {
    const texts = quotes.map((q) => q.text.toLowerCase());
    for (const scare of ['liquidation phase', 'liquidation', 'dissolution', 'failure', 'immediately'])
      expect(texts).not.toContain(scare);
  });
});

describe('speakers a fact-checker would strike out', () => {
  const speakersOf = (text: string) => {
    const [a] = corpusOf(text).articles;
    return findQuotes(a!).map((q) => q.speaker);
  };
  it('gives none for a phrase whose only capital is the sentence’s, or for a plural of a role', () => {
    expect(speakersOf('Families of the victims said they would follow the case closely.')).toEqual([null]);
    expect(speakersOf('Sources at the depot said the brakes had been checked in May.')).toEqual([null]);
    expect(speakersOf('Investigators said the fire started in the kitchen.')).toEqual([null]);
  });
  it('keeps a body named by a capitalised word, a name’s possessive, and one name alone', () => {
    expect(speakersOf('The Harlow fire service said the fire started in the kitchen.')).toEqual([
      'The Harlow fire service',
    ]);
    expect(speakersOf("Norway's transport ministry said the line would reopen in May.")).toEqual([
      "Norway's transport ministry",
    ]);
    expect(speakersOf('Brannock said the offer would stand until Friday.')).toEqual(['Brannock']);
    // A time before the subject is no part of its name.
    expect(speakersOf('On 19 May Brannock said the offer would stand.')).toEqual(['Brannock']);
  });
  it('gives none to "he" after a sentence where the one speaking names another person', () => {
    expect(
      speakersOf(
        'Mayor Anton Riis said a panel chaired by judge Eva Lund would review the plans. The panel must report by June, he said.',
      ),
    ).toEqual(['Mayor Anton Riis', null]);
  });
});

describe('a writer’s bio line', () => {
  it('reports nothing: writing a column is no statement', () => {
    const [a] = corpusOf('Agnes Lind writes a weekly column for the Courier.').articles;
    expect(findQuotes(a!)).toEqual([]);
    const [b] = corpusOf('Agnes Lind wrote that the ferry would run again by May.').articles;
    expect(findQuotes(b!).map((q) => q.speaker)).toEqual(['Agnes Lind']);
  });
});
