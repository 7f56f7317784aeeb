/** The comment form after an article (`Leave a Reply`, `Required fields are marked *`). */
import { isWholeLine, wordPattern } from '../../furniture-words/index.ts';
import type { FooterLine, LineReader, Zone } from '../reader.ts';

const COMMENT_FORM = [
  // The form's lines in every covered language (`Leave a Reply`, `Laisser un commentaire`, `Reageer op dit artikel`).
  new RegExp(`^${wordPattern('commentForm')}(?![\\p{L}])`, 'iu'),
  /\brequired fields are marked\b/i,
  /^(?:comment|name|email|website)\s*\*?$/i,
  // A field's label and the star that marks it required (`Nom *`, `E-mail *`, `Kommentar *`).
  /^[\p{L}][\p{L}' -]{0,24}\s*\*$/u,
  /^save my name, email,? and website\b/i,
  /^\d+\s+comments?$/i,
  /^comments?$/i,
];

/** A line of a comment form (`Leave a Reply`, `Required fields are marked *`). */
export function isCommentFormLine(line: string): boolean {
  const t = line.trim();
  // A field's label or a button in any covered language, with a count or a required-field star (`التعليقات (4)`).
  // The count may also open the line (`3 commentaires`, `12 Kommentare`).
  const field = t.replace(/\s*(?:\(\d+\)|\d+|\*)$/u, '').replace(/^\d{1,5}\s+/u, '');
  return COMMENT_FORM.some((re) => re.test(t)) || isWholeLine('formFields', field);
}

/** Takes a line of a comment form. */
export const commentFormReader: LineReader<FooterLine, Zone> = (line) =>
  isCommentFormLine(line.trimmed) ? 'comment-form' : null;
