/** Page furniture in Dutch. */
import type { FurnitureWords } from './types.ts';

/** Dutch furniture words. */
export const NL: FurnitureWords = {
  byline: ['door'],
  roles: ['verslaggever', 'verslaggeefster', 'correspondent', 'redacteur', 'journalist'],
  published: ['gepubliceerd op', 'gepubliceerd', 'geplaatst op'],
  updated: ['bijgewerkt op', 'bijgewerkt', 'laatst bijgewerkt', 'aangepast op'],
  related: ['lees ook', 'lees meer', 'zie ook', 'gerelateerde artikelen', 'meest gelezen', 'ook interessant'],
  moreFrom: ['meer over', 'meer nieuws uit'],
  moreBy: ['meer van', 'meer artikelen van', 'alle artikelen van'],
  backToTop: ['terug naar boven', 'naar boven'],
  readingTime: ['leestijd'],
  issue: ['editie', 'nummer'],
  formFields: ['naam', 'e-mail', 'reactie', 'reacties', 'website', 'plaats reactie'],
  cookies: ['wij gebruiken cookies', 'we gebruiken cookies', 'deze website gebruikt cookies'],
  subscribe: ['abonneer', 'schrijf je in', 'meld je aan', 'volg ons'],
  commentForm: [
    'reageer op dit artikel',
    'laat een reactie achter',
    'je moet ingelogd zijn om een reactie te plaatsen',
    'je e-mailadres wordt niet gepubliceerd',
    'reactie plaatsen',
    'plaats een reactie',
  ],
  photo: ['foto', 'beeld'],
  home: ['home', 'voorpagina'],
  share: ['delen', 'deel', 'mailen', 'printen'],
  filedFrom: ['vanuit', 'uit'],
  providedBy: ['persbericht van'],
  outlet: ['krant', 'dagblad', 'courant'],
  sourceLabel: ['bron'],
  rightsReserved: ['alle rechten voorbehouden'],
  endMark: ['einde'],
};
