/** Comment-form lines after the text. */
import { describe, expect, it } from 'vitest';
import { commentFormReader, isCommentFormLine } from '../../../../../src/engine/article/readers/footer/comment-form.ts';
import { footerTake } from '../helpers.ts';

describe('commentFormReader', () => {
  it.each<[string, string | null]>([
    ['Leave a comment', 'comment-form'],
    ['Leave a Reply', 'comment-form'],
    ['Your email address will not be published.', 'comment-form'],
    ['Required fields are marked *', 'comment-form'],
    ['Name *', 'comment-form'],
    ['12 Comments', 'comment-form'],
    // Field labels and counts in other languages.
    ['Your name', 'comment-form'],
    ['Correo electrónico', 'comment-form'],
    ['Commentaires (5)', 'comment-form'],
    // A count before the word, in any covered language.
    ['3 commentaires', 'comment-form'],
    ['12 Kommentare', 'comment-form'],
    ['2 comentários', 'comment-form'],
    ['التعليقات (4)', 'comment-form'],
    ['Kommentare sind geschlossen.', 'comment-form'],
    // A note that no one has commented yet.
    ['Bu habere henüz yorum yapılmamış. İlk yorumu siz yapın.', 'comment-form'],
    ['No comments yet. Be the first to comment.', 'comment-form'],
    ['Comments from residents were mixed.', null],
  ])('%s → %s', (line, kind) => {
    expect(isCommentFormLine(line)).toBe(kind !== null);
    expect(footerTake(commentFormReader, line).kind).toBe(kind);
  });
});
