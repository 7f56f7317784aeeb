/**
 * An article's publication as feeds and JSON-LD write it: a stated time keeps its zone's offset, and how the date
 * is known (stated or inferred; a day, a window or nothing) goes with it, so no reader takes an inference or a
 * window for a stated day.
 */
import type { Published } from '../engine/schema/article.ts';

/**
 * UTC offsets of the zone abbreviations the stamp reader accepts (`ZONE` in src/engine/time/stamps.ts). IST is
 * India's, Ireland's or Israel's: no offset, so its time is not turned into an instant.
 */
export const ZONE_OFFSETS: Readonly<Record<string, string | null>> = {
  UTC: '+00:00',
  GMT: '+00:00',
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  CET: '+01:00',
  CEST: '+02:00',
  EAT: '+03:00',
  WAT: '+01:00',
  CAT: '+02:00',
  SAST: '+02:00',
  IST: null,
  BST: '+01:00',
  JST: '+09:00',
  AEST: '+10:00',
  AEDT: '+11:00',
  WIB: '+07:00',
  PKT: '+05:00',
  MSK: '+03:00',
};

/** The offset (`-05:00`) of a zone as stated (`EST`, `GMT+7`, `UTC +05:30`); null when unknown or ambiguous. */
export function zoneOffset(zone: string | null): string | null {
  const m = zone?.trim().match(/^([A-Z]+)(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?$/);
  if (!m) return null;
  const base = ZONE_OFFSETS[m[1]!];
  if (base === undefined || base === null) return null;
  const minutes = (o: string) => (o[0] === '-' ? -1 : 1) * (Number(o.slice(1, 3)) * 60 + Number(o.slice(4, 6)));
  const delta = m[2] ? (m[2] === '-' ? -1 : 1) * (Number(m[3]) * 60 + Number(m[4] ?? 0)) : 0;
  const total = minutes(base) + delta;
  const abs = Math.abs(total);
  return `${total < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A publication as a feed or JSON-LD writes it. */
export interface PublicationStamp {
  /** RFC 3339: `2023-12-31T11:27:00-05:00` when the time and its zone are stated, else the day at `00:00:00Z`; null with no day. */
  dateTime: string | null;
  /** The day alone (`2023-12-31`) or, with a stated time and zone, the full `dateTime`: what JSON-LD's datePublished takes. */
  schemaDate: string | null;
  /** RFC 822 for RSS: `Sun, 31 Dec 2023 11:27:00 -0500`, or the day at `00:00:00 GMT`; null with no day. */
  rfc822: string | null;
  /** True when the hour in `dateTime` is the source's; false when it is midnight by convention. */
  timeStated: boolean;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** How a publication date is written in feeds and JSON-LD; only a stated time with a known zone gives an hour. */
export function publicationStamp(p: Pick<Published, 'date' | 'time' | 'timezone'>): PublicationStamp {
  if (!p.date) return { dateTime: null, schemaDate: null, rfc822: null, timeStated: false };
  const offset = p.time ? zoneOffset(p.timezone) : null;
  const time = offset ? `${p.time}:00` : '00:00:00';
  const zone = offset ?? '+00:00';
  const [y, mo, d] = p.date.split('-').map(Number) as [number, number, number];
  const weekday = DAYS[new Date(Date.UTC(y, mo - 1, d)).getUTCDay()];
  const rfcZone = offset ? zone.replace(':', '') : 'GMT';
  return {
    dateTime: `${p.date}T${time}${offset ? zone : 'Z'}`,
    schemaDate: offset ? `${p.date}T${time}${zone}` : p.date,
    rfc822: `${weekday}, ${String(d).padStart(2, '0')} ${MONTHS[mo - 1]} ${y} ${time} ${rfcZone}`,
    timeStated: offset !== null,
  };
}

/** The site's own marks on a publication date in feeds and JSON-LD (documented on /about/#dates-in-feeds). */
export interface DateMarks {
  /** `stated` or `inferred` (`unknown` when there is no date). */
  basis: Published['basis'];
  /** `day`, `window` (closed on both sides), `open` (one side) or `unknown`. */
  precision: Published['precision'];
  /** First possible day, when bounded. */
  earliest: string | null;
  /** Last possible day, when bounded. */
  latest: string | null;
  /** The time as stated (`11:27`), when one is. */
  time: string | null;
  /** Its zone as stated (`EST`), when one is. */
  timezone: string | null;
}

/** The marks for one article's publication. */
export function dateMarks(p: Published): DateMarks {
  return {
    basis: p.basis,
    precision: p.precision,
    earliest: p.earliest,
    latest: p.latest,
    time: p.time,
    timezone: p.timezone,
  };
}

/** Where the marks are documented, relative to the site: the fragment is the namespace of the RSS and JSON-LD terms. */
export const DATE_MARKS_DOC = '/about/#dates-in-feeds';
