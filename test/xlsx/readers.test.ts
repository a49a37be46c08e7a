// LibreOffice and Gnumeric, each recalculating every formula with its own engine, as independent
// programs opening our computed workbook: they show our results, evaluate the live formulas (계,
// the staleness check) to the same values, leave the staleness cell empty on the untouched file
// and show the warning once a figure, a name or a row changes after Compute.
import { STALE_WARNING } from "../../src/core/sheets/results";
import type { CellWrite } from "../../src/core/format/workbook";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { hasProgram } from "../support/needs";
import { READERS, num } from "../support/readers";
import { computeFile, sheetOf, templateBytes } from "../support/workbooks";
import { yearWorkbook } from "../support/year";

const STALE_CELL = { row: 1, col: 0 };

for (const reader of READERS) {
  const describeIn = hasProgram(reader.program) ? describe : describe.skip;

  describeIn(`the computed sample in ${reader.name}`, () => {
    let computed: Awaited<ReturnType<typeof computeFile>>;
    let shown: Record<string, string[][]>;
    beforeAll(async () => {
      computed = await computeFile(await templateBytes(), 6);
      shown = await reader.sheetsAsShown(computed.bytes);
    });

    it("shows our overall score, grade and as-of month", () => {
      if (!computed.outcome.ok) throw new Error();
      const { department, asOfMonth } = computed.outcome.evaluation;
      const summary = shown["결과"][2];
      expect(summary[0]).toBe("종합점수");
      expect(Number(summary[1])).toBeCloseTo(department.score as number, 9);
      expect(summary[2]).toBe("등급");
      expect(summary[3]).toBe(department.grade);
      expect(summary[4]).toBe("기준월");
      expect(summary[5].replace("월", "")).toBe(String(asOfMonth));
    });

    it("shows every KPI row with our figures and status words", () => {
      if (!computed.outcome.ok) throw new Error();
      const rows = shown["결과"].slice(5);
      for (const result of computed.outcome.evaluation.kpis) {
        const row = rows.find((r) => r[3] === result.kpi.name);
        expect(row).toBeDefined();
        expect(num(row![6])).toBeCloseTo(result.actual as number, 6);
        expect(num(row![7])).toBeCloseTo(result.achievement as number, 2);
      }
    });

    it("recalculates the live 계 formulas: a figure changed after Compute is in its row's total", async () => {
      // The file's cached 계 values are Compute's; each 실적 row's first figure is raised by 1,000
      // in the file without touching them, so a program showing the cached value fails here.
      const { rows } = await find("월별실적", "실적");
      const headerRow = rows.findIndex((r) => r?.includes("1월"));
      const header = rows[headerRow] as unknown[];
      const first = header.indexOf("1월");
      const total = header.indexOf("계");
      const raised = rows.flatMap((row, r) => {
        const month = (row ?? []).findIndex(
          (c, i) => i >= first && i < first + 12 && typeof c === "number"
        );
        return r > headerRow && month >= 0
          ? [{ row: r, col: month, value: (row[month] as number) + 1000 }]
          : [];
      });
      expect(raised.length).toBeGreaterThan(5);
      const edited = await writeWorkbook(computed.bytes, {
        sheets: [{ name: "월별실적", mode: "patch", cells: raised }],
      });
      const cached = sheetOf(await readSnapshot(edited), "월별실적").rows;
      const monthly = (await reader.sheetsAsShown(edited))["월별실적"];
      const totals = raised.map(({ row }) => {
        const sum = monthly[row]
          .slice(first, first + 12)
          .reduce((s, v) => s + (v === "" ? 0 : num(v)), 0);
        const stored = cached[row][total] as { result?: unknown };
        return { row, shown: num(monthly[row][total]), sum, stored: stored?.result };
      });
      expect(totals.filter((t) => Math.abs(t.shown - t.sum) > 1e-6)).toEqual([]);
      // The file still held Compute's totals: the program computed these itself.
      expect(totals.filter((t) => typeof t.stored !== "number" || t.stored === t.sum)).toEqual([]);
    });

    it("leaves the staleness check empty on the untouched file", () => {
      expect(shown["결과"][STALE_CELL.row][STALE_CELL.col]).toBe("");
    });

    /** The staleness cell as the program shows it after these cells of a sheet change. */
    async function staleAfter(sheet: string, cells: CellWrite[]): Promise<string> {
      const edited = await writeWorkbook(computed.bytes, {
        sheets: [{ name: sheet, mode: "patch", cells }],
      });
      return (await reader.sheetsAsShown(edited))["결과"][STALE_CELL.row][STALE_CELL.col];
    }

    async function find(sheet: string, text: string) {
      const rows = sheetOf(await readSnapshot(computed.bytes), sheet).rows;
      const row = rows.findIndex((r) => r?.includes(text));
      return { row, col: rows[row].indexOf(text), rows };
    }

    it("shows the warning after one typed figure changes", async () => {
      const { row, col, rows } = await find("월별실적", "실적");
      const month = rows[row].findIndex((c, i) => i > col && typeof c === "number");
      const value = (rows[row][month] as number) + 1;
      expect(await staleAfter("월별실적", [{ row, col: month, value }])).toBe(STALE_WARNING.ko);
    });

    it("shows the warning after two figures trade months", async () => {
      const { row, col, rows } = await find("월별실적", "실적");
      const months = rows[row]
        .map((c, i) => (i > col && typeof c === "number" ? i : -1))
        .filter((i) => i >= 0);
      const [a, b] = months.filter((i) => rows[row][i] !== rows[row][months[0]]).length
        ? [months[0], months.find((i) => rows[row][i] !== rows[row][months[0]]) as number]
        : [months[0], months[1]];
      expect(rows[row][a]).not.toBe(rows[row][b]);
      const swapped = [
        { row, col: a, value: rows[row][b] as number },
        { row, col: b, value: rows[row][a] as number },
      ];
      expect(await staleAfter("월별실적", swapped)).toBe(STALE_WARNING.ko);
    });

    it("shows the warning after a name changes, its length kept", async () => {
      const { row, col } = await find("목표", "온라인 이용건수");
      const renamed = [{ row, col, value: "온라인 신청건수" }];
      expect(await staleAfter("목표", renamed)).toBe(STALE_WARNING.ko);
    });

    it("shows the warning after a 계획 row and a 실적 row trade 구분 (the word check)", async () => {
      const actual = await find("월별실적", "실적");
      const plan = await find("월별실적", "계획");
      const traded = [
        { row: actual.row, col: actual.col, value: "계획" },
        { row: plan.row, col: plan.col, value: "실적" },
      ];
      expect(await staleAfter("월별실적", traded)).toBe(STALE_WARNING.ko);
    });

    it("shows the warning after a row is added below the table", async () => {
      const { rows } = await find("월별실적", "실적");
      const row = rows.length + 2;
      expect(await staleAfter("월별실적", [{ row, col: 0, value: "1-1" }])).toBe(STALE_WARNING.ko);
    });

    it("shows the warning after a row's entries are cleared", async () => {
      const { row, rows } = await find("월별실적", "실적");
      const cleared = rows[row].map((_, col) => ({ row, col, value: null }));
      expect(await staleAfter("월별실적", cleared)).toBe(STALE_WARNING.ko);
    });
  });

  describeIn(`the sample computed as of 6 then 12 (shares 50/50) in ${reader.name}`, () => {
    let shown: Record<string, string[][]>;
    let scores: number[];
    beforeAll(async () => {
      const { six, twelve } = await yearWorkbook();
      scores = [six, twelve].map((c) =>
        c.outcome.ok ? (c.outcome.evaluation.department.score as number) : NaN
      );
      shown = await reader.sheetsAsShown(twelve.bytes);
    });

    it("shows both records in 이력", () => {
      const history = shown["이력"];
      // The month as shown ("6월", the cell's format) or as stored (6): CSV writers differ.
      const monthOf = (text: string) => text.replace("월", "");
      const record = (month: string) =>
        history.find((r) => monthOf(r[0]) === month && r[2] !== "" && r[3] !== "");
      expect(num(record("6")![2])).toBeCloseTo(scores[0], 1);
      expect(num(record("12")![2])).toBeCloseTo(scores[1], 1);
      const kpiMonths = new Set(
        history
          .slice(17)
          .filter((r) => r[1])
          .map((r) => monthOf(r[0]))
      );
      expect([...kpiMonths].sort()).toEqual(["12", "6"]);
    });

    it("shows the year score and grade in 결과", () => {
      const year = shown["결과"].find((r) => r[0] === "연간 점수")!;
      expect(num(year[1])).toBeCloseTo((scores[0] + scores[1]) / 2, 1);
      expect(year[2]).toBe("연간 등급");
      expect(year[3]).toMatch(/^[SABCD]$/);
    });

    it("leaves the staleness check empty on the untouched year-end file", () => {
      expect(shown["결과"][STALE_CELL.row][STALE_CELL.col]).toBe("");
    });
  });
}
