// 계획서 가져오기 in the pane: paste (the clipboard's HTML, else its text) or pick a document, see
// what will be written and the decisions to confirm, then write it into the open workbook. The
// readers load on demand (planDocuments.ts).
import { useState, type ClipboardEvent } from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Label,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ImportResult } from "../core/import/plan";
import { describeDecision } from "../core/import/plan";
import { decisionCell } from "../core/import/workbook";
import type { PlanRows } from "../core/format/planRows";
import type { SheetSnapshot } from "../core/format/workbook";
import { format, messagesFor, type Lang } from "../i18n";
import { ConfirmBar } from "./views";
import {
  activityLines,
  goalLines,
  importCounts,
  importFailureText,
  importSummary,
} from "./importPreview";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export function ImportCard({
  lang,
  busy,
  hasEntries,
  onWrite,
  onGoTo,
  readers,
  writeLabel,
  sheets,
  titled = true,
}: {
  lang: Lang;
  busy: boolean;
  hasEntries: boolean;
  /** Writes the plan into the workbook; true when it was written (the pane says why not). */
  onWrite: (plan: PlanRows) => Promise<boolean>;
  /** Go to a decision's cell once written (inside Excel only). */
  onGoTo?: (sheet: string, cell: string) => void;
  /** The document readers: loaded on demand in the pane, bundled in the standalone page. */
  readers: () => Promise<typeof import("./planDocuments")>;
  /** What writing is called where it is not into the open workbook (the page downloads it). */
  writeLabel?: string;
  /** The open workbook's sheets as a source (inside Excel only): which, and one read. */
  sheets?: { list: () => Promise<string[]>; read: (name: string) => Promise<SheetSnapshot> };
  /** False where a section around it carries the title (the pane's). */
  titled?: boolean;
}) {
  const text = messagesFor(lang).pane;
  const styles = useStyles();
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [written, setWritten] = useState(false);
  const [sheetNames, setSheetNames] = useState<string[] | null>(null);
  const [sheetName, setSheetName] = useState("");

  const show = (next: ImportResult) => {
    setResult(next);
    setError(null);
    setConfirming(false);
    setWritten(false);
  };
  const fail = (reason: unknown) =>
    setError(reason instanceof Error ? reason.message : String(reason));

  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData("text/html");
    const plain = event.clipboardData.getData("text/plain");
    event.preventDefault();
    readers().then(({ importPasted }) => show(importPasted(html, plain, lang)), fail);
  };
  const pick = (file: File | undefined) => {
    if (!file) return;
    readers()
      .then(({ importPicked }) => importPicked(file, lang))
      .then(show, fail);
  };
  const listSheets = () => {
    sheets?.list().then((names) => {
      setSheetNames(names);
      setSheetName(names[0] ?? "");
    }, fail);
  };
  const readSheet = () => {
    if (!sheets || !sheetName) return;
    Promise.all([readers(), sheets.read(sheetName)])
      .then(([{ importSheet }, sheet]) => show(importSheet(sheet, lang)))
      .catch(fail);
  };
  const write = () => {
    if (!result?.ok) return;
    if (hasEntries && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    void onWrite(result.plan).then(setWritten);
  };

  const failureText = result && !result.ok ? importFailureText(result.failure, lang) : null;

  return (
    <Card data-testid="import">
      {titled && <CardHeader header={<Subtitle2 as="h2">{text.importTitle}</Subtitle2>} />}
      <Caption1>{text.importHint}</Caption1>
      <Textarea
        aria-label={text.importTitle}
        placeholder={text.importPastePlaceholder}
        disabled={busy}
        onPaste={paste}
        resize="vertical"
      />
      <Label htmlFor="import-file">{text.importPick}</Label>
      <input
        id="import-file"
        type="file"
        accept=".txt,.html,.htm,.docx,.hwpx,.hwp,.xlsx"
        disabled={busy}
        onChange={(event) => pick(event.target.files?.[0])}
      />
      {sheets && (
        <div className={styles.row}>
          {sheetNames === null ? (
            <Button disabled={busy} onClick={listSheets}>
              {text.importFromSheet}
            </Button>
          ) : sheetNames.length === 0 ? (
            <Caption1>{text.importNoSheet}</Caption1>
          ) : (
            <>
              <Select
                aria-label={text.importSheetPick}
                value={sheetName}
                disabled={busy}
                onChange={(_event, data) => setSheetName(data.value)}
              >
                {sheetNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
              <Button disabled={busy || !sheetName} onClick={readSheet}>
                {text.importSheetRead}
              </Button>
            </>
          )}
        </div>
      )}
      {(error || failureText) && (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>{error ?? failureText}</MessageBarBody>
        </MessageBar>
      )}
      {result?.ok && (
        <div className={styles.stack} data-testid="import-preview">
          <Body1>
            <strong>{importSummary(result.plan, lang)}</strong>
          </Body1>
          <ul className={styles.list}>
            {goalLines(result.plan, lang).map((line, i) => (
              <li key={`g${i}`}>
                <Caption1>{line}</Caption1>
              </li>
            ))}
          </ul>
          <ul className={styles.list}>
            {activityLines(result.plan, lang).map((line, i) => (
              <li key={`a${i}`}>
                <Caption1>{line}</Caption1>
              </li>
            ))}
          </ul>
          <Body1>{format(text.importDecisionsTitle, { count: result.decisions.length })}</Body1>
          <ul className={styles.list} data-testid="import-decisions">
            {result.decisions.map((d, i) => {
              const where = written && onGoTo ? decisionCell(result.plan, d, lang) : null;
              return (
                <li key={`d${i}`}>
                  <Caption1>
                    {d.taskNo ? `[${d.taskNo}] ` : ""}
                    {describeDecision(d, lang)}
                  </Caption1>
                  {where && (
                    <Button
                      size="small"
                      disabled={busy}
                      onClick={() => onGoTo?.(where.sheet, where.cell)}
                    >
                      {text.goToCell}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
          {confirming && (
            <ConfirmBar
              testId="confirm-import"
              question={text.importConfirm}
              yes={text.importConfirmYes}
              no={text.confirmNo}
              onYes={write}
              onNo={() => setConfirming(false)}
            />
          )}
          {written ? (
            <MessageBar layout="multiline" intent="success">
              <MessageBarBody>{format(text.imported, importCounts(result.plan))}</MessageBarBody>
            </MessageBar>
          ) : (
            <Button appearance="primary" disabled={busy} onClick={write}>
              {writeLabel ?? text.importWrite}
            </Button>
          )}
        </div>
      )}
    </Card>
  );
}
