/** Italian and Dutch pages: "di" and "door" bylines, "Leggi anche" and "Lees ook", a Dutch comment prompt. */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

describe('an Italian page', () => {
  const { article, removed } = readPage(
    'it-eco.txt',
    `L'Eco della Valle

Riapre la strada provinciale dopo la frana di marzo

di Giulia Ferraris

15 aprile 2024

La strada provinciale che collega i due paesi della valle è stata riaperta lunedì dopo tre settimane di lavori per rimuovere i detriti della frana caduta a fine marzo.

Il sindaco ha ringraziato i tecnici della provincia e ha annunciato nuovi controlli sui versanti più esposti.

Leggi anche
- Nuovi fondi per la manutenzione delle strade montane
Torna su
`,
  );

  it('reads the writer after "di" and the stamp alone on its line', () => {
    expect(article.author).toBe('Giulia Ferraris');
    expect(article.published).toMatchObject({ date: '2024-04-15', basis: 'stated' });
    expect(removed.get('Leggi anche')).toBe('related-links');
    expect(removed.get('Torna su')).toBe('navigation');
  });
});

describe('a Dutch page', () => {
  const { article, removed } = readPage(
    'nl-bode.txt',
    `De Polderbode

Gemeente sluit brug over de Vaart voor groot onderhoud

Door Pieter de Vries

De gemeente sluit de brug over de Vaart vanaf maandag voor zes weken, zodat aannemers de houten liggers en het wegdek kunnen vervangen.

Fietsers kunnen via een tijdelijke pontverbinding naar de overkant, meldt de gemeente in een brief aan omwonenden.

Lees ook:
Nieuwe fietsroute langs het kanaal geopend
Reageer op dit artikel
Je moet ingelogd zijn om een reactie te plaatsen.
`,
  );

  it('reads the writer after "Door" and takes the comment prompt off', () => {
    expect(article.author).toBe('Pieter de Vries');
    expect(removed.get('Lees ook:')).toBe('related-links');
    expect(removed.get('Reageer op dit artikel')).toBe('comment-form');
    expect(removed.get('Je moet ingelogd zijn om een reactie te plaatsen.')).toBe('comment-form');
  });
});
