// Which ExcelApi requirement set the running Excel supports, asked at run time, never assumed.
// Volume-licensed Office stops at 2016 → 1.1, 2019 → 1.7, 2021 → 1.14, 2024 → 1.17.

export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** Highest minor version this add-in knows how to ask about. */
export const NEWEST_KNOWN_EXCEL_API_MINOR = 20;

/**
 * The highest ExcelApi 1.x the host reports, as "1.x", or null below 1.1.
 * Sets are cumulative, so the first unsupported minor ends the search.
 */
export function detectExcelApiVersion(isSetSupported: IsSetSupported): string | null {
  let highest: string | null = null;
  for (let minor = 1; minor <= NEWEST_KNOWN_EXCEL_API_MINOR; minor++) {
    const version = `1.${minor}`;
    if (!isSetSupported("ExcelApi", version)) break;
    highest = version;
  }
  return highest;
}

/**
 * A requirement set given by a person: by its name ("1.17", "ExcelApi 1.1") or by its minor
 * number ("17"). The minor number, or null when the text is neither.
 */
export function requirementLevel(text: string): number | null {
  const match = /^\s*(?:ExcelApi\s+)?(?:1\.(\d+)|(\d+))\s*$/i.exec(text);
  const minor = match ? Number(match[1] ?? match[2]) : NaN;
  return Number.isInteger(minor) && minor >= 1 && minor <= NEWEST_KNOWN_EXCEL_API_MINOR
    ? minor
    : null;
}
