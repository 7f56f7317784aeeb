/** Pages in Polish, Romanian and Swahili: their stamps, bylines and furniture from the tables of their words. */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

describe('a Polish regional page', () => {
  const { article, removed } = readPage(
    'pl-page.txt',
    `Kurier Doliny
Wiadomości | Sport | Pogoda | Na żywo

Nowy most dla pieszych nad Wisłoką otwarty po dwóch latach budowy

Autor: Anna Kowal
Data publikacji: 12.06.2024 09:40
Aktualizacja: 12.06.2024 13:05

Most dla pieszych i rowerzystów nad Wisłoką otwarto we wtorek po dwóch latach budowy. Przejście skraca drogę do szkoły o dwa kilometry.

Oficjalne otwarcie z koncertem odbędzie się w najbliższą sobotę na bulwarze.

Czytaj także:
Remont ulicy Polnej potrwa do jesieni
`,
  );
  it('reads the stamp, the update and the writer', () => {
    expect(article.published).toMatchObject({ date: '2024-06-12', basis: 'stated' });
    expect(article.author).toBe('Anna Kowal');
    expect(removed.get('Aktualizacja: 12.06.2024 13:05')).toBeDefined();
    expect(removed.get('Czytaj także:')).toBe('related-links');
  });
});

describe('a Romanian local page', () => {
  const { article, removed } = readPage(
    'ro-page.txt',
    `Vocea Câmpiei
Acasă | Actualitate | Educație | Sport

Școala din Valea Mare primește un microbuz nou pentru elevii din satele vecine

Autor: Mihai Popescu
Publicat: 04.03.2025, 10:20 | Actualizat: 04.03.2025, 15:00

Consiliul local a aprobat luni achiziția unui microbuz pentru elevii care locuiesc în satele vecine, la peste cinci kilometri de școală.

Primii elevi vor merge cu microbuzul sâmbătă, la un concurs județean de matematică.

Citește și: Biblioteca din Valea Mare are program prelungit
`,
  );
  it('reads the stamp on a line with its update, and the writer', () => {
    expect(article.published).toMatchObject({ date: '2025-03-04', basis: 'stated' });
    expect(article.author).toBe('Mihai Popescu');
    expect(removed.get('Citește și: Biblioteca din Valea Mare are program prelungit')).toBe('related-links');
  });
});

describe('a Swahili regional page', () => {
  const { article } = readPage(
    'sw-page.txt',
    `Sauti ya Pwani
Nyumbani | Habari | Biashara | Michezo

Wavuvi wa Kilwa wapokea boti mpya za uvuvi kutoka halmashauri

Imechapishwa: Machi 14, 2024
Na Rehema Juma, Kilwa

WAVUVI 40 wa kijiji cha Kilwa Masoko wamepokea boti sita mpya kutoka halmashauri ya wilaya, hatua inayotarajiwa kuongeza kipato chao.
`,
  );
  it('reads the stamp and the byline with its place', () => {
    expect(article.published).toMatchObject({ date: '2024-03-14', basis: 'stated' });
    expect(article.author).toBe('Rehema Juma');
  });
});
