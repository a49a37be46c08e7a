// The task pane for Office's Internet Explorer 11 (Trident) and EdgeHTML webviews: the same actions
// as the Fluent UI pane (create or update the sheets, sample, check, compute as of a month), the
// result summary with status words and the problems with go-to-cell, in plain DOM and ES5.
// State lives here; every change re-renders the pane from it (the pane is small).
import { nextStepText } from "../../outcome/nextStep";
import { describeProblem, resultMark } from "../../core/format/words";
import { statusCounts, type Evaluation, type Status } from "../../core/rules/evaluate";
import type { Problem } from "../../core/format/problems";
import { SAMPLE_2011 } from "../../core/format/sample";
import { STATUS_STYLE } from "../../core/format/schema";
import type { WorkbookStatus } from "../../core/format/status";
import { localTimestamp } from "../../core/rules/time";
import {
  checkInExcel,
  computeInExcel,
  createTemplateInExcel,
  goToCellInExcel,
  loadSampleInExcel,
  statusInExcel,
  writeInExcel,
  type ExcelHost,
} from "../../excel/actions";
import { describeDecision, importPlan, type ImportResult } from "../../core/import/plan";
import { readPlainTextDocument } from "../../core/import/text";
import { importWrite } from "../../core/import/workbook";
import {
  activityLines,
  goalLines,
  importCounts,
  importFailureText,
  importSummary,
} from "../importPreview";
import { format, messagesFor, type Lang, type Messages } from "../../i18n";
import { computeNotice, sampleNotice, templateNotice } from "../../outcome/compute";
import { errorNotice, type Notice } from "../../outcome/notice";
import { el, replaceContent, select, type Child } from "./dom";

interface State {
  status: WorkbookStatus | null;
  busy: boolean;
  notice: Notice;
  evaluation: Evaluation | null;
  problems: Problem[] | null;
  asOf: string;
  confirmingSample: boolean;
  /** The text pasted for 계획서 가져오기 (kept as typed; not rendered from). */
  pasted: string;
  imported: ImportResult | null;
  confirmingImport: boolean;
}

function statusBadge(status: Status, lang: Lang, count?: number): HTMLElement {
  const style = STATUS_STYLE[status];
  return el(
    "span",
    {
      className: status === "error" ? "badge badge-error" : "badge",
      style: `background-color: #${style.fill}`,
    },
    [count === undefined ? style[lang] : `${style[lang]} ${count}`]
  );
}

function card(title: string, children: Child[], testId?: string): HTMLElement {
  const heading: Child[] = [el("h2", {}, [title])];
  return el("section", { className: "card", testId }, heading.concat(children));
}

export class PlainPane {
  private readonly text: Messages["pane"];
  private state: State = {
    status: null,
    busy: false,
    notice: null,
    evaluation: null,
    problems: null,
    asOf: "auto",
    confirmingSample: false,
    pasted: "",
    imported: null,
    confirmingImport: false,
  };

  constructor(
    private readonly root: HTMLElement,
    private readonly host: ExcelHost,
    private readonly lang: Lang
  ) {
    this.text = messagesFor(lang).pane;
  }

  /** Shows the pane and reads where the workbook stands. */
  start(): Promise<void> {
    this.render();
    return this.refresh();
  }

  private update(change: Partial<State>): void {
    this.state = { ...this.state, ...change };
    this.render();
  }

  private refresh(): Promise<void> {
    return statusInExcel(this.host).then(
      (status) => this.update({ status }),
      (error: unknown) => this.update({ notice: errorNotice(error, this.lang) })
    );
  }

  /**
   * One action at a time; what it changes is shown when it ends, and every failure ends in words,
   * never in a stuck "working" line.
   */
  private run(action: () => Promise<Partial<State> | void>): Promise<void> {
    this.update({ busy: true, notice: null });
    return action()
      .then(
        (change) => this.update({ ...change, busy: false }),
        (error: unknown) => this.update({ busy: false, notice: errorNotice(error, this.lang) })
      )
      .then(() => this.refresh())
      .then(() => this.focusOutcome());
  }

