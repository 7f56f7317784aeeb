/** A French page: breadcrumb, kicker, "par" byline, "Publié le <weekday> …" stamp, caption, "Lire aussi", comment form. */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

const PAGE = `Le Courrier des Vallées
Accueil > Région > Haute-Loire

AGRICULTURE

Les éleveurs du plateau obtiennent un report des contrôles sanitaires

par Hélène Marchand
Publié le jeudi 7 novembre 2024 à 09h12 · Mis à jour le jeudi 7 novembre 2024 à 15h30

Des vaches au pré près d'Yssingeaux, le 5 novembre 2024. Photo H.M.

La préfecture a accepté mercredi de reporter de deux mois les contrôles prévus dans les exploitations du plateau, après une réunion tendue avec les syndicats agricoles de la vallée.

Les éleveurs redoutaient des visites en pleine période de vêlage, quand les bâtiments sont les plus chargés et le personnel le plus rare.

Lire aussi : La coopérative laitière agrandit sa fromagerie
Plus d'articles de Hélène Marchand
Retour en haut

Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.
Nom *
Publier le commentaire
`;

describe('a French page', () => {
  const { article, removed } = readPage('fr-vallees.txt', PAGE);

  it('reads the headline, the outlet, the writer and the stamp with its weekday', () => {
    expect(article.title).toBe('Les éleveurs du plateau obtiennent un report des contrôles sanitaires');
    expect(article.publisher).toBe('Le Courrier des Vallées');
    expect(article.author).toBe('Hélène Marchand');
    expect(article.published).toMatchObject({ date: '2024-11-07', time: '09:12', basis: 'stated' });
  });

  it.each([
    ['Accueil > Région > Haute-Loire', 'navigation'],
    ['AGRICULTURE', 'kicker'],
    ['par Hélène Marchand', 'byline'],
    ["Des vaches au pré près d'Yssingeaux, le 5 novembre 2024. Photo H.M.", 'page-chrome'],
    ['Lire aussi : La coopérative laitière agrandit sa fromagerie', 'related-links'],
    ["Plus d'articles de Hélène Marchand", 'related-links'],
    ['Retour en haut', 'navigation'],
    ['Laisser un commentaire', 'comment-form'],
    ['Votre adresse e-mail ne sera pas publiée.', 'comment-form'],
    ['Nom *', 'comment-form'],
    ['Publier le commentaire', 'comment-form'],
  ])('takes “%s” off as %s', (line, kind) => {
    expect(removed.get(line)).toBe(kind);
  });

  it('keeps the caption out of the body', () => {
    expect(article.blocks.map((b) => b.text).join('\n')).not.toContain('Yssingeaux');
  });
});
