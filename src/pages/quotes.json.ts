import { getEntry } from 'astro:content';
import type { APIRoute } from 'astro';

/** The quote ledger. */
export const GET: APIRoute = async () => {
  const { quotes } = (await getEntry('analysis', 'analysis'))!.data;
  return new Response(JSON.stringify({ quotes }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
