// The 취합 workbook's committee sheets: 취합설정 (label and value, like 설정) and 정성평가 (one row
// per department, the committee's scores typed). Read here into the grading's inputs, with a
// problem naming the sheet and cell for anything that cannot be used; written by write.ts.
import { label, labelWith } from "../format/labels";
import { readFigure, shownValue } from "../rules/figures";
import type { Problem } from "../format/problems";
import { cellOf, findSheet, labelledValueCells, textOf } from "../format/read";
import { CONSOLIDATION_SHEETS, sheetNameMatches, type Named } from "../format/schema";
import { cellAddress, type SheetSnapshot, type WorkbookSnapshot } from "../format/workbook";
import { DEFAULT_GRADING, GRADES, type CommitteeEntry, type GradingSettings } from "./grading";

export const COMMITTEE_SHEETS = {
  settings: CONSOLIDATION_SHEETS.settings,
  qualitative: CONSOLIDATION_SHEETS.qualitative,
};

export interface CommitteeSetting extends Named {
  key: string;
  /** The default as the sheet shows it. */
  defaultValue: number | string;
  help: Named;
}

const share = (grade: string, value: number): CommitteeSetting => ({
  key: `share${grade}`,
  ...labelWith("shareOfGrade", { grade }),
  defaultValue: value,
  help: labelWith("shareOfGradeHelp", { grade }),
});
const band = (grade: string, value: number): CommitteeSetting => ({
  key: `band${grade}`,
  ...labelWith("bandOfGrade", { grade }),
  defaultValue: value,
  help: labelWith("bandOfGradeHelp", { grade }),
});

export const METHOD_WORDS = {
  relative: label("relative"),
  absolute: label("absolute"),
};

export const COMMITTEE_SETTINGS: CommitteeSetting[] = [
  {
    key: "quantitativeShare",
    ...label("quantitativeShare"),
    defaultValue: 70,
    help: label("quantitativeShareHelp"),
  },
  {
    key: "qualitativeShare",
    ...label("qualitativeShare"),
    defaultValue: 30,
    help: label("qualitativeShareHelp"),
  },
  {
    key: "dropFrom",
    ...label("dropHighestAndLowest"),
    defaultValue: 5,
    help: label("dropHighestAndLowestHelp"),
  },
  {
    key: "method",
    ...label("gradingMethod"),
    defaultValue: METHOD_WORDS.relative.ko,
    help: label("gradingMethodHelp"),
  },
  ...GRADES.map((g) => share(g, DEFAULT_GRADING.shares[g])),
  band("S", DEFAULT_GRADING.bands.S),
  band("A", DEFAULT_GRADING.bands.A),
  band("B", DEFAULT_GRADING.bands.B),
  band("C", DEFAULT_GRADING.bands.C),
  {
    key: "asOfMonth",
    ...label("consolidationAsOf"),
    defaultValue: "",
    help: label("consolidationAsOfHelp"),
  },
  {
    // The 기획감사실's 결재 line on the 취합's report, as 설정's 결재란 is a department's.
    key: "approvalRoles",
    ...label("approvalBox"),
    defaultValue: "",
    help: label("committeeApprovalBoxHelp"),
  },
];

export const QUALITATIVE_HEADERS = {
  department: label("departmentShort"),
  bonus: label("bonus"),
  deduction: label("deduction"),
  notes: label("notes"),
  /** Computed: the committee's score after the drop rule, and whether the department is here. */
  qualitative: label("qualitativeShort"),
  presence: label("consolidationState"),
} satisfies Record<string, Named>;

/** Member columns: 위원1 … 위원7 in a new sheet; any further "위원N" a user adds counts too. */
export const MEMBER_COUNT = 7;
export const memberHeader = (n: number): Named => labelWith("member", { n });
const MEMBER_HEADER = /^(위원|member)\s*\d+$/i;

const textAt = (sheet: SheetSnapshot, row: number, col: number) => textOf(cellOf(sheet, row, col));

export interface SettingsRead {
  settings: GradingSettings;
  /** Where each setting's value is ((row, col), 0-based); missing ones are absent. */
  valueCells: Record<string, { row: number; col: number }>;
  sheet: string | null;
}

/**
 * 취합설정's 기준월: the month every department is recomputed as of; null when blank or missing
 * (the month most departments computed). Not a month from 1 to 12: a problem, and null.
 */
