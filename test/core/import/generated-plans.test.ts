// The property that import never guesses silently (issue 28): from a random plan model — tasks
// with several KPIs, units 건/명/회/일/점/%, whole and decimal targets, 이상/이하, previous results,
// budgets, items marked "- ", "1. ", "○ " or not at all — the plan document is written in the
// layouts offices use (the seed's, some tasks one row per KPI with the task cell blank below;
// separate 과제번호 and 단위 columns; English headers with ≥/≤; HTML as LibreOffice, Word and 한글
// save it; task cells merged down; two header rows with two years' targets; targets by quarter;
// .hwpx; .docx), imported, and compared with the model: every KPI's task, name, target, unit and
// direction equal the model's, or a decision names what differs. CI runs it with a fixed seed;
// MBO_PLAN_RUNS runs more (`npm run bench` runs 2,000).
import fc from "fast-check";
import type { GoalRow, MonthlyRow } from "../../../src/core/format/planRows";
import { importPlan, type Decision } from "../../../src/core/import/plan";
import { readDocxDocument } from "../../../src/documents/docx";
import { readHtmlDocument } from "../../../src/documents/html";
import { readHwpxDocument } from "../../../src/documents/hwpx";
import { readTextDocument } from "../../../src/documents/text";
import { toDocx, toHwpx, toMergedHtml } from "../../support/plan-documents";

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
  /** How a cell's items are marked where each is its own line: "- ", "1. ", "○ ", or not at all. */
  markers: "dash" | "number" | "circle" | "none";
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
      markers: fc.constantFrom(
        "dash" as const,
        "number" as const,
        "circle" as const,
        "none" as const
      ),
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
  // An English plan: its title's year without 년, its bounds as symbols before the figure.
  const title = english ? `${YEAR} Work Plan` : `${YEAR}년도 주요업무 시행계획`;
  const lines = [title, "# 민원봉사과", header];
  const symbols = { 이상: ["≥", ">="], 이하: ["≤", "<="] } as const;
  for (const t of tasks)
    t.kpis.forEach((k, i) =>
      lines.push(
        [
          t.taskNo,
          t.name,
          "민원팀 홍길동",
          k.indicator,
          k.unit,
          english && k.bound
            ? `${symbols[k.bound][i % 2]} ${k.written}`
            : `${k.written}${k.bound ? ` ${k.bound}` : ""}`,
          k.previous.replace(k.unit, ""),
        ].join("\t")
      )
    );
  return lines.join("\n");
}

/** An item as the task marks it where each is its own line: "- ", "1. ", "○ " or nothing. */
function marked(t: ModelTask, texts: string[]): string[] {
  return texts.map((text, i) =>
    t.markers === "dash"
      ? `- ${text}`
      : t.markers === "number"
        ? `${i + 1}. ${text}`
        : t.markers === "circle"
          ? `○ ${text}`
          : text
  );
}

/**
 * The seed's goals table as rows of cells, each cell its lines: the header, a row per task (its
 * items marked by `mark`), a budget line under a task that has one. The HTML writers below lay it
 * out as LibreOffice, Word and 한글 do.
 */
function seedTableCells(
  tasks: ModelTask[],
  mark: (t: ModelTask, texts: string[]) => string[]
): string[][][] {
  return [
    [["담당부서"], ["전략과제"], [`${YEAR}년 목표`], [`${YEAR - 1}년 실적`], ["성과지표"]],
    ...tasks.flatMap((t) => [
      [
        ["민원팀 홍길동"],
        [`${t.taskNo} ${t.name}`],
        mark(
          t,
          t.kpis.map((k) => (k.figureFirst ? target(k) : `${k.indicator} : ${target(k)}`))
        ),
        mark(
          t,
          t.kpis.map((k) => k.previous)
        ),
        mark(
          t,
          t.kpis.map((k) => k.indicator)
        ),
      ],
      ...(t.budget ? [[[], [`사업비 : ${t.budget}백만원(시비) 예산과목 : 사무관리비`]]] : []),
    ]),
  ];
}

/** Every item marked "- ", as Word and 한글 plans in the tests are. */
const dashed = (_: ModelTask, texts: string[]) => texts.map((text) => `- ${text}`);

/**
 * HTML as LibreOffice saves a plan: every line of a cell a <p> (its items marked "- ", "1. " or
 * not at all), headings as <h1>, and long source lines wrapped inside a paragraph (the wrap is
 * only a space to a browser).
 */
function libreOfficeHtml(tasks: ModelTask[]): string {
  const wrap = (text: string) => text.replace(/^(.{6,}?) (.+)$/, "$1\n      $2");
  const cell = (lines: string[]) => `<td>${lines.map((l) => `<p>${wrap(l)}</p>`).join("")}</td>`;
  const row = (cells: string[][]) => `<tr>${cells.map(cell).join("")}</tr>`;
  const rows = seedTableCells(tasks, marked).map(row);
  return (
    `<html><body>\n<p>${YEAR}년도 주요업무 시행계획</p>\n<h1>민원봉사과</h1>\n` +
    `<table>${rows.join("\n")}</table>\n</body></html>`
  );
}

