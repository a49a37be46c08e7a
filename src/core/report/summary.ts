// The 기획감사실's 결과보고서 from a 취합 summary: the ranked departments, the grade distribution
// against its shares, the incomplete departments named, and each department's KPI lines. 취합 and
// 취합_지표 are read back by the declarations that wrote them; the committee's grading is done
// again from 정성평가 and 취합설정, and a summary whose cells no longer agree with it (a score typed
// after the consolidation) is refused.
import { format, messagesFor } from "../../i18n";
import { finalGradeShown } from "../committee/display";
import type { GradedDepartment, Grading } from "../committee/grading";
import { committeeOutcome } from "../committee/outcome";
import { readCommitteeApproval } from "../committee/sheets";
import { approvalRoles } from "../sheets/resultsHead";
import { RESULT_LABELS } from "../sheets/results";
import { majority, type KpiLine } from "../year/consolidate";
import type { Status } from "../rules/evaluate";
import type { RawCell } from "../rules/figures";
import { findSheet, textOf } from "../format/read";
import { CONSOLIDATION_SHEETS, STATUS_STYLE, sheetNameMatches, type Lang } from "../format/schema";
import { SUMMARY_TABLE } from "../sheets/summary";
import { SUMMARY_KPI_TABLE } from "../sheets/summaryKpis";
import { fixed, readOutputTable, type OutputTable } from "../sheets/table";
import { NUMBER_FORMATS } from "../format/styles";
import { shownAs } from "../rules/shown";
import type { WorkbookSnapshot } from "../format/workbook";
import {
  declaredTable,
  type ReportBlock,
  type ReportDocument,
  type ReportOutcome,
  type ReportTable,
} from "./document";

const SCORE = NUMBER_FORMATS.score;

/** A department as 취합 shows it, with the committee's grading done again. */
interface RankedRow {
  file: string;
  department: string;
  year: number | null;
  /** The 취합's 기준월 the department was ranked as of. */
  asOfMonth: number | null;
  mark: string;
  provisional: boolean;
  graded: GradedDepartment;
}

/** A cell read back as a number, or nothing. */
const numberIn = (cell: RawCell): number | null => (typeof cell === "number" ? cell : null);

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
    // Every ranking shows the month it ranks (PRODUCT.md "Consolidation"; issue 30).
    {
      key: "asOfMonth",
      label: labelOf("asOfMonth"),
      width: 7,
      value: (r, l) =>
        r.asOfMonth === null ? null : format(messagesFor(l).workbook.month, { month: r.asOfMonth }),
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
      value: (r, l) => finalGradeShown(r.graded, l),
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
    target: numberIn(r.target),
    actual: numberIn(r.actual),
    achievement: numberIn(r.achievement),
    status: statusOf(textOf(r.status)),
    score: numberIn(r.score),
  }));
}

/** The grade distribution: against the shares (상대), or the count per grade (절대). */
function distributionBlocks(grading: Grading, lang: Lang): ReportBlock[] {
  const text = messagesFor(lang).report;
  const table = (columns: string[], rows: string[][]): ReportTable => ({
    kind: "table",
    columns: columns.map((label, i) => ({ label, align: i === 0 ? "center" : "right" })),
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

/** Whether the snapshot is a 취합 summary (it has the 취합 sheet). */
export const isSummary = (snapshot: WorkbookSnapshot) =>
  snapshot.sheets.some((s) => sheetNameMatches(CONSOLIDATION_SHEETS.summary, s.name));

function summaryApproval(snapshot: WorkbookSnapshot, lang: Lang): ReportDocument["approval"] {
  const roles = approvalRoles(readCommitteeApproval(snapshot));
  return roles.length ? { heading: RESULT_LABELS.approval[lang], roles } : null;
}

export function summaryReport(snapshot: WorkbookSnapshot): ReportOutcome {
  const sheet = findSheet(snapshot, CONSOLIDATION_SHEETS.summary);
  const lang: Lang = sheet?.name === CONSOLIDATION_SHEETS.summary.en ? "en" : "ko";
  const rows = sheet ? readOutputTable(sheet.rows, SUMMARY_TABLE) : null;
  if (!sheet || !rows || rows.length === 0) return { ok: false, reason: "noDepartments", lang };
  const finalWord = messagesFor(lang).result.final;

  // The committee's grading again, as 취합 does it: from 정성평가 and 취합설정, each department
  // on its first row. (Their problems were told when 취합 was made; here only the grading counts.)
  const committee = committeeOutcome(
    {
      departments: rows.map((r) => ({
        department: textOf(r.department),
        score: numberIn(r.quantitative),
      })),
    },
    snapshot
  );
  const graded = rows.flatMap((r, i) => {
    const place = committee.graded[i];
    return place ? [{ row: r, graded: place.result, orderIndex: place.orderIndex }] : [];
  });
  const agrees = graded.every(
    ({ row, graded: g }) =>
      numberIn(row.final) === g.final &&
      numberIn(row.rank) === g.rank &&
      (textOf(row.finalGrade) || null) === finalGradeShown(g, lang)
  );
  if (!agrees) return { ok: false, reason: "summaryStale", lang };
  // No department has its committee score yet: a report ranking nobody, every one 미완료, is
  // not one to send up (issue 29); the committee's scores come first.
  if (committee.grading.complete === 0) return { ok: false, reason: "noCommitteeScores", lang };

  const ranked: RankedRow[] = graded
    .sort((a, b) => a.orderIndex - b.orderIndex)
    .map(({ row, graded: g }) => ({
      file: textOf(row.file),
      department: g.department,
      year: numberIn(row.year),
      asOfMonth: numberIn(row.asOfMonth),
      mark: textOf(row.mark),
      provisional: textOf(row.mark) !== finalWord,
      graded: g,
    }));
  const grading = committee.grading;
  const text = messagesFor(lang).report;
  const year = majority(ranked.map((r) => r.year).filter((y): y is number => y !== null)) ?? null;
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
      // The 기획감사실's 결재 line from 취합설정 (blank: none), as a department's from 설정.
      approval: summaryApproval(snapshot, lang),
      blocks,
      footer: title,
      fileStem: `${year ?? ""} ${CONSOLIDATION_SHEETS.summary[lang]}`.trim(),
    },
  };
}
