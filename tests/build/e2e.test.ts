/**
 * End to end, in Chromium, against the production build served on localhost:
 * follow a citation to its paragraph, follow "Also covered by", search, and
 * walk every page with the Tab key alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { collectErrors, launchChromium } from './browser.ts';
import { pageUrls, requireDist } from './dist.ts';
import { serveDist, type DistServer } from './serve.ts';

let server: DistServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** True when the element's top edge is inside the viewport (to the pixel: scrolling lands on fractions). */
const topInView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= -1 && r.top < window.innerHeight && r.height > 0;
  });

/** Clicks a link in the middle of its widest line of text: the middle of a link that wraps can be blank space. */
async function clickText(page: Page, link: Locator): Promise<void> {
  await link.scrollIntoViewIfNeeded();
  const r = await link.evaluate((el) => {
    const widest = [...el.getClientRects()].sort((a, b) => b.width - a.width)[0]!;
    return { x: widest.left + widest.width / 2, y: widest.top + widest.height / 2 };
  });
  await page.mouse.click(r.x, r.y);
}

describe('reading', () => {
  it('a citation on the timeline opens its article with the cited paragraph in view', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${server.origin}/`);
    // The last citation of the focus window: its paragraph is far from the top of its article. Its row opens first.
    const row = page.locator('section .event-row').last();
    await row.locator('summary').first().click();
    const link = row.locator('.citation a').last();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/articles\/[^/]+\/#.+$/);
    await clickText(page, link);
    await page.waitForURL(`${server.origin}${href}`);
    const target = `[id="${href.split('#')[1]}"]`;
    expect(await page.locator(target).evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await topInView(page, target)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Also covered by" leads to another article', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    await page.goto(`${server.origin}/articles/`);
    const first = page.locator('tbody a').first();
    await clickText(page, first);
    await page.waitForURL(/\/articles\/[^/]+\/$/);
    const from = page.url();
    const other = page.locator('section:has(#also-heading) a').first();
    const title = (await other.textContent())!.trim();
    await clickText(page, other);
    await page.waitForURL((u) => u.href !== from && /\/articles\/[^/]+\/$/.test(u.pathname));
    expect((await page.locator('h1').textContent())!.trim()).toBe(title);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('search', () => {
  it('loads Pagefind only when used, finds articles and events, and leads to them', async () => {
    const page = await browser.newPage();
    const errors = collectErrors(page);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/`);
    await page.getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(`${server.origin}/search/`);
    await page.waitForLoadState('networkidle');
    expect(
      requested.filter((p) => p.startsWith('/pagefind/')),
      'Pagefind loaded before any search',
    ).toEqual([]);

    await page.locator('#search-q').pressSequentially('withdrawal');
    await page.locator('.search-result').first().waitFor();
    expect(requested).toContain('/pagefind/pagefind.js');
    expect(await page.locator('#search-status').textContent()).toMatch(/\d+ results? for “withdrawal”/);
    const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(
      hrefs.some((h) => h.startsWith('/articles/')),
      'an article among the results',
    ).toBe(true);
    // An article result lands on the paragraph that holds the words.
    for (const h of hrefs.filter((x) => x.startsWith('/articles/'))) expect(h).toMatch(/^\/articles\/[^/]+\/#p-\d+$/);
    expect(
      hrefs.some((h) => h.startsWith('/#')),
      'an event among the results',
    ).toBe(true);

    // An event result lands on the event, on the timeline.
    const event = hrefs.find((h) => h.startsWith('/#'))!;
    await clickText(page, page.locator(`.search-result a[href="${event}"]`));
    await page.waitForURL(`${server.origin}${event}`);
    expect(await topInView(page, `[id="${event.slice(2)}"]`)).toBe(true);

    // A query in the address (the form without JavaScript, or a shared link) runs on load.
    await page.goto(`${server.origin}/search/?q=peacekeeping`);
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('peacekeeping');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what to do instead when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?q=withdrawal`);
    const status = page.locator('#search-status');
    expect(await status.textContent()).toMatch(/needs JavaScript/);
    expect(await status.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '/',
      '/articles/',
    ]);
    await context.close();
  });
});

describe('keyboard alone', () => {
  it.each(pageUrls())('%s: Tab reaches every visible link, each with a visible focus indicator', async (url) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${server.origin}${url}`);
    const links = await page.locator('a[href]').evaluateAll((as) => as.filter((a) => a.checkVisibility()).length);
    const reached = new Set<number>();
    const problems: string[] = [];
    // Number every link so focus can be matched to it without relying on text.
    await page
      .locator('a[href]')
      .evaluateAll((as) => as.forEach((a, i) => a.setAttribute('data-link-index', String(i))));
    for (let i = 0; i < links + 40; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          index: el.getAttribute('data-link-index'),
          what: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? el.id ?? ''}`.trim(),
          outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          shadow: s.boxShadow !== 'none',
          inView: r.bottom > 0 && r.top < window.innerHeight && r.width > 0 && r.height > 0,
        };
      });
      if (!f) break; // Focus left the document: every stop has been visited.
      if (f.index !== null) {
        if (reached.has(Number(f.index))) break;
        reached.add(Number(f.index));
      }
      if (!f.outline && !f.shadow) problems.push(`${f.what}: no visible focus indicator`);
      if (!f.inView) problems.push(`${f.what}: focused but not in view`);
    }
    expect(problems).toEqual([]);
    expect(reached.size, `reached ${reached.size} of ${links} links`).toBe(links);
    expect(errors).toEqual([]);
    await page.close();
  });
});
