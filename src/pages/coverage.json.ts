import { getAnalysis } from '../site/data.ts';
import type { APIRoute } from 'astro';

/** The coverage matrix (events × articles) and what each article alone contributes. */
export const GET: APIRoute = async () => {
  const { coverage } = await getAnalysis();
  return new Response(JSON.stringify({ coverage }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
