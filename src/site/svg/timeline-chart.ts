/**
 * The timeline chart, as SVG markup built at build time: one row per event on
 * a time axis, the story's focus window shaded, each mark sized by the number
 * of articles reporting the event and linking to it. Background years before
 * the window are drawn on a compressed scale so the window gets the width.
 *
 * Two layouts: the phone's view box is 340 units wide (drawn about 1:1 at
 * 360 px, with 12 px text and rows that are 24 px touch targets); the wide one,
 * 700 units, shown from 48rem on, also writes each event's short name. Inside
 * the focus window the axis is warped: every distinct start date gets at least
 * `minStep` units, the rest of the width is shared in proportion to time, so
 * events days apart never sit on top of each other.
 *
 * One colour, one meaning: blue marks what happened, purple what was planned,
 * due or a state (the kind marks' colour), the yellow band the focus window.
 * A hollow mark is an event with one independent origin.
 */
import { formatWindow } from '../format.ts';
import { MONTH_ABBREVIATIONS } from '../../engine/time/names.ts';
import type { Story } from '../../engine/schema/story.ts';
import type { TimelineEvent } from '../../engine/schema/timeline.ts';
import { byEventOrder } from '../timeline-groups.ts';
import { round1 } from './numbers.ts';
import { escapeXml } from './xml.ts';

/** Layout constants of the phone's chart, in view-box units. */
export const CHART = {
  width: 340,
  row: 26,
  top: 44,
  labelWidth: 100,
  nameWidth: 0,
  backgroundWidth: 40,
  gap: 10,
  right: 22,
  minStep: 6,
} as const;

/** The wide chart (from 48rem): short names between the dates and the axis, and 14 units at least between start dates. */
export const WIDE_CHART = { ...CHART, width: 700, labelWidth: 110, nameWidth: 245, minStep: 14 } as const;

/** A chart layout: `CHART` or `WIDE_CHART`. */
export type ChartLayout = typeof CHART | typeof WIDE_CHART;

/** Most characters of an event's short name in the wide chart; a longer label is cut at a word, with an ellipsis. */
export const SHORT_NAME_CHARS = 38;

const DAY = 86_400_000;
/** Days since 1970 of a YYYY-MM-DD date: the chart's time axis. */
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
// Width of one axis character, in view-box units (11 px sans).
const AXIS_CHAR = 6.2;
/** Options for the chart. */
export interface ChartOptions {
  /** Prefix for ids inside the SVG, unique on the page. */
  idPrefix?: string;
  /** The link target for an event; by default `#<event id>` on the same page. */
  href?: (e: TimelineEvent) => string;
  /** The layout: the phone's (default) or the wide one with names. */
  layout?: ChartLayout;
}

/** Renders the events as an SVG chart; every mark is a link with an accessible name and a `<title>`. */
export function renderTimelineChart(
  events: readonly TimelineEvent[],
  focus: Story['focus'],
  options: ChartOptions = {},
): string {
  const prefix = options.idPrefix ?? 'timeline-chart';
  const href = options.href ?? ((e: TimelineEvent) => `#${e.id}`);
  const layout = options.layout ?? CHART;
  const sorted = [...events].sort(byEventOrder);
  const scale = chartScale(sorted, focus, layout);
  const maxCount = Math.max(1, ...sorted.map((e) => e.reports));
  return [
    ...heading(sorted, focus, scale, prefix),
    ...focusAndBackground(focus, scale),
    ...monthTicks(scale),
    ...sorted.flatMap((e, i) => eventRow(e, i, maxCount, scale, href)),
    '</svg>',
  ].join('');
}

/** Where things go: the chart's height, the background events, and the time axis (`x`, days to view-box units). */
interface ChartScale {
  /** The view box's height: a row per event. */
  height: number;
  /** Events that end before the focus window, drawn on a compressed scale. */
  background: TimelineEvent[];
  /** The focus window's first day, and the day after the last event or the window's end, whichever is later. */
  focusStart: number;
  focusEnd: number;
  /** Left of the background part, left of the focus part, and right of the focus part. */
  x0: number;
  x1: number;
  x2: number;
  /** The x of a day. */
  x: (d: number) => number;
  /** The layout drawn. */
  layout: ChartLayout;
}

/** The chart's scale: background years compressed into a narrow band, so the focus window gets the width. */
function chartScale(sorted: readonly TimelineEvent[], focus: Story['focus'], layout: ChartLayout): ChartScale {
  const { width, row, top, labelWidth, nameWidth, backgroundWidth, gap, right } = layout;
  const background = sorted.filter((e) => e.end < focus.start);
  const bgStart = background.length ? day(background[0]!.start) : day(focus.start);
  const focusStart = day(focus.start);
  const focusEnd = Math.max(day(focus.end), ...sorted.map((e) => day(e.end))) + 1;
  const x0 = labelWidth + nameWidth;
  const x1 = x0 + (background.length ? backgroundWidth + gap : 0);
  const x2 = width - right;
  const starts = sorted.map((e) => day(e.start)).filter((d) => d > focusStart && d < focusEnd);
  const warp = warpedAxis([focusStart, ...starts, focusEnd], x1, x2, layout.minStep);
  const x = (d: number) =>
    d < focusStart ? x0 + ((d - bgStart) / Math.max(1, focusStart - bgStart)) * backgroundWidth : warp(d);
  const height = top + row * Math.max(1, sorted.length) + 16;
  return { height, background, focusStart, focusEnd, x0, x1, x2, x, layout };
}

