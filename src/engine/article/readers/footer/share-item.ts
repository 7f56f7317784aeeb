/** One entry of a share-button or follow list, on its own line after the text (`Facebook`, `Follow by Email`). */
import { isWholeLine } from '../../furniture-words/index.ts';
import type { FooterLine, LineReader, Zone } from '../reader.ts';

const SHARE_ITEMS = new Set(
  (
    'share|share this|share this article|share on|follow by email|follow us|email|e-mail|facebook|fbmessenger|messenger|' +
    'twitter|x|linkedin|whatsapp|instagram|wechat|youtube|pinterest|reddit|telegram|tumblr|pocket|flipboard|threads|' +
    'bluesky|mastodon|rss|print|copy link|tweet|tiktok|snapchat|viber|line|vk|weibo|skype|sms'
  ).split('|'),
);

/** One entry of a share-button or follow list (`Facebook`, `Follow by Email`). */
export function isShareItem(line: string): boolean {
  return SHARE_ITEMS.has(
    line
      .trim()
      .toLowerCase()
      .replace(/[:\s]+$/, ''),
  );
}

/** Takes a share-button entry, or a share label of any covered language alone on its line (`Deel dit bericht`). */
export const shareItemReader: LineReader<FooterLine, Zone> = (line) =>
  isShareItem(line.trimmed) || isWholeLine('share', line.trimmed) ? 'share-list' : null;
