// Times as the workbook shows them. The clock itself is read at the edges (the pane, the ribbon,
// the CLI, the page), which pass the time in.

/** Local time as the workbook shows 계산일시: "2011-07-01 09:00". */
export function localTimestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The year a local timestamp ("2011-07-01 09:00") is in. */
export function yearOf(timestamp: string): number {
  const year = /^(\d{4})-/.exec(timestamp);
  if (!year) throw new Error(`not a local timestamp: ${timestamp}`);
  return Number(year[1]);
}

/**
 * How many months of the plan year have begun at a local timestamp: 0 before the year, 12 after
 * it, else the timestamp's month. A Compute as of a later month is a preview (PRODUCT.md "Nothing
 * to evaluate yet, and months that have not come").
 */
export function monthsBegun(planYear: number, timestamp: string): number {
  const at = /^(\d{4})-(\d{2})/.exec(timestamp);
  // A time stored in a workbook may have been edited: unreadable, every month counts as come.
  if (!at) return 12;
  const year = Number(at[1]);
  if (year !== planYear) return year < planYear ? 0 : 12;
  return Number(at[2]);
}

/** Days of a month of a year (2012's February: 29). */
export const daysIn = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The Mondays of a month of a year: what "매주" plans. */
export function mondaysIn(year: number, month: number): number {
  let count = 0;
  for (let day = 1; day <= daysIn(year, month); day++) {
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() === 1) count++;
  }
  return count;
}

/** A plan count that follows the calendar, by the word that says so (in a row's 비고). */
export function calendarCount(words: string): ((year: number, month: number) => number) | null {
  if (/매일|\bdaily\b|every day/i.test(words)) return daysIn;
  if (/매주|\bweekly\b|every week/i.test(words)) return mondaysIn;
  return null;
}
