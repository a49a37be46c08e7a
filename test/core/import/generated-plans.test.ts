// The property that import never guesses silently (issue 28): from a random plan model — tasks
// with several KPIs, units 건/명/회/일/점/%, whole and decimal targets, 이상/이하, previous results,
// budgets — the plan document is written in the layouts offices use (the seed's, some tasks one
// row per KPI with the task cell blank below; separate 과제번호 and 단위 columns; English headers;
// HTML as LibreOffice wraps its lines; .docx), imported, and compared with the model: every KPI's
// task, name, target, unit and direction equal the model's, or a decision names what differs.
// CI runs it with a fixed seed; MBO_PLAN_RUNS runs more.
import fc from "fast-check";
import type { GoalRow } from "../../../src/core/format/planRows";
import { importPlan, type Decision } from "../../../src/core/import/plan";
import { readDocxDocument } from "../../../src/documents/docx";
import { readHtmlDocument } from "../../../src/documents/html";
import { readTextDocument } from "../../../src/documents/text";
import { toDocx } from "../../support/plan-documents";

const YEAR = 2026;
const RUNS = Number(process.env.MBO_PLAN_RUNS ?? 200);

interface ModelKpi {
  indicator: string;
  /** The target item names its figure first ("- 4.5점 이상") rather than after a label. */
  figureFirst: boolean;
  unit: string;
  /** As the document writes it: "4.5", "116,000", "62.5". */
  written: string;
  value: number;
  bound: "" | "이상" | "이하";
  previous: string;
}
interface ModelTask {
  taskNo: string;
  name: string;
  kpis: ModelKpi[];
  budget: number | null;
  /** How a cell's items are marked where each is its own line: "- ", "1. ", or not at all. */
  markers: "dash" | "number" | "none";
  /** Written one row per KPI, the task cell blank below the task's first row. */
  rowPerKpi: boolean;
}

const INDICATORS = [
  "민원 만족도",
  "교육 이수 인원",
  "홍보 횟수",
  "처리 일수",
  "온라인 신청 건수",
  "현장 점검",
];
const TASK_NAMES = [
  "민원24 온라인 이용 홍보",
  "친절 교육",
  "생활민원 처리",
  "사업비 집행",
  "현장 행정",
];

const kpiArb = (i: number): fc.Arbitrary<ModelKpi> =>
  fc
    .record({
      unit: fc.constantFrom("건", "명", "회", "일", "점", "%"),
      whole: fc.integer({ min: 1, max: 120_000 }),
      tenth: fc.integer({ min: 1, max: 9 }),
      decimal: fc.boolean(),
      bound: fc.constantFrom("" as const, "이상" as const, "이하" as const),
      previous: fc.integer({ min: 1, max: 90 }),
      figureFirst: fc.boolean(),
    })
    .map(({ unit, whole, tenth, decimal, bound, previous, figureFirst }) => {
      // Scores and percentages stay in their range; a decimal is one place, as plans write them.
      const base = unit === "%" ? (whole % 99) + 1 : unit === "점" ? (whole % 9) + 1 : whole;
      const number = decimal ? base + tenth / 10 : base;
      const written = decimal ? number.toFixed(1) : number.toLocaleString("en-US");
      return {
        indicator: `${INDICATORS[i % INDICATORS.length]} ${i + 1}`,
        figureFirst,
        unit,
        written,
        value: unit === "%" ? Number(`${number}e-2`) : number,
        bound,
        previous: `${previous}${unit}`,
      };
    });

const planArb: fc.Arbitrary<ModelTask[]> = fc
  .array(
    fc.record({
      kpiCount: fc.integer({ min: 1, max: 3 }),
      budget: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
      markers: fc.constantFrom("dash" as const, "number" as const, "none" as const),
      rowPerKpi: fc.boolean(),
    }),
    { minLength: 1, maxLength: 4 }
  )
  .chain((tasks) =>
    fc.tuple(
      ...tasks.map((t, ti) =>
        fc
          .tuple(...Array.from({ length: t.kpiCount }, (_, k) => kpiArb(ti * 3 + k)))
          .map((kpis): ModelTask => ({
            taskNo: `${Math.floor(ti / 2) + 1}-${(ti % 2) + 1}`,
            name: TASK_NAMES[ti % TASK_NAMES.length],
            kpis,
            budget: t.budget,
            markers: t.markers,
            rowPerKpi: t.rowPerKpi,
          }))
      )
    )
  );

