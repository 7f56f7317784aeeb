/** html-validate's recommended rules on every built HTML file: zero errors. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST, distFiles, requireDist } from './dist.ts';

requireDist();
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Headlines and descriptions are the sources' own words; their length is not ours to cut.
    'long-title': 'off',
    // HTML allows an id to start with a digit; event ids start with their date and are
    // published, documented anchors (timeline.json), so they stay as they are.
    'valid-id': ['error', { relaxed: true }],
  },
});

describe('html-validate', () => {
  it.each(distFiles().filter((f) => f.endsWith('.html')))('%s is valid', async (file) => {
    const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), file);
    const errors = report.results.flatMap((r) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
