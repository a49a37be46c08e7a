// Plans in other layouts than the seed's (issue 28), each case as the issue found it on the old
// code: decimals read as list numbers ("4.5점" → 5, "62.5%" → 5 %), a task "1-4 사업비 집행" taken
// for a budget line, a 과제번호 column taken for the task column, bare figures with a 단위 column
// refused, an English plan refused, relative targets imported as % targets.
import { readWorkbook } from "../../../src/core/format/read";
import { importPlan } from "../../../src/core/import/plan";
import { importWrite } from "../../../src/core/import/workbook";
import { readHtmlDocument } from "../../../src/documents/html";
import { readTextDocument } from "../../../src/documents/text";
import { applied } from "../../support/snapshots";

const SEED_HEADER = "담당부서\t전략과제(주요업무)\t2026년 목표\t2025년 실적\t성과지표";

/** A plan document as text: a title, the department heading, one goals table. */
function plan(header: string, rows: string[]) {
  const result = importPlan(
    readTextDocument(["2026년도 주요업무 시행계획", "# 민원봉사과", header, ...rows].join("\n")),
    "ko",
    2026
  );
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  return result;
}

const goals = (result: ReturnType<typeof plan>) =>
  result.plan.goals.map((g) => [
    g.taskNo,
    g.task,
    g.indicator,
    g.target,
    g.unit,
    g.type,
    g.direction,
  ]);

describe("decimals are figures, never list numbers", () => {
  it("reads 4.5점, 62.5% and 4.3점 whole; 점 is a score (평균)", () => {
    const result = plan(SEED_HEADER, [
      "민원팀 홍길동\t1-1 친절 민원\t- 만족도 4.5점 이상\t4.3점\t- 민원 만족도",
      "민원팀 홍길동\t1-2 온라인 민원\t- 온라인 비율 62.5%\t-\t- 온라인 처리 비율",
    ]);
    expect(goals(result)).toEqual([
      ["1-1", "친절 민원", "민원 만족도", 4.5, "점", "average", "higher"],
      // A % indicator whose name ends in 율 is a ratio (비율), by the rule.
      ["1-2", "온라인 민원", "온라인 처리 비율", 0.625, "%", "ratio", "higher"],
    ]);
    expect(result.plan.goals[0].previous).toBe(4.3);
  });

  it("keeps a list number apart from its item: '1. 만족도 4.5점' and '2) 건수 120건'", () => {
    const result = plan(SEED_HEADER, [
      "민원팀 홍길동\t1-1 친절 민원\t1. 만족도 4.5점\t-\t1. 민원 만족도",
    ]);
    expect(goals(result)[0].slice(2, 5)).toEqual(["민원 만족도", 4.5, "점"]);
  });
});

it("a task named '1-4 사업비 집행' is a task, not the previous task's budget line", () => {
  const result = plan(SEED_HEADER, [
    "예산팀 김철수\t1-3 예산 절감\t- 절감액 100건\t-\t- 절감 건수",
    "\t사업비 : 2백만원(시비) 예산과목 : 사무관리비",
    "예산팀 김철수\t1-4 사업비 집행\t- 집행률 95% 이상\t-\t- 집행률",
  ]);
  expect(result.plan.goals.map((g) => [g.taskNo, g.task, g.budget])).toEqual([
    ["1-3", "예산 절감", 2_000_000],
    ["1-4", "사업비 집행", 0],
  ]);
});

describe("a 과제번호 column and a 단위 column", () => {
  const header = "과제번호\t전략과제\t담당부서\t성과지표\t단위\t2026년 목표\t2025년 실적";
  it("takes the number from 과제번호 and the name from 전략과제; bare figures take the row's 단위", () => {
    const result = plan(header, [
      "1-1\t민원24 온라인 이용 홍보\t민원팀 홍길동\t온라인 이용률\t%\t41.2\t38.5",
      "1-2\t친절 교육\t민원팀 홍길동\t교육 횟수\t회\t12\t10",
      "2-1\t처리기간 단축\t민원팀 김영희\t평균 처리일수\t일\t3 이내\t4",
    ]);
    expect(goals(result)).toEqual([
      ["1-1", "민원24 온라인 이용 홍보", "온라인 이용률", 0.412, "%", "ratio", "higher"],
      ["1-2", "친절 교육", "교육 횟수", 12, "회", "cumulative", "higher"],
      ["2-1", "처리기간 단축", "평균 처리일수", 3, "일", "average", "lower"],
    ]);
    expect(result.plan.goals.map((g) => g.previous)).toEqual([0.385, 10, 4]);
  });

  it("reads units written on the figures as well, the 단위 column aside", () => {
    const result = plan(header, ["1-1\t민원 홍보\t민원팀 홍길동\t이용건수\t건\t116,000건\t-"]);
    expect(goals(result)[0].slice(3, 5)).toEqual([116_000, "건"]);
  });
});

