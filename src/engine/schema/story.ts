/** The story data next to the seeds (`story.yaml`). */
import { z } from 'astro/zod';
import { IsoDate } from './dates.ts';

/** Story-level data, read from `story.yaml` next to the seeds. */
export const Story = z.object({
  /** The site title. */
  title: z.string().min(1),
  /** One line saying what the site covers. */
  description: z.string().min(1),
  /** The part of the timeline shown in full; earlier events are background. */
  focus: z.object({ start: IsoDate, end: IsoDate }),
});
export type Story = z.infer<typeof Story>;

/** The counts story text may hold as placeholders (`{articles}`), filled from the collection so no number is written by hand. */
export const STORY_COUNTS = ['articles', 'events'] as const;
