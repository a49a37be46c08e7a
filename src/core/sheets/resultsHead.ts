// The head of 결과 beside its summary: the year score (상반기 점수, 하반기 점수, 연간 점수, 연간
// 등급) when the half-year shares are set, and the 결재란 when 설정 names its roles.
import { format, messagesFor } from "../../i18n";
import type { YearScore } from "../year/history";
import type { Lang, Named } from "../format/schema";
import { NUMBER_FORMATS, STYLES } from "../format/styles";
import type { CellStyle, CellWrite } from "../format/workbook";
import { RESULTS_LAYOUT, RESULT_LABELS } from "./resultsLayout";

/** The name of a missing record, shown instead of its score. */
export function noRecord(months: number[], lang: Lang): string {
  const words = messagesFor(lang).workbook;
  const named = months.map((month) => format(words.month, { month }));
  return format(words.noRecord, { months: named.join(words.noRecordMonthsJoin) });
}

/**
 * 상반기 점수, 하반기 점수, 연간 점수 and 연간 등급, each labelled. Where a record is missing its
 * score shows "—" and the line names the missing record ("12월 기록 없음") beside 연간 등급, where
 * the text has room (the value columns are narrow so that 결과 prints one page wide).
 */
export function yearCells(year: YearScore, lang: Lang): CellWrite[] {
  const { halvesRow, yearRow } = RESULTS_LAYOUT;
  const missing = [year.firstHalf, year.secondHalf]
    .map((record, i) => (record?.score == null ? [6, 12][i] : null))
    .filter((m): m is number => m !== null);
  const value = (score: number | null): CellWrite =>
    score === null
      ? { row: 0, col: 0, value: "—", style: { border: true, color: "C00000", align: "center" } }
      : {
          row: 0,
          col: 0,
          value: score,
          style: { numberFormat: NUMBER_FORMATS.score, bold: true, border: true },
        };
  const at = (row: number, col: number, cell: CellWrite): CellWrite => ({ ...cell, row, col });
  const label = (row: number, col: number, named: Named): CellWrite => ({
    row,
    col,
    value: named[lang],
    style: STYLES.label,
  });
  const cells: CellWrite[] = [
    label(halvesRow, 0, RESULT_LABELS.firstHalf),
    at(halvesRow, 1, value(year.firstHalf?.score ?? null)),
    label(halvesRow, 2, RESULT_LABELS.secondHalf),
    at(halvesRow, 3, value(year.secondHalf?.score ?? null)),
    label(yearRow, 0, RESULT_LABELS.yearScore),
    at(yearRow, 1, value(year.score)),
    label(yearRow, 2, RESULT_LABELS.yearGrade),
    {
      row: yearRow,
      col: 3,
      value: year.grade ?? "—",
      style: { bold: true, border: true, align: "center" },
    },
  ];
  if (missing.length > 0) {
    cells.push({
      row: yearRow,
      col: 4,
      value: noRecord(missing, lang),
      style: { bold: true, color: "C00000" },
    });
  }
  return cells;
}

/** The roles of a 결재란 setting: "담당, 팀장, 과장" → three headings. */
export function approvalRoles(setting: string): string[] {
  return setting
    .split(/[,、，;]/)
    .map((role) => role.trim())
    .filter(Boolean);
}

/**
 * The 결재란 at the top right of 결과's first page, as Korean reports have it: a 결재 cell, then
 * one column per role, its heading above two empty rows for the signature.
 */
export function approvalCells(setting: string, lang: Lang, columns: number): CellWrite[] {
  const roles = approvalRoles(setting);
  if (roles.length === 0) return [];
  const last = columns - 1;
  const first = last - roles.length + 1;
  const heading: CellStyle = { bold: true, fill: "F2F2F2", border: true, align: "center" };
  const cells: CellWrite[] = [];
  for (const row of [0, 1, 2]) {
    cells.push({
      row,
      col: first - 1,
      value: row === 0 ? RESULT_LABELS.approval[lang] : null,
      style: heading,
    });
    roles.forEach((role, i) =>
      cells.push({
        row,
        col: first + i,
        value: row === 0 ? role : null,
        style: row === 0 ? heading : { border: true },
      })
    );
  }
  return cells;
}
