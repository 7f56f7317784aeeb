/** Saved web pages as seeds: each fixture (written for these tests) → the article record the build shows. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../../src/engine/article/parse.ts';

const FIXTURES = new URL('../../../fixtures/html/', import.meta.url);
const parse = (name: string) =>
  parseArticle({ file: name, bytes: new Uint8Array(readFileSync(new URL(name, FIXTURES))) });

const page = (html: string) => parseArticle({ file: 'inline.html', bytes: new TextEncoder().encode(html) });

describe('HTML seeds', () => {
  it('shows both when the page states one language and its text reads as another', () => {
    const a = page(`<html lang="en"><body><article><h1>Pont fermé au port de Marrow</h1>
      <p>Le conseil municipal a fermé vendredi soir le vieux pont du bac à toute circulation, après que des ingénieurs ont découvert deux appuis fissurés sous sa travée nord lors d'une inspection de routine.</p>
      <p>Les automobilistes qui se rendent au port doivent emprunter la route côtière, un détour qui ajoute une vingtaine de minutes au trajet aux heures de pointe, selon le service des transports.</p>
      </article></body></html>`);
    expect(a.language).toBe('en');
    expect(a.warnings.map((w) => w.message).join('\n')).toMatch(
      /metadata gives the language as “en”, but the text gives “fr” \(Not stated; it reads as French/,
    );
  });

  it('JSON-LD: an author list, the publisher, the date with its offset kept, the canonical address', () => {
    const a = parse('jsonld-authors.html');
    expect(a.title).toBe('Old ferry bridge at Marrow Point closes after inspectors find cracked bearings');
    expect(a.provenance.title.reason).toBe('Stated in the page’s JSON-LD (headline).');
    expect(a.author).toBe('Dana Whitcombe and Rafael Osei');
    expect(a.provenance.author).toMatchObject({ basis: 'stated', reason: 'Stated in the page’s JSON-LD (author).' });
    expect(a.publisher).toBe('Harbour Gazette');
    // 23:40 at -05:00 is the next day in UTC; the day the page states is kept.
    expect(a.published).toMatchObject({ date: '2025-03-14', time: '23:40', timezone: '-05:00', basis: 'stated' });
    expect(a.language).toBe('en-GB');
    expect(a.url).toBe('https://gazette.example/local/ferry-bridge-closes');
    expect(a.provenance.url.reason).toBe('Stated in the page’s <link rel="canonical">.');
    expect(a.blocks).toHaveLength(5);
    expect(a.blocks.map((b) => b.text).join(' ')).not.toMatch(/Home|Sport|All rights reserved/);
  });

  it('an organisation named as author that is the site is no author; a modification date is no publication date', () => {
    const a = parse('jsonld-organisation-author.html');
    expect(a.author).toBeNull();
    expect(a.warnings.map((w) => w.message)).toContain(
      'The JSON-LD names the site “Lakeside Courier” as author; a site is not a writer, so it was not taken.',
    );
    expect(a.published.date).toBeNull();
    expect(a.published.reason).toMatch(/only when it was last modified \(2025-03-16T08:05:00Z\), which is not/);
    // “Lakeside Courier - Headline”: the prefixed site name is not part of the headline.
    expect(a.title).toBe('Old ferry bridge at Marrow Point closes after inspectors find cracked bearings');
    expect(a.url).toBeNull();
    expect(a.provenance.url.basis).toBe('unknown');
  });

  it('Open Graph only: title, outlet, date and address from og:* and article:*; a profile address is no author', () => {
    const a = parse('opengraph-only.html');
    expect(a.title).toBe('Ferry bridge shut after cracks found');
    expect(a.publisher).toBe('Coastline Daily');
    expect(a.published).toMatchObject({ date: '2025-03-15', time: '06:30', timezone: '+00:00' });
    expect(a.published.reason).toBe('Stated in the page’s <meta> tags (article:published_time).');
    expect(a.author).toBeNull();
    expect(a.language).toBe('en-US');
    expect(a.url).toBe('https://coastline.example/news/2025/03/ferry-bridge-shut');
    // The page's headline differs from og:title: both are shown.
    expect(a.warnings.map((w) => w.message).join('\n')).toMatch(
      /metadata gives the headline as “Ferry bridge shut after cracks found”, but the text gives “Old ferry bridge/,
    );
  });

  it('no metadata: the headline from the page, nothing else stated, the address unknown', () => {
    const a = parse('no-metadata.html');
    expect(a.title).toBe('Old ferry bridge at Marrow Point closes after inspectors find cracked bearings');
    expect([a.author, a.publisher, a.published.date, a.url]).toEqual([null, null, null, null]);
    expect(a.provenance.language.basis).toBe('inferred');
    expect(a.blocks).toHaveLength(5);
  });

  it('a windows-1252 page declared by http-equiv decodes its accents, curly quotes and euro sign', () => {
    const a = parse('windows-1252.html');
    expect(a.title).toBe('Café owners count the cost of the bridge closure');
    expect(a.blocks[0]!.text).toContain(
      'Café Belém on the quay say the closure of the ferry bridge has cost them about €900',
    );
    expect(a.blocks[1]!.text).toContain('“We had the naïve hope');
    expect(a.blocks[1]!.text).toContain('“They don’t.”');
  });

  it('scripts, styles, handlers, frames and forms never reach the text', () => {
    const a = parse('scripts-and-handlers.html');
    const all = JSON.stringify(a);
    for (const marker of [
      'SCRIPT-TEXT',
      'STYLE-TEXT',
      'HANDLER',
      'NOSCRIPT',
      'IFRAME',
      'FORM-TEXT',
      'INPUT-TEXT',
      'BUTTON-TEXT',
      'alert',
      'javascript:',
    ])
      expect(all).not.toContain(marker);
    expect(a.blocks.map((b) => b.text)).toHaveLength(4);
    expect(a.blocks[1]!.text).toMatch(/^Drivers should follow the signed detour/);
  });

  it('a paywall stub is read with a warning saying so', () => {
    const a = parse('paywall-stub.html');
    expect(a.warnings.map((w) => w.message)).toContain(
      'Looks like a paywall stub: the page says it is for subscribers and gives only 35 words.',
    );
  });

  it('a live blog keeps every update as a paragraph and takes the bare times out as page furniture', () => {
    const a = parse('live-blog.html');
    expect(a.blocks.map((b) => b.text.slice(0, 20))).toEqual([
      'The council says the',
      'Queues on the coast ',
      'Parents at the harbo',
      'Good morning. The fe',
    ]);
    expect(a.removed.map((r) => r.text)).toEqual(['16:45', '12:10', '09:30', '07:00']);
    expect(a.author).toBe('Priya Anand');
    expect(a.published).toMatchObject({ date: '2025-03-15', time: '07:00' });
  });

  it('a right-to-left page keeps its language and direction', () => {
    const a = parse('right-to-left.html');
    expect(a.language).toBe('ar');
    expect(a.provenance.language.reason).toBe('Stated in the page’s <html lang> attribute.');
    expect(a.direction).toBe('rtl');
    expect(a.publisher).toBe('صحيفة الميناء');
    expect(a.title).toBe('إغلاق جسر العبّارة بعد اكتشاف تشققات');
  });
});
