// Plan documents as text, the way the seed is written (and what 한글 and Word give when a
// document is saved or copied as text): "#" headings, table rows as tab-separated cells,
// paragraphs. A blank line between two rows does not end a table; a heading or a paragraph does.
// How a cell's text becomes entries is the caller's: plain lines here (pasted text, the IE11
// pane), HTML lists in src/documents/text.ts (the seed).
import { documentBuilder, textCell, type DocCell, type PlanDocument } from "./document";

export function readPlainTextDocument(
  text: string,
  cellOf: (text: string) => DocCell = textCell
): PlanDocument {
  const built = documentBuilder();
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    if (line.trim() === "") continue;
    if (line.indexOf("\t") >= 0) {
      const cells = line.split("\t").map(cellOf);
      // Trailing empty cells are the document's padding, not columns.
      while (cells.length > 1 && cells[cells.length - 1].text === "") cells.pop();
      built.row(cells);
      continue;
    }
    const heading = /^#+\s*(.*)$/.exec(line.trim());
    const cell = cellOf(heading ? heading[1] : line);
    built.block(
      heading ? { kind: "heading", text: cell.text } : { kind: "paragraph", text: cell.text }
    );
  }
  return built.document();
}
