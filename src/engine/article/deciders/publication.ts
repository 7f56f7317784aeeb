/**
 * The publication date, from this text alone, in order of trust: the front matter, a publication line, the date
 * line, a wire dateline with a year, a stamp; else a date that reads two ways bounds it. Dates that need the rest of
 * the collection are settled by `timeline/corpus.ts`.
 */
import { SeedError } from '../../read/errors.ts';
import type { FrontMatter, Published, Warning } from '../../schema/article.ts';
import { daysInMonth, isoDate, isRealDate } from '../../time/calendar.ts';
import { readForeignDate } from '../../time/foreign.ts';
import { readStamp } from '../../time/stamps.ts';
import type { Findings } from '../findings.ts';
import { FROM_FRONT_MATTER, provenance, type Decision } from './decision.ts';

/** A publication day, with its window collapsed onto it. */
export function publishedOn(
  date: string,
  basis: Published['basis'],
  reason: string,
  line: number | null,
  extra: Partial<Published> = {},
): Published {
  return {
    date,
    time: null,
    timezone: null,
    basis,
    reason,
    line,
    corroboratedBy: null,
    earliest: date,
    latest: date,
    precision: 'day',
    ...extra,
  };
}

/** No publication date, with why. */
function publishedUnknown(reason: string): Published {
  return {
    date: null,
    time: null,
    timezone: null,
    basis: 'unknown',
    reason,
    line: null,
    corroboratedBy: null,
    earliest: null,
    latest: null,
    precision: 'unknown',
  };
}

/** The full day a wire dateline gives (with a year), as YYYY-MM-DD; null when it gives none. */
function datelineDay(found: Findings): string | null {
  const full = found.dateline?.match.date?.year ? found.dateline.match.date : null;
  return full && isRealDate(full.year!, full.month, full.day) ? isoDate(full.year!, full.month, full.day) : null;
}

/** The front matter's date; one that is no calendar date stops the seed. */
function fromFrontMatter(file: string, frontMatter: FrontMatter): Published | null {
  if (!frontMatter.date) return null;
  const [y, m, d] = frontMatter.date.split('-').map(Number) as [number, number, number];
  if (!isRealDate(y, m, d))
    throw new SeedError(
      file,
      2,
      `front matter “date” ${frontMatter.date} is not a calendar date.`,
      'correct the date (YYYY-MM-DD).',
    );
  return publishedOn(frontMatter.date, 'stated', FROM_FRONT_MATTER, null);
}

/** The publication line's day and time; a date line or a dateline that disagrees is warned about. */
function fromPublishedLine(found: Findings, warnings: Warning[]): Published | null {
  const { publishedLine, dateLine, dateline } = found;
  const stamp = publishedLine?.stamp;
  if (!publishedLine || !stamp) return null;
  if (dateLine && dateLine.date !== stamp.date)
    warnings.push({
      line: publishedLine.line,
      message: `The “Published:” line says ${stamp.date} but the date line says ${dateLine.date}; the “Published:” line was used.`,
    });
  const day = datelineDay(found);
  if (dateline && day && day !== stamp.date)
    warnings.push({
      line: dateline.line,
      message: `The dateline says ${day} but the publication stamp says ${stamp.date}; the stamp was used.`,
    });
  const agrees = dateLine && dateLine.date === stamp.date ? `, and the date line on line ${dateLine.line} agrees` : '';
  return publishedOn(
    stamp.date,
    'stated',
    `The line “${publishedLine.phrase}” on line ${publishedLine.line} gives the time of publication${agrees}.`,
    publishedLine.line,
    { time: stamp.time, timezone: stamp.timezone },
  );
}

/** The seed's leading date line. */
function fromDateLine({ dateLine }: Findings): Published | null {
  return dateLine
    ? publishedOn(
        dateLine.date,
        'stated',
        `The date line on line ${dateLine.line} gives ${dateLine.date}.`,
        dateLine.line,
      )
    : null;
}

/**
 * A wire dateline that gives a full day; not where the page's own date line above it gives another day: the page
 * published the report then (a repost the next morning), and the dateline dates the report it carries.
 */
function fromDateline(found: Findings): Published | null {
  const day = datelineDay(found);
  const dateline = found.dateline;
  const ownDay = found.stamp?.verb === 'date' && dateline && found.stamp.line < dateline.line ? found.stamp : null;
  if (ownDay && day && ownDay.stamp.date !== day) return null;
  return dateline && day
    ? publishedOn(
        day,
        'stated',
        `The dateline “${dateline.match.text}” on line ${dateline.line} gives ${day}.`,
        dateline.line,
      )
    : null;
}

