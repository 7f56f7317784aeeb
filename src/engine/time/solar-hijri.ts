/**
 * Dates of the Solar Hijri calendar, which Iranian and Afghan pages print their stamps in (`شنبه ۸ اردیبهشت ۱۴۰۳`),
 * turned into Gregorian days with the runtime's own Persian calendar (Intl), not a hand-written conversion.
 */
import { fold, toAsciiDigits } from './foreign-names.ts';

const PARTS = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

/** The Solar Hijri year, month and day of a Gregorian day. */
function solarParts(d: Date): [number, number, number] {
  const parts = PARTS.formatToParts(d);
  const n = (type: string) => Number(/\d+/.exec(parts.find((p) => p.type === type)?.value ?? '')?.[0]);
  return [n('year'), n('month'), n('day')];
}

let months: Map<string, number> | null = null;
/** The Persian names of the twelve months (`فروردین` … `اسفند`) and Dari's (`حمل` …), folded, to their number. */
function monthNames(): Map<string, number> {
  if (months) return months;
  months = new Map();
  for (const locale of ['fa', 'fa-AF']) {
    const name = new Intl.DateTimeFormat(`${locale}-u-ca-persian`, { month: 'long', timeZone: 'UTC' });
    // 2024-03-21 is 1 Farvardin 1403: the 15th of each month from there names every month once.
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2024, 2, 21 + 15 + 30.5 * m));
      months.set(fold(name.format(d)), solarParts(d)[1]);
    }
  }
  return months;
}

/** The Gregorian day (ISO) of a Solar Hijri date; null when it names none. */
export function solarToGregorian(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // The Solar Hijri year starts in March of Gregorian year + 621.
  const start = Date.UTC(year + 621, 2, 1);
  for (let k = 0; k < 400; k++) {
    const d = new Date(start + k * 86_400_000);
    const [y, m, dd] = solarParts(d);
    if (y === year && m === month && dd === day) return d.toISOString().slice(0, 10);
    if (y > year) return null;
  }
  return null;
}

/** A full Solar Hijri date written with a month's name (`۸ اردیبهشت ۱۴۰۳`) in a text, as a Gregorian day; else null. */
export function readSolarHijriDate(text: string): string | null {
  const names = monthNames();
  const tokens = [...toAsciiDigits(text).matchAll(/[\p{L}\p{M}\u200c]+|\d+/gu)].map((m) => m[0]);
  for (let i = 1; i + 1 < tokens.length; i++) {
    const month = names.get(fold(tokens[i]!));
    if (!month || !/^\d{1,2}$/.test(tokens[i - 1]!) || !/^1[34]\d\d$/.test(tokens[i + 1]!)) continue;
    return solarToGregorian(Number(tokens[i + 1]), month, Number(tokens[i - 1]));
  }
  return null;
}
