// 결과 as a notice, when Compute could not evaluate (a sheet or header missing) or the ribbon has
// no dialog to speak in: the title, when, and why.
import type { Problem } from "../format/problems";
import { SHEETS, type Lang } from "../format/schema";
import { STYLES } from "../format/styles";
import type { CellWrite, WorkbookWrite } from "../format/workbook";
import { inputCheckCells } from "./inputCheck";
import { RESULTS_LAYOUT, RESULT_LABELS } from "./resultsLayout";

/** 결과 rewritten whole with these cells under its title, protected and shown: what happened. */
function resultsNotice(lang: Lang, widths: number[], cells: readonly CellWrite[]): WorkbookWrite {
  const name = SHEETS.results[lang];
  return {
    sheets: [
      {
        name,
        mode: "replace",
        columnWidths: widths.map((width, col) => ({ col, width })),
        cells: [
          { row: 0, col: 0, value: RESULT_LABELS.title[lang], style: STYLES.title },
          ...cells,
        ],
      },
    ],
    activeSheet: name,
  };
}

/**
 * 결과 when nothing could be evaluated (a sheet or header missing): the title, when, and why.
 * The ribbon's Compute has no pane; this is how it shows what happened.
 */
export function failureWrite(
  problems: readonly Problem[],
  lang: Lang,
  computedAt: string,
  describe: (problem: Problem) => string
): WorkbookWrite {
  const { summaryRow, tableHeaderRow } = RESULTS_LAYOUT;
  return resultsNotice(
    lang,
    [12, 14, 10, 20, 60],
    [
      { row: summaryRow, col: 0, value: RESULT_LABELS.computedAt[lang], style: STYLES.label },
      { row: summaryRow, col: 1, value: computedAt, style: { border: true } },
      ...inputCheckCells(tableHeaderRow, problems, lang, describe),
    ]
  );
}

/**
 * 결과 holding a message: what the ribbon's Compute could not do and why, where Office has no
 * dialog to say it in (DialogApi below 1.1).
 */
export function messageWrite(
  lines: readonly string[],
  lang: Lang,
  computedAt: string
): WorkbookWrite {
  return resultsNotice(
    lang,
    [100],
    [
      { row: 1, col: 0, value: `${RESULT_LABELS.computedAt[lang]}: ${computedAt}` },
      ...lines.map((value, i) => ({
        row: 3 + i,
        col: 0,
        value,
        style: i === 0 ? { bold: true, color: "C00000" } : { wrap: true },
      })),
    ]
  );
}