const target = (k: ModelKpi) => `${k.written}${k.unit}${k.bound ? ` ${k.bound}` : ""}`;

/** The seed's layout: one row a task, its KPIs as "- " items, a budget line under it. */
function seedLayout(tasks: ModelTask[]): string {
  const lines = [
    `${YEAR}년도 주요업무 시행계획`,
    "# 민원봉사과",
    `담당부서\t전략과제(주요업무)\t${YEAR}년 목표\t${YEAR - 1}년 실적\t성과지표`,
  ];
  for (const t of tasks) {
    const item = (k: ModelKpi) =>
      k.figureFirst ? `- ${target(k)}` : `- ${k.indicator} : ${target(k)}`;
    if (t.rowPerKpi)
      t.kpis.forEach((k, i) =>
        lines.push(
          [
            i === 0 ? "민원팀 홍길동" : "",
            i === 0 ? `${t.taskNo} ${t.name}` : "",
            item(k),
            `- ${k.previous}`,
            `- ${k.indicator}`,
          ].join("\t")
        )
      );
    else
      lines.push(
        [
          "민원팀 홍길동",
          `${t.taskNo} ${t.name}`,
          t.kpis.map(item).join(" "),
          t.kpis.map((k) => `- ${k.previous}`).join(" "),
          t.kpis.map((k) => `- ${k.indicator}`).join(" "),
        ].join("\t")
      );
    if (t.budget) lines.push(`\t사업비 : ${t.budget}백만원(시비) 예산과목 : 사무관리비`);
  }
  return lines.join("\n");
}

/** 과제번호 and 단위 columns, bare figures, one row per KPI (in Korean or English headers). */
function columnsLayout(tasks: ModelTask[], english: boolean): string {
  const header = english
    ? `Task no.\tStrategic task\tDepartment\tPerformance indicator\tUnit\t${YEAR} target\t${YEAR - 1} result`
    : `과제번호\t전략과제\t담당부서\t성과지표\t단위\t${YEAR}년 목표\t${YEAR - 1}년 실적`;
  const lines = [`${YEAR}년도 주요업무 시행계획`, "# 민원봉사과", header];
  for (const t of tasks)
    for (const k of t.kpis)
      lines.push(
        [
          t.taskNo,
          t.name,
          "민원팀 홍길동",
          k.indicator,
          k.unit,
          `${k.written}${k.bound ? ` ${k.bound}` : ""}`,
          k.previous.replace(k.unit, ""),
        ].join("\t")
      );
  return lines.join("\n");
}

/**
 * HTML as LibreOffice saves a plan: every line of a cell a <p> (its items marked "- ", "1. " or
 * not at all), headings as <h1>, and long source lines wrapped inside a paragraph (the wrap is
 * only a space to a browser).
 */
