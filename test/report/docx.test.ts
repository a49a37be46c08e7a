// The report's Word writer: a table short enough for a page is held together row to row, a long
// one only its header to its first row; widths follow what the columns hold (issue 30).
import JSZip from "jszip";
import { reportBytes } from "../../src/report/docx";
import { columnWidths, textWidth, unbreakable } from "../../src/report/layout";
import type { ReportDocument, ReportTable } from "../../src/core/report/document";

const table = (rows: number): ReportTable => ({
  kind: "table",
  columns: [
    { label: "과제번호", align: "left" },
    { label: "활동", align: "left" },
    { label: "실적", align: "right" },
  ],
  rows: Array.from({ length: rows }, (_, i) => ({
    cells: [`1-${i + 1}`, `민원종합 상담실 운영 (세무·법무·소비자 상담 주3회) ${i}`, "1,200"],
  })),
});

async function tablesXml(blocks: ReportTable[]): Promise<string[]> {
  const report: ReportDocument = {
    lang: "ko",
    title: "제목",
    subtitle: "",
    approval: null,
    blocks,
    footer: "",
    fileStem: "x",
  };
  const zip = await JSZip.loadAsync(await reportBytes(report));
  const xml = await zip.file("word/document.xml")!.async("string");
  return xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [];
}

const rowsHeld = (xml: string) =>
  (xml.match(/<w:tr>.*?<\/w:tr>/gs) ?? []).map((row) => row.includes("<w:keepNext/>"));

describe("the report's tables in Word", () => {
  it("holds a short table's rows to the next (kept on one page), a long one's header only", async () => {
    const [short, long] = await tablesXml([table(3), table(40)]);
    // Header and rows 1–2 held; the last row ends the table.
    expect(rowsHeld(short)).toEqual([true, true, true, false]);
    expect(rowsHeld(long)).toEqual([true, ...Array(40).fill(false)]);
  });

  it("gives each column at least its widest word, numbers their whole width, the rest to text", () => {
    const widths = columnWidths(table(3), 9638);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9638);
    expect(widths[2]).toBeGreaterThanOrEqual(textWidth("1,200"));
    expect(widths[0]).toBeGreaterThanOrEqual(textWidth("과제번호", true));
    // The activity column, whose text would wrap, gets the most.
    expect(widths[1]).toBeGreaterThan(widths[0] + widths[2]);
  });

  it("joins Hangul to a digit or letter inside a word, never across a space", () => {
    expect(unbreakable("주3회 민원24 A팀")).toBe("주\u20603\u2060회 민원\u206024 A\u2060팀");
    expect(unbreakable("12 월")).toBe("12 월");
  });
});
