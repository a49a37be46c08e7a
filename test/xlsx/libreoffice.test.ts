// LibreOffice headless, forced to recalculate every formula, as an independent program opening
// our computed workbook: it must show our results, evaluate the live formulas (계, the staleness
// check) to the same values, and show the warning once an input changes after Compute.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { STALE_WARNING } from "../../src/core/results";
import { writeWorkbook } from "../../src/xlsx/write";
import { convert, sofficeAvailable } from "../../scripts/libreoffice.cjs";
import { readSnapshot } from "../../src/xlsx/read";
import { computeFile, sheetOf, templateBytes } from "../support/workbooks";

const available = sofficeAvailable();
if (!available) console.warn("SKIPPED: LibreOffice (soffice) is not installed");

/** Every sheet of a workbook as LibreOffice shows it: sheet name → rows of cell texts. */
function sheetsAsShown(bytes: Uint8Array): Record<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), "lo-"));
  const file = join(dir, "book.xlsx");
  writeFileSync(file, bytes);
  const out = convert(file, "csv", join(dir, "csv"));
  const sheets: Record<string, string[][]> = {};
  for (const name of readdirSync(out)) {
    const sheet = name.replace(/^book-/, "").replace(/\.csv$/, "");
    sheets[sheet] = readFileSync(join(out, name), "utf8")
      .split("\n")
      .map((line) => parseCsvLine(line));
  }
  return sheets;
}

/** A number as LibreOffice writes it in CSV (a percentage format keeps its % sign). */
const num = (text: string) => (text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text));

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') ((current += '"'), i++);
      else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") (cells.push(current), (current = ""));
    else current += ch;
  }
  cells.push(current);
  return cells;
}

(available ? describe : describe.skip)("the computed sample in LibreOffice", () => {
  let computed: Awaited<ReturnType<typeof computeFile>>;
  let shown: Record<string, string[][]>;
  beforeAll(async () => {
    computed = await computeFile(await templateBytes());
    shown = sheetsAsShown(computed.bytes);
  }, 120_000);

  it("shows our overall score, grade and as-of month", () => {
    if (!computed.outcome.ok) throw new Error();
    const { department, asOfMonth } = computed.outcome.evaluation;
    const summary = shown["결과"][2];
    expect(summary[0]).toBe("종합점수");
    expect(Number(summary[1])).toBeCloseTo(department.score as number, 9);
    expect(summary.slice(2, 6)).toEqual(["등급", department.grade, "기준월", String(asOfMonth)]);
  });

  it("shows every KPI row with our figures and status words", () => {
    if (!computed.outcome.ok) throw new Error();
    const rows = shown["결과"].slice(5);
    for (const result of computed.outcome.evaluation.kpis) {
      const row = rows.find((r) => r[3] === result.kpi.name);
      expect(row).toBeDefined();
      expect(num(row![6])).toBeCloseTo(result.actual as number, 9);
      expect(num(row![7])).toBeCloseTo(result.achievement as number, 9);
      expect(row![9]).toBe(
        { atRisk: "주의", onTrack: "정상" }[result.status as "atRisk" | "onTrack"]
      );
    }
  });

  it("evaluates the live 계 formulas to the totals of the months", () => {
    const monthly = shown["월별실적"];
    const header = monthly[2];
    const total = header.indexOf("계");
    const first = header.indexOf("1월");
    let checked = 0;
    for (const row of monthly.slice(3)) {
      if (!row[0]) continue;
      const sum = row.slice(first, first + 12).reduce((s, v) => s + (v === "" ? 0 : num(v)), 0);
      expect(num(row[total])).toBeCloseTo(sum, 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(15);
  });

  it("leaves the staleness check empty right after Compute", () => {
    expect(shown["결과"][1][0]).toBe("");
  });

  it("computes a workbook LibreOffice saved again, with the same results and nothing typed lost", async () => {
    if (!computed.outcome.ok) throw new Error();
    const dir = mkdtempSync(join(tmpdir(), "lo-saved-"));
    writeFileSync(join(dir, "book.xlsx"), computed.bytes);
    const saved = readFileSync(
      join(convert(join(dir, "book.xlsx"), "xlsx", join(dir, "out")), "book.xlsx")
    );
    const again = await computeFile(saved);
    if (!again.outcome.ok) throw new Error();
    const [before, after] = [await readSnapshot(computed.bytes), await readSnapshot(again.bytes)];
    for (const name of ["설정", "목표", "월별실적"]) {
      sheetOf(before, name).rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell !== null && typeof cell !== "object") {
            expect([name, r, c, sheetOf(after, name).rows[r]?.[c]]).toEqual([name, r, c, cell]);
          }
        })
      );
    }
    expect(again.outcome.problems).toEqual([]);
    expect(again.outcome.evaluation.department).toEqual(computed.outcome.evaluation.department);
    expect(again.outcome.evaluation.kpis.map((k) => [k.actual, k.status, k.score])).toEqual(
      computed.outcome.evaluation.kpis.map((k) => [k.actual, k.status, k.score])
    );
    expect(sheetsAsShown(again.bytes)["결과"][1][0]).toBe("");
  }, 180_000);

  it("shows the warning after one input is changed", async () => {
    const edited = await writeWorkbook(computed.bytes, {
      sheets: [{ name: "월별실적", mode: "patch", cells: [{ row: 4, col: 5, value: 9_999 }] }],
    });
    expect(sheetsAsShown(edited)["결과"][1][0]).toBe(STALE_WARNING.ko);
  }, 120_000);
});
