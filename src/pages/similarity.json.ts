import { getEntry } from 'astro:content';
import type { APIRoute } from 'astro';

/** Every pair of articles with its similarity, the threshold, and the likely common origin of near-duplicates. */
export const GET: APIRoute = async () => {
  const { similarity, similarityThreshold } = (await getEntry('analysis', 'analysis'))!.data;
  return new Response(JSON.stringify({ threshold: similarityThreshold, pairs: similarity }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
