// The pane's way through a year's first Compute, replayed on the double: create the template, load
// the sample, compute as of a month, then save what the double holds through the file adapter.
// `npm run excel:replay` runs it; test/excel/replay.test.ts compares it with the CLI's file.
import { SAMPLE_2011 } from "../../src/core/format/sample";
import {
  computeInExcel,
  createTemplateInExcel,
  loadSampleInExcel,
  type ComputeReport,
} from "../../src/excel/actions";
import { writeWorkbook } from "../../src/xlsx/write";
import { doubleAsWrite } from "./double-as-write";
import { ExcelDouble } from "./excel-double";
import { hostOf } from "./excel-path";

export async function replay(
  level: number,
  asOfMonth: number,
  computedAt: string
): Promise<{ bytes: Uint8Array; excel: ExcelDouble; report: ComputeReport }> {
  // Excel on the web from 1.9 (it is always current), a desktop Excel below.
  const excel = new ExcelDouble(level, level >= 9);
  excel.addSheet("Sheet1");
  const host = hostOf(excel);
  const options = { lang: "ko" as const, year: new Date().getFullYear(), department: "" };
  await createTemplateInExcel(host, options);
  await loadSampleInExcel(host, { ...options, sample: SAMPLE_2011 });
  const report = await computeInExcel(host, { asOfMonth, computedAt });
  return { bytes: await writeWorkbook(null, doubleAsWrite(excel)), excel, report };
}
