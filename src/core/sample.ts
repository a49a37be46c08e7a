// The built-in sample: 민원봉사과's 2011 plan, read from ../shared/seed/000_7c8b5f2b24e2ab54.txt
// ("2011년도 주요업무(목표관리제) 자체평가 시행계획"). Plan figures are the document's; the
// January–June actuals are invented examples, and every row that holds them says so in 비고.
// How each figure was read is in docs/sample.md.
import type { Direction, IndicatorType, MonthlyKind, MonthlyRowKind } from "./model";

export interface GoalRow {
  strategicGoal: string;
  performanceGoal: string;
  taskNo: string;
  task: string;
  department: string;
  owner: string;
  indicator: string;
  unit: string;
  type: IndicatorType;
  direction: Direction;
  target: number;
  /** A figure, or the words the document has where there is none ("2011년 신규사업", "-"). */
  previous: number | string;
  weight: number | null;
  budget: number;
  funding: string;
  budgetItem: string;
  notes: string;
}

export interface MonthlyRow {
  taskNo: string;
  item: string;
  kind: MonthlyKind;
  row: MonthlyRowKind;
  unit: string;
  months: (number | null)[];
  notes: string;
}

export interface SampleWorkbook {
  year: number;
  department: string;
  mission: string;
  goals: GoalRow[];
  monthly: MonthlyRow[];
}

export const EXAMPLE_NOTE = "예시 실적 (실제 실적 아님) / example figures, not real results";

const STRATEGIC_GOAL = "명품서비스 친절 민원행정 구현";
/** Months the document's 분기(월)별 추진계획 lists: 2월, 3월, 6월, 7~9월, 10~11월, 12월. */
const LISTED_MONTHS = [2, 3, 6, 7, 8, 9, 10, 11, 12];
const DAYS_2011 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const inMonths = (monthsWithValue: number[], value: (month: number) => number) =>
  Array.from({ length: 12 }, (_, i) => (monthsWithValue.includes(i + 1) ? value(i + 1) : null));
const firstHalf = (...values: (number | null)[]) =>
  Array.from({ length: 12 }, (_, i) => (i < 6 ? (values[i] ?? null) : null));

