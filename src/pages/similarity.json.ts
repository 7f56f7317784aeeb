import { getAnalysis } from '../site/data.ts';
import type { APIRoute } from 'astro';

/** The origin pass: its calibrated thresholds, the families of articles that carry one report, and the scored pairs with their shared evidence. */
export const GET: APIRoute = async () => {
  const { similarity, originThresholds, families } = await getAnalysis();
  return new Response(JSON.stringify({ thresholds: originThresholds, families, pairs: similarity }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
