// The sample through its year: 설정's half-year shares (50/50) and 결재란 typed, computed as of June
// and again as of December — the workbook issue "the workbook that travels" asks to show.
import type { CellWrite } from "../../src/core/format/workbook";
import { SETTING_ROWS, SHEETS, type Lang } from "../../src/core/format/schema";
import { readSnapshot } from "../../src/xlsx/read";
import { writeWorkbook } from "../../src/xlsx/write";
import { YEAR_END_AT, computeFile, sheetOf, templateBytes } from "./workbooks";

/** The workbook with these 설정 values (by setting key) typed beside their labels. */
export async function withSettings(
  bytes: Uint8Array,
  values: Record<string, CellWrite["value"]>,
  lang: Lang = "ko"
): Promise<Uint8Array> {
  const name = SHEETS.settings[lang];
  const settings = sheetOf(await readSnapshot(bytes), name);
  const cells = Object.entries(values).map(([key, value]) => {
    const label = SETTING_ROWS.find((s) => s.key === key)?.[lang];
    const row = settings.rows.findIndex((r) => r?.[0] === label);
    if (row < 0) throw new Error(`${name} has no ${key}`);
    return { row, col: 1, value };
  });
  return writeWorkbook(bytes, { sheets: [{ name, mode: "patch", cells }] });
}

export const YEAR_SETTINGS = {
  firstHalfShare: 50,
  secondHalfShare: 50,
  approvalRoles: "담당, 팀장, 과장",
};

export async function yearWorkbook(lang: Lang = "ko") {
  const settings =
    lang === "ko"
      ? YEAR_SETTINGS
      : { ...YEAR_SETTINGS, approvalRoles: "Officer, Team leader, Director" };
  const typed = await withSettings(await templateBytes({ lang }), settings, lang);
  const six = await computeFile(typed, 6);
  const twelve = await computeFile(six.bytes, 12, YEAR_END_AT);
  return { six, twelve };
}
