import { byEventOrder } from '../site/timeline-groups.ts';
import type { APIRoute } from 'astro';
import { getEvents, getStory } from '../site/data.ts';

/** The merged timeline with the story's focus window. */
export const GET: APIRoute = async () => {
  const story = await getStory();
  const events = (await getEvents()).sort(byEventOrder);
  return new Response(JSON.stringify({ title: story.title, focus: story.focus, events }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
