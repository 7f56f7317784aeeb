/**
 * axe-core on every built page, in light and in dark mode, with the WCAG 2.0,
 * 2.1 and 2.2 A and AA rules. Closed <details> are opened first so their
 * contents are checked too.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { pageUrls, requireDist } from './dist';
import { serveDist, type DistServer } from './serve';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

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

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  it.each(pageUrls())(`%s has no axe violations`, async (url) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${server.origin}${url}`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`));
    expect(found).toEqual([]);
    expect(passes.length, 'axe ran its rules').toBeGreaterThan(10);
    await context.close();
  });
});
