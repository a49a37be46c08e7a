// 취합 in the open workbook (the pane's 취합 card). Its own module: the ribbon's ES5 bundle, which
// imports actions.ts, has no 취합 and should not carry its code.
import { readConsolidationMonth } from "../core/committee/sheets";
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
  consolidationAt: (month: number | null) => Consolidation,
  lang: Lang,
  computedAt: string
): Promise<{ consolidation: Consolidation; committee: CommitteeOutcome }> {
  return withWorkbook(host, async (context, state, capabilities) => {
    // The open workbook's 취합설정 may set the 기준월 (a month it cannot use is among the
    // committee's problems).
    const consolidation = consolidationAt(readConsolidationMonth(state.snapshot, []));
    const write = consolidationWrite(consolidation, lang, computedAt, state.snapshot);
    await applyWrite(context, write, state, capabilities);
    return { consolidation, committee: write.committee };
  });
}
