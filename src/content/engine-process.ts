/**
 * The engine's own process: the site's process (engine-client.ts) sends it a
 * seeds folder, it reads and runs the engine on it (seed-folder.ts) and sends
 * back the run as plain data, one request after another. Node loads the
 * engine's TypeScript natively here, so stack traces name the .ts sources.
 */
import { runFolder } from './seed-folder.ts';
import type { EngineReply, EngineRequest } from './engine-client.ts';

process.on('message', async ({ id, place, settings }: EngineRequest) => {
  let reply: EngineReply;
  try {
    reply = { id, ok: true, run: await runFolder(place, settings) };
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    reply = { id, ok: false, message: error.message, stack: error.stack ?? error.message };
  }
  process.send!(reply);
});
// The site's process has gone or let this one go.
process.on('disconnect', () => process.exit(0));
