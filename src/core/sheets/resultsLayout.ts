// Where 결과's parts stand and what its fixed labels say: shared by the sheet, its head, its
// notice form and the tools that find its cells by their labels.
import { label } from "../format/labels";
import type { Named } from "../format/schema";

export const STALE_WARNING: Named = label("staleWarning");

export const RESULT_LABELS = {
  title: label("resultsTitle"),
  overall: label("overallScore"),
  grade: label("grade"),
  asOf: label("asOfMonth"),
  computedAt: label("computedAt"),
  result: label("result"),
  subtotal: label("subtotal"),
  total: label("departmentTotal"),
  firstHalf: label("firstHalf"),
  secondHalf: label("secondHalf"),
  yearScore: label("yearScore"),
  yearGrade: label("yearGrade"),
  approval: label("approval"),
} satisfies Record<string, Named>;

/** Fixed cells of 결과 that other tools (and our tests) find by their labels. */
export const RESULTS_LAYOUT = {
  titleRow: 0,
  staleRow: 1,
  summaryRow: 2,
  markRow: 3,
  /** 상반기 점수 and 하반기 점수, then 연간 점수 and 연간 등급 (with the half-year shares set). */
  halvesRow: 4,
  yearRow: 5,
  tableHeaderRow: 6,
};