/** An update stamp or a bare date under the headline, when nothing better dates the article. */
function fromStamp(found: Findings): Published | null {
  const { stamp } = found;
  if (!stamp) return null;
  // An update stamp says when the page last changed: it was first published that day or before.
  if (stamp.verb === 'updated')
    return {
      ...publishedUnknown(
        `Line ${stamp.line}, “${stamp.phrase}”, is the only stamp, an update time: the article was published on ${stamp.stamp.date} or before.`,
      ),
      basis: 'inferred',
      line: stamp.line,
      latest: stamp.stamp.date,
      precision: 'open',
    };
  const how = 'a date line under the headline';
  const day = datelineDay(found);
  const carried =
    day && day !== stamp.stamp.date
      ? ` The dateline “${found.dateline!.match.text}” on line ${found.dateline!.line} gives ${day}, the day of the report the page carries.`
      : '';
  return publishedOn(
    stamp.stamp.date,
    'stated',
    `Line ${stamp.line}, “${stamp.phrase}”, is ${how}; the article is dated to it.${carried}`,
    stamp.line,
    { time: stamp.stamp.time, timezone: stamp.stamp.timezone },
  );
}

/** Why no date is stated: a dateline without a year leaves the year to the text. */
function unstated({ dateline }: Findings): Published {
  return dateline?.match.date
    ? publishedUnknown(
        `The dateline “${dateline.match.text}” on line ${dateline.line} gives a day without a year; the year has to come from the text.`,
      )
    : publishedUnknown('The text states no publication date.');
}

/**
 * A numeric date that reads two ways bounds an otherwise unknown publication between its two readings; on a page in
 * a language other than English, where the day comes first, it is read day first.
 */
function withinTwoReadings(published: Published, { ambiguous }: Findings, language: string | null): Published {
  // Unknown, or bounded only by an update stamp from above (`Actualizado: …` under `12/02/2025 13:45 h.`).
  const updateOnly = published.precision === 'open' && !published.earliest && published.latest !== null;
  if ((published.basis !== 'unknown' && !updateOnly) || !ambiguous) return published;
  const dayFirst = language && language !== 'en' ? readStamp(ambiguous.text, true) : null;
  if (updateOnly && (!dayFirst || dayFirst.date > published.latest!)) return published;
  if (dayFirst)
    return publishedOn(
      dayFirst.date,
      'stated',
      `Line ${ambiguous.line}, “${ambiguous.text}”, gives a numeric date; on a page in a language that writes the day first (${language}), it is ${dayFirst.date}.`,
      ambiguous.line,
      { time: dayFirst.time, timezone: dayFirst.timezone },
    );
  const [d1, d2] = ambiguous.days;
  return {
    ...published,
    basis: 'inferred',
    earliest: d1,
    latest: d2,
    precision: 'window',
    line: ambiguous.line,
    reason: `Line ${ambiguous.line}, “${ambiguous.text}”, gives a date that reads two ways (${d1} or ${d2}, as the day or the month comes first); the article was published on one of them, so no earlier than the first and no later than the second.`,
  };
}

/** A stamp whose month's name is another month in another language is read in the page's own language. */
function inPageLanguage(published: Published, { ambiguousMonth }: Findings, language: string | null): Published {
  if (published.basis !== 'unknown' || !ambiguousMonth || !language) return published;
  const date = readForeignDate(ambiguousMonth.text, language.split('-')[0]!);
  if (!date?.year || !date.day) return published;
  const day = isoDate(date.year, date.month, date.day);
  return publishedOn(
    day,
    'stated',
    `Line ${ambiguousMonth.line}, “${ambiguousMonth.text}”, names a month that other languages give another name; in the page's language (${language}) it is ${day}.`,
    ambiguousMonth.line,
  );
}

/** A month stamp bounds an otherwise unknown publication to that month. */
function withinMonth(published: Published, { monthStamp }: Findings): Published {
  if (published.basis !== 'unknown' || !monthStamp) return published;
  const { year, month, line, phrase } = monthStamp;
  const toMonth = monthStamp.toMonth ?? month;
  return {
    ...published,
    basis: 'inferred',
    earliest: isoDate(year, month, 1),
    latest: isoDate(year, toMonth, daysInMonth(year, toMonth)),
    precision: 'window',
    line,
    reason:
      toMonth === month
        ? `Line ${line}, “${phrase}”, gives only the month of publication; the article was published some day of it.`
        : `Line ${line}, “${phrase}”, gives only the months of the issue; the article was published some day of them.`,
  };
}

/** Settles the publication date the text states, with its provenance and the warnings disagreeing dates give. */
export function decidePublication(
  file: string,
  found: Findings,
  frontMatter: FrontMatter,
  language: string | null = null,
): Decision<Published> & { warnings: Warning[] } {
  const warnings: Warning[] = [];
  const stated =
    fromFrontMatter(file, frontMatter) ??
    fromPublishedLine(found, warnings) ??
    fromDateLine(found) ??
    fromDateline(found) ??
    fromStamp(found) ??
    unstated(found);
  const published = withinMonth(inPageLanguage(withinTwoReadings(stated, found, language), found, language), found);
  // The record carries its own basis, reason and line; the provenance repeats them like every other decider's.
  return { value: published, provenance: provenance(published.basis, published.reason, published.line), warnings };
}
