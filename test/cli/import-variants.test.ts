// The seed as real people's files hold it (issue 20): merged cells, a 결재란 on top, a contact
// table at the end, CP949 and UTF-16 text, an EUC-KR web page, a .hwpx named .docx. Each imports
// through `mbo-eval import` to the same plan as the seed itself.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { EXIT } from "../../src/cli/files";
import { readTextDocument } from "../../src/documents/text";
import { textCell, type Block, type PlanDocument } from "../../src/core/import/document";
import { runCli } from "../support/cli";
import { toHtml, toHwpx, toMergedHtml } from "../support/plan-documents";

const SEED = join(__dirname, "../../../shared/seed/000_7c8b5f2b24e2ab54.txt");
const seedText = readFileSync(SEED, "utf8");
const seed = readTextDocument(seedText);
const dir = mkdtempSync(join(tmpdir(), "mbo-variants-"));
const path = (name: string) => join(dir, name);

/**
 * Text in CP949/EUC-KR, as Korean Windows' Notepad and 한글 save it (glibc's iconv). CP949 has no
 * ▪: such documents mark their items with ■.
 */
const cp949 = (text: string) =>
  execFileSync("iconv", ["-f", "UTF-8", "-t", "CP949"], { input: text.replace(/▪/g, "■") });

const table = (...rows: string[][]): Block => ({
  kind: "table",
  rows: rows.map((r) => r.map((t) => textCell(t))),
});
const withTables = (document: PlanDocument): PlanDocument => ({
  blocks: [
    table(["담당", "팀장", "과장"], ["", "", ""]),
    ...document.blocks,
    table(["문의", "담당자", "전화"], ["민원봉사과", "홍길동", "02-120"]),
    table(["추진계획 보고", "비고"], ["민원 담당자 교육", "지표 관리"]),
  ],
});

async function imported(file: string) {
  const result = await runCli("import", file, "-o", `${file}.xlsx`, "--json");
  expect(result.code).toBe(EXIT.ok);
  const { plan, decisions } = JSON.parse(result.out);
  return {
    goals: plan.goals.map((g: Record<string, unknown>) => [
      g.taskNo,
      g.indicator,
      g.target,
      g.unit,
    ]),
    department: plan.goals.map((g: Record<string, unknown>) => [g.department, g.owner]),
    friendliness: plan.monthly.find(
      (r: Record<string, unknown>) => r.item === "친절교육" && r.row === "plan"
    ),
    decisions: decisions.length,
  };
}

describe("mbo-eval import on the seed's variants", () => {
  let expected: Awaited<ReturnType<typeof imported>>;
  beforeAll(async () => {
    writeFileSync(path("seed.txt"), seedText);
    expected = await imported(path("seed.txt"));
  });

  it("the seed itself: 3 tasks, their targets, 2월's 친절교육 under 2-1", () => {
    expect(expected.goals).toEqual([
      ["1-1", "온라인 이용건수", 116000, "건"],
      ["2-1", "만족도", 0.92, "%"],
      ["3-1", "처리율", 0.95, "%"],
    ]);
    expect(expected.friendliness).toMatchObject({ taskNo: "2-1" });
    expect(expected.friendliness.months[1]).toBe(1);
  });

  const variants: [string, string, () => Promise<Uint8Array | string>][] = [
    ["CP949 text", "cp949.txt", async () => cp949(seedText)],
    ["UTF-16 text with BOM", "utf16.txt", async () => Buffer.from(`\ufeff${seedText}`, "utf16le")],
    [
      "an EUC-KR web page",
      "euc-kr.html",
      async () =>
        cp949(
          toHtml(seed).replace(
            '<meta charset="utf-8">',
            '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
          )
        ),
    ],
    ["merged cells (rowspan)", "merged.html", async () => toMergedHtml(seed)],
    [
      "a 결재란, a contact table and an unrelated table",
      "tables.html",
      async () => toHtml(withTables(seed)),
    ],
    [".hwpx named .docx", "plan-hwpx.docx", async () => toHwpx(seed)],
    [
      "an .hwpx with extra tables named .txt",
      "plan-hwpx.txt",
      async () => toHwpx(withTables(seed)),
    ],
  ];

  it.each(variants)("%s imports to the same plan", async (_name, file, make) => {
    writeFileSync(path(file), await make());
    const result = await imported(path(file));
    expect(result.goals).toEqual(expected.goals);
    expect(result.department).toEqual(expected.department);
    expect(result.friendliness).toEqual(expected.friendliness);
  });
});
