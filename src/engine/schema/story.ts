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
  /** What the site may republish: with `fullText: false`, pages and exports carry only the sentences it cites. */
  publish: z
    .object({
      /** False when the site has no right to republish whole articles; the default is true. */
      fullText: z.boolean().default(true),
    })
    .strict()
    .default({ fullText: true }),
});
export type Story = z.infer<typeof Story>;

/** The counts story text may hold as placeholders (`{articles}`), filled from the collection so no number is written by hand. */
export const STORY_COUNTS = ['articles', 'events'] as const;
