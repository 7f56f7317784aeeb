/** A press release's `About <organisation>` heading after the body. */
import { describe, expect, it } from 'vitest';
import { pressReleaseAboutReader } from '../../../../../src/engine/article/readers/furniture/press-release-about.ts';
import { furnitureTake } from '../helpers.ts';

describe('pressReleaseAboutReader', () => {
  it.each<[string, boolean, string | null]>([
    ['About Acme Ports', true, 'page-chrome'],
    ['About Coastline Ferries & Partners', true, 'page-chrome'],
    // Above the body it may be a headline.
    ['About Acme Ports', false, null],
    ['About the harbour', true, null],
    ['About Acme Ports and the Seven Harbours of the Northern Coast', true, null],
  ])('%s (body started: %s) → %s', (line, bodyStarted, kind) => {
    const { kind: taken, zone } = furnitureTake(pressReleaseAboutReader, line, { bodyStarted });
    expect(taken).toBe(kind);
    expect(zone.afterAboutHeading).toBe(kind !== null);
  });
});
