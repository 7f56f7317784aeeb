import { getAnalysis } from '../site/data.ts';
import type { APIRoute } from 'astro';

/** The quote ledger. */
export const GET: APIRoute = async () => {
  const { quotes } = await getAnalysis();
  return new Response(JSON.stringify({ quotes }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
