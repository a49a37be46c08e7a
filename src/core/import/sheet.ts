// A plan pasted into a worksheet (the tables copied from 한글 or Word and pasted into Excel): its
// rows as the document model. A row whose only entry is in the first column is a heading (the
// title, the department, a section); rows with more, or with their one entry further right (a
// table's "사업비" row), are table rows, consecutive ones one table. A cell's lines are entries.
import { label } from "../format/labels";
import { textOf } from "../reading/cells";
import { SHEETS, CONSOLIDATION_SHEETS, META_SHEET, sheetNameMatches } from "../format/schema";
import type { SheetSnapshot, WorkbookSnapshot } from "../format/workbook";
import { documentBuilder, textCell, type PlanDocument } from "./document";

export function readSheetDocument(sheet: SheetSnapshot): PlanDocument {
  const built = documentBuilder();
  for (const row of sheet.rows) {
    const cells = (row ?? []).map((c) => textCell(textOf(c)));
    while (cells.length > 0 && cells[cells.length - 1].text === "") cells.pop();
    const filled = cells.filter((c) => c.text !== "");
    if (filled.length === 0) continue;
    if (filled.length === 1 && cells.length === 1) {
      built.block({ kind: "heading", text: cells[0].text.replace(/^#+\s*/, "") });
      continue;
    }
    built.row(cells);
  }
  return built.document();
}

/**
 * The sheets a plan may have been pasted into, the likeliest first: one named 계획서 (or Plan),
 * then every other sheet that is not the add-in's, in workbook order.
 */
export function planSheetNames(names: readonly string[]): string[] {
  const ours = [...Object.values(SHEETS), ...Object.values(CONSOLIDATION_SHEETS)];
  const candidates = names.filter(
    (name) => name !== META_SHEET && !ours.some((sheet) => sheetNameMatches(sheet, name))
  );
  const isPlan = (name: string) => sheetNameMatches(label("planSheet"), name);
  return [...candidates.filter(isPlan), ...candidates.filter((name) => !isPlan(name))];
}

/** The sheet a plan was pasted into: one named 계획서 (or Plan), else the first that is not ours. */
export function planSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  const [name] = planSheetNames(snapshot.sheets.map((s) => s.name));
  return snapshot.sheets.find((s) => s.name === name);
}
