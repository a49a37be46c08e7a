// 취합 in the open workbook (the pane's 취합 card). Its own module: the ribbon's ES5 bundle, which
// imports actions.ts, has no 취합 and should not carry its code.
import type { CommitteeOutcome } from "../core/committee/outcome";
import type { Consolidation } from "../core/year/consolidate";
import { consolidationWrite } from "../core/sheets/consolidation";
import type { Lang } from "../core/format/schema";
import { type ExcelHost, withWorkbook } from "./actions";
import { applyWrite } from "./apply";

/**
 * 취합 into the open workbook: the committee's sheets (취합설정, 정성평가) are read from it first,
 * so everything typed there is kept; the summary is rewritten with their results.
 */
export async function consolidateInExcel(
  host: ExcelHost,
  consolidation: Consolidation,
  lang: Lang,
  computedAt: string
): Promise<CommitteeOutcome> {
  return withWorkbook(host, async (context, state, capabilities) => {
    const write = consolidationWrite(consolidation, lang, computedAt, state.snapshot);
    await applyWrite(context, write, state, capabilities);
    return write.committee;
  });
}
