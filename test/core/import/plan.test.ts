// 계획서 가져오기, the goals: the seed imports to the built-in sample's goals; each rule on
// documents of other departments; no document makes the importer throw.
import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { describeDecision, importPlan } from "../../../src/core/import/plan";
import { decisionCell, importWrite } from "../../../src/core/import/workbook";
import { parseAddress } from "../../../src/core/format/workbook";
import { readFigure } from "../../../src/core/rules/figures";
import { SAMPLE_2011 } from "../../../src/core/format/sample";
import { readTextDocument } from "../../../src/documents/text";
import { root } from "../../support/build";
import { generatePlanText } from "../../support/plan-documents";

const SEED = join(root, "../shared/seed/000_7c8b5f2b24e2ab54.txt");

describe("the seed as text", () => {
  const imported = importPlan(readTextDocument(readFileSync(SEED, "utf8")), "ko", 2026);
  if (!imported.ok) throw new Error(JSON.stringify(imported.failure));
  const { plan, decisions } = imported;

  it("sets 연도, 부서 and 임무", () => {
    expect(plan).toMatchObject({
      year: 2011,
      department: "민원봉사과",
      mission: "선진 지방자치 행정구현",
    });
  });

  it("gives the sample's goals: tasks, owners, KPIs, units, targets, directions, budgets, funding, previous results", () => {
    const pick = (g: (typeof plan.goals)[number]) => ({
      strategicGoal: g.strategicGoal,
      performanceGoal: g.performanceGoal,
      taskNo: g.taskNo,
      task: g.task,
      department: g.department,
      owner: g.owner,
      indicator: g.indicator,
      unit: g.unit,
      direction: g.direction,
      target: g.target,
      budget: g.budget,
      funding: g.funding,
    });
    // The sample names the 1-1 indicator as its 성과지표 cell does; 2-1's and 3-1's likewise.
    expect(plan.goals.map(pick)).toEqual(SAMPLE_2011.goals.map(pick));
    const previous = (value: number | string) => {
      const read = readFigure(value === "" ? null : value, { allowNone: true, percent: true });
      return read.kind === "number" ? Number(read.value.toFixed(6)) : null;
    };
    expect(plan.goals.map((g) => previous(g.previous))).toEqual(
      SAMPLE_2011.goals.map((g) => previous(g.previous))
    );
  });

  it("lists every decision that was not literal", () => {
    expect(decisions).toContainEqual({
      code: "typeChosen",
      taskNo: "1-1",
      detail: "온라인 이용건수: 누계",
    });
    expect(decisions).toContainEqual({ code: "typeChosen", taskNo: "2-1", detail: "만족도: 평균" });
    expect(decisions).toContainEqual({ code: "typeChosen", taskNo: "3-1", detail: "처리율: 비율" });
    expect(decisions).toContainEqual({
      code: "directionDefault",
      taskNo: "1-1",
      detail: "온라인 이용건수",
    });
    expect(decisions).toContainEqual({
      code: "previousMean",
      taskNo: "2-1",
      detail: "91.63%, 91.43%",
    });
    expect(decisions).toContainEqual({
      code: "itemToNotes",
      taskNo: "3-1",
      detail: "즉시해결팀 운영",
    });
    // 3-1's 2010 results are counts, not a rate: none, said.
    expect(decisions.some((d) => d.code === "previousNone" && d.taskNo === "3-1")).toBe(true);
  });
});

