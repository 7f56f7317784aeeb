/** Which files in the seeds folder are articles, and the names of the others. */

/** The story file's name inside the seeds folder. */
export const STORY_FILE = 'story.yaml';

/** The gazetteer's file name inside the seeds folder. */
export const GAZETTEER_FILE = 'places.yaml';

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

/** True when a file in the seeds folder is an article seed (hidden files, a folder's README and the story data are not). */
export function isArticleFile(name: string): boolean {
  return (
    !name.startsWith('.') &&
    !/^readme\./i.test(name) &&
    ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))
  );
}
