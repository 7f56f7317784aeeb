/** The metadata readers in isolation: dates as written, language tags, site names off titles, charsets. */
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodePage } from '../../../../src/engine/read/html/charset.ts';
import { joinNames, languageTag, pageDate, withoutSiteName } from '../../../../src/engine/read/html/metadata.ts';

describe('page metadata', () => {
  it('reads a date-time at the offset written, without converting it to UTC', () => {
    expect(pageDate('2025-03-14T23:40:00-05:00')).toEqual({
      date: '2025-03-14',
      time: '23:40',
      timezone: '-05:00',
      text: '2025-03-14T23:40:00-05:00',
    });
    expect(pageDate('2025-03-14T05:00:00Z')?.timezone).toBe('UTC');
    expect(pageDate('2025-02-30')).toBeNull();
    expect(pageDate('yesterday')).toBeNull();
  });

  it('normalises language tags', () => {
    expect(languageTag('en_us')).toBe('en-US');
    expect(languageTag('FR')).toBe('fr');
    expect(languageTag('')).toBeNull();
  });

  it('drops a site name appended or prefixed to the title, and only the site name', () => {
    expect(withoutSiteName('Bridge shut | Harbour Gazette', 'Harbour Gazette')).toBe('Bridge shut');
    expect(withoutSiteName('Harbour Gazette - Bridge shut', 'Harbour Gazette')).toBe('Bridge shut');
    expect(withoutSiteName('Bridge shut - what next', 'Harbour Gazette')).toBe('Bridge shut - what next');
    expect(withoutSiteName('Bridge shut | Harbour Gazette', null)).toBe('Bridge shut | Harbour Gazette');
  });

  it('joins several writers as a reader says them', () => {
    expect(joinNames(['A'])).toBe('A');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });
});

describe('page charset', () => {
  const latin = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
  it('finds <meta charset> and http-equiv declarations', () => {
    expect(declaredCharset(latin('<meta charset="ISO-8859-1">'))).toEqual({ label: 'iso-8859-1', how: 'meta charset' });
    expect(
      declaredCharset(latin('<meta http-equiv="content-type" content="text/html; charset=windows-1252">')),
    ).toEqual({
      label: 'windows-1252',
      how: 'http-equiv',
    });
  });

  it('decodes ISO-8859-1, a UTF-16 byte-order mark, and falls back to windows-1252 for bytes that are not UTF-8', () => {
    expect(decodePage(latin('<meta charset="iso-8859-1"><p>Caf\xe9</p>')).text).toContain('Café');
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'<p>é</p>'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodePage(utf16)).toMatchObject({ text: '<p>é</p>', basis: 'byte-order mark' });
    const fallback = decodePage(latin('<p>\x93quoted\x94</p>'));
    expect(fallback).toMatchObject({ text: '<p>“quoted”</p>', encoding: 'windows-1252', basis: 'fallback' });
  });
});
