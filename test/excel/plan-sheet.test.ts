// 계획서 가져오기 from a sheet of the open workbook (issue 20): the plan's tables pasted into a sheet
// of the double, listed and read through the Excel adapter, import as the seed does.
import { readFileSync } from "fs";
import { join } from "path";
import { importPlan } from "../../src/core/import/plan";
import { readSheetDocument } from "../../src/core/import/sheet";
import { readTextDocument } from "../../src/documents/text";
import { planSheetsInExcel, readSheetInExcel } from "../../src/excel/planSheet";
import { cellAddress } from "../../src/core/format/workbook";
import { pastedCells } from "../support/plan-documents";
import { ExcelDouble } from "./excel-double";
import { counted, hostOf } from "./excel-path";

const SEED = join(__dirname, "../../../shared/seed/000_7c8b5f2b24e2ab54.txt");
const seed = readTextDocument(readFileSync(SEED, "utf8"));

describe.each([1, 17])(
  "a plan pasted into a sheet of the open workbook, ExcelApi 1.%d",
  (level) => {
    it("lists the candidate sheets, 계획서 first and ours left out, and reads it as the seed", async () => {
      const excel = new ExcelDouble(level);
      excel.addSheet("목표");
      excel.addSheet("메모");
      for (const { row, col, value } of pastedCells(seed))
        excel.setCell("계획서", cellAddress(row, col), value);
      const host = hostOf(excel);
      expect(await planSheetsInExcel(host)).toEqual(["계획서", "메모"]);
      let sheet: Awaited<ReturnType<typeof readSheetInExcel>> | undefined;
      const trips = await counted(excel, async () => {
        sheet = await readSheetInExcel(host, "계획서");
      });
      expect(trips.syncs).toBe(1);
      const fromSheet = importPlan(readSheetDocument(sheet!), "ko", 2026);
      expect(fromSheet).toEqual(importPlan(seed, "ko", 2026));
      expect(fromSheet.ok && fromSheet.plan.goals.map((g) => g.taskNo)).toEqual([
        "1-1",
        "2-1",
        "3-1",
      ]);
    });
  }
);
