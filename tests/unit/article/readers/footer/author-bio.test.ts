/** Author bios after the text, and the writer a bio names when there is no byline. */
import { describe, expect, it } from 'vitest';
import {
  authorBioReader,
  authorFromBio,
  isAuthorBio,
} from '../../../../../src/engine/article/readers/footer/author-bio.ts';
import { findings, footerTake } from '../helpers.ts';
import { matchSignOff } from '../../../../../src/engine/article/readers/footer/sign-off.ts';

const BIO =
  'Ana Lima is a transport correspondent who has covered ports and shipping for a decade across three continents.';

describe('isAuthorBio and authorFromBio', () => {
  it('reads a bio that opens with the writer’s name and a verb', () => {
    expect(isAuthorBio(BIO, 'Ana Lima')).toBe(true);
    expect(isAuthorBio(BIO, 'Joe Park')).toBe(false);
    expect(isAuthorBio(BIO, null)).toBe(false);
  });
  it.each([
    [BIO, 'Ana Lima'],
    // A place is introduced the same way; without a newsroom role it names no writer.
    ['Ana Lima is a town in the hills where the old railway used to run every week.', null],
  ])('authorFromBio: %s → %s', (line, name) => expect(authorFromBio(line)).toBe(name));
});

describe('authorBioReader', () => {
  it.each<[string, { byline?: string; last?: boolean }, string | null, object]>([
    [BIO, { byline: 'Ana Lima' }, 'author-bio', { bioAuthor: null }],
    // With no byline, a bio after the text names the writer, on the last line or above a closing byline and lists.
    [BIO, {}, 'author-bio', { bioAuthor: { name: 'Ana Lima', line: 20 } }],
    [BIO, { last: false }, 'author-bio', { bioAuthor: { name: 'Ana Lima', line: 20 } }],
    // In other languages: the name, "is" or "has been", and a newsroom role within a few words.
    [
      'Jonas Berger ist seit 2011 Lokalredakteur in der Außenstelle Talheim.',
      {},
      'author-bio',
      { bioAuthor: { name: 'Jonas Berger', line: 20 } },
    ],
    [
      'Claire Morin est journaliste au service Société depuis 2018.',
      {},
      'author-bio',
      { bioAuthor: { name: 'Claire Morin', line: 20 } },
    ],
    // A person of the story who is something else is no bio.
    ['Maria Silva é mãe de dois filhos e trabalha na feira desde 2010.', {}, null, { bioAuthor: null }],
    // The byline names someone else: this is not their bio, and no bio names a writer then.
    [BIO, { byline: 'Joe Park' }, null, { bioAuthor: null }],
    ['The harbour reopened on Tuesday after three weeks of repairs, officials said.', {}, null, { bioAuthor: null }],
  ])('%s %j → %s', (line, { byline, last = true }, kind, yields) => {
    const found = findings(byline ? { author: { name: byline, line: 3, how: 'byline' } } : {});
    const { kind: taken } = footerTake(authorBioReader, line, { last, found });
    expect(taken).toBe(kind);
    expect(found).toMatchObject(yields);
  });

  it('keeps the first writer a bio names', () => {
    const found = findings({ bioAuthor: { name: 'Joe Park', line: 21 } });
    expect(footerTake(authorBioReader, BIO, { found }).kind).toBeNull();
  });
});

describe('a byline closing the text', () => {
  it.each([
    ['Von Jonas Berger', 'Jonas Berger'],
    ['Par Claire Morin', 'Claire Morin'],
    ['By the numbers', null],
  ])('%s → %s', (line, author) => expect(matchSignOff(line)?.author ?? null).toBe(author));
});
