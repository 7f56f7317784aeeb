import { sharedAnalysis } from '../content/corpus-cache';
import type { APIRoute } from 'astro';

/** The quote ledger. */
export const GET: APIRoute = async () => {
  const { quotes } = await sharedAnalysis();
  return new Response(JSON.stringify({ quotes }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
