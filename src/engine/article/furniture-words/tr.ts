/** Page furniture in Turkish. */
import type { FurnitureWords } from './types.ts';

/** Turkish furniture words; a capital dotted İ is kept as written, since it does not fold to i. */
export const TR: FurnitureWords = {
  byline: ['yazan', 'haber'],
  roles: ['muhabir', 'muhabiri', 'editör'],
  published: ['yayınlanma', 'yayınlanma tarihi', 'yayın tarihi', 'giriş'],
  updated: ['güncelleme', 'son güncelleme', 'güncellenme'],
  related: ['ilgili haberler', 'İlgili haberler', 'İlgili Haberler', 'bunlar da ilginizi çekebilir', 'diğer haberler'],
  moreFrom: [],
  moreBy: ['yazarın diğer yazıları'],
  backToTop: ['başa dön', 'yukarı çık'],
  readingTime: ['okuma', 'okuma süresi'],
  issue: ['sayı'],
  formFields: ['ad', 'adınız', 'e-posta', 'yorum', 'yorumlar', 'gönder'],
  cookies: ['çerez kullanıyoruz', 'bu site çerez kullanmaktadır'],
  subscribe: ['abone ol', 'bizi takip edin'],
  commentForm: ['yorum yap', 'yorum yazın', 'e-posta adresiniz yayınlanmayacak'],
  photo: ['fotoğraf', 'foto'],
  home: ['anasayfa', 'ana sayfa'],
  share: ['paylaş', 'haberi paylaş'],
  filedFrom: [],
  providedBy: [],
  outlet: ['haber', 'gazete'],
  sourceLabel: ['kaynak'],
  rightsReserved: ['tüm hakları saklıdır'],
  endMark: [],
};
