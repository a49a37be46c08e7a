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