  /** The outcome takes the focus (after the last render: every render replaces the elements). */
  private focusOutcome(): void {
    const outcome = this.root.querySelector("[data-testid='outcome']") as HTMLElement | null;
    if (!outcome) return;
    outcome.focus();
    if (outcome.scrollIntoView) outcome.scrollIntoView(true);
  }

  private templateOptions() {
    return {
      lang: this.lang,
      year: new Date().getFullYear(),
      department: this.state.status ? this.state.status.department : "",
    };
  }

  private createTemplate(): Promise<void> {
    return this.run(() =>
      createTemplateInExcel(this.host, this.templateOptions()).then((written): Partial<State> => ({
        notice: templateNotice(written, this.lang),
      }))
    );
  }

  private loadSample(): Promise<void> {
    const status = this.state.status;
    if (status && status.hasEntries && !this.state.confirmingSample) {
      this.update({ confirmingSample: true });
      return Promise.resolve();
    }
    this.update({ confirmingSample: false });
    const options = this.templateOptions();
    return this.run(() =>
      loadSampleInExcel(this.host, {
        lang: options.lang,
        year: options.year,
        department: options.department,
        sample: SAMPLE_2011,
      }).then((): Partial<State> => ({
        evaluation: null,
        problems: null,
        notice: sampleNotice(this.lang),
      }))
    );
  }

  private check(): Promise<void> {
    return this.run(() => checkInExcel(this.host).then((problems) => ({ problems })));
  }

  private compute(): Promise<void> {
    const asOf = this.state.asOf;
    return this.run(() =>
      computeInExcel(this.host, {
        computedAt: localTimestamp(new Date()),
        asOfMonth: asOf === "auto" ? undefined : Number(asOf),
      }).then((report): Partial<State> => ({
        problems: report.problems,
        evaluation: report.ok ? report.evaluation : null,
        notice: computeNotice(report, this.lang),
      }))
    );
  }

  /** 계획서 가져오기 from pasted text: IE11 gives the pane the clipboard's text only. */
  private previewImport(): void {
    const imported = importPlan(
      readPlainTextDocument(this.state.pasted),
      this.lang,
      new Date().getFullYear()
    );
    this.update({ imported, confirmingImport: false, notice: null });
  }

  private writeImport(): Promise<void> {
    const imported = this.state.imported;
    if (!imported || !imported.ok) return Promise.resolve();
    const status = this.state.status;
    if (status && status.hasEntries && !this.state.confirmingImport) {
      this.update({ confirmingImport: true });
      return Promise.resolve();
    }
    const plan = imported.plan;
    return this.run(() =>
      writeInExcel(this.host, importWrite(plan, this.lang)).then((): Partial<State> => ({
        imported: null,
        pasted: "",
        confirmingImport: false,
        notice: { intent: "success", text: format(this.text.imported, importCounts(plan)) },
      }))
    );
  }

  private importCard(): HTMLElement {
    const text = this.text;
    const state = this.state;
    const area = el("textarea", { id: "import-text", disabled: state.busy }) as HTMLTextAreaElement;
    area.value = state.pasted;
    area.setAttribute("rows", "4");
    area.setAttribute("aria-label", text.importTitle);
    area.addEventListener("input", () => (this.state.pasted = area.value));
    const imported = state.imported;
    const list = (lines: string[]) =>
      el(
        "ul",
        { className: "list" },
        lines.map((line) => el("li", { className: "caption" }, [line]))
      );
    let preview: Child = null;
    if (imported && !imported.ok) {
      preview = el("div", { className: "notice notice-error", role: "alert" }, [
        importFailureText(imported.failure, this.lang),
      ]);
    } else if (imported && imported.ok) {
      const plan = imported.plan;
      preview = el("div", { testId: "import-preview" }, [
        el("p", {}, [el("strong", {}, [importSummary(plan, this.lang)])]),
        list(goalLines(plan, this.lang)),
        list(activityLines(plan, this.lang)),
        el("p", {}, [format(text.importDecisionsTitle, { count: imported.decisions.length })]),
        list(
          imported.decisions.map(
            (d) => `${d.taskNo ? `[${d.taskNo}] ` : ""}${describeDecision(d, this.lang)}`
          )
        ),
        state.confirmingImport &&
          el("div", { className: "notice notice-warning", testId: "confirm-import" }, [
            el("p", {}, [text.importConfirm]),
            el("button", { className: "primary", onClick: () => void this.writeImport() }, [
              text.importConfirmYes,
            ]),
            el("button", { onClick: () => this.update({ confirmingImport: false }) }, [
              text.confirmNo,
            ]),
          ]),
        !state.confirmingImport &&
          el(
            "button",
            { className: "primary", disabled: state.busy, onClick: () => void this.writeImport() },
            [text.importWrite]
          ),
      ]);
    }
    return card(
      text.importTitle,
      [
        el("p", { className: "caption" }, [text.importPasteHint]),
        area,
        el("button", { disabled: state.busy, onClick: () => this.previewImport() }, [
          text.importShow,
        ]),
        preview,
      ],
      "import"
    );
  }

