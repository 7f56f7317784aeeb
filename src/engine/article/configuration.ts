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
import { dateLineReader } from './readers/date-line';
import { bodyRepeatedHeadlineReader } from './readers/body/repeated-headline';
import { agencyTagReader } from './readers/footer/agency-tag';
import { authorBioReader } from './readers/footer/author-bio';
import { authorNameReader } from './readers/footer/author-name';
import { closingAgencyTagReader } from './readers/footer/closing-agency-tag';
import { commentFormReader } from './readers/footer/comment-form';
import { shareItemReader } from './readers/footer/share-item';
import { signOffReader } from './readers/footer/sign-off';
import { tagLineReader } from './readers/footer/tag-line';
import { aboutParagraphReader } from './readers/furniture/about-paragraph';
import { agencyLineReader } from './readers/furniture/agency-line';
import { ambiguousStampReader } from './readers/furniture/ambiguous-stamp';
import { authorBioHeadingReader } from './readers/furniture/author-bio-heading';
import { cmsAccountReader } from './readers/furniture/cms-account';
import { contactBlockReader } from './readers/furniture/contact-block';
import { copyrightReader } from './readers/furniture/copyright';
import { foreignPublishedReader } from './readers/furniture/foreign-published';
import { labelledTagLineReader } from './readers/furniture/labelled-tag-line';
import { nameAndStampReader } from './readers/furniture/name-and-stamp';
import { navigationReader } from './readers/furniture/navigation';
import { pageChromeReader } from './readers/furniture/page-chrome';
import { pressReleaseAboutReader } from './readers/furniture/press-release-about';
import { relatedHeadingReader } from './readers/furniture/related-heading';
import { relatedListItemReader } from './readers/furniture/related-list-item';
import { shareRowReader } from './readers/furniture/share-row';
import { sourceLineReader } from './readers/furniture/source-line';
import { stampLineReader } from './readers/furniture/stamp-line';
import { bylineReader } from './readers/header/byline';
import { headlineReader } from './readers/header/headline';
import { kickerReader } from './readers/header/kicker';
import { mastheadReader } from './readers/header/masthead';
import { nameBesideStampReader } from './readers/header/name-beside-stamp';
import { publishedLineReader } from './readers/header/published-line';
import { repeatedHeadlineReader } from './readers/header/repeated-headline';
import { publishedStampReader } from './readers/standfirst/published-stamp';
import { siteTaglineReader } from './readers/header/site-tagline';
import { datelineReader } from './readers/lede/dateline';
import { placeAboveLedeReader } from './readers/lede/place-above-lede';
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
} from './readers/reader';
import type { SourceLine } from '../read/lines';

/** The seed's first non-blank line: the date line, read before anything else so its date is never body text. */
export const FIRST_LINE_READERS: readonly PartReader<FirstLineZone>[] = [dateLineReader];

/** Page furniture, read on every line wherever it stands, before the article's own parts are looked for. */
export const FURNITURE_READERS: readonly LineReader<FurnitureLine, FurnitureZone>[] = [
  // An open "read also" list takes its items before any other reader sees them, and closes at the first line that
  // is not one; the heading comes next, ahead of navigation, which knows `Top stories` and `Latest news` too.
  relatedListItemReader,
  relatedHeadingReader,
  // The line under an `About …` heading is its paragraph, whatever else it looks like. The headings come before
  // page chrome, which also knows `About the author`, so that the paragraph under it goes with it.
  aboutParagraphReader,
  authorBioHeadingReader,
  pressReleaseAboutReader,
  // The short lines under `Media contact:` (a name, a telephone) are the block's, whatever else they look like.
  contactBlockReader,
  // Menus and breadcrumbs, then chrome: a menu word alone (`Subscribe`) stays navigation.
  navigationReader,
  pageChromeReader,
  // A source line credits what it names even when it is a copyright holder or an agency.
  sourceLineReader,
  copyrightReader,
  // An account name alone (`Admin`) before a name with a stamp, which needs the stamp.
  cmsAccountReader,
  nameAndStampReader,
  agencyLineReader,
  shareRowReader,
  // Stamps last but one: a stamp in another language names its verb, so it goes first; a numeric date that reads
  // two ways is taken before the stamp reader, which would leave it unread.
  foreignPublishedReader,
  ambiguousStampReader,
  stampLineReader,
  labelledTagLineReader,
];

/**
 * The lede's head: a wire dateline. Read after the furniture, so a dateline is looked for only in the first line of
 * prose (or the first line that opens with a dateline).
 */
export const LEDE_READERS: readonly PartReader<Zone>[] = [datelineReader];

/** The line above the lede, read only when the lede has no dateline and at least one line stands above this one. */
export const ABOVE_LEDE_READERS: readonly PartReader<Zone>[] = [placeAboveLedeReader];

/** The header: the short lines above the lede, read top down. */
export const HEADER_READERS: readonly LineReader<ReadLine, HeaderZone>[] = [
  // Bylines and `Published:` lines first: they are never the headline, however they look.
  bylineReader,
  publishedLineReader,
  // Once there is a headline, a line that repeats it is only that.
  repeatedHeadlineReader,
  // The outlet before the headline: the site's name with its tagline, then a masthead.
  siteTaglineReader,
  mastheadReader,
  // A kicker only when a headline can still follow it; the headline is then the first line left.
  kickerReader,
  headlineReader,
  // Under the headline, a name beside the stamp is a byline without "By".
  nameBesideStampReader,
];

/** The two lines under the first paragraph: a byline or a stamp under a standfirst, read as if it stood above it. */
export const STANDFIRST_READERS: readonly LineReader<ReadLine, Zone>[] = [bylineReader, publishedStampReader];

/** Every body line, once the header is read: the headline printed again. */
export const BODY_READERS: readonly LineReader<SourceLine, Zone>[] = [bodyRepeatedHeadlineReader];

/** The footer: boilerplate after the last paragraph, read from the end upwards until a line no reader takes. */
export const FOOTER_READERS: readonly LineReader<FooterLine, Zone>[] = [
  // Share buttons and comment forms close pages, below everything else.
  shareItemReader,
  commentFormReader,
  // The writer's name, then the bio it heads (read upwards, the bio comes first).
  authorNameReader,
  authorBioReader,
  signOffReader,
  agencyTagReader,
  // Any short capitalised line reads as tags, so every narrower reader goes first.
  tagLineReader,
];

/** The last paragraph, once the footer is off: an agency tag closing it. */
export const LAST_PARAGRAPH_READERS: readonly PartReader<Zone>[] = [closingAgencyTagReader];