/**
 * A piecewise-linear axis from `from` to `to` through the given days: each stretch between two of them gets
 * `minStep` units plus a share of the rest in proportion to its length in days (plain time when they do not fit).
 */
export function warpedAxis(days: number[], from: number, to: number, minStep: number): (d: number) => number {
  const stops = [...new Set(days)].sort((a, b) => a - b);
  const spans = stops.slice(1).map((d, i) => d - stops[i]!);
  const total = spans.reduce((a, b) => a + b, 0) || 1;
  const fixed = minStep * spans.length <= to - from ? minStep : 0;
  const rest = to - from - fixed * spans.length;
  const xs = [from];
  for (const span of spans) xs.push(xs.at(-1)! + fixed + (rest * span) / total);
  return (d: number) => {
    if (d <= stops[0]!) return from;
    const i = stops.findIndex((s) => s >= d);
    if (i < 0) return to;
    const t = (d - stops[i - 1]!) / (stops[i]! - stops[i - 1]!);
    return xs[i - 1]! + t * (xs[i]! - xs[i - 1]!);
  };
}

/** The opening `<svg>`, its title, and a description that says in words what the chart shows. */
function heading(sorted: readonly TimelineEvent[], focus: Story['focus'], scale: ChartScale, prefix: string): string[] {
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const inFocus = sorted.filter((e) => e.end >= focus.start).length;
  const single = sorted.filter((e) => e.independent === 1).length;
  const notDone = sorted.filter((e) => e.kind !== 'happened').length;
  const wide = scale.layout.nameWidth > 0 ? ' tl-chart--wide' : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${scale.layout.width} ${scale.height}" class="tl-chart${wide}" role="group" aria-labelledby="${titleId}" aria-describedby="${descId}">`,
    `<title id="${titleId}">Timeline chart: ${sorted.length} events, the number of reporting articles on each</title>`,
    `<desc id="${descId}">${escapeXml(`${scale.background.length} background events on a compressed scale, then ${inFocus} events from ${formatWindow(focus.start, focus.end, 'month')} on, with the focus window to ${formatWindow(focus.end, focus.end, 'month')} shaded. ${notDone} events are planned, due or a state rather than done. ${single} events have a single independent origin. Each row links to its event in the list above, which gives the same information as text.`)}</desc>`,
  ];
}

/** The shaded focus window with its label, and the background years' label and the break after them. */
function focusAndBackground(focus: Story['focus'], scale: ChartScale): string[] {
  const { top, backgroundWidth, gap } = scale.layout;
  const { height, background, focusStart, x0, x } = scale;
  const fx = round1(x(focusStart));
  const fw = round1(x(day(focus.end) + 1) - x(focusStart));
  const out = [
    `<rect class="tl-chart__focus" x="${fx}" y="${top - 14}" width="${fw}" height="${height - top}" aria-hidden="true"/>`,
    `<text class="tl-chart__axis" x="${fx + 4}" y="12">Focus window</text>`,
  ];
  if (background.length) {
    // One label for the compressed background years: two would not fit side by side.
    const years = [background[0]!.start.slice(0, 4), background.at(-1)!.end.slice(0, 4)];
    out.push(
      `<text class="tl-chart__axis" x="${x0 + backgroundWidth / 2}" y="12" text-anchor="middle">${escapeXml(years[0] === years[1] ? years[0]! : `${years[0]}–${years[1]}`)}</text>`,
      `<line class="tl-chart__break" x1="${x0 + backgroundWidth + gap / 2}" y1="${top - 14}" x2="${x0 + backgroundWidth + gap / 2}" y2="${height - 4}" aria-hidden="true"/>`,
    );
  }
  return out;
}

/** Month ticks across the focus part, labelled where a label fits after the last one. */
function monthTicks(scale: ChartScale): string[] {
  const { width, top } = scale.layout;
  const { height, focusStart, focusEnd, x1, x } = scale;
  const out: string[] = [];
  const startDate = new Date(focusStart * DAY);
  let lastEnd = -Infinity;
  for (
    let m = new Date(Date.UTC(startDate.getUTCFullYear(), startDate.getUTCMonth(), 1));
    m.getTime() / DAY < focusEnd;
    m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))
  ) {
    const tx = round1(x(m.getTime() / DAY));
    if (tx < x1) continue;
    out.push(
      `<line class="tl-chart__tick" x1="${tx}" y1="${top - 10}" x2="${tx}" y2="${height - 4}" aria-hidden="true"/>`,
    );
    const label =
      m.getUTCMonth() === 0 ? `${MONTH_ABBREVIATIONS[0]} ${m.getUTCFullYear()}` : MONTH_ABBREVIATIONS[m.getUTCMonth()]!;
    const w = label.length * AXIS_CHAR;
    if (tx + 2 >= lastEnd + 4 && tx + 2 + w <= width) {
      out.push(`<text class="tl-chart__axis" x="${tx + 2}" y="28">${label}</text>`);
      lastEnd = tx + 2 + w;
    }
  }
  return out;
}

