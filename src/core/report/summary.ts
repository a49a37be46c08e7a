// The 기획감사실's 결과보고서 from a 취합 summary: the ranked departments, the grade distribution
// against its shares, the incomplete departments named, and each department's KPI lines. 취합 and
// 취합_지표 are read back by the declarations that wrote them; the committee's grading is done
// again from 정성평가 and 취합설정, and a summary whose cells no longer agree with it (a score typed
// after the consolidation) is refused.
import { format, messagesFor } from "../../i18n";
import { INCOMPLETE_SHORT } from "../committee/display";
import { grade, type GradedDepartment, type Grading } from "../committee/grading";
import { readCommitteeSettings, readQualitative } from "../committee/sheets";
import type { KpiLine } from "../consolidate";
import type { Status } from "../evaluate";
import type { RawCell } from "../figures";
import type { Problem } from "../problems";
import { findSheet, textOf } from "../read";
import { CONSOLIDATION_SHEETS, STATUS_STYLE, sheetNameMatches, type Lang } from "../schema";
import { SUMMARY_TABLE } from "../sheets/summary";
import { SUMMARY_KPI_TABLE } from "../sheets/summaryKpis";
import { fixed, readOutputTable, type OutputTable } from "../sheets/table";
import { NUMBER_FORMATS } from "../styles";
import { shownAs } from "../shown";
import type { WorkbookSnapshot } from "../workbook";
import { declaredTable, type ReportBlock, type ReportOutcome, type ReportTable } from "./document";

const SCORE = NUMBER_FORMATS.score;

/** A department as 취합 shows it, with the committee's grading done again. */
interface RankedRow {
  file: string;
  department: string;
  year: number | null;
  mark: string;
  provisional: boolean;
  graded: GradedDepartment;
}

const numberOr = (cell: RawCell): number | null => (typeof cell === "number" ? cell : null);

/** 취합's own columns for the ranking, under the labels 취합 gives them. */
function rankingTable(): OutputTable<RankedRow> {
  const labelOf = (key: string) => {
    const column = SUMMARY_TABLE.find((c) => c.key === key);
    if (!column) throw new Error(`no column ${key}`);
    return column.label;
  };
  const score = fixed({ numberFormat: SCORE });
  return [
    {
      key: "rank",
      label: labelOf("rank"),
      width: 6,
      value: (r) => r.graded.rank,
      style: fixed(undefined),
    },
    {
      key: "department",
      label: labelOf("department"),
      width: 18,
      value: (r) => r.department,
      style: fixed(undefined),
    },
    { key: "final", label: labelOf("final"), width: 9, value: (r) => r.graded.final, style: score },
    {
      key: "quantitative",
      label: labelOf("quantitative"),
      width: 9,
      value: (r) => r.graded.quantitative,
      style: score,
    },
    {
      key: "qualitative",
      label: labelOf("qualitative"),
      width: 9,
      value: (r) => r.graded.qualitative,
      style: score,
    },
    {
      key: "finalGrade",
      label: labelOf("finalGrade"),
      width: 8,
      value: (r, l) => (r.graded.incomplete ? INCOMPLETE_SHORT[l] : r.graded.grade),
      style: fixed(undefined),
    },
    {
      key: "mark",
      label: labelOf("mark"),
      width: 20,
      value: (r) => r.mark,
      style: fixed(undefined),
    },
  ];
}

const RANKING = rankingTable();

/** A status read back from its word in either language. */
const statusOf = (word: string): Status =>
  ((Object.keys(STATUS_STYLE) as Status[]).find(
    (s) => STATUS_STYLE[s].ko === word || STATUS_STYLE[s].en === word
  ) ?? "noData") as Status;

function kpiLines(snapshot: WorkbookSnapshot): KpiLine[] {
  const sheet = findSheet(snapshot, CONSOLIDATION_SHEETS.kpis);
  const rows = sheet ? readOutputTable(sheet.rows, SUMMARY_KPI_TABLE) : null;
  return (rows ?? []).map((r) => ({
    department: textOf(r.department),
    file: textOf(r.file),
    taskNo: textOf(r.taskNo),
    name: textOf(r.indicator),
    unit: textOf(r.unit),
    target: numberOr(r.target),
    actual: numberOr(r.actual),
    achievement: numberOr(r.achievement),
    status: statusOf(textOf(r.status)),
    score: numberOr(r.score),
  }));
}

/** The grade distribution: against the shares (상대), or the count per grade (절대). */
function distributionBlocks(grading: Grading, lang: Lang): ReportBlock[] {
  const text = messagesFor(lang).report;
  const table = (columns: string[], rows: string[][]): ReportTable => ({
    kind: "table",
    columns: columns.map((label, i) => ({ label, align: i === 0 ? "center" : "right", width: 10 })),
    rows: rows.map((cells) => ({ cells })),
  });
  if (grading.distribution) {
    return [
      table(
        [text.gradeColumn, text.shareColumn, text.targetColumn, text.actualColumn],
        grading.distribution.map((d) => [
          d.grade,
          `${d.share}%`,
          String(d.target),
          String(d.actual),
        ])
      ),
    ];
  }
  const grades = ["S", "A", "B", "C", "D"];
  return [
    { kind: "paragraph", text: text.absolute },
    table(
      [text.gradeColumn, text.actualColumn],
      grades.map((g) => [g, String(grading.departments.filter((d) => d.grade === g).length)])
    ),
  ];
}

