// The results report as a document, before any file format: a title, the 결재란, headings,
// paragraphs, lists and tables of text already formatted as the workbook shows it. The .docx
// adapter (src/report/docx.ts) only translates it.
import type { Lang } from "../format/schema";
import { shownAs } from "../rules/shown";
import type { OutputTable } from "../sheets/table";

/** A column: its label and alignment; its width follows from what it holds (the writer's). */
export interface ReportColumn {
  label: string;
  align: "left" | "center" | "right";
}

export interface ReportTable {
  kind: "table";
  columns: ReportColumn[];
  rows: { cells: string[]; emphasis?: boolean }[];
}

export type ReportBlock =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string; warning?: boolean }
  | ReportTable;

export interface ReportDocument {
  lang: Lang;
  /** The title, 잠정 said in it when the result is not final. */
  title: string;
  subtitle: string;
  /** The 결재란: its heading and one box per role; null when 설정 names none. */
  approval: { heading: string; roles: string[] } | null;
  blocks: ReportBlock[];
  /** On every page's footer (the department, or the consolidation). */
  footer: string;
  /** A file name without extension where none is given ("2011 민원봉사과", "2026 취합"). */
  fileStem: string;
}

/** Two-column facts (종합점수 99.3, 등급 S …) as a table. */
export function factsTable(
  heading: [string, string],
  facts: readonly [string, string][]
): ReportTable {
  return {
    kind: "table",
    columns: [
      { label: heading[0], align: "left" },
      { label: heading[1], align: "left" },
    ],
    rows: facts.map((cells) => ({ cells: [...cells] })),
  };
}

/**
 * Columns of a declared output table (결과, 취합, 취합_지표) as a report table: the labels, and
 * each value in the number format its cell has in the workbook.
 */
export function declaredTable<R, K extends string>(
  table: OutputTable<R, K>,
  keys: readonly K[],
  items: readonly R[],
  lang: Lang
): ReportTable {
  const columns = keys.map((key) => {
    const column = table.find((c) => c.key === key);
    if (!column) throw new Error(`no column ${key}`);
    return column;
  });
  const rows = items.map((item) => ({
    cells: columns.map((column) => {
      const value = column.value(item, lang);
      if (typeof value === "number")
        return shownAs(value, column.style(value, item, lang)?.numberFormat ?? "");
      return value === null || value === undefined ? "" : String(value);
    }),
  }));
  const numeric = columns.map((_, i) =>
    items.some((item) => typeof columns[i].value(item, lang) === "number")
  );
  return {
    kind: "table",
    columns: columns.map((column, i) => ({
      label: column.label[lang],
      align: numeric[i] ? "right" : "left",
    })),
    rows,
  };
}

/** Why a workbook gives no report. */
export type ReportRefusal =
  | "notComputed"
  | "stale"
  | "unreadable"
  | "notAWorkbook"
  | "noDepartments"
  | "summaryStale"
  | "noCommitteeScores";

export type ReportOutcome =
  | { ok: true; document: ReportDocument; provisional: boolean }
  | { ok: false; reason: ReportRefusal; lang: Lang };