/** One event's row: a link across the row with its date, its span and a mark sized by its reports, then the count. */
function eventRow(
  e: TimelineEvent,
  i: number,
  maxCount: number,
  scale: ChartScale,
  href: (e: TimelineEvent) => string,
): string[] {
  const { width, row, top, labelWidth, nameWidth } = scale.layout;
  const { x } = scale;
  const y = top + i * row + row / 2;
  const n = e.reports;
  const r = round1(3 + 5 * Math.sqrt(n / maxCount));
  const xa = x(day(e.start));
  const xb = x(day(e.end) + 1);
  const short = shortWhen(e);
  const kind = e.kind === 'happened' ? '' : ` (${e.kind})`;
  // The accessible name starts with the visible date, so speech users can say what they see.
  const name = `${short}, ${n} ${n === 1 ? 'source' : 'sources'}${kind}: ${e.label}`;
  const classes = [
    'tl-chart__event',
    e.independent === 1 && 'tl-chart__event--single',
    kind && 'tl-chart__event--planned',
  ];
  const out = [
    `<a href="${escapeXml(href(e))}" aria-label="${escapeXml(name)}" class="${classes.filter(Boolean).join(' ')}"><title>${escapeXml(name)}</title>`,
    // The whole row is the link's target.
    `<rect class="tl-chart__hit" x="0" y="${round1(y - row / 2)}" width="${width}" height="${row}"/>`,
    `<text class="tl-chart__label" x="${labelWidth - 8}" y="${round1(y + 4)}" text-anchor="end">${escapeXml(short)}</text>`,
  ];
  // A window longer than a day is drawn as a span; a day is a mark alone, however wide the warped axis makes it.
  const span = e.precision !== 'day' && xb - xa > 2 * r;
  if (span)
    out.push(
      `<rect class="tl-chart__span" x="${round1(xa)}" y="${round1(y - 3)}" width="${round1(xb - xa)}" height="6" rx="3"/>`,
    );
  // A mark sits at its window's start, so two start dates are as far apart as the axis puts them.
  const cx = round1(xa);
  out.push(markShape(e, cx, round1(y), r), '</a>');
  // The name and the count repeat the link's name; drawn outside it, so the link's visible text is the date alone.
  if (nameWidth > 0)
    out.push(
      `<text class="tl-chart__name" x="${labelWidth}" y="${round1(y + 4)}" aria-hidden="true">${escapeXml(shortName(e.label))}</text>`,
    );
  out.push(
    `<text class="tl-chart__count" x="${round1(Math.min(Math.max(cx + r, xb) + 4, width - 10))}" y="${round1(y + 4)}" aria-hidden="true">${n}</text>`,
  );
  return out;
}

/** The mark: a circle for what happened, a diamond for what was planned, due or a state. */
function markShape(e: TimelineEvent, cx: number, cy: number, r: number): string {
  if (e.kind === 'happened') return `<circle class="tl-chart__mark" cx="${cx}" cy="${cy}" r="${r}"/>`;
  const d = round1(r * 1.25);
  return `<path class="tl-chart__mark" d="M${cx} ${round1(cy - d)}L${round1(cx + d)} ${cy}L${cx} ${round1(cy + d)}L${round1(cx - d)} ${cy}Z"/>`;
}

/** An event's label cut to `SHORT_NAME_CHARS` at a word boundary, with an ellipsis. */
export function shortName(label: string, max = SHORT_NAME_CHARS): string {
  if (label.length <= max) return label;
  return `${label
    .slice(0, max + 1)
    .replace(/\s+\S*$/, '')
    .replace(/[\s,;:—–-]+$/, '')}…`;
}

// A month name longer than its three-letter form (not May), to cut to that form.
const MONTH_CUT = new RegExp(String.raw`\b(${MONTH_ABBREVIATIONS.filter((m) => m !== 'May').join('|')})[a-z]+\b`, 'g');

/** A short date for the row label: the window at its precision, abbreviated. */
function shortWhen(e: TimelineEvent): string {
  const text = formatWindow(e.start, e.end, e.precision);
  // Month names cut to three letters keep every label inside the label column (“Sep 2023”, “Wk 4 Dec 2023”).
  return text
    .replace(/^Week of /, 'Wk ')
    .replace(/ \((.*)\)$/, '')
    .replace(MONTH_CUT, '$1');
}
