import type { RibbonAction } from "./register";

/**
 * The ribbon's functions by their manifest FunctionName.
 * computeAchievement is bound to "달성도 계산"; it runs the evaluation once the Office.js adapter
 * exists (issue 4). Until then pressing the button completes without touching the workbook.
 */
export const ribbonFunctions: Record<string, RibbonAction> = {
  computeAchievement: async () => {
    console.info("computeAchievement: the evaluation engine is not connected yet.");
  },
};
