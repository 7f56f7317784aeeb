// Serves the built dist/ on localhost as a static host would: directory
// indexes, a redirect to the trailing slash, /404.html for misses. Used by the
// browser tests and by `npm run lighthouse`.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

/** The build output folder. */
export const DIST = join(import.meta.dirname, '..', 'dist');

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

/**
 * Starts a static server over `root` on a free port of 127.0.0.1.
 * @param {string} [root]
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveDist(root = DIST) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) return void res.writeHead(301, { Location: `${path}/` }).end();
      const index = join(file, 'index.html');
      if (existsSync(index))
        return void res.writeHead(200, { 'Content-Type': TYPES['.html'] }).end(readFileSync(index));
    } else if (existsSync(file)) {
      return void res
        .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    }
    res.writeHead(404, { 'Content-Type': TYPES['.html'] }).end(readFileSync(join(root, '404.html')));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
