/** Page furniture in French. */
import type { FurnitureWords } from './types.ts';

/** French furniture words. */
export const FR: FurnitureWords = {
  byline: ['par', 'propos recueillis par'],
  roles: [
    'journaliste',
    'correspondant',
    'correspondante',
    'envoyé spécial',
    'envoyée spéciale',
    'rédacteur',
    'rédactrice',
    'reporter',
  ],
  published: ['publié le', 'publié', 'publiée le', 'publiée', 'mis en ligne le', 'paru le'],
  updated: ['mis à jour le', 'mis à jour', 'actualisé le', 'modifié le', 'dernière mise à jour'],
  related: [
    'lire aussi',
    'à lire aussi',
    'voir aussi',
    'à lire',
    'sur le même sujet',
    'articles liés',
    'à voir aussi',
    'les plus lus',
  ],
  moreFrom: ["plus d'actualités", "plus d'articles sur", 'plus sur'],
  moreBy: ["plus d'articles de", 'tous les articles de', 'les articles de', 'du même auteur'],
  backToTop: ['retour en haut', 'haut de page', 'retour en haut de page', 'remonter'],
  subscribe: ['abonnez-vous', 'inscrivez-vous', "je m'abonne", 'recevez', 'suivez-nous', 's’abonner', "s'abonner"],
  commentForm: [
    'laisser un commentaire',
    'laissez un commentaire',
    'votre adresse e-mail ne sera pas publiée',
    'votre adresse de messagerie ne sera pas publiée',
    'publier le commentaire',
    'annuler la réponse',
    'les champs obligatoires sont indiqués',
  ],
  photo: ['photo', 'photos', 'crédit photo', 'illustration'],
  home: ['accueil'],
  share: ['partager', 'partagez', 'envoyer', 'imprimer'],
  filedFrom: ['depuis', 'à'],
  providedBy: ['communiqué de', 'communiqué par'],
  endMark: ['fin'],
};
