import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';

/** Every article record, in seed-file order. */
export const GET: APIRoute = async () => {
  const articles = (await getCollection('articles')).map((e) => e.data).sort((a, b) => a.seedFile.localeCompare(b.seedFile));
  return new Response(JSON.stringify({ articles }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