export function readConsolidationMonth(
  snapshot: WorkbookSnapshot | null,
  problems: Problem[]
): number | null {
  const sheet = snapshot && findSheet(snapshot, COMMITTEE_SHEETS.settings);
  const at = sheet && labelledValueCells(sheet, COMMITTEE_SETTINGS).asOfMonth;
  if (!sheet || !at) return null;
  const cell = cellOf(sheet, at.row, at.col);
  if (cell === null || cell === "") return null;
  const figure = readFigure(typeof cell === "string" ? cell.replace(/월$|^month\s*/i, "") : cell);
  const month = figure.kind === "number" ? figure.value : NaN;
  if (Number.isInteger(month) && month >= 1 && month <= 12) return month;
  problems.push({
    severity: "error",
    code: "badSetting",
    sheet: sheet.name,
    cell: cellAddress(at.row, at.col),
    shown: shownValue(cell),
    detail: "-",
  });
  return null;
}

/** 취합설정's 결재란: its roles as typed ("담당, 팀장, 과장"); "" when blank or missing. */
export function readCommitteeApproval(snapshot: WorkbookSnapshot): string {
  const sheet = findSheet(snapshot, COMMITTEE_SHEETS.settings);
  const at = sheet && labelledValueCells(sheet, COMMITTEE_SETTINGS).approvalRoles;
  return sheet && at ? textAt(sheet, at.row, at.col) : "";
}

/** 취합설정 read (defaults where it is missing or a value cannot be used, with a problem). */
export function readCommitteeSettings(
  snapshot: WorkbookSnapshot,
  problems: Problem[]
): SettingsRead {
  const sheet = findSheet(snapshot, COMMITTEE_SHEETS.settings);
  const settings: GradingSettings = {
    ...DEFAULT_GRADING,
    shares: { ...DEFAULT_GRADING.shares },
    bands: { ...DEFAULT_GRADING.bands },
  };
  if (!sheet) return { settings, valueCells: {}, sheet: null };
  const valueCells = labelledValueCells(sheet, COMMITTEE_SETTINGS);
  const bad = (key: string, detail: string) => {
    const at = valueCells[key];
    problems.push({
      severity: "error",
      code: "badSetting",
      sheet: sheet.name,
      cell: cellAddress(at.row, at.col),
      shown: shownValue(cellOf(sheet, at.row, at.col)),
      detail,
    });
  };
  for (const setting of COMMITTEE_SETTINGS) {
    const at = valueCells[setting.key];
    if (!at) continue;
    if (setting.key === "asOfMonth") {
      // The 취합's, not the grading's: read by readConsolidationMonth, its problem said here.
      readConsolidationMonth(snapshot, problems);
      continue;
    }
    // Words for the report (readCommitteeApproval), not a figure.
    if (setting.key === "approvalRoles") continue;
    const cell = cellOf(sheet, at.row, at.col);
    if (cell === null || cell === "") continue;
    if (setting.key === "method") {
      const text = textAt(sheet, at.row, at.col);
      const method = (Object.keys(METHOD_WORDS) as (keyof typeof METHOD_WORDS)[]).find((m) =>
        sheetNameMatches(METHOD_WORDS[m], text)
      );
      if (method) settings.method = method;
      else bad(setting.key, String(setting.defaultValue));
      continue;
    }
    const figure = readFigure(cell);
    const value = figure.kind === "number" ? figure.value : null;
    if (value === null || value < 0) {
      bad(setting.key, String(setting.defaultValue));
      continue;
    }
    if (setting.key === "quantitativeShare") settings.quantitativeShare = value;
    else if (setting.key === "qualitativeShare") settings.qualitativeShare = value;
    else if (setting.key === "dropFrom") settings.dropFrom = value === 0 ? null : value;
    else if (setting.key.startsWith("share")) {
      settings.shares[setting.key.slice(5) as keyof GradingSettings["shares"]] = value;
    } else if (setting.key.startsWith("band")) {
      settings.bands[setting.key.slice(4) as keyof GradingSettings["bands"]] = value;
    }
  }
  if (settings.quantitativeShare + settings.qualitativeShare <= 0) {
    const at = valueCells.qualitativeShare ?? valueCells.quantitativeShare;
    problems.push({
      severity: "error",
      code: "badShares",
      sheet: sheet.name,
      cell: at ? cellAddress(at.row, at.col) : "",
      shown: `${settings.quantitativeShare} / ${settings.qualitativeShare}`,
      detail: `${DEFAULT_GRADING.quantitativeShare} / ${DEFAULT_GRADING.qualitativeShare}`,
    });
    settings.quantitativeShare = DEFAULT_GRADING.quantitativeShare;
    settings.qualitativeShare = DEFAULT_GRADING.qualitativeShare;
  }
  const total = GRADES.reduce((sum, g) => sum + settings.shares[g], 0);
  if (Math.abs(total - 100) > 1e-9) {
    const at = valueCells.shareS;
    problems.push({
      severity: "error",
      code: "badDistribution",
      sheet: sheet.name,
      cell: at ? cellAddress(at.row, at.col) : "",
      shown: GRADES.map((g) => settings.shares[g]).join(" / "),
      detail: GRADES.map((g) => DEFAULT_GRADING.shares[g]).join(" / "),
    });
    settings.shares = { ...DEFAULT_GRADING.shares };
  }
  return { settings, valueCells, sheet: sheet.name };
}