it("imports an English plan by the workbook's English headers", () => {
  const result = plan(
    "Department\tStrategic task\t2026 target\t2025 result\tPerformance indicator",
    ["Civil affairs Kim\t1-1 Online services\t- Online share 80% 이상\t75%\t- Online rate"]
  );
  expect(goals(result)).toEqual([
    // "rate" at the end of a % indicator's name is 비율 (PRODUCT.md), as …율 is.
    ["1-1", "Online services", "Online rate", 0.8, "%", "ratio", "higher"],
  ]);
});

describe("targets stated relative to something else are never plain % targets", () => {
  const relative = (target: string) =>
    plan(SEED_HEADER, [`민원팀 홍길동\t1-1 처리 개선\t- ${target}\t-\t- 처리기간`]);

  it.each([
    ["전년 대비 20% 단축", "lower"],
    ["민원 처리시간 30% 감소", "lower"],
    ["만족도 10% 향상", "higher"],
  ])(
    "%s: no 목표치, 방향 %s from the verb, a decision asking for the figure",
    (target, direction) => {
      const result = relative(target);
      expect(result.plan.goals.map((g) => [g.target, g.direction])).toEqual([[null, direction]]);
      expect(
        result.decisions.filter((d) => d.code === "relativeTarget").map((d) => d.detail)
      ).toEqual([target]);
      expect(result.plan.goals[0].notes).toContain(target);
    }
  );

  it("85~90점: a range, no 목표치, a decision", () => {
    const result = relative("만족도 85~90점");
    expect(result.plan.goals.map((g) => g.target)).toEqual([null]);
    expect(result.decisions.map((d) => d.code)).toContain("rangeTarget");
  });

  it("22분에서 15분으로: 15 minutes, 하향 from the pair", () => {
    const result = relative("대기시간 22분에서 15분으로");
    // Minutes are counted as the rule counts any unit but %, 점 and 평균 (누계), listed to confirm.
    expect(goals(result)[0].slice(3, 7)).toEqual([15, "분", "cumulative", "lower"]);
  });
});

it("HTML as LibreOffice saves it: a source line wrapped inside a paragraph is one line", () => {
  // Issue 28: "온라인 민원⏎이용건수" became the indicator "온라인 민원".
  const cell = (...paragraphs: string[]) =>
    `<td>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</td>`;
  const html = `<html><body><p>2026년도 주요업무 시행계획</p><h1>민원봉사과</h1><table>
<tr><td>담당부서</td><td>전략과제</td><td>2026년 목표</td><td>2025년 실적</td><td>성과지표</td></tr>
<tr>${cell("민원팀 홍길동")}${cell("1-1 민원24 온라인\n  이용 홍보")}${cell("- 온라인신청 :\n 116,000건", "- 만족도 : 92%\n이상")}${cell("-")}${cell("- 온라인 민원\n        이용건수", "- 만족도")}</tr>
</table></body></html>`;
  const result = importPlan(readHtmlDocument(html), "ko", 2026);
  if (!result.ok) throw new Error(JSON.stringify(result.failure));
  expect(goals(result as ReturnType<typeof plan>)).toEqual([
    [
      "1-1",
      "민원24 온라인 이용 홍보",
      "온라인 민원 이용건수",
      116_000,
      "건",
      "cumulative",
      "higher",
    ],
    ["1-1", "민원24 온라인 이용 홍보", "만족도", 0.92, "%", "average", "higher"],
  ]);
});

