/** An Arabic page: breadcrumb, "بقلم:" byline, "نشر في: <weekday> …" and "آخر تحديث", "اقرأ أيضا", back to top. */
import { describe, expect, it } from 'vitest';
import { readPage } from './read.ts';

const PAGE = `جريدة الواحة
الرئيسية > محليات > بلديات

افتتاح محطة جديدة لتحلية المياه في المنطقة الشرقية

بقلم: ليلى الزين
نشر في: الأربعاء 4 سبتمبر 2024 - 09:30 ص
آخر تحديث: الأربعاء 4 سبتمبر 2024 - 02:10 م

افتتحت وزارة المياه يوم الثلاثاء محطة جديدة لتحلية مياه البحر في المنطقة الشرقية بطاقة تصل إلى خمسين ألف متر مكعب يوميا، وذلك ضمن خطة لزيادة الإمدادات خلال فصل الصيف.

وقال مدير المشروع إن المحطة ستخدم أكثر من مئة ألف نسمة في القرى الساحلية المجاورة.

اقرأ أيضا:
- ارتفاع الطلب على المياه مع موجة الحر
العودة إلى الأعلى
`;

describe('an Arabic page', () => {
  const { article, removed } = readPage('ar-waha.txt', PAGE);

  it('reads the headline, the writer after بقلم and the publication stamp with its weekday', () => {
    expect(article.title).toBe('افتتاح محطة جديدة لتحلية المياه في المنطقة الشرقية');
    expect(article.author).toBe('ليلى الزين');
    expect(article.published).toMatchObject({ date: '2024-09-04', basis: 'stated' });
    expect(article.direction).toBe('rtl');
  });

  it.each([
    ['الرئيسية > محليات > بلديات', 'navigation'],
    ['بقلم: ليلى الزين', 'byline'],
    ['نشر في: الأربعاء 4 سبتمبر 2024 - 09:30 ص', 'published-line'],
    ['آخر تحديث: الأربعاء 4 سبتمبر 2024 - 02:10 م', 'stamp'],
    ['اقرأ أيضا:', 'related-links'],
    ['- ارتفاع الطلب على المياه مع موجة الحر', 'related-links'],
    ['العودة إلى الأعلى', 'navigation'],
  ])('takes “%s” off as %s', (line, kind) => {
    expect(removed.get(line)).toBe(kind);
  });
});
