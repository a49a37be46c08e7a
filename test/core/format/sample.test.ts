import { readFileSync } from "fs";
import { resolve } from "path";
import { EXAMPLE_NOTE, SAMPLE_2011 } from "../../../src/core/format/sample";
import { hasFile } from "../../support/needs";

const seedPath = resolve(__dirname, "../../../../shared/seed/000_7c8b5f2b24e2ab54.txt");
const seed = hasFile(seedPath, "the seed plan (../shared/seed)")
  ? readFileSync(seedPath, "utf8").replace(/<[^>]+>/g, " ")
  : null;
const compact = (text: string) => text.replace(/\s+/g, "");

describe("the built-in 2011 sample", () => {
  it("has the department, mission, strategic goal and three performance goals of the plan", () => {
    expect(SAMPLE_2011).toMatchObject({
      year: 2011,
      department: "민원봉사과",
      mission: "선진 지방자치 행정구현",
    });
    expect(SAMPLE_2011.goals.map((g) => [g.taskNo, g.performanceGoal, g.task])).toEqual([
      ["1-1", "1. 민원24 온라인 운영 활성화", "민원24 온라인 이용 홍보"],
      ["2-1", "2. 친절 민원행정 구현", "고객만족도 조사"],
      ["3-1", "3. 시민 불편처리", "120생활민원 운영"],
    ]);
  });

  it("has the KPIs with their type, direction, unit and target", () => {
    expect(
      SAMPLE_2011.goals.map((g) => [g.indicator, g.type, g.direction, g.unit, g.target])
    ).toEqual([
      ["온라인 이용건수", "cumulative", "higher", "건", 116_000],
      ["만족도", "average", "higher", "%", 0.92],
      ["처리율", "ratio", "higher", "%", 0.95],
    ]);
    const ratio = SAMPLE_2011.monthly.filter((r) => r.taskNo === "3-1" && r.item === "처리율");
    expect(ratio.map((r) => r.kind).sort()).toEqual(["denominator", "numerator"]);
  });

  it("has the owners, budgets with funding and budget items, and the 2010 results", () => {
    expect(SAMPLE_2011.goals.map((g) => [g.department, g.owner, g.budget, g.funding])).toEqual([
      ["민원관리", "김미경", 0, "비예산"],
      ["민원관리", "정유미", 2_000_000, "시비"],
      ["생활민원", "김은아", 5_000_000, "시비"],
    ]);
    expect(SAMPLE_2011.goals[0].previous).toBe("2011년 신규사업");
    expect(SAMPLE_2011.goals[1].previous).toBeCloseTo((0.9163 + 0.9143) / 2, 12);
    expect(SAMPLE_2011.goals[2].previous).toBe("-");
    expect(SAMPLE_2011.goals[1].notes).toContain("상반기 91.63%, 하반기 91.43%");
    expect(SAMPLE_2011.goals[2].notes).toContain("생활민원 3,000건 (즉시해결 3,500건)");
  });

  (seed ? it : it.skip)("takes its names and figures from the source document", () => {
    const source = compact(seed as string);
    for (const text of [
      "민원24 온라인 운영 활성화",
      "친절 민원행정 구현",
      "시민 불편처리",
      "김미경",
      "정유미",
      "김은아",
      "116,000건",
      "92%이상",
      "처리율 95%이상",
      "91.63%",
      "91.43%",
      "2백만원(시비)",
      "5백만원(시비)",
      "민원인만족도설문조사",
      "사무관리비",
      "친절교육 : 1회",
      "상담실 운영 : 12회",
      "상황실 운영 : 5일",
      "순찰 운영 : 매일",
      "조사요원 10명",
    ]) {
      expect(source).toContain(compact(text));
    }
  });

  it("marks every actual as an example, and no plan figure", () => {
    const marked = SAMPLE_2011.monthly.map((row) => [row.row, row.notes.includes(EXAMPLE_NOTE)]);
    expect(marked).toEqual(SAMPLE_2011.monthly.map((row) => [row.row, row.row === "actual"]));
  });

  it("plans the monthly activities as the document lists them", () => {
    const planOf = (item: string) =>
      SAMPLE_2011.monthly.find((r) => r.row === "plan" && r.item.startsWith(item))?.months;
    const listed = [2, 3, 6, 7, 8, 9, 10, 11, 12];
    expect(planOf("친절교육")).toEqual(
      Array.from({ length: 12 }, (_, i) => (listed.includes(i + 1) ? 1 : null))
    );
    expect(planOf("민원종합 상담실")?.filter((v) => v === 12)).toHaveLength(listed.length);
    expect(planOf("고객만족도 조사")).toEqual([
      null,
      null,
      null,
      null,
      null,
      1,
      null,
      null,
      null,
      null,
      null,
      1,
    ]);
    expect(planOf("설 연휴")?.[1]).toBe(5);
    expect(planOf("즉시해결팀")?.[1]).toBe(28); // 매일: every day of February 2011
  });

  it("ties every monthly row to a task of the goals sheet, with twelve months", () => {
    const tasks = new Set(SAMPLE_2011.goals.map((g) => g.taskNo));
    for (const row of SAMPLE_2011.monthly) {
      expect(tasks.has(row.taskNo)).toBe(true);
      expect(row.months).toHaveLength(12);
    }
  });
});