/**
 * HTML as Word saves a plan (Save as Web Page): every cell's line a `<p class=MsoNormal>` whose
 * text is cut into `<span>`s where the language changes, `&nbsp;` for spaces Word keeps, `<o:p>`
 * markers, and source lines wrapped at 76 characters with CRLF — inside words' runs too.
 */
function wordHtml(tasks: ModelTask[]): string {
  const spans = (text: string) =>
    text
      .split(/(?<=[\d,.%])(?=[^\d,.%])|(?<=[^\d,.%])(?=[\d])/)
      .map(
        (part) =>
          `<span lang=EN-US style='font-family:"맑은 고딕"'>${part.replace(/ {2}/g, " &nbsp;")}</span>`
      )
      .join("");
  const cell = (lines: string[]) =>
    `<td width=120 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>${lines
      .map((l) => `<p class=MsoNormal>${spans(l)}<o:p></o:p></p>`)
      .join("")}</td>`;
  const row = (cells: string[][]) => `<tr style='height:20.0pt'>${cells.map(cell).join("")}</tr>`;
  const rows = seedTableCells(tasks, dashed).map(row);
  const html =
    `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head>` +
    `<body lang=KO><div class=WordSection1><p class=MsoNormal>${YEAR}년도 주요업무 시행계획</p>` +
    `<h2>민원봉사과</h2><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>${rows.join("")}</table></div></body></html>`;
  // Word's writer breaks source lines at spaces past 76 characters, as CRLF.
  return html.replace(/(.{76,}?) /g, "$1\r\n");
}

/**
 * HTML as 한글 saves a plan: upper-case tags, every line a `<P CLASS=HStyle0>` with its text in a
 * `<SPAN STYLE=…>`, spaces Hangul keeps as `&nbsp;`, CRLF between elements, the department's
 * heading a paragraph of the 개요 style.
 */
function hangulHtml(tasks: ModelTask[]): string {
  const p = (text: string) =>
    `<P CLASS=HStyle0><SPAN STYLE='font-family:"함초롬바탕"'>${text.replace(/ /g, (_, i) => (i % 2 ? "&nbsp;" : " "))}</SPAN></P>`;
  const cell = (lines: string[]) =>
    `<TD valign="middle" style='width:120px;border-left:solid #000000 0.4pt;'>\r\n${lines.map(p).join("\r\n")}\r\n</TD>`;
  const row = (cells: string[][]) => `<TR>\r\n${cells.map(cell).join("\r\n")}\r\n</TR>`;
  const rows = seedTableCells(tasks, dashed).map(row);
  return (
    `<HTML>\r\n<HEAD>\r\n<META NAME="Generator" CONTENT="Hancom HWP 10.0.0.0">\r\n<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">\r\n</HEAD>\r\n<BODY>\r\n` +
    `<P CLASS=HStyle0>${YEAR}년도 주요업무 시행계획</P>\r\n<P CLASS=HStyle2 STYLE='font-weight:bold'>민원봉사과</P>\r\n` +
    `<TABLE border="1" cellspacing="0" cellpadding="0" style='border-collapse:collapse;border:none;'>\r\n${rows.join("\r\n")}\r\n</TABLE>\r\n</BODY>\r\n</HTML>`
  );
}

/**
 * Two header rows: 목표 spans the last year's and this year's target columns, 과제번호 and 단위
 * columns, one row per KPI with its task cells merged down (rowspan), as 한글 tables are drawn.
 */
function twoRowHeaderHtml(tasks: ModelTask[]): string {
  const td = (text: string, span = 1) => `<td${span > 1 ? ` rowspan="${span}"` : ""}>${text}</td>`;
  const head =
    `<tr><td rowspan="2">과제번호</td><td rowspan="2">전략과제</td><td rowspan="2">성과지표</td><td rowspan="2">단위</td>` +
    `<td colspan="2">목표</td><td rowspan="2">${YEAR - 1}년 실적</td><td rowspan="2">담당부서</td></tr>` +
    `<tr><td>${YEAR - 1}년</td><td>${YEAR}년</td></tr>`;
  const rows = tasks.flatMap((t) =>
    t.kpis.map(
      (k, i) =>
        `<tr>${i === 0 ? td(t.taskNo, t.kpis.length) + td(t.name, t.kpis.length) : ""}${td(k.indicator)}${td(k.unit)}` +
        `${td(previousTarget(k))}${td(`${k.written}${k.bound ? ` ${k.bound}` : ""}`)}${td(k.previous.replace(k.unit, ""))}` +
        `${i === 0 ? td("민원팀 홍길동", t.kpis.length) : ""}</tr>`
    )
  );
  return `<html><body><p>${YEAR}년도 주요업무 시행계획</p><h2>민원봉사과</h2><table>${head}${rows.join("")}</table></body></html>`;
}

