// What both panes show of an imported plan before it is written: counts, a line per KPI and per
// activity, and why a document could not be imported. Plain functions (the IE11 pane uses them).
import type { ImportFailure } from "../core/import/plan";
import type { PlanRows } from "../core/format/planRows";
import { ENUMS } from "../core/format/schema";
import { format, messagesFor, type Lang } from "../i18n";

const word = <T extends string>(
  options: { value: T; ko: string; en: string }[],
  value: T,
  lang: Lang
) => (options.filter((o) => o.value === value)[0] ?? options[0])[lang];

/** A target as the preview lists it; "?" where the document gave none to use (to be typed). */
const figure = (value: number | null, unit: string) =>
  value === null
    ? "?"
    : unit === "%"
      ? `${(value * 100).toFixed(1)}%`
      : `${value.toLocaleString("en-US")}${unit}`;

export function importCounts(plan: PlanRows) {
  const tasks: Record<string, true> = {};
  plan.goals.forEach((g) => (tasks[g.taskNo] = true));
  return {
    tasks: Object.keys(tasks).length,
    kpis: plan.goals.length,
    activities: plan.monthly.filter((r) => r.kind === "activity" && r.row === "plan").length,
  };
}

export function importSummary(plan: PlanRows, lang: Lang): string {
  const counts = importCounts(plan);
  return format(messagesFor(lang).pane.importPreview, {
    year: plan.year,
    department: plan.department || "-",
    tasks: counts.tasks,
    kpis: counts.kpis,
    activities: counts.activities,
  });
}

export function goalLines(plan: PlanRows, lang: Lang): string[] {
  const text = messagesFor(lang).pane;
  return plan.goals.map((g) =>
    format(text.importGoal, {
      taskNo: g.taskNo,
      task: g.task,
      indicator: g.indicator,
      target: figure(g.target, g.unit),
      type: word(ENUMS.indicatorType, g.type, lang),
      direction: word(ENUMS.direction, g.direction, lang),
    })
  );
}

export function activityLines(plan: PlanRows, lang: Lang): string[] {
  const text = messagesFor(lang).pane;
  return plan.monthly
    .filter((r) => r.kind === "activity" && r.row === "plan")
    .map((r) =>
      format(text.importActivity, {
        taskNo: r.taskNo || text.importNoTask,
        item: r.item,
        months: r.months
          .map((v, m) => (v === null ? "" : `${format(text.month, { month: m + 1 })} ${v}`))
          .filter(Boolean)
          .join(" · "),
      })
    );
}

export function importFailureText(failure: ImportFailure, lang: Lang): string {
  const cli = messagesFor(lang).cli;
  return failure.code === "noGoalsTable"
    ? format(cli.importNoGoalsTable, { detail: "" })
    : format(cli.importMissingHeaders, { detail: failure.detail, table: failure.table });
}
