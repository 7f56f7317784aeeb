import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { receivedText } from '../content/corpus-cache';

/** Every article record, in seed-file order, with its text as received (which the data store leaves to the engine's run). */
export const GET: APIRoute = async () => {
  const textOf = await receivedText();
  const articles = (await getCollection('articles'))
    .map((e) => ({ ...e.data, ...textOf(e.data.slug) }))
    .sort((a, b) => a.seedFile.localeCompare(b.seedFile));
  return new Response(JSON.stringify({ articles }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
