// An output table declared once: each column's key, label, width and how a row's value and look
// are had in it. The sheet modules (결과, 취합, 취합_지표, the 입력 점검 block) declare their tables
// with it and write header, rows and widths from the declaration; a cell outside the table's
// shape (a subtotal's score) is addressed by its column's key, never by a number.
import type { RawCell } from "../rules/figures";
import { plainValue } from "../reading/cells";
import { headerKey, type Lang, type Named } from "../format/schema";
import type { CellStyle, CellWrite } from "../format/workbook";

export type Value = CellWrite["value"];

export interface OutputColumn<R, K extends string = string> {
  key: K;
  label: Named;
  /** Width in digits of the workbook's font. */
  width: number;
  value: (row: R, lang: Lang) => Value;
  /** The look of a value in this column: by the value, the row or the language, where it depends on them. */
  style: (value: Value, row: R, lang: Lang) => CellStyle | undefined;
}

export type OutputTable<R, K extends string = string> = readonly OutputColumn<R, K>[];

/** A column whose look does not depend on its value. */
export const fixed = (style: CellStyle | undefined) => (): CellStyle | undefined => style;

/** Where a column is (0-based from the table's left edge). */
export function columnOf<K extends string>(table: OutputTable<never, K>, key: K): number {
  const col = table.findIndex((column) => column.key === key);
  if (col < 0) throw new Error(`no column ${key}`);
  return col;
}

/** The header row: each column's label in the workbook's language. */
export function headerCells<R, K extends string>(
  table: OutputTable<R, K>,
  row: number,
  lang: Lang,
  style: CellStyle,
  left = 0
): CellWrite[] {
  return table.map((column, i) => ({ row, col: left + i, value: column.label[lang], style }));
}

/** One row of the table, every column's value with its look. */
export function rowCells<R, K extends string>(
  table: OutputTable<R, K>,
  item: R,
  row: number,
  lang: Lang,
  left = 0
): CellWrite[] {
  return table.map((column, i) => {
    const value = column.value(item, lang);
    return { row, col: left + i, value, style: column.style(value, item, lang) };
  });
}

/** The columns' widths, for SheetWrite.columnWidths. */
export function columnWidths<R, K extends string>(
  table: OutputTable<R, K>,
  left = 0
): { col: number; width: number }[] {
  return table.map((column, i) => ({ col: left + i, width: column.width }));
}

/**
 * A row outside the table's shape (a subtotal, a total): every column in `style`, empty unless
 * given by key.
 */
export function keyedRow<K extends string>(
  table: OutputTable<never, K>,
  row: number,
  style: CellStyle,
  values: Partial<Record<K, { value: Value; style?: CellStyle }>>,
  left = 0
): CellWrite[] {
  return table.map((column, i) => {
    const given = values[column.key];
    return { row, col: left + i, value: given?.value ?? null, style: given?.style ?? style };
  });
}

/**
 * The table as a sheet holds it, found by its header labels (either language, anywhere in the
 * sheet): each row below the header, up to the first empty one, as its cells by column key (a
 * formula's cached result, an error's text). Null when the sheet has no such header. Reading beside writing: the
 * declaration that wrote a table reads it back (the results report reads 취합 and 취합_지표).
 */
export function readOutputTable<K extends string>(
  rows: readonly (readonly RawCell[] | undefined)[],
  table: OutputTable<never, K>
): Record<K, RawCell>[] | null {
  const labels = table.map((column) => [headerKey(column.label.ko), headerKey(column.label.en)]);
  for (let header = 0; header < rows.length; header++) {
    const cells = rows[header] ?? [];
    const left = cells.findIndex(
      (cell, col) =>
        typeof cell === "string" &&
        labels.every(([ko, en], i) => {
          const text = cells[col + i];
          return typeof text === "string" && [ko, en].includes(headerKey(text));
        })
    );
    if (left < 0) continue;
    const out: Record<K, RawCell>[] = [];
    for (let row = header + 1; row < rows.length; row++) {
      const values = table.map((_, i) => plainValue(rows[row]?.[left + i]));
      if (values.every((v) => v === null || v === "")) break;
      const record = {} as Record<K, RawCell>;
      table.forEach((column, i) => (record[column.key] = values[i]));
      out.push(record);
    }
    return out;
  }
  return null;
}
