// Plan documents as text, the way the seed is written (and what 한글 and Word give when a
// document is saved as text): "#" headings, table rows as tab-separated cells whose cells may hold
// HTML lists, paragraphs. A blank line between two rows does not end a table; a heading or a
// paragraph does.
import type { Block, DocCell, PlanDocument } from "../core/import/document";
import { htmlCell } from "./html";

export function readTextDocument(text: string): PlanDocument {
  const blocks: Block[] = [];
  let table: DocCell[][] | null = null;
  const endTable = () => {
    if (table) blocks.push({ kind: "table", rows: table });
    table = null;
  };
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    if (line.trim() === "") continue;
    if (line.includes("\t")) {
      const cells = line.split("\t").map(htmlCell);
      // Trailing empty cells are the document's padding, not columns.
      while (cells.length > 1 && cells[cells.length - 1].text === "") cells.pop();
      (table ??= []).push(cells);
      continue;
    }
    endTable();
    const heading = /^#+\s*(.*)$/.exec(line.trim());
    const cell = htmlCell(heading ? heading[1] : line);
    blocks.push(
      heading ? { kind: "heading", text: cell.text } : { kind: "paragraph", text: cell.text }
    );
  }
  endTable();
  return { blocks };
}
