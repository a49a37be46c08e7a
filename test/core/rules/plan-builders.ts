// Small builders for plans in tests: a KPI or activity with sensible defaults, overridden per test.
import {
  DEFAULT_SETTINGS,
  type Activity,
  type Kpi,
  type Plan,
  type Settings,
} from "../../../src/core/rules/model";

export const months = (...values: (number | null)[]): (number | null)[] =>
  Array.from({ length: 12 }, (_, i) => values[i] ?? null);

export const settings = (overrides: Partial<Settings> = {}): Settings => ({
  ...DEFAULT_SETTINGS,
  year: 2011,
  department: "민원봉사과",
  mission: "선진 지방자치 행정구현",
  ...overrides,
});

let counter = 0;
export const kpi = (overrides: Partial<Kpi> = {}): Kpi => ({
  id: `목표!A${++counter}`,
  strategicGoal: "명품서비스 친절 민원행정 구현",
  performanceGoal: "1. 민원24 온라인 운영 활성화",
  taskNo: "1-1",
  task: "민원24 온라인 이용 홍보",
  name: "온라인 이용건수",
  unit: "건",
  type: "cumulative",
  direction: "higher",
  target: 1200,
  previous: null,
  weight: 1,
  budget: 0,
  plan: null,
  actual: null,
  numerator: null,
  denominator: null,
  hasError: false,
  ...overrides,
});

export const activity = (overrides: Partial<Activity> = {}): Activity => ({
  id: `월별실적!A${++counter}`,
  taskNo: "1-1",
  name: "친절교육",
  plan: months(),
  actual: months(),
  hasError: false,
  ...overrides,
});

export const plan = (overrides: Partial<Plan> = {}): Plan => ({
  settings: settings(),
  kpis: [],
  activities: [],
  spending: [],
  unreadableActualMonths: [],
  ...overrides,
});