/**
 * 과제번호 and 단위 columns with the year's target split by quarter in four more columns, each
 * quarter's share or the running total to date (both forms are in use).
 */
function quarterLayout(tasks: ModelTask[], running: boolean): string {
  const lines = [
    `${YEAR}년도 주요업무 시행계획`,
    "# 민원봉사과",
    `과제번호\t전략과제\t담당부서\t성과지표\t단위\t${YEAR}년 목표\t1분기\t2분기\t3분기\t4분기\t${YEAR - 1}년 실적`,
  ];
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
          ...quarters(k, running),
          k.previous.replace(k.unit, ""),
        ].join("\t")
      );
  return lines.join("\n");
}

/** A KPI's year target by quarter as the document writes it (the figure as written, no unit). */
function quarters(k: ModelKpi, running: boolean): string[] {
  const target = Number(k.written.replace(/,/g, ""));
  const tenths = Math.round(target * 10);
  const share = (q: number) => Math.floor((tenths * q) / 4) / 10; // running total to quarter q
  return [1, 2, 3, 4].map((q) => {
    const value = running ? share(q) : Math.round((share(q) - share(q - 1)) * 10) / 10;
    return String(value);
  });
}

/**
 * What the import made of a KPI's quarters where the model has them: a running total's 계획 row
 * whose months 3, 6, 9 and 12 add up to the year's target, or (another type) the quarters in 비고.
 */
function quarterDifferences(tasks: ModelTask[], result: ReturnType<typeof imported>) {
  const differences: string[] = [];
  for (const t of tasks)
    for (const k of t.kpis) {
      const goal = result.plan.goals.find(
        (g) => g.taskNo === t.taskNo && g.indicator === k.indicator
      );
      if (!goal) continue; // silentDifferences names it
      const plan = (result.plan as { monthly?: MonthlyRow[] }).monthly?.find(
        (m) =>
          m.taskNo === t.taskNo && m.item === k.indicator && m.kind === "kpi" && m.row === "plan"
      );
      if (goal.type !== "cumulative") {
        if (plan || !goal.notes.includes("1분기:"))
          differences.push(
            `${t.taskNo} ${k.indicator}: ${goal.type} with a plan row or no quarters in 비고`
          );
        continue;
      }
      const months = plan?.months ?? [];
      const sum = [3, 6, 9, 12].reduce((n, m) => n + (months[m - 1] ?? 0), 0);
      const others = months.filter((v, i) => v !== null && (i + 1) % 3 !== 0);
      if (!plan || Math.abs(sum - (goal.target ?? 0)) > 1e-6 || others.length > 0)
        differences.push(
          `${t.taskNo} ${k.indicator}: plan ${JSON.stringify(months)} for ${goal.target}`
        );
    }
  return differences;
}

/** Last year's target, another figure than this year's: it must never be taken for it. */
const previousTarget = (k: ModelKpi) =>
  k.written.includes(".")
    ? (Number(k.written) + 0.3).toFixed(1)
    : String(Number(k.written.replace(/,/g, "")) + 3);

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
    ["HTML as Word saves it", (t: ModelTask[]) => readHtmlDocument(wordHtml(t))],
    ["HTML as 한글 saves it", (t: ModelTask[]) => readHtmlDocument(hangulHtml(t))],
    [
      "one row per KPI, the task cells merged down",
      (t: ModelTask[]) =>
        readHtmlDocument(
          toMergedHtml(
            readTextDocument(seedLayout(t.map((task) => ({ ...task, rowPerKpi: true }))))
          )
        ),
    ],
    [
      "two header rows, two years' targets under 목표",
      (t: ModelTask[]) => readHtmlDocument(twoRowHeaderHtml(t)),
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

  it.each([
    ["each quarter's share", false],
    ["running totals", true],
  ])("targets by quarter, as %s: the running total's 계획 row", (_, running) => {
    fc.assert(
      fc.property(planArb, (tasks) => {
        const result = imported(readTextDocument(quarterLayout(tasks, running)));
        expect({
          silent: silentDifferences(tasks, result.plan.goals, result.decisions),
          quarters: quarterDifferences(tasks, result),
        }).toEqual({ silent: [], quarters: [] });
      }),
      { numRuns: RUNS, seed: 28 }
    );
  });

  it.each([
    [".hwpx", toHwpx, readHwpxDocument],
    [".docx", toDocx, readDocxDocument],
  ] as const)("as %s", async (_, write, read) => {
    await fc.assert(
      fc.asyncProperty(planArb, async (tasks) => {
        const file = await write(readHtmlDocument(libreOfficeHtml(tasks)));
        const { plan, decisions } = imported(await read(file));
        expect(silentDifferences(tasks, plan.goals, decisions)).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 3), seed: 28 }
    );
  });
});
