/**
 * Messages between the site's process and the engine's two (engine-process.ts),
 * with large ones passed through a file. A process channel is a pipe of 64 KB:
 * a message of a few megabytes (the seeds, the parsed articles, the corpus)
 * crosses it in dozens of turns of the two processes, and with Vite and the
 * engine sharing two cores each turn waits for a time slice. Seeds at 1,000
 * articles took 0.6 s that way; written to a file, read back in one call, they
 * take a few milliseconds. Only `node:` modules are imported here, so the
 * config can load this file natively.
 */
import type { Serializable } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Messages of this size or more go through a file. */
const THROUGH_FILE = 256 * 1024;

/** A message left in a file: the receiver reads it and deletes the file. */
interface Envelope {
  mailFile: string;
}

/** Something with a process channel: a child process, or `process` in a child, to its parent. */
interface Channel {
  send?: (message: Serializable) => boolean;
}

/** Files this process has posted: any the receiver has not read (it went away) are deleted when this process exits. */
const posted: string[] = [];
let count = 0;

function remember(file: string): void {
  if (!posted.length) process.once('exit', () => posted.forEach((f) => rmSync(f, { force: true })));
  posted.push(file);
}

/** Sends `message` over `to`'s channel, or through a file when it is large. */
export function post(to: Channel, message: unknown): void {
  const bytes = serialize(message);
  if (bytes.length < THROUGH_FILE) {
    to.send!(message as Serializable);
    return;
  }
  const mailFile = join(tmpdir(), `desk-engine-${process.pid}-${++count}-${randomBytes(4).toString('hex')}.bin`);
  try {
    writeFileSync(mailFile, bytes, { mode: 0o600 });
  } catch {
    // No writable temporary folder: the pipe is slower, but it works.
    to.send!(message as Serializable);
    return;
  }
  remember(mailFile);
  to.send!({ mailFile } satisfies Envelope);
}

/** The message `post` sent: as it came, or read from its file (which is then deleted). */
export function open<T>(received: unknown): T {
  if (typeof received !== 'object' || received === null || !('mailFile' in received)) return received as T;
  const { mailFile } = received as Envelope;
  const bytes = readFileSync(mailFile);
  unlinkSync(mailFile);
  return deserialize(bytes) as T;
}