/** Another department's plan, written as the seed is: rules the seed does not exercise. */
const OTHER = [
  "# 2026년도 주요업무 자체평가 시행계획",
  "<b>임무</b>\t<b>깨끗한 환경도시</b>",
  "<b>전략목표</b>\t<b>쾌적한 생활환경 조성</b>",
  "<b>성과목표</b>\t<b>1. 폐기물 감량</b>\t<b>2. 민원 신속처리</b>",
  "## 청소행정과",
  "## 1. 폐기물 감량 추진",
  "담당부서\t전략과제\t2026년 목표\t2025년 실적\t성과지표",
  "자원순환팀 이순신\t1-1 생활폐기물 줄이기\t- 감량 : 1만 2천톤 이상<br>- 재활용률 60% 이상\t- 1만 5백톤 - 55%\t- 감량실적<br>- 재활용률",
  "\t사업비 : 1억 2천만원(국비) 예산과목 : 자원순환,홍보비",
  "",
  "청소행정팀 강감찬\t1-2 무단투기 단속\t- 평균 처리기간 3일 이내\t-\t- 평균 처리기간",
  "\t사업비 : 5백만원(시비)",
  "## 2. 민원 신속처리",
  "담당부서\t전략과제\t2026년 목표\t2025년 실적\t성과지표",
  "민원팀 유관순\t2-1 악취 민원 처리\t- 미처리 민원 10건 미만\t신규\t- 미처리 민원",
  "\t사업비 : 비예산",
].join("\n");

describe("the rules on another department's plan", () => {
  const imported = importPlan(readTextDocument(OTHER), "ko", 2026);
  if (!imported.ok) throw new Error(JSON.stringify(imported.failure));
  const { plan, decisions } = imported;
  const goal = (indicator: string) => plan.goals.find((g) => g.indicator === indicator)!;

  it("reads 연도, 부서 and two KPIs of one task, paired in order", () => {
    expect(plan).toMatchObject({
      year: 2026,
      department: "청소행정과",
      mission: "깨끗한 환경도시",
    });
    expect(plan.goals.map((g) => [g.taskNo, g.indicator])).toEqual([
      ["1-1", "감량실적"],
      ["1-1", "재활용률"],
      ["1-2", "평균 처리기간"],
      ["2-1", "미처리 민원"],
    ]);
    expect(goal("감량실적")).toMatchObject({
      target: 12_000,
      unit: "톤",
      direction: "higher",
      type: "cumulative",
      previous: 10_500,
      department: "자원순환팀",
      owner: "이순신",
      performanceGoal: "1. 폐기물 감량",
    });
    expect(goal("재활용률")).toMatchObject({
      target: 0.6,
      unit: "%",
      type: "ratio",
      previous: 0.55,
    });
  });

  it("takes 이내 and 미만 as lower-is-better, and 평균 in the name as 평균", () => {
    expect(goal("평균 처리기간")).toMatchObject({
      target: 3,
      unit: "일",
      direction: "lower",
      type: "average",
    });
    expect(goal("미처리 민원")).toMatchObject({ target: 10, unit: "건", direction: "lower" });
  });

  it("puts the budget on the task's first row only, in 억/천/백만 and 비예산", () => {
    expect(goal("감량실적")).toMatchObject({
      budget: 120_000_000,
      funding: "국비",
      budgetItem: "자원순환, 홍보비",
    });
    expect(goal("재활용률").budget).toBe(0);
    expect(goal("평균 처리기간")).toMatchObject({ budget: 5_000_000, funding: "시비" });
    expect(goal("미처리 민원")).toMatchObject({ budget: 0, funding: "비예산" });
  });

  it("lists a figure read from words, and keeps the document's words in 비고", () => {
    expect(decisions).toContainEqual({
      code: "figureFromWords",
      taskNo: "1-1",
      detail: "1만 2천톤 이상",
    });
    expect(goal("감량실적").notes).toContain("감량 1만 2천톤 이상");
    expect(goal("감량실적").notes).toContain("말로 쓴 수를 숫자로 읽었습니다: 1만 2천톤 이상");
    expect(goal("감량실적").notes).toContain("전년도: 1만 5백톤, 55%");
    expect(goal("미처리 민원").previous).toBe("");
  });
});

