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
    directionFromTarget:
      "the direction is blank: the target says 'at most', so it was read as lower-is-better",
    directionContradicts: "the target's comparison word does not match the direction ({detail})",
    unknownWord: "unknown value (allowed: {detail})",
    missingTaskNo: "the task number is missing",
    activityWithoutTask: "no task number: this activity counts toward no task",
    unknownKpi: "task {detail} has no such indicator in the Goals sheet",
    unknownTask: "task {detail} is not in the Goals sheet",
    duplicateRow: "the same row exists already ({detail}); this one was left out",
    badSetting: "the setting could not be read; the default {detail} was used",
    badShares:
      "the KPI and execution shares must be 0 or more and add up to more than 0; the defaults {detail} were used",
    badHalfShares:
      "the first- and second-half shares must both be set, 0 or more, adding up to more than 0; no year score was computed",
    badDistribution: "the shares S/A/B/C/D must add up to 100; the defaults {detail} were used",
    duplicateDepartment: "the same department is in {detail} too; this row was left out",
    badCommitteeScore: "must be a number from 0 to 100; this score was left out",
    badWeight: "a weight must be a number above 0; 1 was used",
  },
  result: {
    final: "Final",
    provisional: "Provisional ({counts})",
    errors: "{count} with errors",
    noData: "{count} with no data",
  },
  importDecisions: {
    typeChosen: "indicator type chosen (please confirm): {detail}",
    directionDefault:
      "no 'at least' or 'at most' in the target: higher is better assumed: {detail}",
    figureFromWords: "a number written in words was read as: {detail}",
    previousMean: "several previous results: their mean was used: {detail}",
    previousNone: "no previous figure in the target's unit, left blank: {detail}",
    itemToNotes: "a target item with no figure was kept in the notes: {detail}",
    unpaired: "targets and indicators do not pair up (targets/indicators: {detail})",
    performanceGoalFromHeading:
      "the overview names no performance goal for this task; the heading was used: {detail}",
    yearMissing: "no year found in the document: this year was used",
    departmentMissing: "no department name found",
    activityWithoutTask:
      "the activity's task was not found; its task number is left blank: {detail}",
    activityTaskFromOtherMonth:
      "a month names no task for this activity; it was given the task it has in another month: {detail}",
    countDefault: "the activity gives no count; 1 was planned: {detail}",
  },
  importPrevious: "previous: {detail}",
  ribbon: {
    computed: "Achievement computed",
    notComputed: "Achievement cannot be computed",
    failed: "Compute did not finish",
    seeResults: "The Results sheet has the details.",
    close: "OK",
  },
  /** An action's result in words, wherever it is told (the ribbon's dialog, the CLI). */
  outcome: {
    overall: "overall score {score} (grade {grade}), as of month {month} — {mark}",
    noScore: "no overall score (no indicator could be scored), as of month {month} — {mark}",
    problemsTitle: "input check: {errors} errors, {warnings} warnings",
    noProblems: "input check: no problems",
  },
  cli: {
    usage:
      "usage:\n  mbo-eval template [--sample] [--lang ko|en] [--year YEAR] [--dept NAME] -o FILE.xlsx\n  mbo-eval compute FILE.xlsx [--as-of MONTH] [-o OUT.xlsx]\n  mbo-eval check FILE.xlsx [--json]\n  mbo-eval demo [-o FILE.xlsx]\n  mbo-eval consolidate A.xlsx B.xlsx … -o SUMMARY.xlsx\n  mbo-eval import PLAN.(txt|html|docx|hwpx|xlsx) [-o FILE.xlsx] [--replace] [--json]",
    noSuchFile: "no such file: {detail}",
    notXlsx: "not an .xlsx file: {detail}",
    encrypted:
      "the workbook is password-protected (encrypted) and cannot be read; remove the password in Excel, save, and run again: {detail}",
    tooLarge:
      "the workbook is too large: unpacked it would exceed 256 MB (a zip bomb or a damaged file). Not read: {detail}",
    corrupt: "the .xlsx file is damaged or unreadable: {detail}",
    cannotWrite: "cannot write the file: {detail}",
    written: "written: {detail}",
    backup: "the original is kept as {detail}",
    nothingWritten: "nothing was written.",
    badOption: "bad option: {detail}",
    summaryTitle: "{detail} results",
    yearScore: "year score {score} (grade {grade}) — {halves}",
    halfScore: "month {month} {score}",
    noRecord: "no record",
    consolidated: "consolidated: {count} departments",
    finalScore: "final {score} (rank {rank}, {grade})",
    distribution: "grade distribution (target, given): {counts}",
    incomplete: "incomplete (no committee score): {names}",
    imported: "imported: {year} {department}, {tasks} tasks, {kpis} indicators",
    decisionsTitle: "{count} decisions to confirm (also in each row's notes):",
    importNoGoalsTable:
      "no goals table (department, task, target, result, indicator) in the plan. Nothing was written: {detail}",
    importMissingHeaders:
      "no table is a goals table: the closest, table {table}, has no '{detail}' header. Nothing was written.",
    documentEncrypted:
      "a password-protected document cannot be read. Remove the password, save, and import again: {detail}",
    documentNotDocument:
      "not a plan document (.docx, .hwpx, or an .xlsx with the tables pasted in): {detail}",
    documentCorrupt: "a damaged or unreadable document: {detail}",
    documentBinaryDoc:
      "the Word 97–2003 format (.doc) cannot be read: {detail}. Save it as .docx from Word and import that.",
    documentBinaryXls:
      "the Excel 97–2003 format (.xls) cannot be read: {detail}. Save it as .xlsx from Excel and import that.",
    documentPdf:
      "a PDF's tables cannot be read: {detail}. Import the original Hangul or Word document (.hwpx, .docx) or a text (.txt) copy.",
    importFormatNotYet:
      "the binary Hangul format before 2014 (.hwp) cannot be read: {detail}. Save it as .hwpx or text (.txt) from Hangul and import that.",
    importWouldReplace:
      "{detail} already has goals. Add --replace to replace them. Nothing was written.",
  },
  pane: {
    statusTitle: "This workbook",
    templatesMissing: "No evaluation sheets yet. Start with Create sheets.",
    templatesPresent: "The evaluation sheets are here.",
    plan: "{year} {department}",
    asOfSetting: "As-of month: {month}",
    asOfLatest: "As-of month: the latest month with entries",
    lastComputed: "Last computed: {time} (as of month {month})",
    neverComputed: "Not computed yet.",
    stale: "Inputs changed after the last Compute — compute again.",
    fresh: "No input changed since the last Compute.",
    actionsTitle: "Actions",
    createTemplate: "Create or update sheets",
    loadSample: "Load the sample",
    check: "Check inputs",
    compute: "Compute achievement",
    asOfLabel: "As-of month",
    asOfAuto: "Automatic (setting or latest entry)",
    month: "Month {month}",
    working: "Working…",
    confirmSample:
      "This workbook already has goals. Loading the sample replaces the Settings, Goals and Monthly sheets with it. Continue?",
    confirmYes: "Replace with the sample",
    confirmNo: "Cancel",
    created: "Sheets created or updated: {sheets}",
    nothingToCreate: "All sheets are here already. Nothing was changed.",
    sampleLoaded: "Loaded the 2011 sample. Its January–June figures are examples.",
    computedTitle: "Results",
    overall: "Overall score",
    grade: "Grade",
    noScore: "no score",
    kpisTitle: "Indicators",
    problemsTitle: "Input check ({count})",
    noProblems: "Input check: no problems.",
    goToCell: "Go to cell",
    cannotCompute: "Cannot compute. The Results sheet says why.",
    importTitle: "Import the plan document",
    importHint:
      "Copy the plan's tables from Hangul or Word and paste them below, or pick a file (.txt, .html, .docx, .hwpx, or an .xlsx you pasted them into). You see what will be written first.",
    importPasteHint:
      "Copy the plan's tables from Hangul or Word, paste them below and press Preview. You see what will be written first.",
    importShow: "Preview",
    importPastePlaceholder: "Paste here (Ctrl+V)",
    importFromSheet: "From a sheet of the open workbook",
    importSheetPick: "Sheet the tables were pasted into",
    importSheetRead: "Read this sheet",
    importNoSheet:
      "No sheet holds pasted tables. Add a sheet named 'Plan', paste the plan's tables into it and try again.",
    importPick: "Pick a plan document",
    importPreview: "{year} {department}: {tasks} tasks, {kpis} indicators, {activities} activities",
    importGoal: "{taskNo} {task} · {indicator} target {target} ({type}, {direction})",
    importActivity: "{taskNo} {item} — plan {months}",
    importNoTask: "(no task)",
    importDecisionsTitle: "{count} decisions to confirm (also written in each row's notes)",
    importWrite: "Write into the workbook",
    importConfirm:
      "This workbook already has goals. Importing replaces the Settings, Goals and Monthly sheets with the plan. Continue?",
    importConfirmYes: "Replace with the plan",
    imported: "The plan was imported: {tasks} tasks, {kpis} indicators, {activities} activities.",
    consolidateTitle: "Consolidate",
    consolidatePick:
      "Choose the departments' workbooks: the summary sheets are written into this workbook",
    consolidated:
      "Summary sheets written: {count} departments ({complete} with a final score, {incomplete} without a committee score). Files not read: {skipped}. Qualitative sheet problems: {problems}",
    reading: "Reading files {done} / {total}",
    errorCellEdit:
      "A cell is being edited. Press Enter or Esc to finish, then try again. The workbook was not changed.",
    errorProtected:
      "The sheet '{detail}' is protected with a password, so the results cannot be written. Unprotect it (Review › Unprotect Sheet) and compute again. The workbook was not changed.",
    errorUnprotectRefused:
      "Excel would not unprotect the sheet '{sheet}' ({code}). Unprotect it with Review › Unprotect Sheet and compute again. The workbook was not changed.",
    undoCleared:
      "Excel cleared its undo history (an Excel below ExcelApi 1.20 does so whenever an add-in writes, and any Excel when a sheet is unprotected and protected again): edits made before Compute can no longer be undone.",
    errorTooLarge:
      "The workbook is larger than Excel on the web can send or receive at once (5 MB). Compute it in desktop Excel, or as a file (mbo-eval compute on the command line, or the mbo-eval.html page).",
    errorBusy: "Excel could not take the request (too large or busy). Try again in a moment.",
    errorPartial:
      "The action stopped halfway. These sheets were already written: {detail}. Run the same action again.",
    errorFailed: "The action did not finish: {detail}. Save the workbook and try again.",
    plainPaneNote:
      "This Excel runs add-ins in an older webview (Internet Explorer 11 or EdgeHTML), so the pane is shown in a simpler form. Consolidation is available on the mbo-eval.html page in a current browser and on the command line.",
  },
  workbook: {
    settingsTitle: "Settings",
    goalsTitle: "{year} {department} MBO plan — Goals",
    monthlyTitle: "{year} {department} monthly plan and actuals",
    resultsTitle: "{year} {department} {title} (as of month {month})",
    monthFormat: "0",
    month: "{month}",
    chartMonth: "M{month}",
    noRecord: "no record as of month {months}",
    noRecordMonthsJoin: " and ",
    consolidationTitle: "MBO consolidation ({computedAt})",
    filesNotRead: "Files not read",
    distributionComplete: "{count} complete",
    qualitativeTitle: "Qualitative — type each member's score (0–100); blank = not scored.",
  },
  page: {
    title: "MBO self-evaluation — compute and consolidate files",
    intro:
      "Computes an .xlsx workbook without the Excel add-in, or consolidates many departments' workbooks. The files never leave this computer.",
    pick: "Choose workbooks (one: compute, several: consolidate)",
    offline: "Works without an internet connection.",
    working: "Working…",
    downloadComputed: "Download the computed workbook",
    computedSuffix: " (computed).xlsx",
    cannotCompute: "Cannot compute. See the input check below.",
    downloadConsolidation: "Download the consolidation",
    downloadImported: "Download as a workbook",
    importedFile: "plan",
    consolidationFile: "consolidation.xlsx",
    reading: "Reading files {done} / {total}",
    consolidated: "Consolidated: {count} departments",
  },
};
