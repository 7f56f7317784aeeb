/**
 * The date-fns functions the engine uses, each from its own module. The build
 * points `'date-fns'` here (astro.config.mjs), because importing the package's
 * barrel costs Node's resolver over a second per build: it re-reads the
 * package's 199 KB package.json for each of its ~250 modules. A function not
 * listed here fails the build with a missing-export error; add it below.
 */
export { addDays } from 'date-fns/addDays';
export { addMonths } from 'date-fns/addMonths';
export { addWeeks } from 'date-fns/addWeeks';
export { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
export { endOfMonth } from 'date-fns/endOfMonth';
export { endOfWeek } from 'date-fns/endOfWeek';
export { format } from 'date-fns/format';
export { getISOWeek } from 'date-fns/getISOWeek';
export { getISOWeekYear } from 'date-fns/getISOWeekYear';
export { parseISO } from 'date-fns/parseISO';
export { startOfWeek } from 'date-fns/startOfWeek';
