import type { APIRoute } from 'astro';
import { getArticles, getStory } from '../site/data.ts';

/**
 * Every article record, in seed-file order, its text as received and the lines taken out of it last. With
 * `publish.fullText: false` in story.yaml the body, the text as received and the lines taken out are left out.
 */
export const GET: APIRoute = async () => {
  const { fullText } = (await getStory()).publish;
  const articles = (await getArticles())
    .map(({ original, removed, blocks, ...rest }) =>
      fullText ? { ...rest, blocks, original, removed } : { ...rest, fullText: false },
    )
    .sort((a, b) => a.seedFile.localeCompare(b.seedFile));
  return new Response(JSON.stringify({ articles }, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
