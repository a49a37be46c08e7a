// One contract, two adapters: the same scenarios through the file adapter (.xlsx) and the Excel
// adapter (Office.js, against the double) must leave the same cells — values, number formats,
// fills and status words — at every requirement level the add-in supports.
import { SAMPLE_2011 } from "../../src/core/format/sample";
import type { PlanRows } from "../../src/core/format/planRows";
import type { Lang } from "../../src/core/format/schema";
import { writeWorkbook } from "../../src/xlsx/write";
import type { ExcelDouble } from "./excel-double";
import { computeExcel, excelWithTemplate } from "./excel-path";
import { fileCells, normalFormula, type Cells, type Seen } from "./file-cells";
import { computeFile, templateBytes } from "../support/workbooks";

function doubleCells(excel: ExcelDouble): Map<string, Cells> {
  const sheets = new Map<string, Cells>();
  for (const sheet of excel.sheets) {
    const cells: Cells = new Map();
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number);
      const address = `${String.fromCharCode(65 + (col % 26)).padStart(col >= 26 ? 2 : 1, String.fromCharCode(64 + Math.floor(col / 26)))}${row + 1}`;
      const value = cell.formula
        ? { formula: normalFormula(cell.formula) }
        : cell.value === ""
          ? null
          : cell.value;
      cells.set(address, {
        value,
        numberFormat: cell.format.numberFormat,
        fill: cell.format.fill?.replace("#", "") ?? null,
      });
    }
    sheets.set(sheet.name, cells);
  }
  return sheets;
}

/**
 * Differences between the two adapters' cells of our sheets; [] when they agree. Values compare
 * with their types (a string that became a number, date or boolean differs), and so do number
 * formats: every string is text ("@") in both. Cells the scenario typed are the user's: their
 * formats are whatever the user's typing left.
 */
function differences(
  file: Map<string, Cells>,
  excel: Map<string, Cells>,
  sheetNames: string[],
  typed: Set<string>
): string[] {
  const out: string[] = [];
  for (const name of sheetNames) {
    const a = file.get(name) ?? new Map<string, Seen>();
    const b = excel.get(name) ?? new Map<string, Seen>();
    for (const address of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(address) ?? { value: null, numberFormat: "General", fill: null };
      const y = b.get(address) ?? { value: null, numberFormat: "General", fill: null };
      if (JSON.stringify(x.value) !== JSON.stringify(y.value))
        out.push(
          `${name}!${address} value ${JSON.stringify(x.value)} ≠ ${JSON.stringify(y.value)}`
        );
      if (
        x.numberFormat !== y.numberFormat &&
        !typed.has(`${name}!${address}`) &&
        (x.value !== null || y.value !== null)
      ) {
        out.push(`${name}!${address} format ${x.numberFormat} ≠ ${y.numberFormat}`);
      }
      if (x.fill !== y.fill) out.push(`${name}!${address} fill ${x.fill} ≠ ${y.fill}`);
    }
  }
  return out;
}

interface Scenario {
  name: string;
  plan: PlanRows;
  lang: Lang;
  /** Typed into 월별실적 after the template, before Compute: [row, col, value]. */
  edits?: [number, number, string | number][];
}

const withFormulaLikeNames: PlanRows = {
  ...SAMPLE_2011,
  goals: SAMPLE_2011.goals.map((g, i) =>
    i === 0 ? { ...g, task: '=HYPERLINK("http://x")', owner: "+82 10", budgetItem: "@SUM(A1)" } : g
  ),
};

const scenarios: Scenario[] = [
  { name: "the 2011 sample", plan: SAMPLE_2011, lang: "ko" },
  { name: "the sample in English", plan: SAMPLE_2011, lang: "en" },
  {
    name: "bad entries and formula-like names",
    plan: withFormulaLikeNames,
    lang: "ko",
    edits: [
      [3, 6, "많음"],
      [4, 7, "-5"],
      [16, 8, "=1+1"],
    ],
  },
];

describe.each([1, 7, 9, 17])("contract at ExcelApi 1.%i", (level) => {
  it.each(scenarios)("$name: the same cells through both adapters", async (scenario) => {
    const edits = scenario.edits ?? [];
    const monthly = scenario.lang === "ko" ? "월별실적" : "Monthly";
    // The file way.
    let bytes = await templateBytes({ lang: scenario.lang, sample: scenario.plan });
    if (edits.length) {
      bytes = await writeWorkbook(bytes, {
        sheets: [
          {
            name: monthly,
            mode: "patch",
            cells: edits.map(([row, col, value]) => ({
              row,
              col,
              value,
              // Typing into a cell keeps its format: here the template's count format.
              style: { numberFormat: "#,##0" },
            })),
          },
        ],
      });
    }
    const file = await computeFile(bytes);
    // The Excel way.
    const { excel } = await excelWithTemplate(level, scenario.plan, scenario.lang);
    for (const [row, col, value] of edits) {
      excel.setCell(monthly, `${String.fromCharCode(65 + col)}${row + 1}`, value);
    }
    const { report } = await computeExcel(excel);
    expect(report.ok).toBe(true);
    if (!file.outcome.ok || !report.ok) return;
    expect(report.problems).toEqual(file.outcome.problems);

    const names =
      scenario.lang === "ko"
        ? ["설정", "목표", "월별실적", "결과"]
        : ["Settings", "Goals", "Monthly", "Results"];
    const typed = new Set(
      edits.map(([row, col]) => `${monthly}!${String.fromCharCode(65 + col)}${row + 1}`)
    );
    expect(differences(await fileCells(file.bytes), doubleCells(excel), names, typed)).toEqual([]);
    expect(excel.activeSheet).toBe(names[3]);
    const results = excel.sheet(names[3])!;
    // 결과 is not protected by the add-in (PRODUCT.md: the user keeps their undo history).
    expect(results.protected).toBe(false);
    expect(excel.sheet("_mbo_meta")!.visibility).toBe(level >= 2 ? "VeryHidden" : "Visible");
    expect(results.dataBars.length).toBe(level >= 6 ? 1 : 0);
    expect(excel.sheet(names[1])!.listValidations.length).toBe(level >= 8 ? 2 : 0);
    // Problems link to their cells from ExcelApi 1.7.
    const linked = [...results.cells.values()].filter((c) => c.hyperlink);
    expect(linked.length).toBe(level >= 7 ? report.problems.filter((p) => p.cell).length : 0);
  });
});