it("a plan written one row per KPI, the task cell blank below its first row, imports every KPI", () => {
  // Issue 28: only the first KPI of each task was imported.
  const result = plan(SEED_HEADER, [
    "민원팀 홍길동\t1-1 민원24 온라인 이용 홍보\t- 온라인신청 116,000건\t111,000건\t- 온라인 이용건수",
    "\t\t- 만족도 92% 이상\t91.5%\t- 이용 만족도",
    "\t사업비 : 2백만원(시비) 예산과목 : 사무관리비",
    "민원팀 김영희\t1-2 친절 교육\t- 교육 12회\t10회\t- 교육 횟수",
  ]);
  expect(goals(result)).toEqual([
    ["1-1", "민원24 온라인 이용 홍보", "온라인 이용건수", 116_000, "건", "cumulative", "higher"],
    ["1-1", "민원24 온라인 이용 홍보", "이용 만족도", 0.92, "%", "average", "higher"],
    ["1-2", "친절 교육", "교육 횟수", 12, "회", "cumulative", "higher"],
  ]);
  expect(result.plan.goals.map((g) => [g.department, g.owner, g.budget])).toEqual([
    ["민원팀", "홍길동", 2_000_000],
    ["민원팀", "홍길동", 0],
    ["민원팀", "김영희", 0],
  ]);
});

describe("targets by year: the plan year's column, the others in 비고", () => {
  it("takes 2026's of '2025년 목표 | 2026년 목표' (the first used to win), and 2025's 실적", () => {
    const result = plan(
      "과제번호\t전략과제\t성과지표\t단위\t2025년 목표\t2026년 목표\t2024년 실적\t2025년 실적\t담당부서",
      ["1-1\t친절 민원\t민원 만족도\t점\t4.2\t4.5\t4.0\t4.3\t민원팀 홍길동"]
    );
    expect(goals(result)).toEqual([
      ["1-1", "친절 민원", "민원 만족도", 4.5, "점", "average", "higher"],
    ]);
    expect(result.plan.goals[0].previous).toBe(4.3);
    expect(result.plan.goals[0].notes).toContain("2025년 목표: 4.2");
    expect(result.plan.goals[0].notes).toContain("2024년 실적: 4.0");
  });

  it("reads a second header row naming the years under one 목표, and says which it chose when none is the plan's", () => {
    const table = (years: [number, number]) =>
      importPlan(
        readHtmlDocument(
          `<p>2026년도 주요업무 시행계획</p><h2>민원봉사과</h2><table>` +
            `<tr><td rowspan="2">과제번호</td><td rowspan="2">전략과제</td><td rowspan="2">성과지표</td><td rowspan="2">단위</td><td colspan="2">목표</td><td rowspan="2">실적</td><td rowspan="2">담당부서</td></tr>` +
            `<tr><td>${years[0]}년</td><td>${years[1]}년</td></tr>` +
            `<tr><td>1-1</td><td>친절 민원</td><td>민원 만족도</td><td>점</td><td>4.2</td><td>4.5</td><td>4.3</td><td>민원팀 홍길동</td></tr></table>`
        ),
        "ko",
        2026
      );
    const planned = table([2025, 2026]);
    const other = table([2023, 2024]);
    expect([planned.ok, other.ok]).toEqual([true, true]);
    if (!planned.ok || !other.ok) return;
    expect(planned.plan.goals.map((g) => [g.target, g.notes.includes("목표 2025년: 4.2")])).toEqual(
      [[4.5, true]]
    );
    expect(planned.decisions.filter((d) => d.code === "yearColumnChosen")).toEqual([]);
    expect(other.plan.goals.map((g) => g.target)).toEqual([4.5]);
    expect(other.decisions.filter((d) => d.code === "yearColumnChosen")).toEqual([
      { code: "yearColumnChosen", taskNo: "", detail: "목표 2024년" },
    ]);
  });
});

