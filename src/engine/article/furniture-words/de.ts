/** Page furniture in German. */
import type { FurnitureWords } from './types.ts';

/** German furniture words. */
export const DE: FurnitureWords = {
  byline: ['von', 'ein beitrag von', 'autor', 'autorin'],
  roles: ['korrespondent', 'korrespondentin', 'redakteur', 'redakteurin', 'reporter', 'reporterin', 'autor', 'autorin'],
  published: ['veröffentlicht am', 'veröffentlicht', 'erschienen am', 'erstellt am'],
  updated: ['stand', 'aktualisiert am', 'aktualisiert', 'zuletzt aktualisiert', 'geändert am'],
  related: [
    'mehr zum thema',
    'auch interessant',
    'das könnte sie auch interessieren',
    'lesen sie auch',
    'weitere beiträge',
    'weitere artikel',
    'weitere nachrichten',
    'meistgelesen',
    'verwandte artikel',
    'mehr dazu',
  ],
  moreFrom: ['weitere beiträge aus', 'weitere artikel aus', 'mehr aus', 'mehr zu'],
  moreBy: ['mehr von', 'weitere artikel von', 'alle artikel von', 'alle beiträge von'],
  backToTop: ['nach oben', 'zurück nach oben', 'zum seitenanfang', 'seitenanfang'],
  readingTime: ['lesezeit', 'lesedauer'],
  subscribe: ['abonnieren sie', 'newsletter abonnieren', 'jetzt abonnieren', 'folgen sie uns', 'melden sie sich'],
  commentForm: [
    'kommentar schreiben',
    'schreiben sie einen kommentar',
    'hinterlasse einen kommentar',
    'deine e-mail-adresse wird nicht veröffentlicht',
    'ihre e-mail-adresse wird nicht veröffentlicht',
    'kommentar abschicken',
  ],
  photo: ['foto', 'fotos', 'bild', 'bildquelle'],
  home: ['startseite', 'home'],
  share: ['teilen', 'senden', 'drucken', 'artikel teilen'],
  filedFrom: ['aus', 'in'],
  providedBy: ['pressemitteilung von', 'bereitgestellt von'],
  outlet: ['zeitung', 'kurier', 'nachrichten', 'rundschau', 'tagblatt', 'anzeiger'],
  sourceLabel: ['quelle'],
  rightsReserved: ['alle rechte vorbehalten'],
  endMark: ['ende'],
};
