/**
 * `npm run add` against a local HTTP server started here (no test touches the internet): a page is saved with its
 * address recorded; every failure gives one line and writes nothing; an existing seed is never overwritten.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSeed } from '../../../scripts/add-seed.ts';
import { parseArticle } from '../../../src/engine/article/parse.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'html', name));
const ROUTES: Record<string, { type: string; status?: number; body: Buffer | string }> = {
  '/bridge': { type: 'text/html; charset=utf-8', body: fixture('no-metadata.html') },
  '/latin': { type: 'text/html; charset=windows-1252', body: fixture('windows-1252.html') },
  '/report.pdf': { type: 'application/pdf', body: '%PDF-1.7' },
  '/gone': { type: 'text/html', status: 404, body: '<p>Not here</p>' },
  '/paywall': { type: 'text/html', body: fixture('paywall-stub.html') },
  '/empty': { type: 'text/html', body: '<html><body><nav></nav></body></html>' },
  '/big': { type: 'text/html', body: `<html><body><p>${'word '.repeat(5000)}</p></body></html>` },
};

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/moved') return void res.writeHead(301, { location: '/bridge' }).end();
    if (req.url === '/slow') return void setTimeout(() => res.end('<p>late</p>'), 3000);
    const route = ROUTES[req.url ?? ''];
    if (!route) return void res.writeHead(404).end();
    res.writeHead(route.status ?? 200, { 'content-type': route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const folder = () => mkdtempSync(join(tmpdir(), 'add-'));

describe('npm run add', () => {
  it('saves a fetched page as .html with its address recorded, and says what it read', async () => {
    const dir = folder();
    const r = await addSeed(`${base}/bridge`, { seedsDir: dir });
    expect(r.line).toBe(
      'Added old-ferry-bridge-at-marrow-point-closes-after-inspectors.html: “Old ferry bridge at Marrow Point closes after inspectors find cracked bearings” — outlet not stated, author not stated, published not stated, 192 words.',
    );
    const bytes = new Uint8Array(readFileSync(join(dir, r.file!)));
    const article = parseArticle({ file: r.file!, bytes });
    expect(article.url).toBe(`${base}/bridge`);
    expect(article.provenance.url.reason).toBe('Recorded when the page was saved (the “saved from url” comment).');
  });

  it('records the address a redirect ends at', async () => {
    const dir = folder();
    const r = await addSeed(`${base}/moved`, { seedsDir: dir });
    const article = parseArticle({ file: r.file!, bytes: new Uint8Array(readFileSync(join(dir, r.file!))) });
    expect(article.url).toBe(`${base}/bridge`);
  });

  it('keeps the charset the server names when the page declares none', async () => {
    const dir = folder();
    const r = await addSeed(`${base}/latin`, { seedsDir: dir });
    expect(r.ok, r.line).toBe(true);
    expect(parseArticle({ file: r.file!, bytes: new Uint8Array(readFileSync(join(dir, r.file!))) }).title).toBe(
      'Café owners count the cost of the bridge closure',
    );
  });

  it('never overwrites an existing seed', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'old-ferry-bridge-at-marrow-point-closes-after-inspectors.html'), 'mine');
    const r = await addSeed(`${base}/bridge`, { seedsDir: dir });
    expect(r).toEqual({
      ok: false,
      line: `Not added: ${base}/bridge: old-ferry-bridge-at-marrow-point-closes-after-inspectors.html already exists in the seeds folder; it was not overwritten; nothing was written.`,
    });
    expect(readFileSync(join(dir, 'old-ferry-bridge-at-marrow-point-closes-after-inspectors.html'), 'utf8')).toBe(
      'mine',
    );
  });

  it.each([
    ['a non-HTML answer', '/report.pdf', {}, /the answer is application\/pdf, not a web page/],
    ['an HTTP error', '/gone', {}, /the server answered HTTP 404 Not Found/],
    ['a paywall stub', '/paywall', {}, /a paywall stub/],
    ['an empty extraction', '/empty', {}, /no article text could be extracted/],
    ['a page over MAX_SEED_BYTES', '/big', { maxBytes: 10_000 }, /over MAX_SEED_BYTES \(10000 bytes\)/],
    ['a server that answers too late', '/slow', { timeoutMs: 300 }, /no complete answer within 0\.3 s \(the timeout\)/],
  ])('on %s gives one line and writes nothing', async (_, path, limits, message) => {
    const dir = folder();
    const r = await addSeed(`${base}${path}`, { seedsDir: dir, ...limits });
    expect(r.ok).toBe(false);
    expect(r.line).toMatch(message);
    expect(r.line).toMatch(/^Not added: .*; nothing was written\.$/);
    expect(r.line).not.toContain('\n');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('offline (nothing listening) gives one line and writes nothing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const dir = folder();
    const r = await addSeed(`http://127.0.0.1:${port}/x`, { seedsDir: dir });
    expect(r.line).toMatch(
      /could not be reached \(ECONNREFUSED\); check the address and the connection; nothing was written\.$/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('adds a saved file, and the command prints one line and exits 1 on failure', async () => {
    const dir = folder();
    const ok = await addSeed(join(ROOT, 'tests/fixtures/html/opengraph-only.html'), { seedsDir: dir });
    expect(ok.line).toMatch(
      /^Added ferry-bridge-shut-after-cracks-found\.html: “Ferry bridge shut after cracks found” — outlet Coastline Daily/,
    );
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'add.mjs'), `${base}/gone`], {
      env: { ...process.env, SEEDS_DIR: dir },
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(1);
    expect(err.trim().split('\n')).toEqual([
      `Not added: ${base}/gone: the server answered HTTP 404 Not Found; nothing was written.`,
    ]);
    expect(existsSync(join(dir, 'ferry-bridge-shut-after-cracks-found.html'))).toBe(true);
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
