// The pane's and the page's file reading for 취합: one file at a time with progress, a failing file
// named while the rest go on, and a previous summary among the picks consolidated into (the page's
// way to keep what the committee typed).
import { consolidatePicked, consolidatedWorkbook } from "../../src/taskpane/consolidateFiles";
import { templateWrite } from "../../src/core/format/template";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { generatePlan } from "../support/generate";
import { computeFile, sheetOf } from "../support/workbooks";

const fileOf = (name: string, bytes: Uint8Array | string) =>
  new File([bytes as Uint8Array<ArrayBuffer> | string], name);

async function department(name: string, seed: number): Promise<File> {
  const plan = generatePlan({ tasks: 2, kpisPerTask: 2, activitiesPerTask: 1 }, name, seed);
  const bytes = await writeWorkbook(
    null,
    templateWrite({ lang: "ko", year: 2026, department: name, sample: plan })
  );
  return fileOf(`${name}.xlsx`, (await computeFile(bytes)).bytes);
}

describe("consolidating picked files", () => {
  it("reads one at a time with progress, names a broken file, keeps a previous summary's scores", async () => {
    const departments = [await department("가과", 3), await department("나과", 5)];
    const progress: string[] = [];
    const first = await consolidatePicked(
      [...departments, fileOf("broken.xlsx", "not a workbook")],
      "ko",
      (done, total) => progress.push(`${done}/${total}`)
    );
    expect(progress).toEqual(["1/3", "2/3", "3/3"]);
    expect(first.previous).toBeNull();
    expect(first.consolidation.skipped.map((s) => s.file)).toEqual(["broken.xlsx"]);
    const summary = await consolidatedWorkbook(first, "ko", "2026-12-20 10:00");

    // The committee types scores for 가과 into the downloaded summary.
    const snapshot = await readSnapshot(summary.bytes);
    const row = sheetOf(snapshot, "정성평가").rows.findIndex((r) => r?.[0] === "가과");
    const typed = await writeWorkbook(summary.bytes, {
      sheets: [
        {
          name: "정성평가",
          mode: "patch",
          cells: [80, 85, 90].map((value, i) => ({ row, col: 1 + i, value })),
        },
      ],
    });

    // Picked again with the departments: consolidated into it, the scores kept and graded.
    const again = await consolidatePicked([fileOf("취합.xlsx", typed), ...departments], "ko");
    expect(again.previous?.name).toBe("취합.xlsx");
    expect(again.consolidation.departments.map((d) => d.department)).toEqual(["가과", "나과"]);
    const result = await consolidatedWorkbook(again, "ko", "2026-12-21 10:00");
    const graded = result.write.committee.grading.departments.find((d) => d.department === "가과");
    expect(graded?.qualitative).toBe(85);
    expect(graded?.rank).toBe(1);
    const kept = sheetOf(await readSnapshot(result.bytes), "정성평가").rows[row];
    expect(kept.slice(0, 4)).toEqual(["가과", 80, 85, 90]);
  });
});
