/**
 * axe-core on every built page, in light and in dark mode, with every rule
 * that applies at WCAG 2.2 AA: the WCAG 2.0, 2.1 and 2.2 A and AA rules,
 * including those axe marks experimental (which it leaves out unless each is
 * enabled by name), and axe's best practices. Any violation fails. Closed <details> are opened first so
 * their contents are checked too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { pageUrls, requireDist } from './dist.ts';
import { serveDist, type DistServer } from './serve.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// The project's own axe-core (package.json), not the older copy @axe-core/playwright bundles, so the rules listed below are the ones that run.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Experimental rules run only when enabled one by one; these are the ones with a WCAG A/AA tag.
const EXPERIMENTAL = axe
  .getRules(['experimental'])
  .filter((r) => r.tags.some((t) => TAGS.includes(t)))
  .map((r) => r.ruleId);
const OPTIONS = {
  runOnly: { type: 'tag' as const, values: [...TAGS, 'best-practice'] },
  rules: Object.fromEntries(EXPERIMENTAL.map((id) => [id, { enabled: true }])),
};

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

it('enables the experimental WCAG rules', () => {
  expect(EXPERIMENTAL).toEqual(expect.arrayContaining(['css-orientation-lock', 'p-as-heading', 'td-has-header']));
});

describe.each(['light', 'dark'] as const)('%s mode', (colorScheme) => {
  it.each(pageUrls())(`%s has no axe violations`, async (url) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${server.origin}${url}`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const { violations, passes, incomplete, inapplicable } = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
      .options(OPTIONS)
      .analyze();
    const found = violations.flatMap((v) =>
      v.nodes.map(
        (n) =>
          `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
      ),
    );
    expect(found).toEqual([]);
    expect(passes.length, 'axe ran its rules').toBeGreaterThan(10);
    // Every rule asked for ran: each passed, failed, needs review or did not apply, none was skipped.
    const ran = new Set([...passes, ...violations, ...incomplete, ...inapplicable].map((r) => r.id));
    expect([...EXPERIMENTAL, 'label-content-name-mismatch', 'target-size'].filter((id) => !ran.has(id))).toEqual([]);
    await context.close();
  });
});
