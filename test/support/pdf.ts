// A rendered PDF's text blocks as poppler lays them out (`pdftotext -bbox-layout`, XHTML read with
// saxes): each block (a paragraph, a table cell) as its lines, each line its words.
import { execFileSync } from "child_process";
import { SaxesParser } from "saxes";

export function drawnBlocks(pdf: string): string[][][] {
  const xhtml = execFileSync("pdftotext", ["-bbox-layout", "-enc", "UTF-8", pdf, "-"], {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const parser = new SaxesParser();
  const blocks: string[][][] = [];
  let word: string | null = null;
  parser.on("opentag", (tag) => {
    if (tag.name === "block") blocks.push([]);
    if (tag.name === "line") blocks[blocks.length - 1]?.push([]);
    if (tag.name === "word") word = "";
  });
  parser.on("text", (text) => {
    if (word !== null) word += text;
  });
  parser.on("closetag", (tag) => {
    if (tag.name !== "word" || word === null) return;
    const lines = blocks[blocks.length - 1];
    lines?.[lines.length - 1]?.push(word);
    word = null;
  });
  parser.write(xhtml).close();
  return blocks;
}

/**
 * Where a block's lines break inside a word or number: each line break of a block whose text is
 * one of `texts` (a paragraph or cell as written, unbroken) must fall where that text has a space.
 * Blocks that are not one text (poppler may merge neighbours) are left out. Spaces are compared
 * away: LibreOffice sets a gap between Hangul and Latin or digits ("2011 년") that is not a space.
 */
export function wordBreaks(blocks: string[][][], texts: readonly string[]): string[] {
  // Word joiners (U+2060) the writer puts inside words are not drawn.
  const compact = (text: string) => text.replace(/[\s\u2060]+/g, "");
  const written = new Map(texts.map((t) => [compact(t), t]));
  const breaks: string[] = [];
  for (const block of blocks) {
    const lines = block.map((words) => words.join(" "));
    if (lines.length < 2) continue;
    const original = written.get(compact(lines.join("")));
    if (!original) continue;
    const spaceBefore = new Set<number>();
    let at = 0;
    for (const ch of original) {
      if (/\s/.test(ch)) spaceBefore.add(at);
      else if (ch !== "\u2060") at++;
    }
    let end = 0;
    for (let i = 0; i < lines.length - 1; i++) {
      end += compact(lines[i]).length;
      if (!spaceBefore.has(end)) breaks.push(`${lines[i]} / ${lines[i + 1]}`);
    }
  }
  return breaks;
}
