/** The comment form after an article (`Leave a Reply`, `Required fields are marked *`). */
import type { FooterLine, LineReader, Zone } from '../reader.ts';

const COMMENT_FORM = [
  /^leave a (?:reply|comment)\b/i,
  /^your email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /^(?:post|submit|add a|cancel) (?:comment|reply)\b/i,
  /^(?:comment|name|email|website)\s*\*?$/i,
  /^save my name, email,? and website\b/i,
  /^\d+\s+comments?$/i,
  /^comments?$/i,
];

/** A line of a comment form (`Leave a Reply`, `Required fields are marked *`). */
export function isCommentFormLine(line: string): boolean {
  const t = line.trim();
  return COMMENT_FORM.some((re) => re.test(t));
}

/** Takes a line of a comment form. */
export const commentFormReader: LineReader<FooterLine, Zone> = (line) =>
  isCommentFormLine(line.trimmed) ? 'comment-form' : null;
