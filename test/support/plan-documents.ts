// Plan documents written out as HTML and .docx from the document model, the way 한글 and Word
// would hold them (headings, tables, cells of paragraphs and list levels), for the readers' tests.
import JSZip from "jszip";
import { writeWorkbook } from "../../src/xlsx/write";
import type { Block, DocCell, Entry, PlanDocument } from "../../src/core/import/document";

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const written = (entry: Entry) => escape([entry.marker, entry.text].filter(Boolean).join(" "));

function htmlEntries(entries: readonly Entry[]): string {
  return `<ul>${entries
    .map((e) => `<li>${written(e)}${e.children.length ? htmlEntries(e.children) : ""}</li>`)
    .join("")}</ul>`;
}

const htmlCell = (cell: DocCell) =>
  `<td>${cell.entries.some((e) => e.marker || e.children.length) ? htmlEntries(cell.entries) : cell.entries.map((e) => `<p>${written(e)}</p>`).join("")}</td>`;

export function toHtml(document: PlanDocument): string {
  const block = (b: Block) =>
    b.kind === "heading"
      ? `<h2>${escape(b.text)}</h2>`
      : b.kind === "paragraph"
        ? `<p>${escape(b.text)}</p>`
        : `<table border="1"><tbody>${b.rows.map((r) => `<tr>${r.map(htmlCell).join("")}</tr>`).join("\n")}</tbody></table>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{border:1px solid}</style></head><body>\n${document.blocks.map(block).join("\n")}\n</body></html>`;
}

const paragraph = (text: string, level: number | null, style = "") =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ""}${level === null ? "" : `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr>`}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function docxEntries(entries: readonly Entry[], level: number): string {
  return entries
    .map((e) => paragraph(written(e), level) + docxEntries(e.children, level + 1))
    .join("");
}

/**
 * The document as HTML with its cells merged downward the way 한글 and Word keep them: a cell
 * above empty cells of rows of the same width spans them (rowspan), and the covered cells are
 * left out, so a reader that ignores rowspan would shift every column after them.
 */
export function toMergedHtml(document: PlanDocument): string {
  const table = (rows: DocCell[][]) => {
    const covered = rows.map((r) => r.map(() => false));
    const spans = rows.map((r) => r.map(() => 1));
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (covered[r][c] || !cell.text) return;
        for (let k = r + 1; k < rows.length; k++) {
          if (rows[k].length !== row.length || rows[k][c].text !== "") break;
          covered[k][c] = true;
          spans[r][c]++;
        }
      })
    );
    return `<table border="1"><tbody>${rows
      .map(
        (row, r) =>
          `<tr>${row
            .map((cell, c) =>
              covered[r][c]
                ? ""
                : htmlCell(cell).replace(
                    "<td>",
                    spans[r][c] > 1 ? `<td rowspan="${spans[r][c]}">` : "<td>"
                  )
            )
            .join("")}</tr>`
      )
      .join("\n")}</tbody></table>`;
  };
  const block = (b: Block) =>
    b.kind === "heading"
      ? `<h2>${escape(b.text)}</h2>`
      : b.kind === "paragraph"
        ? `<p>${escape(b.text)}</p>`
        : table(b.rows);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>\n${document.blocks.map(block).join("\n")}\n</body></html>`;
}

export async function toDocx(document: PlanDocument): Promise<Uint8Array> {
  const block = (b: Block) =>
    b.kind === "heading"
      ? paragraph(escape(b.text), null, "Heading2")
      : b.kind === "paragraph"
        ? paragraph(escape(b.text), null)
        : `<w:tbl>${b.rows
            .map(
              (r) =>
                `<w:tr>${r.map((c) => `<w:tc>${docxEntries(c.entries, 0) || "<w:p/>"}</w:tc>`).join("")}</w:tr>`
            )
            .join("")}</w:tbl>`;
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${document.blocks.map(block).join("")}<w:sectPr/></w:body></w:document>`
  );
  return zip.generateAsync({ type: "uint8array" });
}

/**
 * A plan document as text in the seed's shape, of any size: tasks in groups of ten under a
 * performance goal, one goals table per goal, and `activitiesPerTask` activities per task in the
 * 추진계획 table, each in its own month group. Deterministic.
 */