describe("documents that are not plans", () => {
  it("without a goals table: nothing to import, said", () => {
    expect(importPlan(readTextDocument("# 2026년 계획\n그냥 글입니다."), "ko", 2026)).toEqual({
      ok: false,
      failure: { code: "noGoalsTable" },
    });
  });

  it("a goals table missing headers names them", () => {
    const text = "담당부서\t전략과제\t성과지표\n민원팀 홍길동\t1-1 무엇\t- 건수";
    expect(importPlan(readTextDocument(text), "ko", 2026)).toEqual({
      ok: false,
      failure: { code: "missingHeaders", detail: "목표, 실적", table: 1 },
    });
  });

  it("no text makes the reader or the importer throw (property)", () => {
    const pieces = fc.constantFrom(
      "\t",
      "\n",
      "#",
      "<ul><li>",
      "</li></ul>",
      "<b>",
      "담당부서",
      "전략과제",
      "목표",
      "실적",
      "성과지표",
      "1-1 ",
      "사업비 : ",
      "2백만원",
      "(시비)",
      "예산과목 : a,b",
      "95%이상",
      "- ",
      " · ",
      "이하",
      "11만 6천건",
      "2026년",
      "성과목표",
      "1. ",
      "임무"
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 60 }),
        (parts) => {
          // Random pieces almost never make a goals table: this only shows nothing throws (the
          // targets of tables that do import are the property below).
          expect(typeof importPlan(readTextDocument(parts.join("")), "ko", 2026).ok).toBe(
            "boolean"
          );
        }
      ),
      { numRuns: 500 }
    );
  });

  it("imports generated goals tables in the seed's layout, every target a finite non-negative number (property; over 90 % of runs import, counted)", () => {
    const noise = fc.string({ maxLength: 6 }).map((s) => s.replace(/[\t\n\r<>:-]/g, ""));
    const target = fc.oneof(
      fc.integer({ min: 0, max: 999_999 }).map((n) => `${n.toLocaleString("en-US")}건`),
      fc.constantFrom("11만 6천건", "2백만원", "95%이상", "30분 이하", "4.5점", "62.5%", "0건"),
      fc
        .tuple(fc.integer({ min: 0, max: 5000 }), fc.constantFrom("건", "%", "회", "명"))
        .map(([n, unit]) => `${n}${unit}`)
    );
    const task = fc.record({ name: noise, kpi: noise, target, budget: fc.boolean() });
    let runs = 0;
    let imported = 0;
    const targets: number[] = [];
    fc.assert(
      fc.property(fc.array(task, { minLength: 1, maxLength: 6 }), (tasks) => {
        runs++;
        const rows = tasks.flatMap((t, i) => [
          `민원팀 홍길동\t1-${i + 1} 과제${t.name}\t- 목표${t.kpi} : ${t.target}\t신규\t- 지표${t.kpi}`,
          ...(t.budget ? ["\t사업비 : 2백만원(시비)"] : []),
        ]);
        const header = "담당부서\t전략과제(주요업무)\t2026년 목표\t2025년 실적\t성과지표";
        const result = importPlan(readTextDocument([header, ...rows].join("\n")), "ko", 2026);
        if (!result.ok) return;
        imported++;
        targets.push(...result.plan.goals.map((g) => g.target ?? NaN));
      }),
      { numRuns: 300, seed: 2026 }
    );
    expect(imported / runs).toBeGreaterThan(0.9);
    expect(targets.length).toBeGreaterThanOrEqual(imported);
    expect(targets.filter((t) => !Number.isFinite(t) || t < 0)).toEqual([]);
  });
});

