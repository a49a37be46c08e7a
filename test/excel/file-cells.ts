// A workbook file's cells as the contract suites compare them: value (with its type; a formula as
// {formula}), number format and fill, by sheet and A1 address.
import ExcelJS from "@protobi/exceljs";

export interface Seen {
  value: unknown;
  numberFormat: string;
  fill: string | null;
}
export type Cells = Map<string, Seen>;

export const normalFormula = (formula: string) =>
  `=${formula.replace(/^=/, "").replace(/_xlfn\./g, "")}`;

export async function fileCells(bytes: Uint8Array): Promise<Map<string, Cells>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets = new Map<string, Cells>();
  workbook.eachSheet((sheet) => {
    const cells: Cells = new Map();
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const raw = cell.value as unknown;
        const value =
          raw && typeof raw === "object" && "formula" in (raw as object)
            ? { formula: normalFormula((raw as { formula: string }).formula) }
            : raw && typeof raw === "object" && "richText" in (raw as object)
              ? (raw as { richText: { text: string }[] }).richText.map((r) => r.text).join("")
              : raw === "" || raw === undefined
                ? null
                : raw;
        const fill = cell.fill as
          { type?: string; pattern?: string; fgColor?: { argb?: string } } | undefined;
        cells.set(cell.address, {
          value,
          numberFormat: cell.numFmt ?? "General",
          fill:
            fill?.type === "pattern" && fill.pattern === "solid"
              ? (fill.fgColor?.argb ?? "").slice(2).toUpperCase()
              : null,
        });
      })
    );
    sheets.set(sheet.name, cells);
  });
  return sheets;
}
