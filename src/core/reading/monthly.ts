// 월별실적 read: each row's plan or actual figures, matched to its KPI or activity.
import type { Activity, Kpi, Spending } from "../rules/model";
import type { Problem } from "../format/problems";
import { ENUMS, MONTHLY_COLUMNS, enumValue, headerKey } from "../format/schema";
import { cellAddress, type SheetSnapshot } from "../format/workbook";
import { cellOf, enumWords, figureAt, mergedCell, textOf } from "./cells";
import type { MonthlyRowLayout, TableLayout } from "./layout";

export function readMonthly(
  sheet: SheetSnapshot,
  table: TableLayout,
  kpis: Kpi[],
  problems: Problem[]
): {
  activities: Activity[];
  spending: Spending[];
  rows: MonthlyRowLayout[];
  unreadableActualMonths: number[];
} {
  const col = table.columns;
  // A KPI by task and name, the first of its kind: one lookup per row, not a scan of every KPI.
  const kpiKey = (taskNo: string, name: string) => `${taskNo}\u0000${headerKey(name)}`;
  const kpiIndexByKey = new Map<string, number>();
  kpis.forEach((k, i) => {
    if (!kpiIndexByKey.has(kpiKey(k.taskNo, k.name)))
      kpiIndexByKey.set(kpiKey(k.taskNo, k.name), i);
  });
  const text = (row: number, key: string) =>
    col[key] === undefined ? "" : textOf(mergedCell(sheet, row, col[key]));
  const activities: Activity[] = [];
  const activityByKey = new Map<string, number>();
  const spendingByTask = new Map<string, (number | null)[][]>();
  const rows: MonthlyRowLayout[] = [];
  const seen = new Map<string, string>();
  const taskNos = new Set(kpis.map((k) => k.taskNo));
  const mutable = kpis as { -readonly [K in keyof Kpi]: Kpi[K] }[];
  const unreadableActualMonths = new Set<number>();

  for (let row = table.headerRow + 1; row <= table.lastRow; row++) {
    const taskNo = text(row, "taskNo");
    const item = text(row, "item");
    const kindText = text(row, "kind");
    const rowText = text(row, "row");
    const hasFigures = MONTHLY_COLUMNS.some(
      (c) =>
        /^m\d+$/.test(c.key) && col[c.key] !== undefined && cellOf(sheet, row, col[c.key]) !== null
    );
    // Blank rows, and notes written across the table ("※ …"), are not data.
    if (!kindText && !rowText && !hasFigures) continue;
    const where = (key: string) => ({ sheet: sheet.name, cell: cellAddress(row, col[key] ?? 0) });
    const kind = enumValue(ENUMS.monthlyKind, kindText);
    const rowKind = enumValue(ENUMS.monthlyRow, rowText);
    if (!kind || !rowKind) {
      const key = kind ? "row" : "kind";
      problems.push({
        severity: "error",
        code: "unknownWord",
        ...where(key),
        shown: kind ? rowText : kindText,
        detail: enumWords(kind ? "monthlyRow" : "monthlyKind"),
      });
      continue;
    }
    if (!taskNo) {
      // An activity with no task counts nowhere; any other row is missing what it belongs to.
      problems.push(
        kind === "activity"
          ? { severity: "warning", code: "activityWithoutTask", ...where("taskNo"), shown: item }
          : { severity: "error", code: "missingTaskNo", ...where("taskNo"), shown: "" }
      );
      continue;
    }
    const identity = `${taskNo}|${headerKey(item)}|${kind}|${rowKind}`;
    if (seen.has(identity) && kind !== "spending") {
      problems.push({
        severity: "error",
        code: "duplicateRow",
        ...where("item"),
        shown: item,
        detail: seen.get(identity),
      });
      continue;
    }
    seen.set(identity, cellAddress(row, col.item));

    const kpiIndex =
      kind === "kpi" || kind === "numerator" || kind === "denominator"
        ? (kpiIndexByKey.get(kpiKey(taskNo, item)) ?? -1)
        : -1;
    const kpi = kpiIndex >= 0 ? kpis[kpiIndex] : undefined;
    const percent = kind === "kpi" && kpi?.unit === "%";
    const badMonths: number[] = [];
    const months = Array.from({ length: 12 }, (_, m) => {
      const figure = figureAt(sheet, row, col[`m${m + 1}`], { percent }, problems);
      if (figure.kind === "problem") badMonths.push(m + 1);
      return figure.kind === "number" ? figure.value : null;
    });
    const rowHasError = badMonths.length > 0;

    const layout: MonthlyRowLayout = { row, kind, rowKind, months };
    if (kind === "kpi" || kind === "numerator" || kind === "denominator") {
      if (!kpi) {
        problems.push({
          severity: "error",
          code: "unknownKpi",
          ...where("item"),
          shown: item,
          detail: taskNo,
        });
        continue;
      }
      layout.kpiIndex = kpiIndex;
      const target = mutable[kpiIndex];
      if (rowHasError) target.hasError = true;
      if (kind === "kpi") target[rowKind === "plan" ? "plan" : "actual"] = months;
      else if (rowKind === "actual") target[kind] = months;
    } else if (kind === "activity") {
      if (!taskNos.has(taskNo)) {
        problems.push({
          severity: "warning",
          code: "unknownTask",
          ...where("taskNo"),
          shown: taskNo,
          detail: taskNo,
        });
      }
      const key = `${taskNo}|${headerKey(item)}`;
      let index = activityByKey.get(key);
      if (index === undefined) {
        index = activities.length;
        activityByKey.set(key, index);
        activities.push({
          id: cellAddress(row, col.item),
          taskNo,
          name: item,
          plan: Array(12).fill(null),
          actual: Array(12).fill(null),
          hasError: false,
        });
      }
      const activity = activities[index] as { -readonly [K in keyof Activity]: Activity[K] };
      activity[rowKind] = months;
      if (rowHasError) activity.hasError = true;
      layout.activityIndex = index;
    } else if (rowKind === "actual") {
      spendingByTask.set(taskNo, [...(spendingByTask.get(taskNo) ?? []), months]);
    }
    if (rowKind === "actual") badMonths.forEach((m) => unreadableActualMonths.add(m));
    rows.push(layout);
  }
  const spending = [...spendingByTask].map(([taskNo, series]) => ({
    taskNo,
    actual: Array.from({ length: 12 }, (_, m) => {
      const values = series.map((s) => s[m]).filter((v): v is number => v !== null);
      return values.length ? values.reduce((a, b) => a + b, 0) : null;
    }),
  }));
  return {
    activities,
    spending,
    rows,
    unreadableActualMonths: [...unreadableActualMonths].sort((a, b) => a - b),
  };
}
