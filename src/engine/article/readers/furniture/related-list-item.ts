/** An item of the link list under a "read also" heading; the first line that is not one ends the list. */
import { countTokens } from '../../../text/words.ts';
import { endsLikeSentence } from '../../../text/sentences.ts';
import { isWholeLine } from '../../furniture-words/index.ts';
import { isCommentFormLine } from '../footer/comment-form.ts';
import { matchSignOff } from '../footer/sign-off.ts';
import { matchCopyright } from './copyright.ts';
import { isPageChrome } from './page-chrome.ts';
import { matchDateline } from '../lede/dateline.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';

/** An item of a link list after a "read also" heading: a bullet, or a short headline that does not end like a sentence. */
export function isLinkListItem(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (/^(?:[-*•·・▪►»◦‣–—]|\d{1,2}[.)])\s*\S/.test(t) && t.length <= 220) return true;
  const n = countTokens(t);
  return n <= 20 && (!endsLikeSentence(t) || n <= 8);
}

// A bulleted or numbered item; once the list has one, only such items continue it.
const BULLET = /^(?:[-*•·▪►»◦‣–—]|\d{1,2}[.)])\s+\S/;

/** Takes the next item of an open list (never a dateline or a sign-off); any other line closes the list. */
export const relatedListItemReader: LineReader<FurnitureLine, FurnitureZone> = (line, zone) => {
  if (!zone.list) return null;
  const t = line.plain;
  // The page's copyright line is left to its own reader, which knows the outlet from it (`© Outlet — All rights
  // reserved`); the footer's links under it still go with the list.
  if (matchCopyright(t) !== null) return null;
  // Furniture of another kind ends the list (`Nach oben`, `Reageer op dit artikel`, `Subscribe to our newsletter`).
  if (isPageChrome(t) || isCommentFormLine(t) || isWholeLine('backToTop', t) || isWholeLine('home', t)) {
    zone.list = null;
    return null;
  }
  const bullet = BULLET.test(t);
  if ((bullet || (zone.list === 'any' && isLinkListItem(t))) && !matchDateline(t) && !matchSignOff(t)) {
    if (bullet) zone.list = 'bullets';
    return 'related-links';
  }
  zone.list = null;
  return null;
};