function libreOfficeHtml(tasks: ModelTask[]): string {
  const wrap = (text: string) => text.replace(/^(.{6,}?) (.+)$/, "$1\n      $2");
  const cell = (lines: string[]) => `<td>${lines.map((l) => `<p>${wrap(l)}</p>`).join("")}</td>`;
  const row = (cells: string[][]) => `<tr>${cells.map(cell).join("")}</tr>`;
  const items = (t: ModelTask, texts: string[]) =>
    texts.map((text, i) =>
      t.markers === "dash" ? `- ${text}` : t.markers === "number" ? `${i + 1}. ${text}` : text
    );
  const rows = [
    row([["담당부서"], ["전략과제"], [`${YEAR}년 목표`], [`${YEAR - 1}년 실적`], ["성과지표"]]),
    ...tasks.flatMap((t) => [
      row([
        ["민원팀 홍길동"],
        [`${t.taskNo} ${t.name}`],
        items(
          t,
          t.kpis.map((k) => (k.figureFirst ? target(k) : `${k.indicator} : ${target(k)}`))
        ),
        items(
          t,
          t.kpis.map((k) => k.previous)
        ),
        items(
          t,
          t.kpis.map((k) => k.indicator)
        ),
      ]),
      ...(t.budget ? [row([[], [`사업비 : ${t.budget}백만원(시비) 예산과목 : 사무관리비`]])] : []),
    ]),
  ];
  return (
    `<html><body>\n<p>${YEAR}년도 주요업무 시행계획</p>\n<h1>민원봉사과</h1>\n` +
    `<table>${rows.join("\n")}</table>\n</body></html>`
  );
}

/** What the import got wrong without a decision naming its task: empty when it never guessed. */
function silentDifferences(tasks: ModelTask[], goals: GoalRow[], decisions: Decision[]) {
  // A decision that says this KPI's figure was not taken as written: one naming its indicator or
  // its figure, or the task's targets and indicators not pairing up (a typeChosen or
  // directionDefault, made for every KPI, explains nothing of the kind).
  const explaining = new Set(["relativeTarget", "rangeTarget", "itemToNotes"]);
  const explained = (taskNo: string, k: ModelKpi) =>
    decisions.some(
      (d) =>
        d.taskNo === taskNo &&
        (d.code === "unpaired" ||
          (explaining.has(d.code) &&
            (d.detail.includes(k.indicator) || d.detail.includes(k.written))))
    );
  const differences: string[] = [];
  for (const t of tasks)
    t.kpis.forEach((k) => {
      const goal = goals.find((g) => g.taskNo === t.taskNo && g.indicator === k.indicator);
      const want = {
        task: t.name,
        target: k.value,
        unit: k.unit,
        direction: k.bound === "이하" ? "lower" : "higher",
      };
      const got = goal && {
        task: goal.task,
        target: goal.target,
        unit: goal.unit,
        direction: goal.direction,
      };
      if (JSON.stringify(got) !== JSON.stringify(want) && !explained(t.taskNo, k))
        differences.push(
          `${t.taskNo} ${k.indicator}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`
        );
    });
  const expectedCount = tasks.reduce((n, t) => n + t.kpis.length, 0);
  if (goals.length !== expectedCount)
    differences.push(`${goals.length} goals for ${expectedCount} KPIs`);
  return differences;
}

const imported = (document: Parameters<typeof importPlan>[0]) => {
  const result = importPlan(document, "ko", YEAR);
  return result.ok ? result : { plan: { goals: [] as GoalRow[] }, decisions: [] as Decision[] };
};

describe("import never guesses silently, in any layout (property)", () => {
  it.each([
    ["the seed's layout, as text", (t: ModelTask[]) => readTextDocument(seedLayout(t))],
    [
      "과제번호 and 단위 columns, one row per KPI",
      (t: ModelTask[]) => readTextDocument(columnsLayout(t, false)),
    ],
    ["English headers", (t: ModelTask[]) => readTextDocument(columnsLayout(t, true))],
    [
      "HTML with LibreOffice's wrapped lines",
      (t: ModelTask[]) => readHtmlDocument(libreOfficeHtml(t)),
    ],
  ])("%s", (_, document) => {
    fc.assert(
      fc.property(planArb, (tasks) => {
        const { plan, decisions } = imported(document(tasks));
        expect(silentDifferences(tasks, plan.goals, decisions)).toEqual([]);
      }),
      { numRuns: RUNS, seed: 28 }
    );
  });

  it("as .docx", async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async (tasks) => {
        const docx = await toDocx(readHtmlDocument(libreOfficeHtml(tasks)));
        const { plan, decisions } = imported(await readDocxDocument(docx));
        expect(silentDifferences(tasks, plan.goals, decisions)).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: 28 }
    );
  });
});
