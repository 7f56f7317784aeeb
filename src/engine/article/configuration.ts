/**
 * The article stage's configuration: simply an ordered list of readers for each zone of a seed. Zones are read in
 * the order below, each with what the zones before it found; within a zone the first reader that takes a line
 * settles it, so a reader placed earlier wins every line both could take. The deciders then settle each field
 * from what the readers found (`deciders/`).
 *
 * Two names look alike and mean different things. The date line (`DateLine`, removed as `date-line`) is a seed's
 * leading `date 2023-12-11` line, written by whoever collected the article. The dateline (`Dateline`, removed as
 * `dateline`, kept as `Article.dateline`) is a wire report's `KAMPALA, March 3 (Reuters) -`, written by the agency.
 */
import { dateLineReader } from './readers/date-line.ts';
import { bodyRepeatedHeadlineReader } from './readers/body/repeated-headline.ts';
import { agencyTagReader } from './readers/footer/agency-tag.ts';
import { authorBioReader } from './readers/footer/author-bio.ts';
import { authorNameReader } from './readers/footer/author-name.ts';
import { closingAgencyTagReader } from './readers/footer/closing-agency-tag.ts';
import { commentFormReader } from './readers/footer/comment-form.ts';
import { shareItemReader } from './readers/footer/share-item.ts';
import { nameSignatureReader, signerRoleReader } from './readers/footer/name-signature.ts';
import { photoCreditReader } from './readers/footer/photo-credit.ts';
import { signOffReader } from './readers/footer/sign-off.ts';
import { tagLineReader } from './readers/footer/tag-line.ts';
import { aboutParagraphReader } from './readers/furniture/about-paragraph.ts';
import { agencyLineReader } from './readers/furniture/agency-line.ts';
import { ambiguousStampReader } from './readers/furniture/ambiguous-stamp.ts';
import { authorBioHeadingReader } from './readers/furniture/author-bio-heading.ts';
import { cmsAccountReader } from './readers/furniture/cms-account.ts';
import { contactBlockReader } from './readers/furniture/contact-block.ts';
import { copyrightReader } from './readers/furniture/copyright.ts';
import { fieldedStampReader } from './readers/furniture/fielded-stamp.ts';
import { foreignPublishedReader } from './readers/furniture/foreign-published.ts';
import { labelledTagLineReader } from './readers/furniture/labelled-tag-line.ts';
import { labelledSignatureReader } from './readers/furniture/labelled-signature.ts';
import { nameAndStampReader } from './readers/furniture/name-and-stamp.ts';
import { monthStampReader } from './readers/furniture/month-stamp.ts';
import { navigationReader } from './readers/furniture/navigation.ts';
import { pageChromeReader } from './readers/furniture/page-chrome.ts';
import { pressReleaseIssuerReader } from './readers/furniture/press-release-issuer.ts';
import { pressReleaseAboutReader } from './readers/furniture/press-release-about.ts';
import { relatedHeadingReader } from './readers/furniture/related-heading.ts';
import { relatedListItemReader } from './readers/furniture/related-list-item.ts';
import { shareBlockReader, shareRowReader } from './readers/furniture/share-row.ts';
import { sourceLineReader } from './readers/furniture/source-line.ts';
import { stampLineReader } from './readers/furniture/stamp-line.ts';
import { bylineReader } from './readers/header/byline.ts';
import { headlineReader } from './readers/header/headline.ts';
import { kickerReader } from './readers/header/kicker.ts';
import { mastheadReader } from './readers/header/masthead.ts';
import { mastheadTaglineReader } from './readers/header/masthead-tagline.ts';
import { nameBesideStampReader } from './readers/header/name-beside-stamp.ts';
import { publishedLineReader } from './readers/header/published-line.ts';
import { repeatedHeadlineReader } from './readers/header/repeated-headline.ts';
import { roleLineReader } from './readers/header/role-line.ts';
import { publishedStampReader, standfirstStampReader } from './readers/standfirst/published-stamp.ts';
import { siteTaglineReader } from './readers/header/site-tagline.ts';
import { datelineReader } from './readers/lede/dateline.ts';
import { placeAboveLedeReader } from './readers/lede/place-above-lede.ts';
import type {
  FirstLineZone,
  FooterLine,
  FurnitureLine,
  FurnitureZone,
  HeaderZone,
  LineReader,
  PartReader,
  ReadLine,
  Zone,
} from './readers/reader.ts';
import type { SourceLine } from '../read/lines.ts';

/** The seed's first non-blank line: the date line, read before anything else so its date is never body text. */
export const FIRST_LINE_READERS: readonly PartReader<FirstLineZone>[] = [dateLineReader];

