/**
 * Bad input: every fixture in tests/fixtures/bad/ is loaded, and each ends in
 * one of two documented outcomes (docs/bad-input.md): rejected with an error
 * naming the file, the line and the fix; or included with a warning that the
 * article page shows. Nothing is dropped silently.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SeedInput } from '../../../src/engine/read/decode.ts';
import { buildCorpus, type CachedParse } from '../../../src/engine/timeline/corpus.ts';
import { isArticleFile } from '../../../src/engine/read/seed-files.ts';
import { readSeeds, readStory } from '../../helpers.ts';

const BAD = join(import.meta.dirname, '..', '..', 'fixtures', 'bad');
const story = readStory();
const TODAY = '2026-01-15';

function fixture(name: string): SeedInput {
  const raw = readFileSync(join(BAD, name));
  return name.endsWith('.gz')
    ? { file: name.replace(/\.gz$/, ''), bytes: new Uint8Array(gunzipSync(raw)) }
    : { file: name, bytes: new Uint8Array(raw) };
}

function load(...names: string[]) {
  return buildCorpus(names.map(fixture), story, { today: TODAY });
}

/** Loads one fixture and returns its rejection message, failing if it was included. */
function rejection(name: string): string {
  const c = load(name);
  expect(c.articles, `${name} should be rejected`).toEqual([]);
  expect(c.report[0]!.status).toBe('rejected');
  return c.rejected[0]!.message;
}

/** Loads one fixture and returns its warnings, failing if it was rejected. */
function warnings(name: string): string[] {
  const c = load(name);
  expect(
    c.rejected.map((r) => r.message),
    `${name} should be included`,
  ).toEqual([]);
  expect(c.report[0]!.status).toBe('warnings');
  return c.articles[0]!.warnings.map((w) => w.message);
}

describe('rejected, with file, line and fix', () => {
  it.each([
    ['empty.txt', 'empty.txt:1: is empty or holds only white space.'],
    ['whitespace-only.txt', 'whitespace-only.txt:1: is empty or holds only white space.'],
    ['binary-nul.txt', 'binary-nul.txt:3: holds a NUL byte'],
    ['invalid-utf8.txt', 'invalid-utf8.txt:3: is not valid UTF-8.'],
    ['huge-5mb.txt.gz', 'huge-5mb.txt:1: is 5.0 MB, over the 1.0 MB limit for one article.'],
    ['frontmatter-broken-yaml.txt', 'frontmatter-broken-yaml.txt:3: has front matter that is not valid YAML'],
    ['frontmatter-date-yesterday.txt', 'frontmatter-date-yesterday.txt:3: front matter “date” is invalid'],
    ['frontmatter-title-number.txt', 'frontmatter-title-number.txt:2: front matter “title” is invalid'],
    ['impossible-date.txt', 'impossible-date.txt:1: states the date 2023-02-30, which is not a calendar date.'],
    ['no-sentences.txt', 'no-sentences.txt:1: has no sentence of running text'],
  ])('%s', (name, start) => {
    const message = rejection(name);
    expect(message.startsWith(start), message).toBe(true);
    expect(message).toMatch(/ Fix: \S/);
  });
});

