/**
 * The parser on the five real seeds: for each, the exact record fields.
 * Input: the seed as received → expected: title and basis, publisher, author,
 * credits, date and basis, language, subheadings, removed boilerplate, paragraphs.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/engine/schema/article.ts';
import { readSeeds, seedCorpus } from '../../helpers.ts';

const corpus = seedCorpus();
const bySeed = (prefix: string): Article => {
  const a = corpus.articles.find((x) => x.seedFile.startsWith(prefix));
  if (!a) throw new Error(`no article for seed ${prefix}`);
  return a;
};
const subheadings = (a: Article) => a.blocks.filter((b) => b.type === 'subheading').map((b) => b.text);
const paragraphs = (a: Article) => a.blocks.filter((b) => b.type === 'paragraph');
const removed = (a: Article) => a.removed.map((r) => [r.line, r.kind, r.text]);

describe('every seed', () => {
  it('is included, with no warnings, and nothing is rejected', () => {
    expect(corpus.rejected).toEqual([]);
    expect(corpus.report.map((r) => r.status)).toEqual(['included', 'included', 'included', 'included', 'included']);
  });

  it('keeps its file name, the SHA-256 of its bytes and its text as received', () => {
    for (const seed of readSeeds()) {
      const a = corpus.articles.find((x) => x.seedFile === seed.file)!;
      expect(a.sha256).toBe(createHash('sha256').update(seed.bytes).digest('hex'));
      expect(a.original).toBe(new TextDecoder().decode(seed.bytes));
    }
  });

  it('has unique, readable slugs and unique anchors', () => {
    const slugs = corpus.articles.map((a) => a.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const a of corpus.articles) {
      expect(a.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      const anchors = a.blocks.map((b) => b.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
    }
  });

  it('keeps every body line verbatim: body, removed lines and blank lines add up to the file', () => {
    for (const a of corpus.articles) {
      const lines = a.original.replace(/\r\n?/g, '\n').split('\n');
      for (const b of a.blocks) expect(lines[b.line - 1]).toContain(b.text);
      for (const r of a.removed) expect(lines[r.line - 1]).toContain(r.text);
      const accounted = new Set([...a.blocks.map((b) => b.line), ...a.removed.map((r) => r.line)]);
      lines.forEach((l, i) => {
        if (l.trim())
          expect(accounted.has(i + 1), `${a.seedFile} line ${i + 1} is neither body nor removed`).toBe(true);
      });
    }
  });
});

describe('000: date line joined to the lede, no headline', () => {
  const a = bySeed('000');
  it('derives the title from the lede at a clause boundary', () => {
    expect(a.title).toBe('The United Nations’ 10-year peacekeeping mission in Mali has officially come to an end');
    expect(a.titleBasis).toBe('derived');
  });
  it('has no publisher, author or credits', () => {
    expect([a.publisher, a.author, a.credits]).toEqual([null, null, []]);
    expect(a.provenance.publisher.basis).toBe('unknown');
  });
  it('states its date on the date line; language is inferred', () => {
    expect(a.published).toMatchObject({ date: '2023-12-11', basis: 'stated', line: 1, time: null, timezone: null });
    expect(a.language).toBe('en');
    expect(a.provenance.language.basis).toBe('inferred');
  });
  it('removes only the date line and keeps six paragraphs', () => {
    expect(removed(a)).toEqual([[1, 'date-line', ' date 2023-12-11']]);
    expect(paragraphs(a)).toHaveLength(6);
    expect(paragraphs(a)[0]!.text.startsWith('The United Nations’ 10-year')).toBe(true);
    expect(subheadings(a)).toEqual([]);
  });
});

describe('001: undated, no headline, paragraphs on single lines', () => {
  const a = bySeed('001');
  it('derives the title from the lede without its parenthetical', () => {
    expect(a.title).toBe(
      'After a decade-long presence, the United Nations peacekeeping mission in Mali, known as MINUSMA, concluded its withdrawal on Sunday',
    );
    expect(a.titleBasis).toBe('derived');
  });
  it('takes no date from the articles that share its facts; its “concluded … on Sunday” bounds it to the week from 31 December', () => {
    expect(a.published).toMatchObject({
      date: null,
      earliest: '2023-12-31',
      latest: '2024-01-06',
      precision: 'window',
      basis: 'inferred',
    });
    expect(a.published.reason).toContain('“on Sunday”');
    expect(a.published.reason).toContain('Sunday 2023-12-31');
  });
  it('has no publisher, author, credits or boilerplate; eight paragraphs', () => {
    expect([a.publisher, a.author, a.credits, a.section, a.tags]).toEqual([null, null, [], null, []]);
    expect(removed(a)).toEqual([]);
    expect(paragraphs(a)).toHaveLength(8);
  });
});

describe('002: kicker, headline, byline, Published line, subheads, tags, bio', () => {
  const a = bySeed('002');
  it('states the headline and the kicker as section', () => {
    expect(a.title).toBe('U.N. Peacekeeping Mission in Mali Concludes: What’s Next?');
    expect(a.titleBasis).toBe('stated');
    expect(a.section).toBe('Mali');
  });
  it('reads the byline, not a publisher', () => {
    expect(a.author).toBe('Salman Akhtar');
    expect(a.provenance.author).toMatchObject({ basis: 'stated', line: 6 });
    expect(a.publisher).toBeNull();
  });
  it('reads date, time and zone from the Published line, and the language from the date line', () => {
    expect(a.published).toMatchObject({ date: '2023-12-31', time: '11:27', timezone: 'EST', basis: 'stated', line: 7 });
    expect(a.language).toBe('en');
    expect(a.provenance.language.basis).toBe('stated');
  });
  it('keeps three subheadings and five paragraphs', () => {
    expect(subheadings(a)).toEqual([
      'Decade-long Effort Comes to an End',
      'Concerns Over Security and Stability',
      'Continued U.N. Presence and Assistance',
    ]);
    expect(paragraphs(a)).toHaveLength(5);
  });
  it('reads the tag line and removes header and footer boilerplate', () => {
    expect(a.tags).toEqual(['Mali', 'Military', 'Security']);
    expect(removed(a).map(([line, kind]) => [line, kind])).toEqual([
      [1, 'date-line'],
      [2, 'kicker'],
      [4, 'headline'],
      [6, 'byline'],
      [7, 'published-line'],
      [8, 'repeated-headline'],
      [26, 'tag-line'],
      [27, 'author-name'],
      [29, 'author-bio'],
    ]);
  });
});

describe('003: masthead, undated, comment and share footer', () => {
  const a = bySeed('003');
  it('reads the masthead as publisher', () => {
    expect(a.publisher).toBe('The Wall Street Herald');
    expect(a.provenance.publisher).toMatchObject({ basis: 'stated', line: 1 });
  });
  it('derives the title from the whole first sentence, which fits', () => {
    expect(a.title).toBe(
      'The United Nations concluded its decade-long peacekeeping operation in Mali on Sunday, following a directive from Mali’s military leaders',
    );
    expect(a.titleBasis).toBe('derived');
  });
  it('bounds the date to the week from Sunday 31 December 2023, from its “on Sunday” and December 31, 2023', () => {
    expect(a.published).toMatchObject({
      date: null,
      earliest: '2023-12-31',
      latest: '2024-01-06',
      basis: 'inferred',
      corroboratedBy: null,
    });
    expect(a.published.reason).toContain('December 31, 2023');
    expect(a.published.reason).toContain('Sunday');
  });
  it('removes the comment form and eight share buttons; ten paragraphs', () => {
    expect(removed(a)).toEqual([
      [1, 'masthead', 'The Wall Street Herald'],
      [23, 'comment-form', 'Leave a Reply'],
      [25, 'comment-form', 'Your email address will not be published. Required fields are marked *'],
      [27, 'share-list', 'Follow by Email'],
      [28, 'share-list', 'YouTube'],
      [29, 'share-list', 'LinkedIn'],
      [30, 'share-list', 'Share'],
      [31, 'share-list', 'Instagram'],
      [32, 'share-list', 'WeChat'],
      [33, 'share-list', 'WhatsApp'],
      [34, 'share-list', 'FbMessenger'],
    ]);
    expect(paragraphs(a)).toHaveLength(10);
    expect(a.author).toBeNull();
  });
});

describe('004: AFP report, undated, one subheading', () => {
  const a = bySeed('004');
  it('derives the title at the clause before “after”', () => {
    expect(a.title).toBe(
      'The UN mission in Mali (Minusma) officially ended its 10-year mission in the country plagued by jihadism and deep crisis on Monday',
    );
    expect(a.titleBasis).toBe('derived');
  });
  it('credits AFP, whose correspondents are cited', () => {
    expect(a.credits.map((c) => c.name)).toEqual(['AFP']);
    expect(a.credits[0]!.quote).toContain('told AFP');
    expect(a.credits[0]!.anchor).toBe('p-2');
  });
  it('takes no date from the article with the same figures; its “As of Friday” bounds it to the week from 8 December', () => {
    expect(a.published).toMatchObject({
      date: null,
      earliest: '2023-12-08',
      latest: '2023-12-14',
      precision: 'window',
      basis: 'inferred',
      corroboratedBy: bySeed('000').slug,
    });
    expect(a.published.reason).toContain('As of Friday');
  });
  it('keeps the subheading and twelve paragraphs, removing nothing', () => {
    expect(subheadings(a)).toEqual(['“Liquidation” is imminent']);
    expect(paragraphs(a)).toHaveLength(12);
    expect(removed(a)).toEqual([]);
    expect(a.publisher).toBeNull();
  });
});
