import { getAnalysis } from '../site/data.ts';
import type { APIRoute } from 'astro';

/** Figures grouped across articles, names spelled differently, and events dated differently. */
export const GET: APIRoute = async () => {
  const { figures, names, eventDates } = await getAnalysis();
  return new Response(JSON.stringify({ figures, names, eventDates }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
