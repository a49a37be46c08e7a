// The 입력 점검 block (결과, 취합): every problem with its sheet, its cell (a link to it), what was
// typed and what is wrong.
import { label } from "../format/labels";
import type { Problem } from "../format/problems";
import { STATUS_STYLE, type Lang, type Named } from "../format/schema";
import { STYLES } from "../format/styles";
import { sheetRef, type CellWrite } from "../format/workbook";

export const INPUT_CHECK_LABELS = {
  title: label("inputCheck"),
  noProblems: label("noProblemsFound"),
  error: label("error"),
  warning: label("warning"),
} satisfies Record<string, Named>;

export const PROBLEM_COLUMNS: Named[] = [
  label("severity"),
  label("sheet"),
  label("cell"),
  label("value"),
  label("problem"),
];

/** The 입력 점검 section from `top` down: every problem with a link to its cell. */
export function inputCheckCells(
  top: number,
  problems: readonly Problem[],
  lang: Lang,
  describe: (problem: Problem) => string
): CellWrite[] {
  const border = { border: true };
  const cells: CellWrite[] = [
    { row: top, col: 0, value: INPUT_CHECK_LABELS.title[lang], style: { bold: true, size: 12 } },
    ...PROBLEM_COLUMNS.map((column, col) => ({
      row: top + 1,
      col,
      value: column[lang],
      style: STYLES.inputHeader,
    })),
  ];
  let row = top + 2;
  if (problems.length === 0) {
    cells.push({ row, col: 0, value: INPUT_CHECK_LABELS.noProblems[lang], style: STYLES.note });
  }
  for (const problem of problems) {
    const severe = problem.severity === "error";
    const severity = severe ? INPUT_CHECK_LABELS.error : INPUT_CHECK_LABELS.warning;
    const fill = severe ? STATUS_STYLE.error.fill : STATUS_STYLE.atRisk.fill;
    cells.push(
      { row, col: 0, value: severity[lang], style: { ...border, fill } },
      { row, col: 1, value: problem.sheet, style: border },
      {
        row,
        col: 2,
        value: problem.cell || null,
        style: { ...border, color: "0563C1" },
        ...(problem.cell ? { link: sheetRef(problem.sheet, problem.cell) } : {}),
      },
      { row, col: 3, value: problem.shown || null, style: border },
      { row, col: 4, value: describe(problem), style: border }
    );
    row++;
  }
  return cells;
}
