/** Facts: the figures, dates, names and quoted words a rewrite or a translation keeps, one key however written. */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/engine/compare/facts.ts';

const keys = (text: string) => extractFacts(text).map((f) => f.key);

describe('facts', () => {
  it('reads figures with their units, dates, people, places and quoted words, and no common word', () => {
    const k = keys(
      'Three workers died on Friday, March 14, when a 62-metre crane fell at Kelmouth harbour, port director Imogen Tallis said. “We will find out what failed,” she said. The port handles 2.5 million tonnes a year, 70 per cent of it grain.',
    );
    expect(k).toEqual(
      expect.arrayContaining([
        'n:3',
        'w:friday',
        'd:03-14',
        'n:62 m',
        'e:kelmouth',
        'p:tallis',
        'q:we will find out what failed',
        'n:2500000 t',
        'n:70 %',
      ]),
    );
    expect(k.some((x) => /crane|workers|harbour|port/.test(x))).toBe(false);
  });

  it('gives one key to one fact however it is written', () => {
    expect(keys('a crane of 62 metres')).toEqual(keys('the 62-metre crane'));
    expect(keys('about 70% of it')).toEqual(keys('some 70 percent of it'));
    expect(keys('on 14 March')).toEqual(keys('on March 14'));
    expect(keys('three workers')).toEqual(keys('3 workers'));
    expect(keys('It was said by the U.N. spokesman.')).toEqual(keys('It was said by the UN spokesman.'));
  });

  it('takes a sentence’s first word as a name only when the text capitalises it elsewhere too', () => {
    expect(keys('Despite the storm, ships sailed.')).toEqual([]);
    expect(keys('Minusma left on Monday. Crews of Minusma waited.')).toContain('e:minusma');
  });
});
