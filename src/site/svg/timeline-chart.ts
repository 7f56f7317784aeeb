/**
 * The timeline chart, as SVG markup built at build time: one row per event on
 * a time axis, the story's focus window shaded, each mark sized by the number
 * of articles reporting the event and linking to it. Background years before
 * the window are drawn on a compressed scale so the window gets the width.
 *
 * The view box is phone-sized (340 units wide, rows 26 units tall), so at a
 * 360 px screen the chart is drawn about 1:1: it fits the width with 12 px text
 * and rows that are 24 px touch targets; wider screens cap its width in CSS.
 */
import { formatWindow } from '../format.ts';
import { MONTH_ABBREVIATIONS } from '../../engine/time/names.ts';
import type { Story } from '../../engine/schema/story.ts';
import type { TimelineEvent } from '../../engine/schema/timeline.ts';
import { sourceCount } from '../../engine/timeline/sources.ts';
import { byEventOrder } from '../timeline-groups.ts';
import { round1 } from './numbers.ts';
import { escapeXml } from './xml.ts';

/** Layout constants of the chart, in view-box units. */
export const CHART = {
  width: 340,
  row: 26,
  top: 44,
  labelWidth: 100,
  backgroundWidth: 40,
  gap: 10,
  right: 22,
} as const;

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
}

/** Renders the events as an SVG chart; every mark is a link with an accessible name and a `<title>`. */
export function renderTimelineChart(
  events: readonly TimelineEvent[],
  focus: Story['focus'],
  options: ChartOptions = {},
): string {
  const prefix = options.idPrefix ?? 'timeline-chart';
  const href = options.href ?? ((e: TimelineEvent) => `#${e.id}`);
  const sorted = [...events].sort(byEventOrder);
  const scale = chartScale(sorted, focus);
  const maxCount = Math.max(1, ...sorted.map(sourceCount));
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
}

/** The chart's scale: background years compressed into a narrow band, so the focus window gets the width. */
function chartScale(sorted: readonly TimelineEvent[], focus: Story['focus']): ChartScale {
  const { width, row, top, labelWidth, backgroundWidth, gap, right } = CHART;
  const background = sorted.filter((e) => e.end < focus.start);
  const bgStart = background.length ? day(background[0]!.start) : day(focus.start);
  const focusStart = day(focus.start);
  const focusEnd = Math.max(day(focus.end), ...sorted.map((e) => day(e.end))) + 1;
  const x0 = labelWidth;
  const x1 = x0 + (background.length ? backgroundWidth + gap : 0);
  const x2 = width - right;
  const x = (d: number) =>
    d < focusStart
      ? x0 + ((d - bgStart) / Math.max(1, focusStart - bgStart)) * backgroundWidth
      : x1 + ((d - focusStart) / (focusEnd - focusStart)) * (x2 - x1);
  return { height: top + row * Math.max(1, sorted.length) + 16, background, focusStart, focusEnd, x0, x1, x2, x };
}

/** The opening `<svg>`, its title, and a description that says in words what the chart shows. */
function heading(sorted: readonly TimelineEvent[], focus: Story['focus'], scale: ChartScale, prefix: string): string[] {
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const inFocus = sorted.filter((e) => e.end >= focus.start).length;
  const single = sorted.filter((e) => sourceCount(e) === 1).length;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${scale.height}" class="tl-chart" role="group" aria-labelledby="${titleId}" aria-describedby="${descId}">`,
    `<title id="${titleId}">Timeline chart: ${sorted.length} events, the number of reporting articles on each</title>`,
    `<desc id="${descId}">${escapeXml(`${scale.background.length} background events on a compressed scale, then ${inFocus} events from ${formatWindow(focus.start, focus.end, 'month')} on, with the focus window to ${formatWindow(focus.end, focus.end, 'month')} shaded. ${single} events are reported by a single article. Each row links to its event in the list below, which gives the same information as text.`)}</desc>`,
  ];
}

/** The shaded focus window with its label, and the background years' label and the break after them. */
function focusAndBackground(focus: Story['focus'], scale: ChartScale): string[] {
  const { top, backgroundWidth, gap } = CHART;
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
  const { width, top } = CHART;
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

/** One event's row: a link across the row with its date, its span and a mark sized by its sources, then the count. */
function eventRow(
  e: TimelineEvent,
  i: number,
  maxCount: number,
  scale: ChartScale,
  href: (e: TimelineEvent) => string,
): string[] {
  const { width, row, top } = CHART;
  const { x0, x } = scale;
  const y = top + i * row + row / 2;
  const n = sourceCount(e);
  const r = round1(3 + 5 * Math.sqrt(n / maxCount));
  const xa = x(day(e.start));
  const xb = x(day(e.end) + 1);
  const short = shortWhen(e);
  // The accessible name starts with the visible date, so speech users can say what they see.
  const name = `${short}, ${n} ${n === 1 ? 'source' : 'sources'}: ${e.label}`;
  const out = [
    `<a href="${escapeXml(href(e))}" aria-label="${escapeXml(name)}" class="tl-chart__event${n === 1 ? ' tl-chart__event--single' : ''}"><title>${escapeXml(name)}</title>`,
    // The whole row is the link's target.
    `<rect class="tl-chart__hit" x="0" y="${round1(y - row / 2)}" width="${width}" height="${row}"/>`,
    `<text class="tl-chart__label" x="${x0 - 8}" y="${round1(y + 4)}" text-anchor="end">${escapeXml(short)}</text>`,
  ];
  if (xb - xa > 2 * r)
    out.push(
      `<rect class="tl-chart__span" x="${round1(xa)}" y="${round1(y - 3)}" width="${round1(xb - xa)}" height="6" rx="3"/>`,
    );
  const cx = round1(xb - xa > 2 * r ? xa + r : (xa + xb) / 2);
  out.push(`<circle class="tl-chart__mark" cx="${cx}" cy="${round1(y)}" r="${r}"/></a>`);
  // The count repeats the name's; it is drawn outside the link so the link's visible text is the date alone.
  out.push(
    `<text class="tl-chart__count" x="${round1(Math.min(Math.max(cx + r, xb) + 4, width - 10))}" y="${round1(y + 4)}" aria-hidden="true">${n}</text>`,
  );
  return out;
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
