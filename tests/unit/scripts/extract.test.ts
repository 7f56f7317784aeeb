/** `npm run extract`: one JSON line a file, from the build's own parser, for saved pages and text seeds alike. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const run = (...files: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'extract.mjs'), ...files], { cwd: ROOT, encoding: 'utf8' });

describe('npm run extract', () => {
  it('prints one JSON object a line with the fields the build reads, for .html and .txt', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    const txt = join(dir, 'quay.txt');
    writeFileSync(
      txt,
      '---\nurl: https://ledger.example/quay\n---\nHarbour quay reopens to traders after three weeks of repairs\n\nThe quay reopened on Monday after repairs to its crumbling stone wall, the harbour board said.\n\nTraders said they were relieved.\n',
    );
    const r = run(join(ROOT, 'tests/fixtures/html/jsonld-authors.html'), txt);
    expect(r.status, r.stderr).toBe(0);
    const [page, text] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(Object.keys(page)).toEqual(['file', 'title', 'author', 'publisher', 'published', 'language', 'url', 'text']);
    expect(page).toMatchObject({
      title: 'Old ferry bridge at Marrow Point closes after inspectors find cracked bearings',
      author: 'Dana Whitcombe and Rafael Osei',
      publisher: 'Harbour Gazette',
      published: '2025-03-14',
      language: 'en-GB',
      url: 'https://gazette.example/local/ferry-bridge-closes',
    });
    expect(page.text.split('\n\n')).toHaveLength(5);
    expect(text).toMatchObject({
      title: 'Harbour quay reopens to traders after three weeks of repairs',
      url: 'https://ledger.example/quay',
      text: 'The quay reopened on Monday after repairs to its crumbling stone wall, the harbour board said.\n\nTraders said they were relieved.',
    });
  });

  it('gives the build’s message for a file it would reject, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-'));
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const r = run(join(dir, 'empty.txt'));
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).error).toMatch(/empty\.txt.*is empty or holds only white space/);
  });
});
