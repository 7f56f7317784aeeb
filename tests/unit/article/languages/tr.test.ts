/** A Turkish page: "Yayınlanma … | Güncelleme …", a photo credit, "İlgili Haberler" with a capital dotted İ, a share row. */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

const PAGE = `Körfez Postası

Sahil yolunda çöken istinat duvarı onarılıyor

Yayınlanma: 04.06.2025 09:15 | Güncelleme: 04.06.2025 11:40

Belediye ekipleri, dün gece yağan sağanağın ardından sahil yolunda çöken istinat duvarını onarmak için çalışma başlattı ve yolun bir şeridini trafiğe kapattı.

Belediye başkanı, onarımın hafta sonuna kadar tamamlanmasının hedeflendiğini söyledi.

Fotoğraf: AA

İlgili Haberler
Kıyı şeridinde yeni yürüyüş yolu açıldı
Haberi paylaş: Facebook | X | WhatsApp
`;

describe('a Turkish page', () => {
  const { article, removed } = readPage('tr-korfez.txt', PAGE);

  it('reads the publication stamp', () => {
    expect(article.published).toMatchObject({ date: '2025-06-04', time: '09:15', basis: 'stated' });
  });

  it.each([
    ['Yayınlanma: 04.06.2025 09:15 | Güncelleme: 04.06.2025 11:40', 'published-line'],
    ['Fotoğraf: AA', 'page-chrome'],
    ['İlgili Haberler', 'related-links'],
    ['Kıyı şeridinde yeni yürüyüş yolu açıldı', 'related-links'],
  ])('takes “%s” off as %s', (line, kind) => {
    expect(removed.get(line)).toBe(kind);
  });

  it('keeps the share row out of the body', () => {
    expect(article.blocks.map((b) => b.text).join('\n')).not.toContain('paylaş');
  });
});
