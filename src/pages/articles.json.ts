import type { APIRoute } from 'astro';
import { getArticles } from '../site/data.ts';

/** Every article record, in seed-file order, its text as received and the lines taken out of it last. */
export const GET: APIRoute = async () => {
  const articles = (await getArticles())
    .map(({ original, removed, ...rest }) => ({ ...rest, original, removed }))
    .sort((a, b) => a.seedFile.localeCompare(b.seedFile));
  return new Response(JSON.stringify({ articles }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
