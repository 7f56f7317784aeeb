/** A press release's contact block: the heading and up to three short lines under it. */
import { describe, expect, it } from 'vitest';
import { contactBlockReader } from '../../../../../src/engine/article/readers/furniture/contact-block.ts';
import { furnitureTake } from '../helpers.ts';

describe('contactBlockReader', () => {
  it.each<[string, number, string | null, number]>([
    ['Media contact:', 0, 'page-chrome', 3],
    ['Press enquiries', 0, 'page-chrome', 3],
    ['For more information, contact:', 0, 'page-chrome', 3],
    // Under the heading: short lines are the block's.
    ['Jane Roe, Acme Ports', 3, 'page-chrome', 2],
    ['+1 555 0100', 1, 'page-chrome', 0],
    // Prose ends the block.
    ['The harbour authority reopened the northern quay on Tuesday after three weeks of repairs.', 2, null, 0],
    // Without a heading above, a short line is not the block's.
    ['Jane Roe, Acme Ports', 0, null, 0],
    ['Press', 0, null, 0],
  ])('%s (lines left: %s) → %s', (line, contactLines, kind, left) => {
    const { kind: taken, zone } = furnitureTake(contactBlockReader, line, { contactLines });
    expect(taken).toBe(kind);
    expect(zone.contactLines).toBe(left);
  });
});