export interface QualitativeRow {
  department: string;
  row: number;
  entry: CommitteeEntry;
}

export interface QualitativeRead {
  sheet: string | null;
  headerRow: number;
  /** Columns by key (department, bonus, deduction, notes, qualitative, presence), 0-based. */
  columns: Record<string, number>;
  memberColumns: number[];
  rows: QualitativeRow[];
  /** The last row in use (0-based), -1 when empty. */
  lastRow: number;
}

/** How far down the header row is looked for. */
const HEADER_SEARCH_ROWS = 30;

/** 정성평가 read: one entry per department (the first row of a department named twice). */
export function readQualitative(snapshot: WorkbookSnapshot, problems: Problem[]): QualitativeRead {
  const sheet = findSheet(snapshot, COMMITTEE_SHEETS.qualitative);
  const empty: QualitativeRead = {
    sheet: sheet?.name ?? null,
    headerRow: -1,
    columns: {},
    memberColumns: [],
    rows: [],
    lastRow: (sheet?.rows.length ?? 0) - 1,
  };
  if (!sheet) return empty;
  const headerRow = sheet.rows
    .slice(0, HEADER_SEARCH_ROWS)
    .findIndex((row) =>
      (row ?? []).some(
        (c) => typeof c === "string" && sheetNameMatches(QUALITATIVE_HEADERS.department, c)
      )
    );
  if (headerRow < 0) return empty;
  const columns: Record<string, number> = {};
  const memberColumns: number[] = [];
  (sheet.rows[headerRow] ?? []).forEach((cell, col) => {
    if (typeof cell !== "string") return;
    if (MEMBER_HEADER.test(cell.trim())) memberColumns.push(col);
    for (const [key, named] of Object.entries(QUALITATIVE_HEADERS)) {
      if (columns[key] === undefined && sheetNameMatches(named, cell)) columns[key] = col;
    }
  });
  const rows: QualitativeRow[] = [];
  const seen = new Map<string, number>();
  for (let row = headerRow + 1; row < sheet.rows.length; row++) {
    const department = textAt(sheet, row, columns.department);
    if (!department) continue;
    const where = (col: number) => ({ sheet: sheet.name, cell: cellAddress(row, col) });
    const first = seen.get(department);
    if (first !== undefined) {
      problems.push({
        severity: "error",
        code: "duplicateDepartment",
        ...where(columns.department),
        shown: department,
        detail: cellAddress(first, columns.department),
      });
      continue;
    }
    seen.set(department, row);
    const scores: number[] = [];
    for (const col of memberColumns) {
      const cell = cellOf(sheet, row, col);
      const figure = readFigure(cell);
      if (figure.kind === "blank") continue;
      if (figure.kind !== "number" || figure.value < 0 || figure.value > 100) {
        problems.push({
          severity: "error",
          code: "badCommitteeScore",
          ...where(col),
          shown: shownValue(cell),
        });
        continue;
      }
      scores.push(figure.value);
    }
    const amount = (key: "bonus" | "deduction") => {
      if (columns[key] === undefined) return 0;
      const cell = cellOf(sheet, row, columns[key]);
      const figure = readFigure(cell);
      if (figure.kind === "blank") return 0;
      if (figure.kind !== "number") {
        problems.push({
          severity: "error",
          code: "notANumber",
          ...where(columns[key]),
          shown: shownValue(cell),
        });
        return 0;
      }
      return figure.value;
    };
    rows.push({
      department,
      row,
      entry: { scores, bonus: amount("bonus"), deduction: amount("deduction") },
    });
  }
  return {
    sheet: sheet.name,
    headerRow,
    columns,
    memberColumns,
    rows,
    lastRow: sheet.rows.length - 1,
  };
}
