/** A year-less wire dateline takes its year from a copy of the same report under the same dateline, and only from one. */
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../src/engine/timeline/corpus.ts';
import { readStory, textSeed } from '../../helpers.ts';

const BODY = [
  'The harbour authority closed the northern pier after a crane toppled onto the old quay, the port director said on Monday.',
  'Night crews raised the alarm at around 2 a.m. on Sunday, when the crane’s counterweight gave way in a gust of wind.',
  'Nobody was on the quay at the time, and the fishing fleet of 214 boats was moved to the southern basin within hours.',
  'Engineers from the regional works office began inspecting the sea wall on Monday and will report to the council next week.',
  'The pier, rebuilt at a cost of 38 million crowns, had reopened to traffic only last spring.',
].join(' ');

/** A wire report's copy: its own masthead and stamp, the same dateline and text. */
const copy = (stamp: string) =>
  `Harbour Evening News\n\nCrane collapse shuts northern pier\n\n${stamp}\n\nKELDOR, March 10 (NWA) - ${BODY}\n`;

describe('dateFromCopies', () => {
  it('dates the wire text from a copy that carries the same dateline and is dated to that day by its own text', () => {
    const corpus = buildCorpus(
      [
        textSeed('a.txt', `Crane collapse shuts northern pier\n\nBy Ana Rell\n\nKELDOR, March 10 (NWA) - ${BODY}\n`),
        textSeed('b.txt', copy('Published: Mon 10 Mar 2025 16.40 GMT')),
      ],
      readStory(),
    );
    const [wire, repost] = corpus.articles;
    expect(repost!.published.date).toBe('2025-03-10');
    expect(wire!.published).toMatchObject({ date: '2025-03-10', basis: 'inferred', corroboratedBy: repost!.slug });
    expect(wire!.published.reason).toMatch(/^Dated from its copy in Harbour Evening News: the dateline .* “March 10”/);
  });

  it('takes nothing from a dated article that shares the dateline and the facts but not the text', () => {
    const own =
      'KELDOR, March 10 (NWA) - A crane fell onto the old quay in Keldor early on Sunday and the northern pier was shut, officials said on Monday. The 214 boats of the fleet now tie up in the southern basin. Inspectors from the works office went over the sea wall on Monday. Their report is due next week. The pier cost 38 million crowns to rebuild.';
    const corpus = buildCorpus(
      [
        textSeed('a.txt', `Crane collapse shuts northern pier\n\nKELDOR, March 10 (NWA) - ${BODY}\n`),
        textSeed(
          'b.txt',
          `Keldor Daily\n\nPier shut after crane falls\n\nPublished: Mon 10 Mar 2025 16.40 GMT\n\n${own}\n`,
        ),
      ],
      readStory(),
    );
    expect(corpus.articles[0]!.published.date).toBeNull();
  });
});
