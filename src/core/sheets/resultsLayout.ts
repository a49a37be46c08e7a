// Where 결과's parts stand and what its fixed labels say: shared by the sheet, its head, its
// notice form and the tools that find its cells by their labels.
import type { Named } from "../schema";

export const STALE_WARNING: Named = {
  ko: "계산 후 입력이 변경되었습니다 — 다시 계산하세요",
  en: "Inputs changed after the last Compute — compute again",
};

export const RESULT_LABELS = {
  title: { ko: "주요업무 목표관리 자체평가 결과", en: "MBO self-evaluation results" },
  overall: { ko: "종합점수", en: "Overall score" },
  grade: { ko: "등급", en: "Grade" },
  asOf: { ko: "기준월", en: "As-of month" },
  computedAt: { ko: "계산일시", en: "Computed at" },
  result: { ko: "결과 구분", en: "Result" },
  subtotal: { ko: "소계", en: "Subtotal" },
  total: { ko: "부서 종합", en: "Department total" },
  firstHalf: { ko: "상반기 점수", en: "First half" },
  secondHalf: { ko: "하반기 점수", en: "Second half" },
  yearScore: { ko: "연간 점수", en: "Year score" },
  yearGrade: { ko: "연간 등급", en: "Year grade" },
  approval: { ko: "결재", en: "Approval" },
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
