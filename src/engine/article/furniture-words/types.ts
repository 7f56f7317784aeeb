/** The words of page furniture in one language: what readers build their patterns from (`index.ts`). */
export interface FurnitureWords {
  /** Words that open a byline before the writer's name (`by`, `par`, `von`, `بقلم`). */
  byline: readonly string[];
  /** A newsroom role, alone on the line under a byline or after the name (`reporter`, `corresponsal`). */
  roles: readonly string[];
  /** Labels of a publication stamp (`published`, `publié le`). */
  published: readonly string[];
  /** Labels of an update stamp (`updated`, `mis à jour le`, `stand`). */
  updated: readonly string[];
  /** Headings that open a list of links to other articles (`read also`, `lire aussi`). */
  related: readonly string[];
  /** Headings of a list of links from one section or on one topic, before its name (`more from`, `mehr aus`). */
  moreFrom: readonly string[];
  /** Words before a writer's name on a link to their other articles (`more by`, `plus d'articles de`). */
  moreBy: readonly string[];
  /** A link back to the top of the page, the whole line (`back to top`, `nach oben`). */
  backToTop: readonly string[];
  /** A reading-time note's words, with its number of minutes and the word for minutes left out (`4 min read`: `read`). */
  readingTime: readonly string[];
  /** Words around a monthly issue's month and year (`March 2024 issue`, `Edição de junho de 2023`, `Ausgabe März 2024`). */
  issue: readonly string[];
  /** A comment form's field labels and buttons, each the whole line (`Your name`, `Correo electrónico`, `Comments (3)`). */
  formFields: readonly string[];
  /** Words of a cookie notice, anywhere in its line (`we use cookies`, `wir verwenden Cookies`). */
  cookies: readonly string[];
  /** Openings of a newsletter, subscription or follow-us prompt (`subscribe to`, `suscríbete`). */
  subscribe: readonly string[];
  /** Lines of a comment form, each the opening of the line (`leave a comment`, `votre adresse e-mail`). */
  commentForm: readonly string[];
  /** Labels of a photo credit (`photo`, `foto`). */
  photo: readonly string[];
  /** The first entry of a breadcrumb or a menu: the home page (`home`, `accueil`). */
  home: readonly string[];
  /** Words of a share prompt (`share`, `partager`). */
  share: readonly string[];
  /** The word between a closing signature's name and the place it was filed from (`from`, `desde`). */
  filedFrom: readonly string[];
  /** A press-release wire's heading above the issuer's name (`news provided by`). */
  providedBy: readonly string[];
  /** Words that name an outlet in a masthead (`times`, `zeitung`, `صحيفة`). */
  outlet: readonly string[];
  /** Labels of a line that names where the text came from (`source`, `fuente`, `quelle`). */
  sourceLabel: readonly string[];
  /** The reservation after a copyright holder (`all rights reserved`, `tous droits réservés`). */
  rightsReserved: readonly string[];
  /** End marks of a wire report, the whole line (`ends`, `fim`, `النهاية`). */
  endMark: readonly string[];
  /** A site's interface words, each a whole item of a menu or tools row (`menu`, `search`, `print this article`). */
  ui: readonly string[];
  /** Section names: in a menu they are navigation, alone above a headline a kicker (`world`, `sport`, `économie`). */
  sections: readonly string[];
  /** The opening of a skip link for keyboards and screen readers (`skip to`, `aller au`, `springe zu`). */
  skipTo: readonly string[];
  /** What a skip link leads to (`content`, `contenu`, `inhalt`, `menu`). */
  skipTarget: readonly string[];
  /** Words joining a byline to the agencies whose copy it used (`with reporting from`, `avec`, `com informações da`). */
  withAgency: readonly string[];
  /** A newsroom or a publishing account in a byline's place, the whole line: no person (`newsroom`, `la rédaction`). */
  newsroom: readonly string[];
  /** The label of a tag list (`tags`, `filed under`, `mots-clés`, `etiketler`). */
  tagLabel: readonly string[];
  /** A press release's own label, maybe with its number (`press release`, `comunicato stampa n. 14/2025`). */
  pressRelease: readonly string[];
  /** The heading of a list of attached files (`attachments`, `allegati`, `downloads`). */
  attachments: readonly string[];
  /** The word between an update label and its clock time (`at`, `à`, `alle`, `om`, `um`). */
  atTime: readonly string[];
  /** The word between a byline's name and its day (`By Ana Lima on 3 May 2024`, `Por … em 7 de Novembro, 2023`). */
  onDay: readonly string[];
  /** The word before a periodical's volume or year of issue (`Volume 38`, `Anno XII`, `Jahrgang 12`). */
  volume: readonly string[];
  /** The label of an issue's contents (`In this issue:`, `Dans ce numéro :`, `In questo numero:`). */
  inThisIssue: readonly string[];
  /** The opening of a print version's note (`printed from`, `articolo stampato il`, `imprimé le`). */
  printedFrom: readonly string[];
  /** A page counter's label, before its number (`views`, `replies`, `aufrufe`, `الردود`). */
  counters: readonly string[];
  /** A press release's contact heading (`media contact`, `für Rückfragen`, `contact presse`). */
  contactHeading: readonly string[];
  /** The word before an organisation's name heading its boilerplate (`about`, `über`, `à propos de`). */
  aboutHeading: readonly string[];
  /** The label of an editor's line, which names no writer (`editor`, `édition`, `redacción`). */
  editorLabel: readonly string[];
  /** The label before a breadcrumb (`you are here`, `vous êtes ici`, `sei in`). */
  hereLabel: readonly string[];
}
