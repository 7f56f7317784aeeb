/** A row of share buttons on one line, in any language (`Share: Facebook | X | WhatsApp`, `Partager : Facebook, X`). */
import { countTokens } from '../../../text/words.ts';
import { isWholeLine, wordPattern } from '../../furniture-words/index.ts';
import { isShareItem } from '../footer/share-item.ts';
import type { FurnitureLine, FurnitureZone, LineReader } from '../reader.ts';
import { isPageChrome } from './page-chrome.ts';

const SHARE_WORD = new RegExp(`^(?:${wordPattern('share')}|e-?mail)`, 'iu');

/** True for a row of two or more share buttons, or a share word, a colon and a row of short names. */
export function isShareRow(line: string): boolean {
  const buttons = line
    .replace(/^share(?: this(?: article| story)?)?\s*:\s*/i, '')
    .split(/\s*[|•·,]\s*|\s{2,}/)
    .filter(Boolean);
  if (
    buttons.length >= 2 &&
    buttons.every((b) => isShareItem(b) || isPageChrome(b) || /^share (?:on|via) \S+$/i.test(b) || SHARE_WORD.test(b))
  )
    return true;
  const prefixed = /^[^:：]{1,30}[:：]\s*/.exec(line);
  return (
    !!prefixed &&
    SHARE_WORD.test(line) &&
    line
      .slice(prefixed[0].length)
      .split(/\s*[|•·,]\s*/)
      .every((b) => countTokens(b) <= 2)
  );
}

/** Takes a share row. */
export const shareRowReader: LineReader<FurnitureLine, FurnitureZone> = (line) =>
  isShareRow(line.plain) ? 'share-list' : null;

/** One entry of a share list on its own line, in any covered language (`Partager`, `Facebook`, `Compartir`). */
function isShareEntry(line: string): boolean {
  return isShareItem(line) || isWholeLine('share', line);
}

/**
 * A share list set one entry to a line (`Partager` / `Facebook` / `X` / `WhatsApp` / `E-mail`), wherever it stands:
 * an entry with another entry on the line above or below.
 */
export const shareBlockReader: LineReader<FurnitureLine, FurnitureZone> = (line, { lines }) => {
  if (!isShareEntry(line.plain)) return null;
  const above = lines[line.index - 1]?.text ?? '';
  const below = lines[line.index + 1]?.text ?? '';
  return isShareEntry(above) || isShareEntry(below) ? 'share-list' : null;
};