  private goTo(problem: Problem): Promise<void> {
    return this.run(() => goToCellInExcel(this.host, problem.sheet, problem.cell));
  }

  private render(): void {
    const text = this.text;
    const state = this.state;
    // What an action did stands under the status, before the actions (as in the Fluent pane),
    // and takes the focus when the action ends (focusOutcome).
    const hasOutcome = state.notice || state.evaluation || state.problems;
    const content = el("div", {}, [
      this.statusCard(),
      hasOutcome &&
        el(
          "div",
          { testId: "outcome", role: "region", ariaLabel: text.outcomeTitle, tabIndex: -1 },
          [
            state.notice &&
              el(
                "div",
                {
                  className: `notice notice-${state.notice.intent}`,
                  role: state.notice.intent === "error" ? "alert" : "status",
                },
                [state.notice.text]
              ),
            state.evaluation && this.resultsCard(state.evaluation),
            state.problems && this.problemsCard(state.problems),
          ]
        ),
      this.actionsCard(),
      this.importCard(),
      el("p", { className: "note" }, [text.plainPaneNote]),
    ]);
    replaceContent(this.root, content);
  }

  private statusCard(): HTMLElement {
    const text = this.text;
    const status = this.state.status;
    if (status === null) return card(text.statusTitle, [el("p", {}, [text.working])]);
    const lines: Child[] = [
      el("div", { className: "next-step", testId: "next-step" }, [
        el("h3", {}, [text.nextTitle]),
        el("p", {}, [nextStepText(status, this.lang)]),
      ]),
      el("p", {}, [status.hasTemplates ? text.templatesPresent : text.templatesMissing]),
    ];
    if (status.hasTemplates) {
      lines.push(
        el("p", {}, [
          format(text.plan, {
            year: status.year === null ? "-" : status.year,
            department: status.department || "-",
          }),
        ]),
        el("p", { className: "caption" }, [
          status.asOfMonthSetting
            ? format(text.asOfSetting, { month: status.asOfMonthSetting })
            : text.asOfLatest,
        ]),
        el("p", { className: "caption" }, [
          status.lastComputedAt
            ? format(text.lastComputed, {
                time: status.lastComputedAt,
                month: status.lastAsOfMonth === null ? "-" : status.lastAsOfMonth,
              })
            : text.neverComputed,
        ])
      );
      if (status.stale !== null) {
        lines.push(
          el(
            "div",
            { className: status.stale ? "notice notice-warning" : "notice notice-success" },
            [status.stale ? text.stale : text.fresh]
          )
        );
      }
    }
    return card(text.statusTitle, [el("div", { testId: "workbook-status" }, lines)]);
  }

