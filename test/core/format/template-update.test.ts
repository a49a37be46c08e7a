// 평가 양식 갱신: missing sheets are created, the KPI rows 목표 needs are added to 월별실적, and
// nothing already there is rewritten.
import { readWorkbook } from "../../../src/core/format/read";
import { templateUpdateWrite } from "../../../src/core/format/template";
import type { WorkbookSnapshot } from "../../../src/core/format/workbook";
import { readSnapshot } from "../../../src/xlsx/read";
import { writeWorkbook } from "../../../src/xlsx/write";
import { createTemplateInExcel } from "../../../src/excel/actions";
import { counted, excelWithTemplate, hostOf } from "../../excel/excel-path";
import { cloneSnapshot, sheetOf, templateBytes } from "../../support/workbooks";

const options = { lang: "ko" as const, year: 2011, department: "민원봉사과" };

async function sampleWithNewKpis(): Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot }> {
  const bytes = await writeWorkbook(await templateBytes(), {
    sheets: [
      {
        name: "목표",
        mode: "patch",
        cells: [
          // 4-1 a running total, 4-2 a ratio: two new KPIs typed under the sample's three.
          ...[
            ["4-1", "민원 안내 건수", "건", "누계", 500],
            ["4-2", "현장 처리율", "%", "비율", 0.9],
          ].flatMap(([taskNo, indicator, unit, type, target], i) => [
            { row: 6 + i, col: 2, value: taskNo },
            { row: 6 + i, col: 6, value: indicator },
            { row: 6 + i, col: 7, value: unit },
            { row: 6 + i, col: 8, value: type },
            { row: 6 + i, col: 10, value: target },
          ]),
        ],
      },
    ],
  });
  return { bytes, snapshot: await readSnapshot(bytes) };
}

describe("templateUpdateWrite", () => {
  it("adds the KPI rows 목표 needs below 월별실적's last row, and only those cells", async () => {
    const { bytes, snapshot } = await sampleWithNewKpis();
    const write = templateUpdateWrite(snapshot, options);
    expect(write.sheets.map((s) => [s.name, s.mode])).toEqual([["월별실적", "patch"]]);
    const before = sheetOf(snapshot, "월별실적");
    const lastRow = before.rows.length - 1;
    expect(Math.min(...write.sheets[0].cells.map((c) => c.row))).toBe(lastRow + 1);

    const updated = await readSnapshot(await writeWorkbook(bytes, write));
    const read = readWorkbook(updated, 2011);
    expect(read.ok && read.problems).toEqual([]);
    if (!read.ok) return;
    const added = read.layout.monthly.rows.filter((r) => r.row > lastRow);
    expect(added.map((r) => [read.plan.kpis[r.kpiIndex!].name, r.kind, r.rowKind])).toEqual([
      ["민원 안내 건수", "kpi", "plan"],
      ["민원 안내 건수", "kpi", "actual"],
      ["현장 처리율", "numerator", "actual"],
      ["현장 처리율", "denominator", "actual"],
    ]);
    // Every cell that was there reads back the same.
    before.rows.forEach((row, r) =>
      row.forEach((cell, c) =>
        expect([r, c, sheetOf(updated, "월별실적").rows[r][c]]).toEqual([r, c, cell])
      )
    );
    // Run again: nothing left to add.
    expect(templateUpdateWrite(updated, options).sheets).toEqual([]);
  });

  it("adds the settings an older 설정 lacks (상반기 비중, 하반기 비중, 결재란), below its rows", async () => {
    const older = cloneSnapshot(await readSnapshot(await templateBytes()));
    const settings = sheetOf(older, "설정");
    const labels = ["상반기 비중", "하반기 비중", "결재란"];
    settings.rows = settings.rows.filter((r) => !labels.includes(r?.[0] as string));
    const write = templateUpdateWrite(older, options);
    expect(write.sheets.map((s) => [s.name, s.mode])).toEqual([["설정", "patch"]]);
    const cells = write.sheets[0].cells;
    expect(cells.filter((c) => c.col === 0).map((c) => [c.row, c.value])).toEqual(
      labels.map((label, i) => [settings.rows.length + i, label])
    );
    expect(cells.filter((c) => c.col === 1).every((c) => c.value === null)).toBe(true);
  });

  it("follows the sheet's own column order for the rows it adds", async () => {
    const { snapshot } = await sampleWithNewKpis();
    const moved = cloneSnapshot(snapshot);
    // The user moved 비고 to the front of 월별실적.
    for (const row of sheetOf(moved, "월별실적").rows) {
      const notes = row.splice(17, 1)[0] ?? null;
      row.unshift(notes);
    }
    const write = templateUpdateWrite(moved, options);
    const added = write.sheets[0].cells.filter((c) => c.value === "4-1");
    expect(added.map((c) => c.col)).toEqual([1, 1]); // 과제번호 is now the second column
  });

  it("creates only the sheets that are missing", async () => {
    const snapshot = await readSnapshot(await templateBytes());
    const withoutSettings = { sheets: snapshot.sheets.filter((s) => s.name !== "설정") };
    expect(
      templateUpdateWrite(withoutSettings, options).sheets.map((s) => [s.name, s.mode])
    ).toEqual([["설정", "replace"]]);
    expect(templateUpdateWrite({ sheets: [] }, options).sheets.map((s) => s.name)).toEqual([
      "설정",
      "목표",
      "월별실적",
    ]);
  });

  it("in Excel, adds a new KPI's rows in one read and one write", async () => {
    const { excel } = await excelWithTemplate(9);
    excel.setCell("목표", "C7", "4-1");
    excel.setCell("목표", "G7", "민원 안내 건수");
    excel.setCell("목표", "K7", 500);
    let written: string[] = [];
    const count = await counted(excel, async () => {
      written = await createTemplateInExcel(hostOf(excel), options);
    });
    expect(written).toEqual(["월별실적"]);
    expect(count.syncs).toBe(2);
    const items = [...excel.sheet("월별실적")!.cells.entries()]
      .filter(([, cell]) => cell.value === "민원 안내 건수")
      .map(([key]) => Number(key.split(",")[0]));
    expect(items).toHaveLength(2);
  });
});
