import { languageFor, type Lang } from "../i18n";
import { detectExcelApiVersion } from "../excel/requirements";

/** What the pane needs to know about where it runs, read once from Office.js. */
export interface HostInfo {
  inExcel: boolean;
  language: Lang;
  /** Office's platform name (PC, Mac, OfficeOnline …), when in Excel. */
  platform: string | null;
  /** Highest supported ExcelApi set ("1.7"), when in Excel. */
  excelApiVersion: string | null;
}

/**
 * Office.onReady can stay unanswered (a page opened from disk, a host that never connects). After
 * this long the pane says how to open it in Excel instead of waiting on its loading line, and still
 * switches to the add-in if Office answers later.
 */
export const OFFICE_WAIT_MS = 10_000;

/** Outside Office (a plain browser, or Office.js could not be loaded). */
export function browserHost(browserLanguage: string | undefined): HostInfo {
  return {
    inExcel: false,
    language: languageFor(browserLanguage),
    platform: null,
    excelApiVersion: null,
  };
}

/** Waits for Office.js and describes the host; resolves to a browser host when there is no Office. */
export async function detectHost(): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return browserHost(navigator.language);
  }
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) {
    return browserHost(navigator.language);
  }
  const requirements = Office.context.requirements;
  return {
    inExcel: true,
    language: languageFor(Office.context.displayLanguage),
    platform: info.platform ? String(info.platform) : null,
    excelApiVersion: detectExcelApiVersion((name, version) =>
      requirements.isSetSupported(name, version)
    ),
  };
}
