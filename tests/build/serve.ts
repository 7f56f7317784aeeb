/** Serves the built `dist/` on localhost for the browser tests (the same server `npm run lighthouse` uses). */
export { serveDist } from '../../scripts/serve-dist.mjs';

/** A running server over dist/: its origin and a way to stop it. */
export interface DistServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}
