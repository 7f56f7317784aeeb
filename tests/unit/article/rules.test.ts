/**
 * Each recognition rule on text that is not a seed: the line-level rules
 * first, then each rule at work inside a whole article.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/engine/article/parse';
import { shortenAtClause, splitClauses } from '../../../src/engine/text/clauses';
import { isSubheading } from '../../../src/engine/article/body';
import { findCredits } from '../../../src/engine/article/deciders/credits';
import { isProse } from '../../../src/engine/article/line-shapes';
import { matchDateLine } from '../../../src/engine/article/readers/date-line';
import { authorFromBio, isAuthorBio } from '../../../src/engine/article/readers/footer/author-bio';
import { isCommentFormLine } from '../../../src/engine/article/readers/footer/comment-form';
import { isShareItem } from '../../../src/engine/article/readers/footer/share-item';
import { matchTagLine } from '../../../src/engine/article/readers/footer/tag-line';
import { matchByline } from '../../../src/engine/article/readers/header/byline';
import { isKicker } from '../../../src/engine/article/readers/header/kicker';
import { isMasthead } from '../../../src/engine/article/readers/header/masthead';
import { matchPublishedLine } from '../../../src/engine/article/readers/header/published-line';
import { splitSentences } from '../../../src/engine/text/sentences';
import { textSeed } from '../../helpers';

const BODY = [
  'The harbour authority reopened the northern quay on Tuesday after three weeks of repairs, officials said.',
  'Ferry services will resume on a reduced timetable while inspectors finish their work on the southern berth.',
].join('\n');

describe('date line', () => {
  it('reads a date and a language pair', () => {
    expect(matchDateLine('date 2021-03-04 fr French')).toMatchObject({
      date: '2021-03-04',
      language: { code: 'fr', name: 'French' },
    });
  });
  it('leaves text that follows on the same line to the body', () => {
    const dl = matchDateLine(' date 2021-03-04 The council met.')!;
    expect(dl.language).toBeNull();
    expect(' date 2021-03-04 The council met.'.slice(dl.length).trim()).toBe('The council met.');
  });
  it('does not take a word pair that is not a language', () => {
    expect(matchDateLine('date 2021-03-04 in Paris')!.language).toBeNull();
  });
  it('ignores lines that merely mention a date', () => {
    expect(matchDateLine('The date 2021-03-04 was chosen.')).toBeNull();
  });
});

describe('byline and Published line', () => {
  it('reads bylines with and without a colon', () => {
    expect(matchByline('By: Ana Lima')?.name).toBe('Ana Lima');
    expect(matchByline('By Ana Lima and Joe Park')?.name).toBe('Ana Lima and Joe Park');
  });
  it('does not read prose starting with “By”', () => {
    expect(matchByline('By the end of the year the port had reopened.')).toBeNull();
  });
  it('reads date, time and zone', () => {
    expect(matchPublishedLine('Published: March 4, 2021 at 9:05 pm CET')!.stamp).toEqual({
      date: '2021-03-04',
      time: '21:05',
      timezone: 'CET',
    });
    expect(matchPublishedLine('Posted on 4 March 2021')!.stamp).toEqual({
      date: '2021-03-04',
      time: null,
      timezone: null,
    });
  });
  it('returns no stamp for an unreadable date', () => {
    expect(matchPublishedLine('Published: sometime last spring')!.stamp).toBeNull();
  });
});

describe('masthead and kicker', () => {
  it('takes a title-case line naming an outlet as masthead', () => {
    expect(isMasthead('The Coastal Gazette')).toBe(true);
    expect(isMasthead('Harbour Daily News')).toBe(true);
  });
  it('does not take a headline or a sentence as masthead', () => {
    expect(isMasthead('Port Reopens After Repairs')).toBe(false);
    expect(isMasthead('The news came late.')).toBe(false);
  });
  it('takes one to three capitalised words as kicker', () => {
    expect(isKicker('Transport')).toBe(true);
    expect(isKicker('Middle East')).toBe(true);
    expect(isKicker('Port Reopens After Three Weeks')).toBe(false);
  });
});

describe('prose and subheadings', () => {
  it('tells running text from headings', () => {
    expect(isProse('The council voted on the budget after a long debate in the chamber.')).toBe(true);
    expect(isProse('Council Votes On The Budget After A Long Debate?')).toBe(false);
    expect(isSubheading('What happens next')).toBe(true);
    expect(isSubheading('The vote passed.')).toBe(false);
    expect(isSubheading('and then, in the end,')).toBe(false);
  });
});

describe('footer lines', () => {
  it('reads tag lines', () => {
    expect(matchTagLine('Transport Harbour Safety')).toEqual(['Transport', 'Harbour', 'Safety']);
    expect(matchTagLine('Tags: Transport | Safety')).toEqual(['Transport', 'Safety']);
    expect(matchTagLine('The Port Is Open')).toBeNull();
  });
  it('reads share buttons and comment forms', () => {
    expect(['Facebook', 'Telegram', 'Share', 'Print'].every(isShareItem)).toBe(true);
    expect(isShareItem('Harbour')).toBe(false);
    expect(isCommentFormLine('Leave a comment')).toBe(true);
    expect(isCommentFormLine('Your email address will not be published.')).toBe(true);
    expect(isCommentFormLine('Comments from residents were mixed.')).toBe(false);
  });
  it('reads author bios', () => {
    const bio =
      'Ana Lima is a transport correspondent who has covered ports and shipping for a decade across three continents.';
    expect(isAuthorBio(bio, 'Ana Lima')).toBe(true);
    expect(isAuthorBio(bio, 'Joe Park')).toBe(false);
    expect(authorFromBio(bio)).toBe('Ana Lima');
    expect(authorFromBio('Ana Lima is a town in the hills where the old railway used to run every week.')).toBeNull();
  });
});

describe('credits', () => {
  it('credits wire agencies cited as reporting', () => {
    expect(findCredits('A spokesman told Reuters the quay would reopen.')).toEqual(['Reuters']);
    expect(findCredits('AFP reporters saw the first ferry dock.')).toEqual(['AFP']);
    expect(findCredits('LISBON (AP) — The quay reopened.')).toEqual(['AP']);
  });
  it('does not credit an agency that is only the subject of the news', () => {
    expect(findCredits('Reuters opened a new bureau in the port city in 2019 with twelve staff.')).toEqual([]);
  });
});

describe('sentences and clauses', () => {
  it('keeps abbreviations inside sentences', () => {
    expect(splitSentences('The U.N. Secretary-General spoke. Mr. Lima left.').map((s) => s.text)).toEqual([
      'The U.N. Secretary-General spoke.',
      'Mr. Lima left.',
    ]);
  });
  it('splits clauses at commas and subordinators but not inside dates or figures', () => {
    expect(splitClauses('On March 4, 2021, about 15,000 people left after the storm').map((c) => c.text)).toEqual([
      'On March 4, 2021,',
      'about 15,000 people left',
      'after the storm',
    ]);
  });
  it('shortens a long lede at a clause boundary, never past 140 characters', () => {
    const lede =
      'The harbour authority in the northern port city reopened the quay on Tuesday morning after three weeks of repairs that had forced ferries to dock elsewhere, officials said.';
    const t = shortenAtClause(lede, 140);
    expect(t).toBe(
      'The harbour authority in the northern port city reopened the quay on Tuesday morning after three weeks of repairs that had forced ferries to dock elsewhere'.slice(
        0,
        t.length,
      ),
    );
    expect(t.length).toBeLessThanOrEqual(140);
    expect(lede.startsWith(t)).toBe(true);
  });
});

describe('rules at work in whole articles', () => {
  it('masthead, kicker, headline, byline, Published line, repeated headline', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [
          'The Coastal Gazette',
          '',
          'Transport',
          'Port Reopens After Repairs',
          'By Ana Lima',
          'Published: March 4, 2021',
          'Port Reopens After Repairs',
          '',
          BODY,
        ].join('\n'),
      ),
    );
    expect(a).toMatchObject({
      publisher: 'The Coastal Gazette',
      section: 'Transport',
      title: 'Port Reopens After Repairs',
      titleBasis: 'stated',
      author: 'Ana Lima',
    });
    expect(a.published).toMatchObject({ date: '2021-03-04', basis: 'stated' });
    expect(a.removed.map((r) => r.kind)).toEqual([
      'masthead',
      'kicker',
      'headline',
      'byline',
      'published-line',
      'repeated-headline',
    ]);
    expect(a.blocks).toHaveLength(2);
  });
  it('subheadings inside the body, tags, author name and bio after it', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [
          'Port Reopens After Repairs',
          'By: Ana Lima',
          '',
          BODY,
          '',
          'What happens next',
          '',
          'Inspectors expect to finish the southern berth before the summer season begins in earnest.',
          '',
          'Transport Safety',
          'Ana Lima',
          'Ana Lima is a transport correspondent who has covered ports and shipping for a decade.',
        ].join('\n'),
      ),
    );
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'subheading', 'paragraph']);
    expect(a.blocks[2]).toMatchObject({ text: 'What happens next', anchor: 's-what-happens-next' });
    expect(a.tags).toEqual(['Transport', 'Safety']);
    expect(a.removed.slice(-3).map((r) => r.kind)).toEqual(['tag-line', 'author-name', 'author-bio']);
  });
  it('comment form and share list', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [BODY, '', 'Leave a Reply', 'Your email address will not be published.', 'Facebook', 'Twitter', 'Print'].join(
          '\n',
        ),
      ),
    );
    expect(a.removed.map((r) => r.kind)).toEqual([
      'comment-form',
      'comment-form',
      'share-list',
      'share-list',
      'share-list',
    ]);
    expect(a.blocks).toHaveLength(2);
  });
  it('no headline: the title is derived from the lede and marked so', () => {
    const a = parseArticle(textSeed('t.txt', BODY));
    expect(a.title).toBe(
      'The harbour authority reopened the northern quay on Tuesday after three weeks of repairs, officials said',
    );
    expect(a.titleBasis).toBe('derived');
    expect(a.provenance.title.basis).toBe('inferred');
    expect(a.published).toMatchObject({ date: null, basis: 'unknown' });
  });
  it('a bio without a byline gives an inferred author', () => {
    const a = parseArticle(
      textSeed(
        't.txt',
        [BODY, '', 'Ana Lima is a transport correspondent who has covered ports and shipping for a decade.'].join('\n'),
      ),
    );
    expect(a.author).toBe('Ana Lima');
    expect(a.provenance.author.basis).toBe('inferred');
  });
});
