import type { Messages } from "./ko";

// English catalogue: the product's second language, used when Office's display language is not Korean.
export const en: Messages = {
  appTitle: "MBO Self-Evaluation",
  appSubtitle:
    "Creates the evaluation sheets and computes achievement, status, scores and grade from the figures entered.",
  loading: "Connecting to Excel…",
  workflowTitle: "The year at a glance",
  workflowPlan:
    "Start of year: write mission, goals, tasks, indicators and targets in the Goals sheet.",
  workflowMonthly: "Every month: enter actuals and activities done in the Monthly sheet.",
  workflowCompute:
    "Half-year: Compute achievement writes achievement, status, scores and grade to the Results sheet.",
  workflowReport:
    "Report: e-mail the workbook as it is. The results are readable without the add-in.",
  environmentTitle: "This Excel",
  environmentHost: "Running in",
  environmentApi: "API support",
  environmentApiValue: "ExcelApi {version}",
  environmentApiNone: "below ExcelApi 1.1 (not supported)",
  notInExcelTitle: "Please open this in Excel",
  notInExcelBody:
    "This page is the task pane of an Excel add-in. Open the add-in in Excel (Windows, Mac or the web) to use it.",
};
