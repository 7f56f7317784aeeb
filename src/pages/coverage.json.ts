import { getEntry } from 'astro:content';
import type { APIRoute } from 'astro';

/** The coverage matrix (events × articles) and what each article alone contributes. */
export const GET: APIRoute = async () => {
  const { coverage } = (await getEntry('analysis', 'analysis'))!.data;
  return new Response(JSON.stringify({ coverage }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
