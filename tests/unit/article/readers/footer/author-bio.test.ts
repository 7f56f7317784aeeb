/** Author bios after the text, and the writer a bio names when there is no byline. */
import { describe, expect, it } from 'vitest';
import {
  authorBioReader,
  authorFromBio,
  isAuthorBio,
} from '../../../../../src/engine/article/readers/footer/author-bio.ts';
import { findings, footerTake } from '../helpers.ts';

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
    // With no byline, a bio on the last line names the writer.
    [BIO, {}, 'author-bio', { bioAuthor: { name: 'Ana Lima', line: 20 } }],
    [BIO, { last: false }, null, { bioAuthor: null }],
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
