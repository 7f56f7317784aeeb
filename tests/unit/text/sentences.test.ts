/** Sentences: where running text splits, which full stops are not sentence ends, and lines that end like one. */
import { describe, expect, it } from 'vitest';
import { endsLikeSentence, splitSentences } from '../../../src/engine/text/sentences.ts';

describe('splitSentences', () => {
  it.each([
    {
      text: 'The pier closed. Boats moved north.',
      sentences: [
        { text: 'The pier closed.', start: 0 },
        { text: 'Boats moved north.', start: 17 },
      ],
    },
    {
      text: 'Mr. Okafor spoke. The U.N. agreed.',
      sentences: [
        { text: 'Mr. Okafor spoke.', start: 0 },
        { text: 'The U.N. agreed.', start: 18 },
      ],
    },
    {
      text: 'It fell on Jan. 4. Then it rose.',
      sentences: [
        { text: 'It fell on Jan. 4.', start: 0 },
        { text: 'Then it rose.', start: 19 },
      ],
    },
    {
      text: 'Die Sitzung ist am 4. März geplant. Danach nicht.',
      sentences: [
        { text: 'Die Sitzung ist am 4. März geplant.', start: 0 },
        { text: 'Danach nicht.', start: 36 },
      ],
    },
    {
      text: '会议结束了。大家离开了。',
      sentences: [
        { text: '会议结束了。', start: 0 },
        { text: '大家离开了。', start: 6 },
      ],
    },
    {
      text: 'He asked: "Why?" Nobody knew.',
      sentences: [
        { text: 'He asked: "Why?"', start: 0 },
        { text: 'Nobody knew.', start: 17 },
      ],
    },
    {
      text: '  Leading space. "Quoted start." 3 boats sank.',
      sentences: [
        { text: 'Leading space.', start: 2 },
        { text: '"Quoted start."', start: 17 },
        { text: '3 boats sank.', start: 33 },
      ],
    },
    {
      text: 'لقد انتهى. بدأ الآن.',
      sentences: [
        { text: 'لقد انتهى.', start: 0 },
        { text: 'بدأ الآن.', start: 11 },
      ],
    },
    {
      text: 'Prices rose 2.5 percent. Then fell.',
      sentences: [
        { text: 'Prices rose 2.5 percent.', start: 0 },
        { text: 'Then fell.', start: 25 },
      ],
    },
    { text: 'It ends with Mr.', sentences: [{ text: 'It ends with Mr.', start: 0 }] },
    { text: '', sentences: [] },
  ])('“$text”', ({ text, sentences }) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it('gives each sentence back verbatim at its offset', () => {
    const text = 'One. Two? Three! «Four.»';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe('endsLikeSentence', () => {
  it.each([
    ['The end.', true],
    ['He said "no."', true],
    ['Wait…', true],
    ['Why?)', true],
    ['Really?” ', true],
    ['结束。', true],
    ['No end', false],
    ['A heading:', false],
  ])('“%s” → %s', (line, ends) => {
    expect(endsLikeSentence(line)).toBe(ends);
  });
});
