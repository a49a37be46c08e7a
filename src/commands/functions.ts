import { computeInExcel, officeHost } from "../excel/actions";
import { localTimestamp } from "../core/time";
import type { RibbonAction } from "./register";

/**
 * The ribbon's functions by their manifest FunctionName. "달성도 계산" computes without the pane;
 * what happened is in the workbook: 결과 is activated, its 입력 점검 lists every problem, and when
 * nothing could be evaluated it says why.
 */
export const ribbonFunctions: Record<string, RibbonAction> = {
  computeAchievement: async () => {
    await computeInExcel(officeHost(), { computedAt: localTimestamp() });
  },
};
