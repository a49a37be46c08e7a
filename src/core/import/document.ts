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

const MARKER = /^(?:[-–·•▪○◦*※]|\d+[.)])\s*/;

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