describe("the 분기(월)별 추진계획", () => {
  const seeded = importPlan(readTextDocument(readFileSync(SEED, "utf8")), "ko", 2026);
  if (!seeded.ok) throw new Error("seed");
  const plan = (taskNo: string, item: string) =>
    seeded.plan.monthly.find((r) => r.taskNo === taskNo && r.item === item && r.row === "plan");

  it("gives each activity a 계획 row by month and an empty 실적 row", () => {
    // 매일: the days of each listed month of 2011; 4~5월 is listed without activities.
    expect(plan("3-1", "즉시해결팀 순찰 운영")).toMatchObject({
      unit: "일",
      months: [null, 28, 31, null, null, 30, 31, 31, 30, 31, 30, 31],
      // "매일" first: 새해 양식 counts the next year's days again from it.
      notes: "매일 / 가로등, 도로, 수도 등 처리",
    });
    // 12회 in every month listed under the 고객만족도 조사 task (3월, 6월, 7~9월, 10~11월, 12월),
    // and in 2월, whose row names no task: the same activity is 2-1's in the other months.
    expect(plan("2-1", "민원종합 상담실 운영")?.months).toEqual([
      null,
      12,
      12,
      null,
      null,
      12,
      12,
      12,
      12,
      12,
      12,
      12,
    ]);
    const actual = seeded.plan.monthly.find(
      (r) => r.taskNo === "2-1" && r.item === "친절교육" && r.row === "actual"
    );
    expect(actual?.months).toEqual(Array(12).fill(null));
  });

  it("gives an activity of a month that names no task the task it has in another month, and says so", () => {
    expect(plan("2-1", "친절교육")?.months[1]).toBe(1);
    const blank = seeded.plan.monthly.filter((r) => r.taskNo === "").map((r) => r.item);
    expect(blank).not.toContain("친절교육");
    expect(blank).not.toContain("민원종합 상담실 운영");
    expect(seeded.decisions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: "activityTaskFromOtherMonth",
          taskNo: "2-1",
          item: "친절교육",
        }),
      ])
    );
    // Those named in no other month keep a blank 과제번호, each said.
    for (const item of new Set(blank)) {
      expect(seeded.decisions).toEqual(
        expect.arrayContaining([expect.objectContaining({ code: "activityWithoutTask", item })])
      );
    }
  });

  it("takes the task from the plan cell's first item when the row has no task cell", () => {
    // 2월: "▪ 120생활민원 운영" holds the plan; 상황실 운영 : 5일 is the count of its item.
    expect(plan("3-1", "설명절 연휴 민원종합상담실 운영")).toMatchObject({
      unit: "일",
      months: [null, 5, null, null, null, null, null, null, null, null, null, null],
    });
  });

  it("reports activities whose task it cannot find, and keeps them with no 과제번호", () => {
    expect(plan("", "만남의 광장 운영")).toMatchObject({ unit: "대" });
    // What was decided stands in the activity's own 비고 too.
    expect(plan("", "만남의 광장 운영")?.notes).toContain(
      "어느 과제의 활동인지 찾지 못해 과제번호를 비워 두었습니다: 만남의 광장 운영"
    );
    expect(plan("2-1", "각종 편의시설 제공")?.notes).toBe(
      "활동의 횟수가 없어 1회로 두었습니다: 각종 편의시설 제공"
    );
    expect(seeded.decisions).toContainEqual({
      code: "activityWithoutTask",
      taskNo: "",
      detail: "민원24온라인 홍보: 고객만족도 조사",
      item: "고객만족도 조사",
    });
  });

  const OTHER_PLAN = [
    "# 2026년 시행계획",
    "<b>성과목표</b>\t<b>1. 감량</b>",
    "## 청소과",
    "담당부서\t전략과제\t2026년 목표\t2025년 실적\t성과지표",
    "자원팀 홍길동\t1-1 폐기물 줄이기\t- 감량 100톤\t-\t- 감량",
    "\t사업비 : 비예산",
    "담당부서\t전략과제\t2026년 목표\t2025년 실적\t성과지표",
    "민원팀 이몽룡\t1-2 악취 민원 처리\t- 처리 50건\t-\t- 처리건수",
    "## 추진계획",
    "추진일정\t전략과제\t추진계획",
    "1/4분기\t1~2월\t폐기물 줄이기\t<ul><li>▪ 분리배출 점검 : 매주</li><li>▪ 홍보물 배포<ul><li>- 전단 : 2회</li></ul></li></ul>",
    "",
    "\t\t폐기물 줄이기\t<ul><li>▪ 분리배출 점검 : 2회</li></ul>",
    "\t3월\t<ul><li>▪ 악취 민원 처리<ul><li>▪ 현장 점검 : 매월</li></ul></li></ul>",
    "\t\t\t\t엉뚱한 과제\t<ul><li>▪ 모르는 일</li></ul>",
    // The only list sits under 전략과제; the 추진계획 column is empty.
    "\t4월\t<ul><li>▪ 폐기물 줄이기<ul><li>▪ 캠페인 : 3회</li></ul></li></ul>\t",
  ].join("\n");

  it("follows month ranges, 매주 and 매월, shifted cells, a list under 전략과제, and counts a repeated row once (the larger)", () => {
    const imported = importPlan(readTextDocument(OTHER_PLAN), "ko", 2026);
    if (!imported.ok) throw new Error(JSON.stringify(imported.failure));
    const row = (taskNo: string, item: string) =>
      imported.plan.monthly.find((r) => r.taskNo === taskNo && r.item === item && r.row === "plan");
    // 매주: the Mondays of January (4) and February (4) 2026; listed again with 2회: the larger.
    expect(row("1-1", "분리배출 점검")?.months.slice(0, 3)).toEqual([4, 4, null]);
    // No count of its own: its first sub-item's (전단 : 2회).
    expect(row("1-1", "홍보물 배포")).toMatchObject({ notes: "전단 : 2회" });
    expect(row("1-1", "홍보물 배포")?.months.slice(0, 2)).toEqual([2, 2]);
    // The task named by the plan cell's first item; 매월 is 1.
    expect(row("1-2", "현장 점검")?.months[2]).toBe(1);
    // A row whose only list sits under 전략과제: the list names the task, its items the plan.
    expect(row("1-1", "캠페인")?.months[3]).toBe(3);
    // A task cell that names no task: reported, kept without 과제번호 (shifted two columns right).
    expect(row("", "모르는 일")?.months[2]).toBe(1);
    expect(imported.decisions).toContainEqual({
      code: "activityWithoutTask",
      taskNo: "",
      detail: "엉뚱한 과제: 모르는 일",
      item: "모르는 일",
    });
  });
});

