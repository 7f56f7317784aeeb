/** Sentence alignment: a retelling keeps its sentences in order; independent reports of one event do not. */
import { describe, expect, it } from 'vitest';
import { alignment, sentenceWords } from '../../../src/engine/compare/alignment.ts';

const WIRE =
  'Dockworkers at Port Selby walked out on Monday over a new shift system. The union said 1,200 members joined the strike. Ferries to the islands were cancelled until further notice. The port authority called the walkout unlawful and asked a court to intervene.';
const RETOLD =
  'On Monday dockworkers at Port Selby walked out in protest at a new shift system. According to the union, 1,200 of its members joined the strike. All ferries to the islands were cancelled until further notice. Calling the walkout unlawful, the port authority asked a court to intervene.';
const INDEPENDENT =
  'Port Selby fell silent on Monday. Shipping agents counted 1,200 strikers at the gates by noon, far more than the union had predicted. A court hearing is expected after the authority branded the action unlawful. Island residents said the cancelled ferries left them without supplies.';

describe('alignment', () => {
  it('aligns a sentence-by-sentence retelling, in order', () => {
    const r = alignment(sentenceWords(WIRE), sentenceWords(RETOLD));
    expect(r.aligned).toBe(4);
    expect(r.share).toBe(1);
  });

  it('aligns little of an independent report that shares the facts, figures and names', () => {
    expect(alignment(sentenceWords(WIRE), sentenceWords(INDEPENDENT)).share).toBeLessThan(0.45);
  });

  it('reads no words a sentence quotes: every reporter hears the speaker alike', () => {
    const said =
      'The harbour master told reporters at the depot on Monday that the damaged pier would be rebuilt soon.';
    const quoted = 'The harbour master told reporters at the depot: "We will rebuild the damaged pier before summer."';
    expect(sentenceWords(said).some((st) => st.has('rebui'))).toBe(true);
    expect(sentenceWords(quoted).some((st) => st.has('rebui'))).toBe(false);
  });

  it('reads every word of a long sentence whose quotation mark never closes, and a quotation after a spaced guillemet', () => {
    const open = `The clinic's director said the programme «${'helps patients from remote villages reach surgery on time and '.repeat(8)}for free.`;
    const stems = sentenceWords(open);
    expect(stems.some((st) => st.has('villa') && st.has('direc'))).toBe(true);
    const spaced =
      'The harbour master told reporters at the depot: « We will rebuild the damaged pier before summer ».';
    expect(sentenceWords(spaced).some((st) => st.has('rebui'))).toBe(false);
  });

  it('aligns nothing of an empty text', () => {
    expect(alignment([], sentenceWords(WIRE))).toEqual({ aligned: 0, share: 0 });
  });
});
