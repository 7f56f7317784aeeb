/** Chinese and Japanese dates, read by pattern: years, months, days, relative years, months and weeks. */
import { describe, expect, it } from 'vitest';
import { findCjkExpressions } from '../../../src/engine/time/cjk.ts';

describe('findCjkExpressions', () => {
  it.each([
    {
      sentence: '会议将于2019年7月18日举行。',
      found: [{ kind: 'date', year: 2019, month: 7, day: 18, text: '于2019年7月18日', index: 3, direction: 'future' }],
    },
    { sentence: '2020年，他们离开。', found: [{ kind: 'year', year: 2020, text: '2020年', index: 0 }] },
    { sentence: '去年7月，经济增长。', found: [{ kind: 'month', month: 7, yearOffset: -1, text: '去年7月' }] },
    { sentence: '明年3月5日开始。', found: [{ kind: 'month-day', month: 3, day: 5, yearOffset: 1 }] },
    { sentence: '今年举行。', found: [{ kind: 'relative-year', offset: 0, text: '今年' }] },
    {
      sentence: '上个月，本周，18日。',
      found: [
        { kind: 'relative-month', offset: -1, text: '上个月', index: 0 },
        { kind: 'relative-week', offset: 0, text: '本周', index: 4 },
        { kind: 'day-of-month', day: 18, text: '18日', index: 7 },
      ],
    },
    { sentence: '他们工作了3天。', found: [] },
  ])('“$sentence”', ({ sentence, found }) => {
    expect(findCjkExpressions(sentence)).toMatchObject(found);
    expect(findCjkExpressions(sentence)).toHaveLength(found.length);
  });

  it('takes no direction from a future marker in another clause', () => {
    expect(findCjkExpressions('计划取消。2019年7月18日举行。')[0]).not.toHaveProperty('direction');
  });
});
