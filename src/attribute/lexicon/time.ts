/**
 * Words of time: days, months, parts of the day, periods. Entries follow lexicon/pattern.ts.
 */

/** The days of the week. */
export const WEEKDAYS: readonly string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

/** The months. */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December',
];

/** Abbreviated months (`Sept.` as well as `Sep.`; `May` has none). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/** Words of time after a cue, after the days (`said yesterday`, `said this week`, `said on Monday morning`). */
export const TIME_AFTER_CUE: readonly string[] = [
  'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month',
  'year', 'weekend',
];
