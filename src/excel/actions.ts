// The add-in's actions on the open workbook: read once, let the core decide, write once.
// Round trips: one read (two below ExcelApi 1.4) and one write (more only when the write would
// pass Excel on the web's payload limit).
import { computeWorkbook } from "../core/year/compute";
import { describeProblem } from "../core/format/words";
import type { Evaluation } from "../core/rules/evaluate";
import { isFatal, type Problem } from "../core/format/problems";
import { failureWrite } from "../core/sheets/resultsNotice";
import { languageOfSheetNames, type Lang } from "../core/format/schema";
import { templateUpdateWrite, templateWrite, type TemplateOptions } from "../core/format/template";
import { workbookStatus, type WorkbookStatus } from "../core/format/status";
import { readWorkbook } from "../core/format/read";
import type { WorkbookSnapshot, WorkbookWrite } from "../core/format/workbook";
import { detectExcelApiVersion } from "./requirements";
import { base64Of, workbookFileBytes, type FileDocument } from "./file";
import { PartialWriteError, PasswordProtectedError, applyWrite } from "./apply";
import { capabilitiesFor, levelOf, type Capabilities } from "./capabilities";
import { readWholeSheets, readWorkbookState, type ExcelReadState, type ReadNeeds } from "./read";

/** Office.js as the actions need it (Excel.run and the requirement check), injectable for tests. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Excel on the web (its 5 MB request limit applies), or a desktop Excel. */
  web: boolean;
  /**
   * The open workbook as .xlsx bytes (Office's File API), for 새해 양식 and 결과보고서; null where
   * Office says it cannot hand it over (no CompressedFile requirement set). Where it says it can
   * and then fails (Excel on the web: office-js #5297, #98), 연말 reads the sheets instead.
   */
  fileBytes: (() => Promise<Uint8Array>) | null;
  /** Opens .xlsx bytes as a new workbook (ExcelApi 1.8); null where Excel cannot. */
  openWorkbook: ((bytes: Uint8Array) => Promise<void>) | null;
  /**
   * The pane can download a file: on the web and in Windows' WebView2 (office-js #2700: downloads
   * "work fine … in Office for Windows"); not in the Mac's WKWebView, which drops them.
   */
  canDownload: boolean;
}

export function officeHost(): ExcelHost {
  const platform = Office.context.diagnostics?.platform ?? Office.context.platform;
  // From ExcelApi 1.11 a batch waits while the user is typing in a cell instead of failing.
  const waitsForCellEdit = Office.context.requirements.isSetSupported("ExcelApi", "1.11");
  return {
    run: (batch) =>
      waitsForCellEdit ? Excel.run({ delayForCellEdit: true }, batch) : Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    // Unknown counts as the web: splitting a request costs a round trip, a refused one the action.
    web: !platform || String(platform) === "OfficeOnline",
    canDownload: String(platform) !== "Mac",
    fileBytes: Office.context.requirements.isSetSupported("CompressedFile", "1.1")
      ? () => workbookFileBytes(Office.context.document as unknown as FileDocument)
      : null,
    openWorkbook: Office.context.requirements.isSetSupported("ExcelApi", "1.8")
      ? (bytes) => Excel.createWorkbook(base64Of(bytes))
      : null,
  };
}

export function hostCapabilities(host: ExcelHost): Capabilities {
  const version = detectExcelApiVersion((n, v) => host.isSetSupported(n, v));
  return capabilitiesFor(levelOf(version), host.web);
}

/** Why an action could not run, in words the pane and the ribbon can show. */
export class ExcelActionError extends Error {
  constructor(
    readonly reason:
      | "cellEditMode"
      | "busy"
      | "partial"
      | "protected"
      | "unprotectRefused"
      | "tooLarge"
      | "failed",
    readonly detail: string
  ) {
    super(detail);
    // Compiled to ES5 (the IE11 bundles), a subclass of Error loses its prototype without this.
    Object.setPrototypeOf(this, ExcelActionError.prototype);
  }
}

function translate(error: unknown): ExcelActionError {
  if (error instanceof PartialWriteError) {
    return new ExcelActionError("partial", error.writtenSheets.join(", "));
  }
  if (error instanceof PasswordProtectedError) {
    return error.password
      ? new ExcelActionError("protected", error.sheet)
      : new ExcelActionError("unprotectRefused", `${error.sheet}|${error.code}`);
  }
  const code = (error as { code?: string }).code ?? "";
  const detail = error instanceof Error ? error.message : String(error);
  if (code === "InvalidOperationInCellEditMode")
    return new ExcelActionError("cellEditMode", detail);
  // Excel on the web's 5 MB limit on a request or a response: the workbook is too large for it.
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded") {
    return new ExcelActionError("tooLarge", detail);
  }
  if (code === "ActivityLimitReached") return new ExcelActionError("busy", detail);
  return new ExcelActionError("failed", detail);
}

/** undoCleared: the write changed protection or visibility, so Excel cleared the undo history. */
export type ComputeReport =
  | { ok: true; evaluation: Evaluation; problems: Problem[]; lang: Lang; undoCleared: boolean }
  | { ok: false; problems: Problem[]; lang: Lang; undoCleared: boolean };

