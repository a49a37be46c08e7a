// 설정 read: every setting where its label is, checked, with the defaults where it is blank.
import { readFigure, shownValue } from "../rules/figures";
import { DEFAULT_SETTINGS, type Settings } from "../rules/model";
import type { Problem } from "../format/problems";
import { LOWER_FORMULAS, SETTING_ROWS, SHEETS } from "../format/schema";
import { cellAddress, type WorkbookSnapshot } from "../format/workbook";
import { departmentFitsFooter } from "../format/page";
import { cellOf, findSheet, labelledValueCells, textOf } from "./cells";
import type { Layout } from "./layout";

export function readSettings(
  snapshot: WorkbookSnapshot,
  problems: Problem[],
  thisYear: number
): { settings: Settings; layout: Layout["settings"] } {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    // A blank 연도 is the year the caller lives in (the clock is read at the edges).
    year: thisYear,
    department: "",
    mission: "",
  };
  const sheet = findSheet(snapshot, SHEETS.settings);
  if (!sheet) return { settings, layout: null };
  const valueCells = labelledValueCells(sheet, SETTING_ROWS);
  const record = settings as unknown as Record<string, unknown>;
  for (const setting of SETTING_ROWS) {
    const at = valueCells[setting.key];
    if (!at) continue;
    const cell = cellOf(sheet, at.row, at.col);
    const text = textOf(cell);
    if (text === "") continue;
    const bad = () =>
      problems.push({
        severity: "error",
        code: "badSetting",
        sheet: sheet.name,
        cell: cellAddress(at.row, at.col),
        shown: shownValue(cell),
        detail: String(setting.defaultValue ?? "-"),
      });
    if (setting.kind === "text") {
      record[setting.key] = text;
    } else if (setting.kind === "formula") {
      const compact = text.replace(/\s/g, "");
      const formula = LOWER_FORMULAS.find((f) => f.text === compact);
      if (formula) record[setting.key] = formula.value;
      else bad();
    } else {
      const figure = readFigure(cell, { percent: setting.kind === "percent" });
      const value = figure.kind === "number" ? figure.value : null;
      const valid =
        value !== null &&
        (setting.kind === "month"
          ? Number.isInteger(value) && value >= 1 && value <= 12
          : setting.kind === "year"
            ? Number.isInteger(value) && value >= 1900 && value <= 9999
            : true);
      if (valid) record[setting.key] = value;
      else bad();
    }
  }
  // Both shares 0 would leave a task with KPIs and activities no score at all.
  if (
    settings.kpiShare < 0 ||
    settings.executionShare < 0 ||
    settings.kpiShare + settings.executionShare <= 0
  ) {
    const at = valueCells.executionShare ?? valueCells.kpiShare;
    problems.push({
      severity: "error",
      code: "badShares",
      sheet: sheet.name,
      cell: at ? cellAddress(at.row, at.col) : "",
      shown: `${settings.kpiShare} / ${settings.executionShare}`,
      detail: `${DEFAULT_SETTINGS.kpiShare} / ${DEFAULT_SETTINGS.executionShare}`,
    });
    settings.kpiShare = DEFAULT_SETTINGS.kpiShare;
    settings.executionShare = DEFAULT_SETTINGS.executionShare;
  }
  // The year score needs both half-year shares; one alone is a mistake to name, not to guess.
  const halves = [settings.firstHalfShare, settings.secondHalfShare];
  if (
    halves.some((share) => share !== null) &&
    (halves.some((share) => share === null || share < 0) ||
      (settings.firstHalfShare ?? 0) + (settings.secondHalfShare ?? 0) <= 0)
  ) {
    const at =
      settings.firstHalfShare === null ? valueCells.firstHalfShare : valueCells.secondHalfShare;
    problems.push({
      severity: "warning",
      code: "badHalfShares",
      sheet: sheet.name,
      cell: at ? cellAddress(at.row, at.col) : "",
      shown: halves.map((share) => share ?? "").join(" / "),
    });
    settings.firstHalfShare = null;
    settings.secondHalfShare = null;
  }
  // The printed footer holds the department's name within Excel's limit: a longer one is cut there.
  const departmentAt = valueCells.department;
  if (departmentAt && !departmentFitsFooter(settings.department)) {
    problems.push({
      severity: "warning",
      code: "footerCut",
      sheet: sheet.name,
      cell: cellAddress(departmentAt.row, departmentAt.col),
      shown: settings.department,
    });
  }
  return { settings, layout: { sheet: sheet.name, valueCells } };
}
