import { useCallback, useEffect, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Label,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Evaluation } from "../core/rules/evaluate";
import type { Problem } from "../core/format/problems";
import { SAMPLE_2011 } from "../core/format/sample";
import type { PlanRows } from "../core/format/planRows";
import { importWrite } from "../core/import/workbook";
import type { WorkbookStatus } from "../core/format/status";
import { localTimestamp } from "../core/rules/time";
import {
  checkInExcel,
  computeInExcel,
  createTemplateInExcel,
  goToCellInExcel,
  loadSampleInExcel,
  statusInExcel,
  writeInExcel,
  type ExcelHost,
} from "../excel/actions";
import { format, messagesFor, type Lang } from "../i18n";
import { computeNotice, sampleNotice, templateNotice } from "../outcome/compute";
import { errorNotice, type Notice } from "../outcome/notice";
import { ImportCard } from "./ImportCard";
import { consolidateInExcel } from "../excel/consolidate";
import { planSheetsInExcel, readSheetInExcel } from "../excel/planSheet";
import { ConfirmBar, Problems, Results } from "./views";
import { NewYearCard } from "./NewYearCard";
import { docxBlob, saveAs, xlsxBlob } from "./download";
import { refusalText, reportFileName } from "../outcome/report";
import { problemsLine } from "../outcome/score";
import type { NewYearOutcome } from "../core/year/newYear";
import { nextStep, nextStepText, type NextStep } from "../outcome/nextStep";
import { COMMITTEE_TOOLS_KEY, useRemembered } from "./remembered";
import type { YearEndSource } from "./yearEnd";
import { openAsNewWorkbook } from "./newWorkbook";

/** The pane's sections: each opens and closes; the next step's are opened for the user. */
type SectionKey = "actions" | "import" | "yearEnd" | "consolidate";
const SECTIONS_OF_STEP: Record<NextStep, SectionKey[]> = {
  create: ["actions", "import"],
  enterPlan: ["actions", "import"],
  compute: ["actions"],
  recompute: ["actions"],
  monthly: ["actions"],
  yearEnd: ["actions", "yearEnd"],
  summary: ["actions", "consolidate"],
};

const useStyles = makeStyles({
  section: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  panel: { paddingBottom: tokens.spacingVerticalM },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  actions: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  next: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  outcome: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    outlineStyle: "none",
  },
});

/** One of the pane's sections: a heading that opens and closes it; working in it makes it the user's. */
function Section({
  value,
  title,
  onUse,
  children,
}: {
  value: SectionKey;
  title: string;
  onUse: (section: SectionKey) => void;
  children: React.ReactNode;
}) {
  const styles = useStyles();
  return (
    <AccordionItem value={value} className={styles.section}>
      <AccordionHeader as="h2" size="large">
        {title}
      </AccordionHeader>
      <AccordionPanel className={styles.panel} onFocus={() => onUse(value)}>
        {children}
      </AccordionPanel>
    </AccordionItem>
  );
}

function StatusCard({ status, lang }: { status: WorkbookStatus | null; lang: Lang }) {
  const text = messagesFor(lang).pane;
  const styles = useStyles();
  return (
    <Card>
      <CardHeader header={<Subtitle2 as="h2">{text.statusTitle}</Subtitle2>} />
      {status === null ? (
        <Spinner size="tiny" label={text.working} />
      ) : (
        <div className={styles.stack} data-testid="workbook-status">
          <div className={styles.next} data-testid="next-step">
            <Subtitle2 as="h3">{text.nextTitle}</Subtitle2>
            <Body1>{nextStepText(status, lang)}</Body1>
          </div>
          <Body1>{status.hasTemplates ? text.templatesPresent : text.templatesMissing}</Body1>
          {status.hasTemplates && (
            <>
              <Body1>
                {format(text.plan, {
                  year: status.year ?? "-",
                  department: status.department || "-",
                })}
              </Body1>
              <Caption1>
                {status.asOfMonthSetting
                  ? format(text.asOfSetting, { month: status.asOfMonthSetting })
                  : text.asOfLatest}
              </Caption1>
              <Caption1>
                {status.lastComputedAt
                  ? format(text.lastComputed, {
                      time: status.lastComputedAt,
                      month: status.lastAsOfMonth ?? "-",
                    })
                  : text.neverComputed}
              </Caption1>
              {status.stale !== null && (
                <MessageBar layout="multiline" intent={status.stale ? "warning" : "success"}>
                  <MessageBarBody>{status.stale ? text.stale : text.fresh}</MessageBarBody>
                </MessageBar>
              )}
            </>
          )}
        </div>
      )}
    </Card>
  );
}