/** Page furniture, read on every line wherever it stands, before the article's own parts are looked for. */
export const FURNITURE_READERS: readonly LineReader<FurnitureLine, FurnitureZone>[] = [
  // An open "read also" list takes its items before any other reader sees them, and closes at the first line that
  // is not one. The heading comes next, ahead of navigation, so that `Top stories` or `Latest news` inside a run of
  // menu lines still opens its list.
  relatedListItemReader,
  relatedHeadingReader,
  // The line under an `About …` heading is taken as its paragraph before the readers below look at it. The headings
  // come before page chrome, which also knows `About the author`, so that the paragraph goes with its heading.
  aboutParagraphReader,
  authorBioHeadingReader,
  pressReleaseAboutReader,
  // Likewise the short lines under `Media contact:` (a name, a telephone) are the contact block's.
  contactBlockReader,
  // A labelled stamp in any language says whether it dates the publication or an update, which the stamp reader
  // cannot tell (`Mis à jour le …`); it goes before navigation, which would take the slashes and bars of
  // `Publicado em 14/08/2024 | Atualizado em …` for a menu row. A stamp among other fields of one line (a section,
  // a reading time, an update: `Économie | Publié le …`, `13 March 2025 - 4 min read`) is read field by field first.
  fieldedStampReader,
  // A writer with a stamp before the stamp alone: `Geplaatst op 3 april 2024 door …` names the writer too.
  nameAndStampReader,
  foreignPublishedReader,
  // Navigation before chrome: a menu word alone (`Subscribe`) and a row of links (`Reply · Quote · Report post`,
  // `Share on Facebook · Share on X`) are navigation.
  navigationReader,
  pageChromeReader,
  // Lines that name who wrote, owns or supplied the text: a source, a copyright holder, an account, a writer with a
  // stamp, an agency alone. Each reads its own shape of line, so their order among themselves decides little.
  // A press release's issuer goes before the source line, which would credit `SOURCE Acme Inc.` as a source.
  pressReleaseIssuerReader,
  sourceLineReader,
  copyrightReader,
  cmsAccountReader,
  // A labelled signature low on the page, which the footer's bottom-up reading may not reach.
  labelledSignatureReader,
  agencyLineReader,
  shareRowReader,
  shareBlockReader,
  // A numeric date that reads two ways is one the stamp reader cannot read at all; it is kept with both its readings.
  ambiguousStampReader,
  stampLineReader,
  // A month and a year alone on a line (`März 2024`): no day, so the stamp reader cannot read it.
  monthStampReader,
  labelledTagLineReader,
];

/** The lede's head: a wire dateline, looked for only on the first line of prose (or the first that opens with one). */
export const LEDE_READERS: readonly PartReader<Zone>[] = [datelineReader];

/** The line above the lede: a place in capitals there is the dateline, when the lede has none of its own. */
export const ABOVE_LEDE_READERS: readonly PartReader<Zone>[] = [placeAboveLedeReader];

/** The header: the short lines above the lede, read top down. */
export const HEADER_READERS: readonly LineReader<ReadLine, HeaderZone>[] = [
  // Bylines and `Published:` lines first: they are never the headline or the masthead, however they look
  // (`By Courier Staff`, `Posted in Community Events`).
  bylineReader,
  publishedLineReader,
  // The writer's role on the line under the byline (`Sports Reporter`), before it can be taken for a kicker.
  roleLineReader,
  // Once there is a headline, a line that repeats it is only that.
  repeatedHeadlineReader,
  // The outlet next, so that its name (`The Coastal Gazette`) is never taken for the kicker or the headline.
  siteTaglineReader,
  // A name and its tagline on the first two lines, with a menu or a stamp between them and the headline, before the
  // masthead reader, which would take the name alone and leave the tagline to be read as the headline.
  mastheadTaglineReader,
  mastheadReader,
  // A kicker only when a headline can still follow it; the headline is then the first line left.
  kickerReader,
  headlineReader,
  // Under the headline, a name beside the stamp is a byline without "By".
  nameBesideStampReader,
];

/** The two lines under the first paragraph: a byline or a stamp under a standfirst, read as if it stood above it. */
export const STANDFIRST_READERS: readonly LineReader<ReadLine, Zone>[] = [
  bylineReader,
  publishedStampReader,
  standfirstStampReader,
  // A name alone beside the stamp there (`Sandra Bachmann` / `Publiziert: 03.10.2024`) is a byline without "By".
  nameBesideStampReader,
];

/** The same lines once more, for a name read before the stamp below it was found (`Nadia Perrin` / `Publié: …`). */
export const STANDFIRST_SECOND_LOOK: readonly LineReader<ReadLine, Zone>[] = [nameBesideStampReader];

/** Every body line, once the header is read: the headline printed again. */
export const BODY_READERS: readonly LineReader<SourceLine, Zone>[] = [bodyRepeatedHeadlineReader];

/** The footer: boilerplate after the last paragraph, read from the end upwards until a line no reader takes. */
export const FOOTER_READERS: readonly LineReader<FooterLine, Zone>[] = [
  // Share buttons and comment-form lines first: `Facebook` or `Email` alone would otherwise read as a tag line.
  shareItemReader,
  commentFormReader,
  // The writer's name and bio (read upwards, the bio is met first), then sign-offs and agency tags.
  authorNameReader,
  authorBioReader,
  signOffReader,
  // A name alone closing the text, and the signer's role under it (`Ravi Jagessar`; `Niamh Furlong` / `PRO, …`).
  signerRoleReader,
  nameSignatureReader,
  photoCreditReader,
  agencyTagReader,
  // Any short capitalised line reads as tags (`Facebook`, a desk slug `RSN RT`), so every narrower reader goes first.
  tagLineReader,
];

/** The last paragraph, once the footer is off: an agency tag closing it. */
export const LAST_PARAGRAPH_READERS: readonly PartReader<Zone>[] = [closingAgencyTagReader];
