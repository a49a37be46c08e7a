// The sample through its year: 설정's half-year shares (50/50) and 결재란 typed, computed as of June
// and again as of December — the workbook issue "the workbook that travels" asks to show.
import type { CellWrite } from "../../src/core/format/workbook";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { YEAR_END_AT, computeFile, sheetOf, templateBytes } from "./workbooks";

/** The workbook with these 설정 values typed beside their labels. */
export async function withSettings(
  bytes: Uint8Array,
  values: Record<string, CellWrite["value"]>
): Promise<Uint8Array> {
  const settings = sheetOf(await readSnapshot(bytes), "설정");
  const cells = Object.entries(values).map(([label, value]) => {
    const row = settings.rows.findIndex((r) => r?.[0] === label);
    if (row < 0) throw new Error(`설정 has no ${label}`);
    return { row, col: 1, value };
  });
  return writeWorkbook(bytes, { sheets: [{ name: "설정", mode: "patch", cells }] });
}

export const YEAR_SETTINGS = { "상반기 비중": 50, "하반기 비중": 50, 결재란: "담당, 팀장, 과장" };

export async function yearWorkbook() {
  const typed = await withSettings(await templateBytes(), YEAR_SETTINGS);
  const six = await computeFile(typed, 6);
  const twelve = await computeFile(six.bytes, 12, YEAR_END_AT);
  return { six, twelve };
}
