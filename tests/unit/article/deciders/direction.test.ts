/** The writing direction: from the language, else from the script. */
import { describe, expect, it } from 'vitest';
import { textDirection } from '../../../../src/engine/article/deciders/direction.ts';

describe('textDirection', () => {
  it.each<[string | null, string, 'ltr' | 'rtl']>([
    ['ar', 'The text is in any script.', 'rtl'],
    ['fa-IR', 'The text is in any script.', 'rtl'],
    [null, 'افتتح الميناء الرصيف الشمالي يوم الثلاثاء', 'rtl'],
    [null, 'The quay reopened on Tuesday.', 'ltr'],
    ['en', 'افتتح الميناء الرصيف الشمالي يوم الثلاثاء', 'rtl'],
  ])('%s, %s → %s', (language, text, expected) => expect(textDirection(language, text)).toBe(expected));
});
