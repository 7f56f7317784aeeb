/** Reads the story data (`story.yaml`) that sits next to the seeds. */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { SeedError } from './errors.ts';
import { Story, STORY_COUNTS } from '../schema/story.ts';
import { STORY_FILE } from './seed-files.ts';

/** Parses and validates story.yaml; errors name the file, the line and the fix. */
export function parseStory(text: string, file = STORY_FILE): Story {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? null) : null;
    throw new SeedError(
      file,
      line,
      `is not valid YAML (${(error as Error).message.split('\n')[0]}).`,
      'correct the YAML syntax.',
    );
  }
  const normalized = JSON.parse(JSON.stringify(raw ?? {}));
  const result = Story.safeParse(normalized);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = issue.path.join('.');
    const line =
      text.split('\n').findIndex((l) => l.trimStart().startsWith(`${String(issue.path.at(-1))}:`)) + 1 || null;
    throw new SeedError(
      file,
      line,
      `“${key}” is invalid: ${issue.message}.`,
      'see README, “Story data”, for the fields and their form.',
    );
  }
  for (const key of ['description'] as const) {
    const unknown = [...result.data[key].matchAll(/\{([^{}]*)\}/g)].find(
      (m) => !(STORY_COUNTS as readonly string[]).includes(m[1]!),
    );
    if (unknown) {
      const line = text.split('\n').findIndex((l) => l.includes(unknown[0])) + 1 || null;
      throw new SeedError(
        file,
        line,
        `${key} has the unknown placeholder “${unknown[0]}”.`,
        `use ${STORY_COUNTS.map((c) => `{${c}}`).join(' or ')}, which the build fills from the collection, or write the text without braces.`,
      );
    }
  }
  if (result.data.focus.start > result.data.focus.end) {
    throw new SeedError(
      file,
      null,
      `focus.start ${result.data.focus.start} is after focus.end ${result.data.focus.end}.`,
      'swap the two dates.',
    );
  }
  return result.data;
}
