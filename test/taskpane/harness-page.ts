// Reading the Excel double (window.__excel, see harness.ts) from a page under test.
import type { Page } from "playwright-core";

/** A cell's value in the page's workbook. */
export const cellValue = (page: Page, sheet: string, address: string) =>
  page.evaluate(
    ([s, a]) =>
      (
        window as unknown as {
          __excel: { cell(s: string, a: string): { value: unknown } | undefined };
        }
      ).__excel.cell(s, a)?.value,
    [sheet, address]
  );
