// Driving the Excel adapter against the double, as the pane and the ribbon do.
import { computeInExcel, createTemplateInExcel, type ExcelHost } from "../../src/excel/actions";
import { SAMPLE_2011 } from "../../src/core/format/sample";
import type { PlanRows } from "../../src/core/format/planRows";
import type { Lang } from "../../src/core/format/schema";
import { ExcelDouble } from "./excel-double";
import { base64Of, workbookFileBytes, type FileDocument } from "../../src/excel/file";
import { COMPUTED_AT } from "../support/workbooks";

export function hostOf(excel: ExcelDouble): ExcelHost {
  return {
    run: (batch) => excel.run(batch as never),
    isSetSupported: (name, version) => excel.isSetSupported(name, version),
    web: excel.web,
    canDownload: excel.platform !== "Mac",
    fileBytes: excel.isSetSupported("CompressedFile", "1.1")
      ? () => workbookFileBytes(excel.files.document() as FileDocument)
      : null,
    openWorkbook: excel.isSetSupported("ExcelApi", "1.8")
      ? (bytes) => excel.files.createWorkbook(base64Of(bytes))
      : null,
  };
}

export interface Counted {
  syncs: number;
  requestCount: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

/** Runs an action and counts its round trips and request sizes. */
export async function counted(
  excel: ExcelDouble,
  action: () => Promise<unknown>
): Promise<Counted> {
  const syncsBefore = excel.syncs;
  const requestsBefore = excel.requestBytes.length;
  await action();
  const requests = excel.requestBytes.slice(requestsBefore);
  const responses = excel.responseBytes.slice(requestsBefore);
  return {
    syncs: excel.syncs - syncsBefore,
    requestCount: requests.length,
    maxRequestBytes: Math.max(0, ...requests),
    maxResponseBytes: Math.max(0, ...responses),
  };
}

/**
 * The template (with a plan) created in a fresh double at an API level. By default the Excel is
 * the web's from 1.9 (Excel on the web is always current) and a desktop one below (Office 2016
 * and 2019 are desktop only).
 */
export async function excelWithTemplate(
  level: number,
  plan: PlanRows | null = SAMPLE_2011,
  lang: Lang = "ko",
  web = level >= 9
) {
  const excel = new ExcelDouble(level, web);
  excel.addSheet("Sheet1");
  const created = await counted(excel, () =>
    createTemplateInExcel(hostOf(excel), {
      lang,
      year: 2011,
      department: "민원봉사과",
      sample: plan ?? undefined,
    })
  );
  return { excel, created };
}

export async function computeExcel(
  excel: ExcelDouble,
  asOfMonth?: number,
  computedAt = COMPUTED_AT
) {
  let report: Awaited<ReturnType<typeof computeInExcel>> | undefined;
  const count = await counted(excel, async () => {
    report = await computeInExcel(hostOf(excel), { computedAt, asOfMonth });
  });
  return { report: report!, count };
}
