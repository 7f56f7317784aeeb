/** Messages between the site and the engine's processes: small ones over the channel, large ones through a file read once. */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { open, post } from '../../../src/content/process-mail';

/** A channel that keeps what is sent over it. */
function channel() {
  const sent: unknown[] = [];
  return { sent, send: (m: unknown) => (sent.push(m), true) };
}

describe('post and open', () => {
  it('send a small message over the channel as it is', () => {
    const c = channel();
    const message = { run: 1, kind: 'bundle', dir: '/x' };
    post(c, message);
    expect(c.sent).toEqual([message]);
    expect(open(c.sent[0])).toBe(c.sent[0]);
  });

  it('pass a large message through a file, read back whole (typed arrays and dates included) and then deleted', () => {
    const c = channel();
    const seeds = Array.from({ length: 400 }, (_, i) => ({
      file: `s${i}.txt`,
      bytes: new TextEncoder().encode(`Headline ${i}\n\n${'A paragraph of text. '.repeat(60)}`),
      at: new Date(Date.UTC(2023, 5, 1 + (i % 28))),
    }));
    post(c, { run: 2, kind: 'parse', seeds });
    const envelope = c.sent[0] as { mailFile: string };
    expect(Object.keys(envelope)).toEqual(['mailFile']);
    expect(existsSync(envelope.mailFile)).toBe(true);
    const received = open<{ run: number; seeds: typeof seeds }>(envelope);
    expect(received).toEqual({ run: 2, kind: 'parse', seeds });
    expect(received.seeds[7]!.bytes).toBeInstanceOf(Uint8Array);
    expect(received.seeds[7]!.at).toBeInstanceOf(Date);
    expect(existsSync(envelope.mailFile)).toBe(false);
  });

  it('send a large message over the channel when no file can be written', () => {
    const c = channel();
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = join(tmpdir(), 'desk-no-such-folder', 'nested');
    try {
      const message = { run: 3, text: 'x'.repeat(400_000) };
      post(c, message);
      expect(c.sent).toEqual([message]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });
});
