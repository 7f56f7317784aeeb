/**
 * The chrono-node parsers the engine uses (English only). The build points
 * `'chrono-node'` here (astro.config.mjs): the package's root module loads all
 * of its fifteen locales, over 900 modules for Node to resolve on every build,
 * where English needs a tenth of them. `casual` and `strict` are the very
 * objects the root module exports. Anything else used from chrono-node must be
 * added below, or the build fails with a missing-export error.
 */
export { casual, strict } from 'chrono-node/en';