export const SAMPLE_2011: SampleWorkbook = {
  year: 2011,
  department: "민원봉사과",
  mission: "선진 지방자치 행정구현",
  goals: [
    {
      strategicGoal: STRATEGIC_GOAL,
      performanceGoal: "1. 민원24 온라인 운영 활성화",
      taskNo: "1-1",
      task: "민원24 온라인 이용 홍보",
      department: "민원관리",
      owner: "김미경",
      indicator: "온라인 이용건수",
      unit: "건",
      type: "cumulative",
      direction: "higher",
      target: 116_000,
      previous: "2011년 신규사업",
      weight: null,
      budget: 0,
      funding: "비예산",
      budgetItem: "",
      notes: "목표: 온라인신청 116,000건 / 2010년 실적: 2011년 신규사업",
    },
    {
      strategicGoal: STRATEGIC_GOAL,
      performanceGoal: "2. 친절 민원행정 구현",
      taskNo: "2-1",
      task: "고객만족도 조사",
      department: "민원관리",
      owner: "정유미",
      indicator: "만족도",
      unit: "%",
      type: "average",
      direction: "higher",
      target: 0.92,
      previous: 0.9153,
      weight: null,
      budget: 2_000_000,
      funding: "시비",
      budgetItem: "민원관리 / 민원인만족도설문조사 / 일반보상금 / 기타보상금",
      notes: "민원종합평가의 만족도 92% 이상 / 2010년: 상반기 91.63%, 하반기 91.43% (평균 91.53%)",
    },
    {
      strategicGoal: STRATEGIC_GOAL,
      performanceGoal: "3. 시민 불편처리",
      taskNo: "3-1",
      task: "120생활민원 운영",
      department: "생활민원",
      owner: "김은아",
      indicator: "처리율",
      unit: "%",
      type: "ratio",
      direction: "higher",
      target: 0.95,
      // The 2010 results are counts (생활민원 3,000건), not a rate: none for this indicator.
      previous: "-",
      weight: null,
      budget: 5_000_000,
      funding: "시비",
      budgetItem: "생활민원관리 / 생활민원처리 / 일반운영비 / 사무관리비",
      notes:
        "접수대비 처리율 95% 이상, 즉시해결팀·명절연휴 종합상황실 운영 / 2010년: 생활민원 3,000건 (즉시해결 3,500건), 명절 2회 운영",
    },
  ],
  monthly: [
    // 1-1: the KPI row and the 3월 홍보.
    {
      taskNo: "1-1",
      item: "온라인 이용건수",
      kind: "kpi",
      row: "actual",
      unit: "건",
      months: firstHalf(8_900, 9_100, 9_800, 9_600, 9_400, 9_700),
      notes: EXAMPLE_NOTE,
    },
    {
      taskNo: "1-1",
      item: "민원24 온라인 홍보",
      kind: "activity",
      row: "plan",
      unit: "회",
      months: inMonths([3], () => 1),
      notes: "3월",
    },
    {
      taskNo: "1-1",
      item: "민원24 온라인 홍보",
      kind: "activity",
      row: "actual",
      unit: "회",
      months: firstHalf(null, null, 1),
      notes: EXAMPLE_NOTE,
    },
    // 2-1: the survey twice a year, monthly kindness training and counselling, the lounge.
    {
      taskNo: "2-1",
      item: "만족도",
      kind: "kpi",
      row: "actual",
      unit: "%",
      months: firstHalf(null, null, null, null, null, 0.924),
      notes: EXAMPLE_NOTE,
    },
    {
      taskNo: "2-1",
      item: "고객만족도 조사 (조사요원 10명)",
      kind: "activity",
      row: "plan",
      unit: "회",
      months: inMonths([6, 12], () => 1),
      notes: "상반기 6월, 하반기 12월",
    },
    {
      taskNo: "2-1",
      item: "고객만족도 조사 (조사요원 10명)",
      kind: "activity",
      row: "actual",
      unit: "회",
      months: firstHalf(null, null, null, null, null, 1),
      notes: EXAMPLE_NOTE,
    },
    {
      taskNo: "2-1",
      item: "친절교육 (전문강사 초빙, 매월 첫째주 60명)",
      kind: "activity",
      row: "plan",
      unit: "회",
      months: inMonths(LISTED_MONTHS, () => 1),
      notes: "1회/월",
    },
    {
      taskNo: "2-1",
      item: "친절교육 (전문강사 초빙, 매월 첫째주 60명)",
      kind: "activity",
      row: "actual",
      unit: "회",
      months: firstHalf(null, 1, 1, null, null, 1),
      notes: EXAMPLE_NOTE,
    },
    {
      taskNo: "2-1",
      item: "민원종합 상담실 운영 (세무·법무·소비자 상담 주3회)",
      kind: "activity",
      row: "plan",
      unit: "회",
      months: inMonths(LISTED_MONTHS, () => 12),
      notes: "12회/월",
    },
    {
      taskNo: "2-1",
      item: "민원종합 상담실 운영 (세무·법무·소비자 상담 주3회)",
      kind: "activity",
      row: "actual",
      unit: "회",
      months: firstHalf(null, 12, 12, null, null, 11),
      notes: EXAMPLE_NOTE,
    },
    {
      taskNo: "2-1",
      item: "만남의 광장 혈압측정기 구입",
      kind: "activity",
      row: "plan",
      unit: "대",
      months: inMonths([2], () => 1),
      notes: "2월, 1대 (2백만원)",
    },
    {
      taskNo: "2-1",
      item: "만남의 광장 혈압측정기 구입",
      kind: "activity",
      row: "actual",
      unit: "대",
      months: firstHalf(null, 1),
      notes: EXAMPLE_NOTE,
    },
    {
      taskNo: "2-1",
      item: "사업비 집행",
      kind: "spending",
      row: "actual",
      unit: "원",
      months: firstHalf(null, 2_000_000),
      notes: EXAMPLE_NOTE,
    },
    // 3-1: 처리율 = 처리건수 / 접수건수; daily patrols; the 설 holiday situation room.
    {
      taskNo: "3-1",
      item: "처리율",
      kind: "numerator",
      row: "actual",
      unit: "건",
      months: firstHalf(236, 221, 262, 270, 281, 259),
      notes: `처리건수 · ${EXAMPLE_NOTE}`,
    },
    {
      taskNo: "3-1",
      item: "처리율",
      kind: "denominator",
      row: "actual",
      unit: "건",
      months: firstHalf(248, 230, 271, 284, 290, 276),
      notes: `접수건수 · ${EXAMPLE_NOTE}`,
    },
    {
      taskNo: "3-1",
      item: "즉시해결팀 순찰 운영 (가로등, 도로, 수도 등 처리)",
      kind: "activity",
      row: "plan",
      unit: "일",
      months: inMonths(LISTED_MONTHS, (m) => DAYS_2011[m - 1]),
      notes: "매일",
    },
    {
      taskNo: "3-1",
      item: "즉시해결팀 순찰 운영 (가로등, 도로, 수도 등 처리)",
      kind: "activity",
      row: "actual",
      unit: "일",
      months: firstHalf(null, 28, 31, null, null, 29),
      notes: EXAMPLE_NOTE,
    },
    {
      taskNo: "3-1",
      item: "설 연휴 민원종합상황실 운영",
      kind: "activity",
      row: "plan",
      unit: "일",
      months: inMonths([2], () => 5),
      notes: "설명절 연휴 5일",
    },
    {
      taskNo: "3-1",
      item: "설 연휴 민원종합상황실 운영",
      kind: "activity",
      row: "actual",
      unit: "일",
      months: firstHalf(null, 5),
      notes: EXAMPLE_NOTE,
    },
    {
      taskNo: "3-1",
      item: "사업비 집행",
      kind: "spending",
      row: "actual",
      unit: "원",
      months: firstHalf(300_000, 450_000, 400_000, 380_000, 420_000, 410_000),
      notes: EXAMPLE_NOTE,
    },
  ],
};
