/** Page furniture in Italian. */
import type { FurnitureWords } from './types.ts';

/** Italian furniture words. */
export const IT: FurnitureWords = {
  byline: ['di', 'a cura di'],
  roles: ['giornalista', 'corrispondente', 'inviato', 'inviata', 'redattore', 'redattrice'],
  published: ['pubblicato il', 'pubblicato', 'pubblicata il'],
  updated: ['aggiornato il', 'aggiornato', 'ultimo aggiornamento', 'aggiornamento'],
  related: [
    'leggi anche',
    'potrebbe interessarti',
    'articoli correlati',
    'notizie correlate',
    'ti potrebbe interessare',
    'i più letti',
  ],
  moreFrom: ['altre notizie da', 'altro su'],
  moreBy: ['altri articoli di', 'tutti gli articoli di'],
  backToTop: ['torna su', 'torna in alto'],
  readingTime: ['di lettura', 'lettura', 'tempo di lettura'],
  issue: ['numero', 'numero di', 'edizione', 'edizione di'],
  formFields: ['nome', 'email', 'commento', 'commenti', 'sito web', 'invia commento'],
  cookies: ['utilizziamo i cookie', 'questo sito utilizza cookie', 'questo sito utilizza i cookie'],
  subscribe: ['iscriviti', 'abbonati', 'seguici'],
  commentForm: ['lascia un commento', 'il tuo indirizzo email non sarà pubblicato', 'pubblica il commento'],
  photo: ['foto', 'immagine'],
  home: ['home'],
  share: ['condividi', 'invia', 'stampa'],
  filedFrom: ['da'],
  providedBy: ['comunicato di'],
  outlet: ['gazzetta', 'corriere', 'giornale', 'rivista'],
  sourceLabel: ['fonte'],
  rightsReserved: ['tutti i diritti riservati', 'riproduzione riservata'],
  endMark: ['fine'],
};
