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
