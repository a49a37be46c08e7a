// A plan cell's HTML as entries: list items with their markers and what is nested under them,
// text outside lists by lines and " - " parts; nothing the HTML says is lost or made markup.
import { htmlCell } from "../../src/documents/html";
import { readTextDocument } from "../../src/documents/text";

describe("htmlCell", () => {
  it("reads a list with a nested list as items with children", () => {
    const cell = htmlCell(
      '<ul style="list-style-type: none"> <li>▪ 친절교육 : 1회 실시 <ul> <li>- 매월 첫째주 : 60명 참석</li> </ul> </li> <li>▪ 상담실 운영 : 12회</li> </ul>'
    );
    expect(cell.entries).toEqual([
      {
        text: "친절교육 : 1회 실시",
        marker: "▪",
        children: [{ text: "매월 첫째주 : 60명 참석", marker: "-", children: [] }],
      },
      { text: "상담실 운영 : 12회", marker: "▪", children: [] },
    ]);
    expect(cell.text).toBe(
      "▪ 친절교육 : 1회 실시\n- 매월 첫째주 : 60명 참석\n▪ 상담실 운영 : 12회"
    );
  });

  it("reads text by lines and by ' - ' parts, markup taken off and entities decoded", () => {
    expect(htmlCell("<b>임무</b> &amp; 비전").text).toBe("임무 & 비전");
    expect(htmlCell("- 상반가: 91.63% - 하반가: 91.43%").entries.map((e) => e.text)).toEqual([
      "상반가: 91.63%",
      "하반가: 91.43%",
    ]);
    expect(htmlCell("첫 줄<br>둘째 줄").entries.map((e) => e.text)).toEqual(["첫 줄", "둘째 줄"]);
  });
});

describe("readTextDocument", () => {
  it("reads headings, paragraphs and tables; a blank line between rows keeps the table", () => {
    const document = readTextDocument("# 제목\n\na\tb\n\nc\td\t\t\n문단\n## 소제목");
    expect(document.blocks.map((b) => b.kind)).toEqual([
      "heading",
      "table",
      "paragraph",
      "heading",
    ]);
    const table = document.blocks[1];
    expect(table.kind === "table" && table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });
});
