/**
 * Layout in Chromium: no horizontal overflow at 360 px on any page, the
 * timeline chart fitting a phone, and full-page screenshots at 390 and 1280 px
 * saved to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { collectErrors, launchChromium } from './browser.ts';
import { pageName, pageUrls, requireDist } from './dist.ts';
import { serveDist, type DistServer } from './serve.ts';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

let server: DistServer;
let browser: Browser;

beforeAll(async () => {
  requireDist();
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDist();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('layout', () => {
  it.each(pageUrls())('%s fits 360 px without horizontal scrolling', async (url) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors = collectErrors(page);
    await page.goto(`${server.origin}${url}`);
    // Opened <details> must fit too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const { scrollWidth, clientWidth, wide } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      wide: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        // Content inside a scrolling box (a wide table, the verbatim text) scrolls there, not the page.
        .filter((el) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
            if (getComputedStyle(p).overflowX !== 'visible') return false;
          return true;
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    }));
    expect(wide, 'elements past the right edge').toEqual([]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/ opens with key moments, and its chart fits 360 px with legible text and rows tall enough to tap', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${server.origin}/`);
    const firstSection = await page.evaluate(() => document.querySelector('main h2, .wrap h2')?.textContent);
    expect(firstSection).toBe('Key moments');
    const chart = await page.evaluate(() => {
      const svg = document.querySelector('svg.tl-chart')!;
      const box = svg.getBoundingClientRect();
      const label = svg.querySelector('.tl-chart__label')!.getBoundingClientRect();
      const row = svg.querySelector('.tl-chart__hit')!.getBoundingClientRect();
      let scrolls = false;
      for (let p = svg.parentElement; p; p = p.parentElement)
        if (p.scrollWidth > p.clientWidth && getComputedStyle(p).overflowX !== 'visible') scrolls = true;
      return {
        right: box.right,
        width: document.documentElement.clientWidth,
        textHeight: label.height,
        rowHeight: row.height,
        scrolls,
      };
    });
    expect(chart.right).toBeLessThanOrEqual(chart.width);
    expect(chart.scrolls).toBe(false);
    expect(chart.textHeight).toBeGreaterThanOrEqual(10);
    expect(chart.rowHeight).toBeGreaterThanOrEqual(24);
    await page.close();
  });

  it.each(pageUrls())('%s: screenshots at 390 and 1280 px', async (url) => {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${server.origin}${url}`);
      await page.screenshot({ path: join(SHOTS, `${pageName(url)}-${width}.png`), fullPage: true });
      await page.close();
    }
  });
});
