// Loaded into the built task pane page before its scripts (page.addInitScript), in place of
// Office.js: the Excel API double as Excel, with a fresh workbook. Configure before it runs:
//   window.__harness = { level: 9, displayLanguage: "ko-KR", web: true, desktop: "PC",
//                        compressedFile: "supported" }
// The double is window.__excel, for the test to inspect and change.
import { ExcelDouble, officeGlobals } from "../excel/excel-double";

interface HarnessWindow {
  __harness?: {
    level?: number;
    displayLanguage?: string;
    web?: boolean;
    desktop?: "PC" | "Mac";
    compressedFile?: ExcelDouble["files"]["compressedFile"];
  };
  __excel?: ExcelDouble;
  Excel?: unknown;
  Office?: unknown;
}

const scope = window as unknown as HarnessWindow;
const config = scope.__harness ?? {};
const excel = new ExcelDouble(config.level ?? 9, config.web ?? true);
excel.desktop = config.desktop ?? "PC";
excel.files.compressedFile = config.compressedFile ?? "supported";
excel.addSheet("Sheet1");
const globals = officeGlobals(excel, config.displayLanguage ?? "ko-KR");
scope.Excel = globals.Excel;
scope.Office = globals.Office;
scope.__excel = excel;