export function Pane({ host, lang }: { host: ExcelHost; lang: Lang }) {
  const text = messagesFor(lang).pane;
  const styles = useStyles();
  const [status, setStatus] = useState<WorkbookStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  /** "파일 읽는 중 3 / 17" while 취합 reads the picked files. */
  const [progress, setProgress] = useState<string | null>(null);
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [problems, setProblems] = useState<Problem[] | null>(null);
  const [asOf, setAsOf] = useState("auto");
  const [confirmingSample, setConfirmingSample] = useState(false);
  const [newYear, setNewYear] = useState<Extract<NewYearOutcome, { ok: true }> | null>(null);
  const [committeeTools, setCommitteeTools] = useRemembered(COMMITTEE_TOOLS_KEY);
  /** Files picked for 취합 in a department's workbook, waiting for the answer to where. */
  const [pendingFiles, setPendingFiles] = useState<File[] | null>(null);
  const consolidateInputRef = useRef<HTMLInputElement>(null);
  /**
   * The open sections: those of the next step (PRODUCT.md "What people see first"), and those the
   * user opened by hand or worked in (취합 too when its tools are on). When the workbook moves to
   * another step, the previous step's other sections close: no pile of open cards, and nothing the
   * user is in the middle of (an import's decisions to confirm) closes under them.
   */
  const openedByUser = useRef(new Set<SectionKey>(committeeTools ? ["consolidate"] : []));
  const [openSections, setOpenSections] = useState<SectionKey[]>(() => [
    "actions",
    ...openedByUser.current,
  ]);
  const openByHand = (section: SectionKey, open: boolean) => {
    if (open) openedByUser.current.add(section);
    else openedByUser.current.delete(section);
    setOpenSections((sections) =>
      open ? [...new Set([...sections, section])] : sections.filter((s) => s !== section)
    );
  };
  /** A section worked in (the focus went into it) is the user's: it stays open as if opened. */
  const usedByHand = (section: SectionKey) => openedByUser.current.add(section);
  const step = status ? nextStep(status) : null;
  useEffect(() => {
    if (step) setOpenSections([...new Set([...SECTIONS_OF_STEP[step], ...openedByUser.current])]);
  }, [step]);
  // What an action did stands at the top, under the workbook's status, and takes the focus: the
  // result lands where the user looks (issue 29), not 1,400 px down under every card.
  const outcomeRef = useRef<HTMLDivElement>(null);
  /** 예시 불러오기: the focus comes back to it when its question is answered 취소. */
  const sampleButtonRef = useRef<HTMLButtonElement>(null);
  const hasOutcome =
    notice !== null || evaluation !== null || problems !== null || newYear !== null;
  useEffect(() => {
    if (!hasOutcome) return;
    outcomeRef.current?.focus();
    outcomeRef.current?.scrollIntoView?.({ block: "start" });
  }, [hasOutcome, notice, evaluation, problems, newYear]);

  const refresh = useCallback(
    () => statusInExcel(host).then(setStatus, (error) => setNotice(errorNotice(error, lang))),
    [host, lang]
  );
  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** One action at a time; every failure ends in words, never in a stuck spinner. */
  const run = async (action: () => Promise<Notice | void>): Promise<void> => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await action();
      if (result) setNotice(result);
    } catch (error) {
      setNotice(errorNotice(error, lang));
    } finally {
      setBusy(false);
      setProgress(null);
      void refresh();
    }
  };

  const templateOptions = {
    lang,
    year: new Date().getFullYear(),
    department: status?.department ?? "",
  };
  const createTemplate = () =>
    run(async () => {
      return templateNotice(await createTemplateInExcel(host, templateOptions), lang);
    });
  const loadSample = () => {
    if (status?.hasEntries && !confirmingSample) {
      setConfirmingSample(true);
      return;
    }
    setConfirmingSample(false);
    void run(async () => {
      await loadSampleInExcel(host, { ...templateOptions, sample: SAMPLE_2011 });
      setEvaluation(null);
      setProblems(null);
      return sampleNotice(lang);
    });
  };
  const check = () =>
    run(async () => {
      setProblems(await checkInExcel(host));
    });
  const compute = () =>
    run(async () => {
      const report = await computeInExcel(host, {
        computedAt: localTimestamp(new Date()),
        asOfMonth: asOf === "auto" ? undefined : Number(asOf),
      });
      setProblems(report.problems);
      setEvaluation(report.ok ? report.evaluation : null);
      return computeNotice(report, lang);
    });
  const makeNewYear = () =>
    run(async (): Promise<Notice> => {
      setNewYear(null);
      // Neither a new window nor a download from this Excel: say where instead, before any work.
      if (!host.openWorkbook && !host.canDownload)
        return { intent: "warning", text: text.newYearCannotOpen };
      // The .xlsx library comes with it, as for 취합: not in the pane's first load.
      const { newYearInPane } = await import("./yearEnd");
      const result = await newYearInPane(host, new Date().getFullYear());
      if (!result.ok) {
        setProblems(result.problems);
        return { intent: "error", text: problemsLine(result.problems, lang) };
      }
      const name = result.made.fileName;
      setNewYear(result.made);
      // Made from the sheets: what it could not carry is said after what happened.
      const fromSheets = sourceWords(result.source, text.fromSheets.newYear);
      if (result.opened) {
        // The web saves a new workbook in the user's cloud folder itself; a desktop asks for a name.
        const opened = host.web ? text.newYearOpenedWeb : text.newYearOpened;
        return {
          intent: fromSheets ? "warning" : "success",
          text: [format(opened, { name }), fromSheets].filter(Boolean).join(" "),
        };
      }
      if (!host.canDownload)
        return { intent: "error", text: format(text.newYearNotOpened, { name }) };
      // No new window from this Excel (or it refused this one): the same bytes are downloaded.
      saveAs(xlsxBlob(result.bytes), name);
      const why = result.notOpened ? text.newYearWhyDownloaded[result.notOpened] : "";
      return {
        intent: result.notOpened || fromSheets ? "warning" : "success",
        text: [why, format(text.newYearDownloaded, { name }), fromSheets].filter(Boolean).join(" "),
      };
    });
  const makeReport = () =>
    run(async (): Promise<Notice> => {
      const { reportInPane } = await import("./yearEnd");
      const report = await reportInPane(host, new Date().getFullYear());
      if (!report.ok)
        return { intent: "error", text: refusalText(report.reason, text.thisWorkbook, lang) };
      const name = reportFileName(report.document);
      saveAs(docxBlob(report.bytes), name);
      return {
        intent: "success",
        text: [
          format(text.reportDownloaded, { name }),
          sourceWords(report.source, text.fromSheets.report),
        ]
          .filter(Boolean)
          .join(" "),
      };
    });
  /** Where 연말 read the workbook, in words: nothing when it was the file. */
  const sourceWords = (source: YearEndSource, made: string): string =>
    source.from === "file"
      ? ""
      : [
          made,
          source.why === "fileFailed"
            ? format(text.fromSheets.fileFailed, { detail: source.detail })
            : "",
        ]
          .filter(Boolean)
          .join(" ");
  const goTo = (problem: Problem) => run(() => goToCellInExcel(host, problem.sheet, problem.cell));
  const writePlan = async (plan: PlanRows): Promise<boolean> => {
    let ok = false;
    await run(async () => {
      await writeInExcel(host, importWrite(plan, lang));
      ok = true;
    });
    return ok;
  };
  /**
   * 취합 picked in a department's workbook: asked first (the sheets it adds, and the report that
   * becomes the 취합's), with a new workbook offered instead (PRODUCT.md "What people see first").
   */
  const consolidateInto = (files: File[]) => {
    if (files.length === 0) return;
    if (status?.hasTemplates && !status.isSummary) setPendingFiles(files);
    else void consolidateHere(files);
  };
  const canMakeNewWorkbook = host.openWorkbook !== null || host.canDownload;
  /** The picked files read (the .xlsx reader loaded with them), the progress shown meanwhile. */
  const readPicked = async (files: File[]) => {
    const reader = await import("./consolidateFiles");
    const picked = await reader.consolidatePicked(files, lang, (done, total) =>
      setProgress(format(text.reading, { done, total }))
    );
    setProgress(null);
    return { picked, consolidatedWorkbook: reader.consolidatedWorkbook };
  };
  const consolidateNew = (files: File[]) =>
    run(async (): Promise<Notice> => {
      const { picked, consolidatedWorkbook } = await readPicked(files);
      const { bytes } = await consolidatedWorkbook(picked, lang, localTimestamp(new Date()));
      const count = picked.consolidation.departments.length;
      const month = picked.consolidation.asOfMonth;
      const outcome = await openAsNewWorkbook(host, bytes);
      if (outcome.opened)
        return { intent: "success", text: format(text.consolidatedNewOpened, { count, month }) };
      if (!host.canDownload) return { intent: "error", text: text.consolidatedNotOpened };
      // Not opened (no new window here, too large for the web, or refused): the same bytes downloaded.
      const name = messagesFor(lang).page.consolidationFile;
      saveAs(xlsxBlob(bytes), name);
      const why = outcome.notOpened ? text.consolidatedWhyDownloaded[outcome.notOpened] : "";
      return {
        intent: why ? "warning" : "success",
        text: [why, format(text.consolidatedNewDownloaded, { name, count, month })]
          .filter(Boolean)
          .join(" "),
      };
    });
  const consolidateHere = (files: File[]) =>
    run(async () => {
      const { picked } = await readPicked(files);
      const { consolidation, committee } = await consolidateInExcel(
        host,
        picked.at,
        lang,
        localTimestamp(new Date())
      );
      const incomplete = committee.grading.ranked.filter((d) => d.incomplete).length;
      return {
        intent: consolidation.skipped.length || committee.problems.length ? "warning" : "success",
        text: format(text.consolidated, {
          month: consolidation.asOfMonth,
          count: consolidation.departments.length,
          skipped: consolidation.skipped.map((s) => s.file).join(", ") || "-",
          complete: committee.grading.complete,
          incomplete,
          problems: committee.problems.length,
        }),
      };
    });

  return (
    <>
      <StatusCard status={status} lang={lang} />
      {hasOutcome && (
        <div
          ref={outcomeRef}
          tabIndex={-1}
          data-testid="outcome"
          aria-label={text.outcomeTitle}
          role="region"
          className={styles.outcome}
        >
          {notice && (
            <MessageBar
              layout="multiline"
              intent={notice.intent}
              role={notice.intent === "error" ? "alert" : "status"}
            >
              <MessageBarBody>{notice.text}</MessageBarBody>
            </MessageBar>
          )}
          {newYear && (
            <NewYearCard
              lang={lang}
              year={newYear.year}
              department={newYear.department}
              carried={newYear.carried}
            />
          )}
          {evaluation && <Results evaluation={evaluation} lang={lang} />}
          {problems && <Problems problems={problems} lang={lang} onGoTo={goTo} disabled={busy} />}
        </div>
      )}
      <Accordion
        multiple
        collapsible
        openItems={openSections}
        onToggle={(_, data) =>
          openByHand(data.value as SectionKey, data.openItems.includes(data.value))
        }
        data-testid="sections"
      >
        <Section value="actions" title={text.actionsTitle} onUse={usedByHand}>
          <div className={styles.actions}>
            <Button disabled={busy} onClick={createTemplate}>
              {text.createTemplate}
            </Button>
            <Button ref={sampleButtonRef} disabled={busy} onClick={loadSample}>
              {text.loadSample}
            </Button>
            {confirmingSample && (
              <ConfirmBar
                testId="confirm-sample"
                question={text.confirmSample}
                yes={text.confirmYes}
                no={text.confirmNo}
                onYes={loadSample}
                onNo={() => {
                  setConfirmingSample(false);
                  sampleButtonRef.current?.focus();
                }}
              />
            )}
            <Button
              disabled={busy || !status?.hasTemplates}
              aria-describedby={status && !status.hasTemplates ? "needs-templates" : undefined}
              onClick={check}
            >
              {text.check}
            </Button>
            <div className={styles.stack}>
              <Label htmlFor="as-of">{text.asOfLabel}</Label>
              <Select
                id="as-of"
                value={asOf}
                disabled={busy}
                onChange={(_, data) => setAsOf(data.value)}
              >
                <option value="auto">{text.asOfAuto}</option>
                {Array.from({ length: 12 }, (_, i) => (
                  <option key={i + 1} value={String(i + 1)}>
                    {format(text.month, { month: i + 1 })}
                  </option>
                ))}
              </Select>
            </div>
            <Button
              appearance="primary"
              disabled={busy || !status?.hasTemplates}
              aria-describedby={status && !status.hasTemplates ? "needs-templates" : undefined}
              onClick={compute}
            >
              {text.compute}
            </Button>
            {/* A button that cannot be used now says why (PRODUCT.md "What people see first"). */}
            {status && !status.hasTemplates && (
              <Caption1 id="needs-templates" data-testid="needs-templates">
                {text.needsTemplates}
              </Caption1>
            )}
            {busy && <Spinner size="tiny" label={text.working} />}
          </div>
        </Section>
        <Section value="import" title={text.importTitle} onUse={usedByHand}>
          <ImportCard
            titled={false}
            lang={lang}
            busy={busy}
            hasEntries={status?.hasEntries ?? false}
            onWrite={writePlan}
            onGoTo={(sheet, cell) => void run(() => goToCellInExcel(host, sheet, cell))}
            readers={() => import("./planDocuments")}
            sheets={{
              list: () => planSheetsInExcel(host),
              read: (name) => readSheetInExcel(host, name),
            }}
          />
        </Section>
        <Section value="yearEnd" title={text.yearEndTitle} onUse={usedByHand}>
          <div className={styles.actions} data-testid="year-end">
            <Button
              disabled={busy || !status?.hasEntries}
              aria-describedby={status && !status.hasEntries ? "needs-entries" : undefined}
              onClick={makeNewYear}
            >
              {text.makeNewYear}
            </Button>
            {host.canDownload ? (
              <Button
                disabled={busy || !status?.hasTemplates}
                aria-describedby={status && !status.hasEntries ? "needs-entries" : undefined}
                onClick={makeReport}
              >
                {text.makeReport}
              </Button>
            ) : (
              <Caption1 data-testid="report-desktop">{text.reportDesktop}</Caption1>
            )}
            {status && !status.hasEntries && (
              <Caption1 id="needs-entries" data-testid="needs-entries">
                {text.needsEntries}
              </Caption1>
            )}
          </div>
        </Section>
        {/* The 기획감사실's tools: in a 취합 workbook, or when the user turns them on. */}
        {(committeeTools || status?.isSummary) && (
          <Section value="consolidate" title={text.consolidateTitle} onUse={usedByHand}>
            <div className={styles.stack} data-testid="consolidate-card">
              <Caption1>{text.committeeToolsHint}</Caption1>
              <Label htmlFor="consolidate-files">{text.consolidatePick}</Label>
              <input
                id="consolidate-files"
                type="file"
                accept=".xlsx"
                multiple
                disabled={busy}
                ref={consolidateInputRef}
                onChange={(event) => consolidateInto(Array.from(event.target.files ?? []))}
              />
              {pendingFiles && (
                <ConfirmBar
                  testId="confirm-consolidate"
                  question={format(text.confirmConsolidateHere, {
                    department: status?.department || text.thisWorkbook,
                  })}
                  yes={canMakeNewWorkbook ? text.consolidateNew : text.consolidateHere}
                  onYes={() => {
                    const files = pendingFiles;
                    setPendingFiles(null);
                    void (canMakeNewWorkbook ? consolidateNew(files) : consolidateHere(files));
                  }}
                  other={
                    canMakeNewWorkbook
                      ? {
                          label: text.consolidateHere,
                          onClick: () => {
                            const files = pendingFiles;
                            setPendingFiles(null);
                            void consolidateHere(files);
                          },
                        }
                      : undefined
                  }
                  no={text.confirmNo}
                  onNo={() => {
                    setPendingFiles(null);
                    consolidateInputRef.current?.focus();
                  }}
                />
              )}
              {progress && (
                <Caption1 role="status" data-testid="consolidate-progress">
                  {progress}
                </Caption1>
              )}
            </div>
          </Section>
        )}
      </Accordion>
      <Switch
        checked={committeeTools}
        label={text.committeeTools}
        data-testid="committee-tools"
        onChange={(_, data) => {
          setCommitteeTools(data.checked);
          openByHand("consolidate", data.checked);
        }}
      />
    </>
  );
}