const mostCommon = (values: number[]): number | null => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
};

/** Whether the snapshot is a 취합 summary (it has the 취합 sheet). */
export const isSummary = (snapshot: WorkbookSnapshot) =>
  snapshot.sheets.some((s) => sheetNameMatches(CONSOLIDATION_SHEETS.summary, s.name));

export function summaryReport(snapshot: WorkbookSnapshot): ReportOutcome {
  const sheet = findSheet(snapshot, CONSOLIDATION_SHEETS.summary);
  const lang: Lang = sheet?.name === CONSOLIDATION_SHEETS.summary.en ? "en" : "ko";
  const rows = sheet ? readOutputTable(sheet.rows, SUMMARY_TABLE) : null;
  if (!sheet || !rows || rows.length === 0) return { ok: false, reason: "noDepartments", lang };
  const finalWord = messagesFor(lang).result.final;

  // The committee's grading again, each department on its first row (as 취합 grades it).
  // Problems in the committee's sheets were told when 취합 was made; here only the grading counts.
  const problems: Problem[] = [];
  const settings = readCommitteeSettings(snapshot, problems);
  const entries = new Map(
    readQualitative(snapshot, problems).rows.map((r) => [r.department, r.entry])
  );
  const firstRows = rows.filter(
    (r, i) => rows.findIndex((o) => textOf(o.department) === textOf(r.department)) === i
  );
  const grading = grade(
    firstRows.map((r) => ({
      department: textOf(r.department),
      quantitative: numberOr(r.quantitative),
      committee: entries.get(textOf(r.department)) ?? null,
    })),
    settings.settings
  );
  const byName = new Map(grading.departments.map((d) => [d.department, d]));
  const ranked: RankedRow[] = firstRows.map((r) => ({
    file: textOf(r.file),
    department: textOf(r.department),
    year: numberOr(r.year),
    mark: textOf(r.mark),
    provisional: textOf(r.mark) !== finalWord,
    graded: byName.get(textOf(r.department)) as GradedDepartment,
  }));
  const agrees = firstRows.every((r, i) => {
    const graded = ranked[i].graded;
    const shownGrade = graded.incomplete ? INCOMPLETE_SHORT[lang] : graded.grade;
    return (
      numberOr(r.final) === graded.final &&
      numberOr(r.rank) === graded.rank &&
      (textOf(r.finalGrade) || null) === shownGrade
    );
  });
  if (!agrees) return { ok: false, reason: "summaryStale", lang };

  const order = new Map(grading.ranked.map((d, i) => [d.department, i]));
  ranked.sort((a, b) => (order.get(a.department) ?? 0) - (order.get(b.department) ?? 0));
  const text = messagesFor(lang).report;
  const year = mostCommon(ranked.map((r) => r.year).filter((y): y is number => y !== null));
  const incomplete = ranked.filter((r) => r.graded.incomplete);
  const provisional = incomplete.length > 0 || ranked.some((r) => r.provisional);
  const title = format(text.summaryTitle, { year: year ?? "" }).trim();
  const lines = kpiLines(snapshot);
  const kpiKeys = ["taskNo", "indicator", "target", "actual", "achievement", "status", "score"];

  const blocks: ReportBlock[] = [
    { kind: "heading", level: 1, text: text.ranking },
    declaredTable(
      RANKING,
      RANKING.map((c) => c.key),
      ranked,
      lang
    ),
    { kind: "heading", level: 1, text: text.distribution },
    ...distributionBlocks(grading, lang),
    {
      kind: "paragraph",
      text: incomplete.length
        ? format(text.incomplete, { names: incomplete.map((r) => r.department).join(", ") })
        : text.noIncomplete,
      warning: incomplete.length > 0,
    },
    { kind: "heading", level: 1, text: text.departmentKpis },
  ];
  for (const row of ranked) {
    const { graded } = row;
    blocks.push({
      kind: "heading",
      level: 2,
      text: graded.incomplete
        ? format(text.incompleteHeading, { department: row.department })
        : format(text.departmentHeading, {
            department: row.department,
            rank: graded.rank ?? "-",
            final: shownAs(graded.final, SCORE),
            grade: graded.grade ?? "-",
          }),
    });
    const own = lines.filter((k) => k.department === row.department && k.file === row.file);
    blocks.push(
      own.length
        ? declaredTable(SUMMARY_KPI_TABLE, kpiKeys, own, lang)
        : { kind: "paragraph", text: text.noKpis }
    );
  }
  return {
    ok: true,
    provisional,
    document: {
      lang,
      title: provisional ? format(text.provisional, { title }) : title,
      subtitle: format(text.summarySubtitle, {
        title: textOf(sheet.rows[0]?.[0] ?? null),
        count: ranked.length,
        complete: grading.complete,
      }),
      approval: null,
      blocks,
      footer: title,
      fileStem: `${year ?? ""} ${CONSOLIDATION_SHEETS.summary[lang]}`.trim(),
    },
  };
}