export function generatePlanText(tasks: number, activitiesPerTask: number): string {
  const goals = Math.ceil(tasks / 10);
  const taskNo = (t: number) => `${Math.floor(t / 10) + 1}-${(t % 10) + 1}`;
  const lines = [
    "# 2026년도 주요업무(목표관리제) 자체평가 시행계획",
    "<b>임무</b>\t<b>생성된 임무</b>",
    "<b>전략목표</b>\t<b>생성된 전략목표</b>",
    `<b>성과목표</b>\t${Array.from({ length: goals }, (_, g) => `<b>${g + 1}. 성과목표 ${g + 1}</b>`).join("\t")}`,
    "## 생성부서",
  ];
  for (let g = 0; g < goals; g++) {
    lines.push(
      `## ${g + 1}. 성과목표 ${g + 1}`,
      "담당부서\t전략과제(주요업무)\t2026년 목표\t2025년 실적\t성과지표"
    );
    for (let t = g * 10; t < Math.min(tasks, g * 10 + 10); t++) {
      lines.push(
        `팀${t} 담당${t}\t${taskNo(t)} 과제 ${taskNo(t)}\t- 처리 : ${1000 + t}건<br>- 만족도 : 9${t % 10}%이상\t- ${900 + t}건 - 8${t % 10}%\t- 처리건수<br>- 만족도`,
        `\t사업비 : ${(t % 9) + 1}백만원(시비) 예산과목 : 사무관리비`
      );
    }
  }
  lines.push("## ■ 분기(월)별 추진계획", "추진일정\t전략과제\t추진계획(달성목표)");
  const groups = ["2월", "4~5월", "7~9월", "12월", "10~11월", "3월"];
  for (let a = 0; a < activitiesPerTask; a++) {
    for (let t = 0; t < tasks; t++) {
      lines.push(
        `${t === 0 ? `${a + 1}/4분기\t${groups[a % groups.length]}` : "\t"}\t과제 ${taskNo(t)}\t<ul><li>▪ 활동 ${a + 1} : ${(a % 3) + 1}회<ul><li>- 세부 내용</li></ul></li><li>▪ 점검 ${a + 1} : 매월</li></ul>`
      );
    }
  }
  return lines.join("\n");
}

const HP = 'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph"';

/** An .hwpx as 한글 writes one: header styles (개요 1 for headings), list shapes by level. */
export async function toHwpx(document: PlanDocument): Promise<Uint8Array> {
  // Paragraph shapes 0–4: shape n is a bullet list at level n (0 is body text's too).
  const shapes = [0, 1, 2, 3, 4]
    .map(
      (n) =>
        `<hh:paraPr id="${n}"><hh:heading type="${n === 0 ? "NONE" : "BULLET"}" idRef="0" level="${n}"/></hh:paraPr>`
    )
    .join("");
  const header = `<?xml version="1.0" encoding="UTF-8"?><hh:head xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" xmlns:hc="http://www.hancom.co.kr/hwpml/2011/core"><hh:refList><hh:paraProperties>${shapes}</hh:paraProperties><hh:styles><hh:style id="0" type="PARA" name="바탕글" engName="Normal"/><hh:style id="1" type="PARA" name="개요 1" engName="Outline 1"/></hh:styles></hh:refList></hh:head>`;
  const paragraph = (text: string, shape: number, style = 0, inner = "") =>
    `<hp:p paraPrIDRef="${shape}" styleIDRef="${style}"><hp:run charPrIDRef="0">${inner}${text ? `<hp:t>${text}</hp:t>` : ""}</hp:run></hp:p>`;
  const entries = (list: readonly Entry[], level: number): string =>
    list
      .map(
        (e) =>
          paragraph(written(e), level === 0 && !e.marker ? 0 : Math.min(level + 1, 4)) +
          entries(e.children, level + 1)
      )
      .join("");
  const block = (b: Block) =>
    b.kind === "heading"
      ? paragraph(escape(b.text), 0, 1)
      : b.kind === "paragraph"
        ? paragraph(escape(b.text), 0)
        : paragraph(
            "",
            0,
            0,
            `<hp:tbl rowCnt="${b.rows.length}">${b.rows
              .map(
                (r, ri) =>
                  `<hp:tr>${r
                    .map(
                      (c, ci) =>
                        `<hp:tc><hp:subList>${entries(c.entries, 0) || paragraph("", 0)}</hp:subList><hp:cellAddr colAddr="${ci}" rowAddr="${ri}"/></hp:tc>`
                    )
                    .join("")}</hp:tr>`
              )
              .join("")}</hp:tbl>`
          );
  const zip = new JSZip();
  zip.file("mimetype", "application/hwp+zip");
  zip.file("Contents/header.xml", header);
  zip.file(
    "Contents/section0.xml",
    `<?xml version="1.0" encoding="UTF-8"?><hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" ${HP}>${document.blocks.map(block).join("")}</hs:sec>`
  );
  return zip.generateAsync({ type: "uint8array" });
}

/**
 * A workbook whose sheet 계획서 holds the plan as Excel holds tables pasted from 한글 or Word: a
 * heading in column A of its own row, each table cell's text (its lines) in a cell.
 */
/** The document's tables and paragraphs as they land when pasted into a sheet from A1. */
export function pastedCells(document: PlanDocument): { row: number; col: number; value: string }[] {
  const cells: { row: number; col: number; value: string }[] = [];
  let row = 0;
  for (const block of document.blocks) {
    if (block.kind !== "table") {
      cells.push({ row: row++, col: 0, value: block.text });
      continue;
    }
    for (const cellsOfRow of block.rows) {
      cellsOfRow.forEach((cell, col) => {
        if (cell.text) cells.push({ row, col, value: cell.text });
      });
      row++;
    }
  }
  return cells;
}

export function toPastedWorkbook(document: PlanDocument): Promise<Uint8Array> {
  return writeWorkbook(null, {
    sheets: [{ name: "계획서", mode: "replace", cells: pastedCells(document) }],
  });
}
