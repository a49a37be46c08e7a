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
  problems: {
    notANumber: "not a number",
    negative: "negative figures are not allowed",
    excelError: "an Excel error value",
    formulaWithoutResult: "a formula with no saved result (open and save it in Excel)",
    notFinite: "a number too large",
    percentRescaled: "{detail} typed for a % indicator was read as {detail}%",
    missingSheet: "the sheet '{detail}' is missing",
    missingHeader: "the header '{detail}' was not found",
    blankTarget: "the target is blank",
    zeroTarget: "a higher-is-better target must be above 0",
    unknownWord: "unknown value (allowed: {detail})",
    missingTaskNo: "the task number is missing",
    unknownKpi: "task {detail} has no such indicator in the Goals sheet",
    unknownTask: "task {detail} is not in the Goals sheet",
    duplicateRow: "the same row exists already ({detail}); this one was left out",
    badSetting: "the setting could not be read; the default {detail} was used",
    badWeight: "a weight must be a number above 0; 1 was used",
  },
  cli: {
    usage:
      "usage:\n  mbo-eval template [--sample] [--lang ko|en] [--year YEAR] [--dept NAME] -o FILE.xlsx\n  mbo-eval compute FILE.xlsx [--as-of MONTH] [-o OUT.xlsx]\n  mbo-eval check FILE.xlsx [--json]\n  mbo-eval demo [-o FILE.xlsx]",
    noSuchFile: "no such file: {detail}",
    notXlsx: "not an .xlsx file: {detail}",
    encrypted:
      "the workbook is password-protected (encrypted) and cannot be read; remove the password in Excel, save, and run again: {detail}",
    corrupt: "the .xlsx file is damaged or unreadable: {detail}",
    cannotWrite: "cannot write the file: {detail}",
    written: "written: {detail}",
    backup: "the original is kept as {detail}",
    nothingWritten: "nothing was written.",
    badOption: "bad option: {detail}",
    summaryTitle: "{detail} results",
    overall: "overall score {score} (grade {grade}), as of month {month}",
    noScore: "no overall score (no indicator could be scored), as of month {month}",
    problemsTitle: "input check: {errors} errors, {warnings} warnings",
    noProblems: "input check: no problems",
  },
};
