import { useEffect, useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { computeWorkbook } from "../core/year/compute";
import type { CommitteeOutcome } from "../core/committee/outcome";
import type { Consolidation } from "../core/year/consolidate";
import type { Evaluation } from "../core/rules/evaluate";
import type { Problem } from "../core/format/problems";
import { localTimestamp } from "../core/rules/time";
import { format, messagesFor, type Lang } from "../i18n";
import { Problems, Results } from "../taskpane/views";
import {
  consolidatePicked,
  consolidatedWorkbook,
  readPickedFile,
} from "../taskpane/consolidateFiles";
import { writeWorkbook } from "../xlsx/write";
import { importWrite } from "../core/import/workbook";
import { ImportCard } from "../taskpane/ImportCard";
import * as planDocuments from "../taskpane/planDocuments";
import { newYearWorkbook, type NewYearOutcome } from "../core/year/newYear";
import { NewYearCard } from "../taskpane/NewYearCard";
import { docxBlob, saveAs, xlsxBlob } from "../taskpane/download";
import { isReportSheet, workbookReport } from "../core/report/workbookReport";
import { isSummary } from "../core/report/summary";
import { reportBytes } from "../report/docx";
import { refusalText, reportFileName } from "../outcome/report";
import { readSnapshot } from "../xlsx/read";
import { ConsolidationView } from "./ConsolidationView";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    maxWidth: "760px",
    margin: "0 auto",
  },
  block: { display: "block", margin: `0 0 ${tokens.spacingVerticalS} 0` },
  /** The outcome: right under the file picker, its parts stacked like the page's. */
  result: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    ":focus": { outline: "none" },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The results report of what was picked (computed here first), or why there is none. */
type Report = { bytes: Uint8Array; name: string } | { refusal: string };

type Outcome =
  | {
      kind: "one";
      name: string;
      evaluation: Evaluation | null;
      problems: Problem[];
      download: Blob | null;
      /** Next year's workbook from the file as picked (null when it cannot be read as a plan). */
      newYear: { outcome: Extract<NewYearOutcome, { ok: true }>; bytes: Uint8Array } | null;
      report: Report | null;
      /** A 취합 summary picked alone: shown as one, not computed as a department. */
      summary: boolean;
    }
  | {
      kind: "many";
      consolidation: Consolidation;
      committee: CommitteeOutcome;
      download: Blob;
      report: Report | null;
    };

/** The report of a workbook as bytes and name, or its refusal in words naming `file`. */
async function reportOf(
  bytes: Uint8Array,
  file: string,
  lang: Lang,
  year: number
): Promise<Report> {
  const outcome = workbookReport(await readSnapshot(bytes, { sheets: isReportSheet }), year);
  if (!outcome.ok) return { refusal: refusalText(outcome.reason, file, lang) };
  return { bytes: await reportBytes(outcome.document), name: reportFileName(outcome.document) };
}

function ReportAction({ report, label }: { report: Report | null; label: string }) {
  if (!report) return null;
  if ("refusal" in report) {
    return (
      <MessageBar layout="multiline" intent="warning" data-testid="report-refused">
        <MessageBarBody>{report.refusal}</MessageBarBody>
      </MessageBar>
    );
  }
  return <Button onClick={() => saveAs(docxBlob(report.bytes), report.name)}>{label}</Button>;
}