describe("targets by quarter become the running total's 계획 row", () => {
  const QUARTERS =
    "과제번호\t전략과제\t담당부서\t성과지표\t단위\t2026년 목표\t1분기\t2분기\t3분기\t4분기\t2025년 실적";

  it("each quarter's figure in its last month, read back from the workbook Compute reads", () => {
    const result = plan(QUARTERS, [
      "1-1\t온라인 민원\t민원팀 홍길동\t온라인 신청\t건\t1,200\t200\t300\t300\t400\t1,000",
      "1-2\t친절 민원\t민원팀 홍길동\t민원 만족도\t점\t4.5\t4.2\t4.3\t4.4\t4.5\t4.3",
    ]);
    const read = readWorkbook(applied(importWrite(result.plan, "ko")), 2026);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const byName = (name: string) => read.plan.kpis.find((k) => k.name === name);
    expect(byName("온라인 신청")?.plan).toEqual([
      null,
      null,
      200,
      null,
      null,
      300,
      null,
      null,
      300,
      null,
      null,
      400,
    ]);
    // An average has no plan the rules use: its quarters stay in 비고, as written.
    expect(result.plan.monthly.filter((m) => m.item === "민원 만족도")).toEqual([]);
    expect(result.plan.goals[1].notes).toContain("1분기: 4.2");
  });

  it("quarter columns named '1분기 목표' before the year's are never taken for its target", () => {
    const result = plan(
      "과제번호\t전략과제\t담당부서\t성과지표\t단위\t1분기 목표\t2분기 목표\t3분기 목표\t4분기 목표\t2026년 목표\t2025년 실적",
      ["1-1\t온라인 민원\t민원팀 홍길동\t온라인 신청\t건\t200\t300\t300\t400\t1,200\t1,000"]
    );
    expect(result.plan.goals.map((g) => g.target)).toEqual([1200]);
    expect(result.plan.monthly[0].months.filter((v) => v !== null)).toEqual([200, 300, 300, 400]);
  });

  it("running totals to date are turned into each quarter's share, and the decision says so", () => {
    const result = plan(QUARTERS, [
      "1-1\t온라인 민원\t민원팀 홍길동\t온라인 신청\t건\t1,200\t200\t500\t800\t1,200\t1,000",
    ]);
    expect(result.plan.monthly[0].months.filter((v) => v !== null)).toEqual([200, 300, 300, 400]);
    expect(result.decisions.map((d) => d.code)).toContain("periodTargetsRunning");
  });

  it("quarters that add up to another figure than the year's are kept as written, with a decision", () => {
    const result = plan(QUARTERS, [
      "1-1\t온라인 민원\t민원팀 홍길동\t온라인 신청\t건\t1,200\t100\t100\t100\t100\t1,000",
    ]);
    expect(result.plan.monthly[0].months.filter((v) => v !== null)).toEqual([100, 100, 100, 100]);
    expect(result.decisions.find((d) => d.code === "periodTargetsUnmatched")?.detail).toBe(
      "3월 100, 6월 100, 9월 100, 12월 100 ≠ 1200"
    );
  });
});

it("an English plan's comparison symbols are its bounds, its title's year is the plan's", () => {
  const result = importPlan(
    readTextDocument(
      [
        "2026 Work Plan",
        "# 민원봉사과",
        "Department\tStrategic task\t2026 target\t2025 result\tPerformance indicator",
        "Civil affairs Kim\t1-1 Online services\t- Online rate ≥ 95%\t90%\t- Online rate",
        "Civil affairs Kim\t1-2 Fast service\t- Processing <= 3일\t4일\t- Average processing days",
        "Civil affairs Kim\t1-3 Kind service\t- Satisfaction > 4.2점\t4.0점\t- Citizen satisfaction",
        "Civil affairs Kim\t1-4 Short waits\t- Waiting < 10분\t12분\t- Waiting time",
      ].join("\n")
    ),
    "ko",
    2030
  );
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.plan.year).toBe(2026);
  expect(result.decisions.map((d) => d.code)).not.toContain("yearMissing");
  expect(goals(result as ReturnType<typeof plan>)).toEqual([
    ["1-1", "Online services", "Online rate", 0.95, "%", "ratio", "higher"],
    ["1-2", "Fast service", "Average processing days", 3, "일", "average", "lower"],
    ["1-3", "Kind service", "Citizen satisfaction", 4.2, "점", "average", "higher"],
    ["1-4", "Short waits", "Waiting time", 10, "분", "cumulative", "lower"],
  ]);
});

it("가중치 and 예산 columns: the weight as written, the budget in the scale its header names", () => {
  const result = plan(
    "과제번호\t전략과제\t성과지표\t단위\t2026년 목표\t2025년 실적\t가중치\t예산(백만원)\t예산과목\t담당부서",
    [
      "1-1\t온라인 민원\t온라인 신청\t건\t1,200\t1,000\t2\t1.5\t사무관리비\t민원팀 홍길동",
      "1-2\t친절 민원\t민원 만족도\t점\t4.5\t4.3\t1\t3천만원\t\t민원팀 홍길동",
      "1-3\t현장 행정\t현장 점검\t회\t12\t10\t\t-\t\t민원팀 홍길동",
    ]
  );
  expect(result.plan.goals.map((g) => [g.taskNo, g.weight, g.budget])).toEqual([
    ["1-1", 2, 1_500_000],
    ["1-2", 1, 30_000_000],
    ["1-3", null, 0],
  ]);
});
