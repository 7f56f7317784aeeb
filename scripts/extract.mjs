#!/usr/bin/env node
// `npm run extract -- FILE...`: one JSON object a line for each .html, .txt or .md file,
// {file, title, author, publisher, published, language, url, text}, read by the build's own parser.
// A file the build would reject prints {file, error} and the exit code is 1.
import { readFileSync } from 'node:fs';

const { extractRecord } = await import('./extraction.ts');
const files = process.argv.slice(2);
if (!files.length) {
  console.error('Usage: npm run extract -- FILE... (saved web pages .html, or .txt and .md seeds)');
  process.exit(2);
}
let failed = 0;
for (const file of files) {
  let bytes;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    failed++;
    console.log(JSON.stringify({ file, error: `cannot be read (${error.code ?? error.message})` }));
    continue;
  }
  const record = extractRecord(file, bytes);
  if ('error' in record) failed++;
  console.log(JSON.stringify(record));
}
process.exit(failed ? 1 : 0);
