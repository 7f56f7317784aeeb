/**
 * `npm run add`: a web page (fetched) or a saved page (a file) into the seeds folder as `.html`, its address recorded
 * the way a browser's “save page” records it. It is read with the build's own parser first; a page that cannot be a
 * seed (not HTML, an HTTP error, nothing extracted, a paywall stub, too large, too slow) writes nothing.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticle } from '../src/engine/article/parse.ts';
import { declaredCharset } from '../src/engine/read/html/charset.ts';
import { MAX_PAGE_BYTES } from '../src/engine/read/html/page.ts';
import { SeedError } from '../src/engine/read/errors.ts';

/** Limits and places for one `add`. */
export interface AddOptions {
  /** The seeds folder to write into. */
  seedsDir: string;
  /** The largest page accepted, in bytes. */
  maxBytes?: number;
  /** How long to wait for the whole page, in milliseconds. */
  timeoutMs?: number;
}

/** What `add` did: one line to print, and whether a seed was written. */
export interface AddResult {
  /** True when a seed was written. */
  ok: boolean;
  /** The one line saying what was read, or what went wrong. */
  line: string;
  /** The file written, when one was. */
  file?: string;
}

/** A failure with the one line that explains it. */
class AddError extends Error {}

const PAGE_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/** Fetches a page within the size limit and the timeout, with the address it came from after any redirects. */
async function fetchPage(
  url: string,
  maxBytes: number,
  timeoutMs: number,
): Promise<{ bytes: Uint8Array; url: string }> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml' } });
  } catch (error) {
    throw new AddError(networkProblem(url, error, timeoutMs));
  }
  if (!response.ok)
    throw new AddError(`${url}: the server answered HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (!PAGE_TYPES.test(type))
    throw new AddError(`${url}: the answer is ${type || 'of no stated type'}, not a web page`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes)
    throw new AddError(`${url}: the page is ${declared} bytes, over MAX_SEED_BYTES (${maxBytes} bytes)`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      if (size > maxBytes) throw new AddError(`${url}: the page is over MAX_SEED_BYTES (${maxBytes} bytes)`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof AddError) throw error;
    throw new AddError(networkProblem(url, error, timeoutMs));
  }
  const bytes = Buffer.concat(chunks);
  return { bytes: withHeaderCharset(new Uint8Array(bytes), type), url: response.url || url };
}

/** The page with the charset the HTTP answer named written into it, when the page declares none of its own. */
function withHeaderCharset(bytes: Uint8Array, contentType: string): Uint8Array {
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!charset || declaredCharset(bytes)) return bytes;
  return Buffer.concat([Buffer.from(`<meta charset="${charset}">\n`), bytes]);
}

/** The one line for a request that got no answer. */
function networkProblem(url: string, error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string } };
  if (e.name === 'TimeoutError' || e.name === 'AbortError')
    return `${url}: no complete answer within ${timeoutMs / 1000} s (the timeout)`;
  const code = e.cause?.code;
  return `${url}: could not be reached (${code ?? (error as Error).message}); check the address and the connection`;
}

/** Reads a saved page from disk within the size limit. */
async function readPage(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path).catch(() => {
    throw new AddError(`${path}: no such file`);
  });
  if (info.size > maxBytes)
    throw new AddError(`${path}: the file is ${info.size} bytes, over MAX_SEED_BYTES (${maxBytes} bytes)`);
  if (!/\.html?$/i.test(path)) throw new AddError(`${path}: not a saved web page (.html or .htm)`);
  return new Uint8Array(await readFile(path));
}

/** The page with its address recorded as a browser records it, so the build links to the original. */
function recordAddress(bytes: Uint8Array, url: string): Uint8Array {
  const comment = `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->\n`;
  return Buffer.concat([Buffer.from(comment), bytes]);
}

const stated = (v: string | null) => v ?? 'not stated';

/** Adds one page or file to the seeds folder; never overwrites, and writes nothing on any failure. */
export async function addSeed(source: string, options: AddOptions): Promise<AddResult> {
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const isUrl = /^https?:\/\//i.test(source);
  try {
    const bytes = isUrl
      ? await fetchPage(source, maxBytes, options.timeoutMs ?? 20_000).then((page) =>
          recordAddress(page.bytes, page.url),
        )
      : await readPage(source, maxBytes);
    let article;
    try {
      article = parseArticle({ file: 'added.html', bytes });
    } catch (error) {
      if (error instanceof SeedError) throw new AddError(`${source}: no article text could be extracted`);
      throw error;
    }
    if (article.warnings.some((w) => w.message.startsWith('Looks like a paywall stub')))
      throw new AddError(
        `${source}: looks like a paywall stub (the page is for subscribers and gives only ${article.wordCount} words), not the article`,
      );
    const file = `${article.slug}.html`;
    try {
      await writeFile(join(options.seedsDir, file), bytes, { flag: 'wx' });
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw new AddError(
        code === 'EEXIST'
          ? `${source}: ${file} already exists in the seeds folder; it was not overwritten`
          : `${source}: could not write ${file} (${code ?? (error as Error).message})`,
      );
    }
    const a = article;
    return {
      ok: true,
      file,
      line: `Added ${file}: “${a.title}” — outlet ${stated(a.publisher)}, author ${stated(a.author)}, published ${stated(a.published.date)}, ${a.wordCount} words.`,
    };
  } catch (error) {
    if (error instanceof AddError) return { ok: false, line: `Not added: ${error.message}; nothing was written.` };
    throw error;
  }
}