/**
 * Compute in the open workbook. When the sheets cannot be evaluated (a sheet or header missing),
 * 결과 still says why, so that the ribbon button, which has no pane, shows what happened.
 */
export async function computeInExcel(
  host: ExcelHost,
  options: { asOfMonth?: number; computedAt: string }
): Promise<ComputeReport> {
  return withWorkbook(
    host,
    async (context, state, capabilities): Promise<ComputeReport> => {
      let outcome = computeWorkbook(state.snapshot, options);
      if (outcome.ok && outcome.readWhole.length > 0) {
        // An earlier month recomputed, its 이력 record moving later ones: one more read, whole.
        const whole = await readWholeSheets(context, outcome.readWhole);
        state.snapshot = {
          sheets: state.snapshot.sheets.map((sheet) => {
            const rows = whole.get(sheet.name);
            return rows
              ? { name: sheet.name, visibility: sheet.visibility, rows, merges: [] }
              : sheet;
          }),
        };
        outcome = computeWorkbook(state.snapshot, options);
      }
      if (!outcome.ok) {
        const lang = languageOfSheetNames(state.sheetNames);
        const fatal = outcome.problems.filter(isFatal);
        const written = await applyWrite(
          context,
          failureWrite(fatal, lang, options.computedAt, (p) => describeProblem(p, lang)),
          state,
          capabilities
        );
        return { ok: false, problems: outcome.problems, lang, undoCleared: written.undoCleared };
      }
      const written = await applyWrite(context, outcome.write, state, capabilities);
      return {
        ok: true,
        evaluation: outcome.evaluation,
        problems: outcome.problems,
        lang: outcome.lang,
        undoCleared: written.undoCleared,
      };
    },
    COMPUTE_NEEDS
  );
}

/** Compute rewrites the metadata whole: its cells are not read. */
const COMPUTE_NEEDS: ReadNeeds = { metaCells: false };

/**
 * 평가 양식 만들기/갱신: creates the input sheets (with the sample if asked) where the workbook
 * lacks them, and adds to 월별실적 the KPI rows 목표 needs. Returns the sheets written.
 */
export async function createTemplateInExcel(
  host: ExcelHost,
  options: TemplateOptions
): Promise<string[]> {
  return withWorkbook(host, async (context, state, capabilities) => {
    const write = templateUpdateWrite(state.snapshot, options);
    if (write.sheets.length > 0) await applyWrite(context, write, state, capabilities);
    return write.sheets.map((sheet) => sheet.name);
  });
}

/** Runs a batch, turning Office's errors into ExcelActionError. */
/** Runs a batch, its failure as an ExcelActionError that says why in words. */
export async function running<T>(
  host: ExcelHost,
  batch: (context: Excel.RequestContext) => Promise<T>
): Promise<T> {
  try {
    return await host.run(batch);
  } catch (error) {
    throw error instanceof ExcelActionError ? error : translate(error);
  }
}

/**
 * Runs a batch on the open workbook as read (one read round trip, two below ExcelApi 1.4), with
 * the capabilities of this Excel.
 */
export function withWorkbook<T>(
  host: ExcelHost,
  batch: (
    context: Excel.RequestContext,
    state: ExcelReadState,
    capabilities: Capabilities
  ) => Promise<T>,
  needs?: ReadNeeds
): Promise<T> {
  const capabilities = hostCapabilities(host);
  return running(host, async (context) =>
    batch(context, await readWorkbookState(context, capabilities, needs), capabilities)
  );
}

/** Where the open workbook stands (one read). */
export function statusInExcel(host: ExcelHost): Promise<WorkbookStatus> {
  return withWorkbook(host, async (_context, state) =>
    workbookStatus(state.snapshot, new Date().getFullYear())
  );
}

/**
 * The add-in's sheets as ranges read them, for 연말 where the workbook cannot be had as a file. A
 * sheet not read at all (결과: the report evaluates the inputs anew) is left out; 이력 stays read
 * in part (its department table, which the report's year score needs; its KPI records would take
 * most of the web's 5 MB response).
 */
export function sheetsInExcel(host: ExcelHost): Promise<WorkbookSnapshot> {
  return withWorkbook(host, async (_context, state) => ({
    sheets: state.snapshot.sheets.filter((s) => !s.partial || s.partial.columns > 0),
  }));
}

/** 입력 점검: the problems only, nothing written. */
export function checkInExcel(host: ExcelHost): Promise<Problem[]> {
  return withWorkbook(
    host,
    async (_context, state) => readWorkbook(state.snapshot, new Date().getFullYear()).problems
  );
}

/** 예시 불러오기: the three input sheets replaced by the 2011 sample (the pane asks first). */
export function loadSampleInExcel(host: ExcelHost, options: TemplateOptions): Promise<void> {
  return writeInExcel(host, templateWrite(options));
}

/** Shows a problem's cell: its sheet activated, the cell selected. */
export function goToCellInExcel(host: ExcelHost, sheet: string, cell: string): Promise<void> {
  return running(host, async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}

/** Writes a description as it is (the consolidation's sheets) into the open workbook. */
export function writeInExcel(host: ExcelHost, write: WorkbookWrite): Promise<void> {
  return withWorkbook(host, async (context, state, capabilities) => {
    await applyWrite(context, write, state, capabilities);
  });
}
