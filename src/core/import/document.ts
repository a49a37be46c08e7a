// A plan document as the importer reads it, whatever it came from (text or HTML as 한글 and Word
// put on the clipboard, .docx, .hwpx, a pasted sheet): headings, paragraphs and tables whose cells
// hold entries (lines, list items) with what is nested under each. Readers build it
// (src/documents/); the importer (plan.ts) reads a workbook's plan out of it.

/** One line or list item of a cell, without its marker; what a deeper list holds under it. */
export interface Entry {
  text: string;
  /** The marker it was written with ("-", "·", "▪", "1." …), "" for none. */
  marker: string;
  children: Entry[];
}

export interface DocCell {
  /** All the cell's text, entries joined by newlines. */
  text: string;
  entries: Entry[];
}

export type Block =
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; rows: DocCell[][] };

export interface PlanDocument {
  blocks: Block[];
}

/**
 * Item markers: ▪ and • as Word and 한글 write them in UTF-8, and the shapes a CP949 document
 * (which has no ▪) uses instead: ■ □ ◆ ◇ ● ◎ ▶ ▷. A number is a list marker only when its "." or
 * ")" is followed by a space or the end ("1. 친절교육", "2) 상담"): "4.5점" and "62.5%" are
 * figures (PRODUCT.md "Reading what people type").
 */
const MARKER = /^(?:[-–·•▪○◦*※■□◆◇●◎▶▷]|\d+[.)](?=\s|$))\s*/;

/** An entry from a written line: its leading marker taken apart. */
export function entryOf(line: string, children: Entry[] = []): Entry {
  const trimmed = line.trim();
  const marker = MARKER.exec(trimmed)?.[0] ?? "";
  return { text: trimmed.slice(marker.length).trim(), marker: marker.trim(), children };
}

/**
 * A plain text cell's entries: its lines, and within a line the parts that start with " - " or
 * " · " (documents run several items into one line: "- 상반가: 91.63% - 하반가: 91.43%").
 */
export function textEntries(text: string): Entry[] {
  return text
    .split(/\r?\n/)
    .flatMap((line) => line.split(/\s+(?=[-·]\s)/))
    .map((part) => entryOf(part))
    .filter((entry) => entry.text !== "" || entry.marker !== "");
}

export function textCell(text: string): DocCell {
  return { text: text.trim(), entries: textEntries(text) };
}

/**
 * A cell's paragraphs with their list levels (as .docx and .hwpx hold them) as entries nested by
 * level; each paragraph's text split as a plain line is (textEntries).
 */
export function entriesByLevel(paragraphs: readonly { level: number; text: string }[]): DocCell {
  const roots: Entry[] = [];
  const stack: { level: number; entry: Entry }[] = [];
  const lines: string[] = [];
  for (const { level, text } of paragraphs) {
    if (!text.trim()) continue;
    lines.push(text.trim());
    while (stack.length > 0 && stack[stack.length - 1].level >= level) stack.pop();
    const siblings = stack.length > 0 ? stack[stack.length - 1].entry.children : roots;
    const entries = textEntries(text);
    siblings.push(...entries);
    if (entries.length > 0) stack.push({ level, entry: entries[entries.length - 1] });
  }
  return { text: lines.join("\n"), entries: roots };
}

/** A table cell as a reader finds it, with what it spans. */
export interface PlacedCell {
  cell: DocCell;
  rowSpan?: number;
  colSpan?: number;
  /** Where it stands (0-based), when the format says so (한글's cellAddr). */
  at?: { row: number; col: number };
  /** Word's vMerge continuation: the cell above goes on into this one. */
  continuesAbove?: boolean;
}

const EMPTY_CELL: DocCell = { text: "", entries: [] };

/**
 * A table's rows as people see them: every position a merged cell covers holds that cell (the
 * same object), so columns keep their positions and a 담당부서 merged over two tasks reads in both.
 */
export function tableGrid(rows: readonly (readonly PlacedCell[])[]): DocCell[][] {
  const grid: DocCell[][] = [];
  const put = (row: number, col: number, cell: DocCell) => {
    while (grid.length <= row) grid.push([]);
    grid[row][col] = cell;
  };
  rows.forEach((cells, row) => {
    let col = 0;
    for (const placed of cells) {
      const rowSpan = Math.max(1, placed.rowSpan ?? 1);
      const colSpan = Math.max(1, placed.colSpan ?? 1);
      const at = placed.at ?? { row, col };
      if (!placed.at) {
        // Past the positions cells from the rows above reach into.
        while (grid[row]?.[col] !== undefined) col++;
        at.col = col;
      }
      const cell = placed.continuesAbove
        ? (grid[at.row - 1]?.[at.col] ?? placed.cell)
        : placed.cell;
      for (let r = 0; r < rowSpan; r++)
        for (let c = 0; c < colSpan; c++) put(at.row + r, at.col + c, cell);
      col = at.col + colSpan;
    }
  });
  return Array.from({ length: Math.max(grid.length, rows.length) }, (_, r) =>
    Array.from(grid[r] ?? [], (cell) => cell ?? EMPTY_CELL)
  );
}

/**
 * A document built line by line: consecutive rows make one table, and a heading or a paragraph
 * ends it (the text reader and the pasted-sheet reader read documents this way).
 */
export function documentBuilder() {
  const blocks: Block[] = [];
  let table: DocCell[][] | null = null;
  const endTable = () => {
    if (table) blocks.push({ kind: "table", rows: table });
    table = null;
  };
  return {
    row(cells: DocCell[]): void {
      (table ??= []).push(cells);
    },
    block(block: Exclude<Block, { kind: "table" }>): void {
      endTable();
      blocks.push(block);
    },
    document(): PlanDocument {
      endTable();
      return { blocks };
    },
  };
}