describe('included, with a warning the page shows', () => {
  it('a UTF-8 byte-order mark is ignored', () => {
    expect(warnings('utf8-bom.txt')).toEqual(['Starts with a UTF-8 byte-order mark; it was ignored.']);
    expect(load('utf8-bom.txt').articles[0]!.published.date).toBe('2024-03-05');
  });

  it('CRLF and lone-CR line endings are read as line breaks', () => {
    expect(warnings('crlf-line-endings.txt')).toEqual([
      'Uses Windows (CRLF) line endings; they were read as line breaks.',
    ]);
    expect(warnings('lone-cr-line-endings.txt')).toEqual([
      'Uses lone carriage returns (old Mac line endings); they were read as line breaks.',
    ]);
    const [crlf, cr] = [load('crlf-line-endings.txt'), load('lone-cr-line-endings.txt')].map((c) => c.articles[0]!);
    expect(crlf!.blocks.map((b) => b.text)).toEqual(cr!.blocks.map((b) => b.text));
    expect(crlf!.blocks).toHaveLength(2);
    expect(crlf!.original).toContain('\r\n');
  });

  it('unknown front matter keys are ignored, each named with its line', () => {
    const w = warnings('frontmatter-unknown-keys.txt');
    expect(w[0]).toMatch(/^Front matter key “mood” is not known and was ignored/);
    expect(w[1]).toMatch(/^Front matter key “weather” is not known/);
    expect(load('frontmatter-unknown-keys.txt').articles[0]!.warnings.map((x) => x.line)).toEqual([3, 4]);
  });

  it('two articles with the same slug: the second gets a suffix', () => {
    const c = load('same-slug-a.txt', 'same-slug-b.txt');
    expect(c.articles.map((a) => a.slug)).toEqual(['quay-reopens-after-repairs', 'quay-reopens-after-repairs-2']);
    expect(c.articles[1]!.warnings[0]!.message).toContain('already used by same-slug-a.txt');
    expect(c.report.map((r) => r.status)).toEqual(['included', 'warnings']);
  });

  it('a date in the future is kept and flagged', () => {
    expect(warnings('future-date.txt')).toEqual([
      'Its stated date, 2099-01-01, is after the day the site was built; check the date.',
    ]);
  });

  it('an article without temporal expressions adds nothing to the timeline', () => {
    expect(warnings('no-temporal-expressions.txt')).toEqual([
      'No sentence gives a date, so the article adds nothing to the timeline.',
    ]);
    expect(load('no-temporal-expressions.txt').events).toEqual([]);
  });

  it('markup inside the text is kept as text and flagged', () => {
    const w = warnings('markup-injection.txt');
    expect(w[0]).toMatch(/^Contains HTML markup \(<script>\); it is shown as text and never run\.$/);
    expect(w[1]).toMatch(/^Contains Markdown syntax in a \.txt file/);
    const a = load('markup-injection.txt').articles[0]!;
    expect(a.blocks[0]!.text).toBe(
      "<script>alert('x')</script> The harbour authority reopened the quay on Tuesday, officials said.",
    );
  });

  it('a non-English article is flagged: the date rules read English', () => {
    const c = load('non-english.txt');
    expect(c.articles[0]!.language).toBe('fr');
    expect(warnings('non-english.txt')).toContain(
      'Reads as French; the date and event rules read English, so some dates and events may be missing.',
    );
  });

  it.each(['file name with spaces.txt', 'nön-ascii-ñame.txt'])(
    'an unusual file name (%s) is kept, the slug comes from the title',
    (name) => {
      expect(warnings(name)).toEqual([
        'The file name has spaces or non-ASCII characters; it is kept as it is, and the page address comes from the title.',
      ]);
      expect(load(name).articles[0]!.slug).toMatch(/^[a-z0-9-]+$/);
    },
  );
});

describe('other files in seeds/', () => {
  it('reads only *.txt and *.md as articles; hidden files and the story data are skipped', () => {
    expect(isArticleFile('.DS_Store')).toBe(false);
    expect(isArticleFile('story.yaml')).toBe(false);
    expect(isArticleFile('places.yaml')).toBe(false);
    expect(isArticleFile('markdown-article.md')).toBe(true);
    expect(readdirSync(BAD).filter((f) => !isArticleFile(f))).toEqual(['.DS_Store', 'huge-5mb.txt.gz']);
  });

  it('a Markdown seed is read through remark: headline, byline, subheading, plain text', () => {
    const c = load('markdown-article.md');
    const a = c.articles[0]!;
    expect(c.report[0]!.status).toBe('included');
    expect(a).toMatchObject({
      title: 'Quay Reopens After Repairs',
      titleBasis: 'stated',
      author: 'Ana Lima',
      publisher: 'The Coastal Gazette',
    });
    expect(a.blocks.map((b) => [b.type, b.text])).toEqual([
      [
        'paragraph',
        'The harbour authority reopened the northern quay on Tuesday, 5 March 2024, after three weeks of repairs, officials said.',
      ],
      ['subheading', 'What happens next'],
      ['paragraph', 'Ferry services will resume on a reduced timetable while inspectors finish the southern berth.'],
    ]);
  });
});

describe('a collection with bad seeds', () => {
  it('accounts for every seed: one report line each, rejected ones with their reason', () => {
    const names = readdirSync(BAD).filter((f) => isArticleFile(f) || f.endsWith('.gz'));
    const c = load(...names);
    expect(c.report).toHaveLength(names.length);
    expect(c.articles.length + c.rejected.length).toBe(names.length);
    for (const r of c.report.filter((x) => x.status === 'rejected')) expect(r.notes[0]).toContain(r.file);
  });
});

describe('parse cache', () => {
  it('gives the same corpus from cached parses as from fresh ones', () => {
    const store = new Map<string, CachedParse>();
    const cache = { get: (k: string) => store.get(k), set: (k: string, v: CachedParse) => void store.set(k, v) };
    const fresh = buildCorpus(readSeeds(), story, { cache });
    const again = buildCorpus(readSeeds(), story, { cache });
    expect(fresh.stats).toEqual({ parsed: 5, cached: 0 });
    expect(again.stats).toEqual({ parsed: 0, cached: 5 });
    expect(JSON.stringify({ ...again, stats: null })).toBe(JSON.stringify({ ...fresh, stats: null }));
  });
});