/** The browser page: evaluate one workbook, or consolidate many, with no server and no network. */
export function Page({ lang }: { lang: Lang }) {
  const text = messagesFor(lang).page;
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  /** "파일 읽는 중 3 / 17" while many files are read. */
  const [progress, setProgress] = useState<string | null>(null);
  /** The outcome's region: it takes the focus when an outcome arrives (and is announced). */
  const resultRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (outcome || error) resultRef.current?.focus();
  }, [outcome, error]);

  const pick = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      if (files.length === 1) {
        const { bytes, snapshot } = await readPickedFile(files[0], lang);
        const now = new Date();
        if (isSummary(snapshot)) {
          // Its report as it is; consolidating again needs the departments' files with it.
          setOutcome({
            kind: "one",
            name: files[0].name,
            evaluation: null,
            problems: [],
            download: null,
            newYear: null,
            report: await reportOf(bytes, files[0].name, lang, now.getFullYear()),
            summary: true,
          });
          return;
        }
        const result = computeWorkbook(snapshot, { computedAt: localTimestamp(now) });
        const next = newYearWorkbook(snapshot, now.getFullYear());
        const newYear = next.ok
          ? { outcome: next, bytes: await writeWorkbook(bytes, next.write) }
          : null;
        const computed = result.ok ? await writeWorkbook(bytes, result.write) : null;
        setOutcome({
          kind: "one",
          name: files[0].name,
          evaluation: result.ok ? result.evaluation : null,
          problems: result.problems,
          download: computed ? xlsxBlob(computed) : null,
          newYear,
          // The department's report of its workbook as computed here.
          report: computed
            ? await reportOf(computed, files[0].name, lang, now.getFullYear())
            : null,
          summary: false,
        });
      } else {
        const picked = await consolidatePicked(files, lang, (done, total) =>
          setProgress(format(text.reading, { done, total }))
        );
        const { bytes, write } = await consolidatedWorkbook(
          picked,
          lang,
          localTimestamp(new Date())
        );
        setOutcome({
          kind: "many",
          consolidation: picked.consolidation,
          committee: write.committee,
          download: xlsxBlob(bytes),
          report: await reportOf(bytes, text.consolidationFile, lang, new Date().getFullYear()),
        });
      }
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={styles.root}>
        <header>
          <Title3 as="h1" className={styles.block}>
            {text.title}
          </Title3>
          <Body1 as="p" className={styles.block}>
            {text.intro}
          </Body1>
        </header>
        <Card>
          <label htmlFor="files">
            <Subtitle2>{text.pick}</Subtitle2>
          </label>
          <input
            id="files"
            type="file"
            accept=".xlsx"
            multiple
            disabled={busy}
            onChange={(event) => void pick(Array.from(event.target.files ?? []))}
          />
          <Caption1>{text.offline}</Caption1>
          {busy && <Spinner size="tiny" label={progress ?? text.working} />}
        </Card>
        <section
          ref={resultRef}
          tabIndex={-1}
          aria-live="polite"
          aria-label={text.resultRegion}
          className={styles.result}
          data-testid="outcome"
        >
          {error && (
            <MessageBar layout="multiline" intent="error" role="alert">
              <MessageBarBody>{error}</MessageBarBody>
            </MessageBar>
          )}
          {outcome?.kind === "one" && outcome.summary && (
            <>
              <MessageBar layout="multiline" intent="info" data-testid="summary-alone">
                <MessageBarBody>{text.summaryAlone}</MessageBarBody>
              </MessageBar>
              <ReportAction report={outcome.report} label={text.downloadReport} />
            </>
          )}
          {outcome?.kind === "one" && !outcome.summary && (
            <>
              <Subtitle1 as="h2" data-testid="result-heading">
                {outcome.evaluation
                  ? format(text.resultHeading, {
                      year: outcome.evaluation.settings.year,
                      department: outcome.evaluation.settings.department || outcome.name,
                      month: outcome.evaluation.asOfMonth,
                    })
                  : outcome.name}
              </Subtitle1>
              {outcome.evaluation && <Results evaluation={outcome.evaluation} lang={lang} />}
              {outcome.download ? (
                <Button
                  appearance="primary"
                  onClick={() =>
                    saveAs(
                      outcome.download!,
                      outcome.name.replace(/\.xlsx$/i, "") + text.computedSuffix
                    )
                  }
                >
                  {text.downloadComputed}
                </Button>
              ) : (
                <MessageBar layout="multiline" intent="error">
                  <MessageBarBody>{text.cannotCompute}</MessageBarBody>
                </MessageBar>
              )}
              <ReportAction report={outcome.report} label={text.downloadReport} />
              <Problems problems={outcome.problems} lang={lang} disabled={busy} />
              {/* 새해 양식 from a year computed through December; earlier, the reason instead. */}
              {outcome.newYear && outcome.evaluation?.asOfMonth === 12 && (
                <NewYearCard
                  lang={lang}
                  year={outcome.newYear.outcome.year}
                  department={outcome.newYear.outcome.department}
                  carried={outcome.newYear.outcome.carried}
                  action={{
                    label: text.downloadNewYear,
                    busy,
                    onMake: () =>
                      saveAs(xlsxBlob(outcome.newYear!.bytes), outcome.newYear!.outcome.fileName),
                  }}
                />
              )}
              {outcome.newYear && outcome.evaluation && outcome.evaluation.asOfMonth < 12 && (
                <Caption1 data-testid="new-year-later">
                  {format(text.newYearLater, { month: outcome.evaluation.asOfMonth })}
                </Caption1>
              )}
            </>
          )}
          {outcome?.kind === "many" && (
            <>
              <Button
                appearance="primary"
                onClick={() => saveAs(outcome.download, text.consolidationFile)}
              >
                {text.downloadConsolidation}
              </Button>
              <ReportAction report={outcome.report} label={text.downloadReport} />
              <ConsolidationView
                consolidation={outcome.consolidation}
                committee={outcome.committee}
                lang={lang}
                busy={busy}
              />
            </>
          )}
        </section>
        <ImportCard
          lang={lang}
          busy={busy}
          hasEntries={false}
          onWrite={async (plan) => {
            const bytes = await writeWorkbook(null, importWrite(plan, lang));
            saveAs(xlsxBlob(bytes), `${plan.year} ${plan.department || text.importedFile}.xlsx`);
            return true;
          }}
          readers={() => Promise.resolve(planDocuments)}
          writeLabel={text.downloadImported}
        />
      </main>
    </FluentProvider>
  );
}
