import { getAnalysis } from '../site/data.ts';
import type { APIRoute } from 'astro';

/** People, organisations and places with mentions per article. */
export const GET: APIRoute = async () => {
  const { entities } = await getAnalysis();
  return new Response(JSON.stringify({ entities }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