describe("a generated plan of twelve tasks", () => {
  it("gives each task its own activities, 과제 1-10 not taken for 과제 1-1", () => {
    const imported = importPlan(readTextDocument(generatePlanText(12, 2)), "ko", 2026);
    if (!imported.ok) throw new Error(JSON.stringify(imported.failure));
    const planned = imported.plan.monthly.filter((r) => r.row === "plan");
    expect(planned).toHaveLength(12 * 2 * 2);
    for (const taskNo of ["1-1", "1-10", "2-2"]) {
      expect(planned.filter((r) => r.taskNo === taskNo).map((r) => r.item)).toEqual([
        "활동 1",
        "점검 1",
        "활동 2",
        "점검 2",
      ]);
    }
    expect(imported.plan.goals).toHaveLength(24);
  });
});

describe("where each decision stands in the imported workbook", () => {
  const seeded = importPlan(readTextDocument(readFileSync(SEED, "utf8")), "ko", 2026);
  if (!seeded.ok) throw new Error("seed");
  const write = importWrite(seeded.plan, "ko");
  const valueAt = (sheet: string, cell: string) => {
    const { row, col } = parseAddress(cell);
    return write.sheets
      .find((s) => s.name === sheet)
      ?.cells.find((c) => c.row === row && c.col === col)?.value;
  };

  it("a task's decision: its first 목표 row's 비고, holding the decision's words", () => {
    const decision = seeded.decisions.find((d) => d.code === "previousMean")!;
    const where = decisionCell(seeded.plan, decision, "ko")!;
    expect(where).toEqual({ sheet: "목표", cell: "Q5" });
    expect(String(valueAt(where.sheet, where.cell))).toContain(describeDecision(decision, "ko"));
  });

  it("an activity's decision: its 계획 row's 비고 in 월별실적", () => {
    for (const decision of seeded.decisions.filter((d) => d.item !== undefined)) {
      const where = decisionCell(seeded.plan, decision, "ko")!;
      expect(where.sheet).toBe("월별실적");
      expect(String(valueAt(where.sheet, where.cell))).toContain(describeDecision(decision, "ko"));
    }
  });

  it("a decision about the whole plan has no cell", () => {
    expect(
      decisionCell(seeded.plan, { code: "yearMissing", taskNo: "", detail: "" }, "ko")
    ).toBeNull();
  });
});