  private actionsCard(): HTMLElement {
    const text = this.text;
    const state = this.state;
    const busy = state.busy;
    const noTemplates = !state.status || !state.status.hasTemplates;
    const reason = state.status && !state.status.hasTemplates ? "needs-templates" : "";
    const months = [{ value: "auto", text: text.asOfAuto }];
    for (let month = 1; month <= 12; month++) {
      months.push({ value: String(month), text: format(text.month, { month }) });
    }
    return card(text.actionsTitle, [
      el("button", { disabled: busy, onClick: () => void this.createTemplate() }, [
        text.createTemplate,
      ]),
      el("button", { disabled: busy, onClick: () => void this.loadSample() }, [text.loadSample]),
      state.confirmingSample &&
        el("div", { className: "notice notice-warning", testId: "confirm-sample" }, [
          el("p", {}, [text.confirmSample]),
          el("button", { className: "primary small", onClick: () => void this.loadSample() }, [
            text.confirmYes,
          ]),
          el(
            "button",
            { className: "small", onClick: () => this.update({ confirmingSample: false }) },
            [text.confirmNo]
          ),
        ]),
      el(
        "button",
        {
          disabled: busy || noTemplates,
          describedBy: reason || undefined,
          onClick: () => void this.check(),
        },
        [text.check]
      ),
      el("label", { className: "label", htmlFor: "as-of" }, [text.asOfLabel]),
      select("as-of", months, state.asOf, busy, (asOf) => this.update({ asOf })),
      el(
        "button",
        {
          className: "primary",
          disabled: busy || noTemplates,
          describedBy: reason || undefined,
          onClick: () => void this.compute(),
        },
        [text.compute]
      ),
      // A button that cannot be used now says why (as in the Fluent pane).
      reason && el("p", { id: reason, className: "note", testId: reason }, [text.needsTemplates]),
      busy && el("p", { role: "status" }, [text.working]),
    ]);
  }

  private resultsCard(evaluation: Evaluation): HTMLElement {
    const text = this.text;
    const lang = this.lang;
    const score = evaluation.department.score;
    const kpis = evaluation.kpis.map((k) =>
      el("li", {}, [
        el("div", {}, [`${k.kpi.taskNo} ${k.kpi.name}`]),
        el("div", {}, [
          statusBadge(k.status, lang),
          " ",
          el("span", { className: "caption" }, [
            k.achievement === null ? "-" : `${(k.achievement * 100).toFixed(1)}%`,
          ]),
        ]),
      ])
    );
    return card(
      text.computedTitle,
      [
        el("div", {}, [
          el("span", { className: "caption" }, [text.overall]),
          " ",
          el("span", { className: "score", testId: "overall-score" }, [
            score === null ? text.noScore : score.toFixed(1),
          ]),
          " ",
          el("span", { className: "caption" }, [text.grade]),
          " ",
          el("span", { className: "score", testId: "overall-grade" }, [
            evaluation.department.grade || "-",
          ]),
          " ",
          el(
            "span",
            {
              className: evaluation.provisional ? "mark mark-provisional" : "mark",
              testId: "result-mark",
            },
            [resultMark(evaluation.provisional, lang)]
          ),
        ]),
        el(
          "div",
          { className: "badges" },
          statusCounts(evaluation.kpis).map(({ status, count }) => statusBadge(status, lang, count))
        ),
        el("ul", { className: "list" }, kpis),
      ],
      "results"
    );
  }

  private problemsCard(problems: Problem[]): HTMLElement {
    const text = this.text;
    const lang = this.lang;
    const items = problems.map((problem) =>
      el("li", {}, [
        el("div", {}, [
          el("span", { className: `flag flag-${problem.severity}` }, [
            problem.severity === "error" ? STATUS_STYLE.error[lang] : STATUS_STYLE.atRisk[lang],
          ]),
          ` ${problem.sheet}${problem.cell ? `!${problem.cell}` : ""}${
            problem.shown ? ` [${problem.shown}]` : ""
          }`,
        ]),
        el("div", { className: "caption" }, [describeProblem(problem, lang)]),
        problem.cell !== "" &&
          el(
            "button",
            {
              className: "small",
              disabled: this.state.busy,
              onClick: () => void this.goTo(problem),
            },
            [text.goToCell]
          ),
      ])
    );
    return card(
      problems.length === 0
        ? text.noProblems
        : format(text.problemsTitle, { count: problems.length }),
      [el("ul", { className: "list" }, items)],
      "problems"
    );
  }
}
