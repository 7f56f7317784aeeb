/** Page furniture in Russian: the words met so far. */
import type { FurnitureWords } from './types.ts';

/** Russian furniture words. */
export const RU: FurnitureWords = {
  byline: ['автор', 'текст'],
  roles: ['корреспондент'],
  published: ['опубликовано'],
  updated: ['обновлено'],
  related: ['читайте также'],
  moreFrom: [],
  moreBy: [],
  backToTop: ['наверх'],
  readingTime: ['чтения', 'время чтения'],
  issue: ['выпуск', 'номер'],
  formFields: ['имя', 'электронная почта', 'комментарий', 'комментарии', 'отправить'],
  cookies: ['мы используем файлы cookie', 'этот сайт использует файлы cookie'],
  subscribe: ['подписывайтесь'],
  commentForm: [],
  photo: ['фото'],
  home: ['главная'],
  share: ['поделиться'],
  filedFrom: [],
  providedBy: [],
  outlet: ['газета', 'новости', 'известия'],
  sourceLabel: ['источник'],
  rightsReserved: ['все права защищены'],
  endMark: [],
};
