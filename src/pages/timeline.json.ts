import { getCollection, getEntry } from 'astro:content';
import type { APIRoute } from 'astro';

/** The merged timeline with the story's focus window. */
export const GET: APIRoute = async () => {
  const story = (await getEntry('story', 'story'))!.data;
  const events = (await getCollection('events'))
    .map((e) => e.data)
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  return new Response(JSON.stringify({ title: story.title, focus: story.focus, events }, null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
