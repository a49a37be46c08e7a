// 새해 양식 without the File API (issue 30): the input sheets as ranges read them, rebuilt as a new
// workbook, give next year's workbook the same input cells as the file would have — for generated
// plans in both languages — and a sheet in another layout is carried cell for cell.
import fc from "fast-check";
import { rebuiltInputSheets } from "../../../src/core/year/rebuilt";
import { newYearWorkbook } from "../../../src/core/year/newYear";
import { isInputSheet, type Lang } from "../../../src/core/format/schema";
import { templateWrite } from "../../../src/core/format/template";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { readSnapshot } from "../../../src/xlsx/read";
import { writeWorkbook } from "../../../src/xlsx/write";
import { generatePlan } from "../../support/generate";
import { computeFile, monthEnd } from "../../support/workbooks";

/** The input sheets' cells as plain rows (trailing blanks dropped), by sheet name. */
const inputCells = (snapshot: WorkbookSnapshot) =>
  Object.fromEntries(
    snapshot.sheets
      .filter((s) => isInputSheet(s.name))
      .map((s) => [
        s.name,
        s.rows.map((row) => {
          const cells = (row ?? []).map((c) => (c === "" || c === undefined ? null : c));
          while (cells.length && cells[cells.length - 1] === null) cells.pop();
          return cells;
        }),
      ])
  );

async function yearOf(lang: Lang, seed: number, tasks: number) {
  const plan = generatePlan({ tasks, kpisPerTask: 2, activitiesPerTask: 2 }, "생성부서", seed);
  const bytes = await writeWorkbook(
    null,
    templateWrite({ lang, year: plan.year, department: plan.department, sample: plan })
  );
  return (await computeFile(bytes, 12, monthEnd(12, plan.year))).bytes;
}

describe("next year's workbook from the input sheets as read through ranges", () => {
  it("gives the same input cells as the file, and the same values to confirm (generated plans, ko/en)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<Lang>("ko", "en"),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 6 }),
        async (lang, seed, tasks) => {
          const file = await yearOf(lang, seed, tasks);
          const read = await readSnapshot(file, { sheets: isInputSheet });
          const made = newYearWorkbook(read, 2030);
          if (!made.ok) throw new Error(JSON.stringify(made.problems));
          const rebuilt = rebuiltInputSheets(read);
          expect(rebuilt.framed).toHaveLength(3);
          const fromFile = await readSnapshot(await writeWorkbook(file, made.write));
          const base = await writeWorkbook(null, rebuilt.write);
          const fromRanges = await readSnapshot(await writeWorkbook(base, made.write));
          expect(inputCells(fromRanges)).toEqual(inputCells(fromFile));
          // The same new year read back from either: its own 새해 양식 would carry the same.
          const again = (s: WorkbookSnapshot) => {
            const next = newYearWorkbook(s, 2031);
            return next.ok ? next.carried : next.problems;
          };
          expect(again(fromRanges)).toEqual(again(fromFile));
        }
      ),
      { numRuns: 12 }
    );
  }, 120_000);

  it("keeps the template's looks for its layout (figures in their formats), plain cells for another", async () => {
    const file = await yearOf("ko", 7, 2);
    const read = await readSnapshot(file, { sheets: isInputSheet });
    const rebuilt = rebuiltInputSheets(read);
    const goals = rebuilt.write.sheets.find((s) => s.name === "목표")!;
    // The header's look and the frozen header, as the template has them.
    expect(goals.freeze).toEqual({ rows: 3, cols: 0 });
    expect(goals.cells.find((c) => c.row === 2 && c.col === 0)?.style).toBeDefined();
    const percentRow = read.sheets
      .find((s) => s.name === "목표")!
      .rows.findIndex((r) => r?.[7] === "%");
    expect(percentRow).toBeGreaterThan(0);
    expect(goals.cells.find((c) => c.row === percentRow && c.col === 10)?.style).toEqual({
      numberFormat: "0.0%",
    });
    // 목표 moved two rows down (a title block the user added): not the template's layout.
    const moved: WorkbookSnapshot = {
      sheets: read.sheets.map((s) => (s.name === "목표" ? { ...s, rows: [[], [], ...s.rows] } : s)),
    };
    const plain = rebuiltInputSheets(moved);
    expect(plain.framed).toEqual(["설정", "월별실적"]);
    const back = await readSnapshot(await writeWorkbook(null, plain.write));
    expect(inputCells(back)["목표"]).toEqual(inputCells(moved)["목표"]);
  });
});
