// The warning a production build gives when SITE_URL is not set: its absolute links would point at localhost.

/** The default origin, used when SITE_URL is not set (astro.config.mjs). */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/**
 * The warning to print before a build, or null: a build for deployment without `SITE_URL` links to localhost. A
 * build for the local preview (`npm start`, flag `--local`) needs no origin and stays quiet.
 * @param {Record<string, string | undefined>} env
 * @param {boolean} local
 * @returns {string | null}
 */
export function siteUrlWarning(env, local) {
  if (local || (env.SITE_URL ?? '').trim() !== '') return null;
  return (
    `⚠ SITE_URL is not set: canonical links, og:url, JSON-LD, the sitemap, robots.txt and both feeds will point to ` +
    `${LOCAL_ORIGIN}.\n  For a site you deploy, build with its address:  SITE_URL=https://example.org npm run build`
  );
}
