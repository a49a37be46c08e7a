// What the pane and the standalone page both show: results with status badges, and problems.
import {
  Badge,
  MessageBar,
  MessageBarBody,
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { describeProblem, resultMark } from "../core/format/words";
import { statusCounts, type Evaluation, type Status } from "../core/rules/evaluate";
import type { Problem } from "../core/format/problems";
import { STATUS_STYLE } from "../core/format/schema";
import { format, messagesFor, type Lang } from "../i18n";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  score: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
});

/** A question before replacing what the user typed: the question, yes (primary) and no. */
export function ConfirmBar({
  testId,
  question,
  yes,
  no,
  onYes,
  onNo,
  other,
}: {
  testId: string;
  question: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
  /** A third answer, between yes and no. */
  other?: { label: string; onClick: () => void };
}) {
  const styles = useStyles();
  return (
    <MessageBar layout="multiline" intent="warning" data-testid={testId}>
      <MessageBarBody>
        {question}
        <div className={styles.row}>
          <Button appearance="primary" size="small" onClick={onYes}>
            {yes}
          </Button>
          {other && (
            <Button size="small" onClick={other.onClick}>
              {other.label}
            </Button>
          )}
          <Button size="small" onClick={onNo}>
            {no}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A status as a badge: its colour and, always, its word (never colour alone). */
function StatusBadge({ status, lang, count }: { status: Status; lang: Lang; count?: number }) {
  const style = STATUS_STYLE[status];
  return (
    <Badge
      appearance="filled"
      shape="rounded"
      style={{
        backgroundColor: `#${style.fill}`,
        color: "#1B1B1B",
        fontWeight: status === "error" ? 700 : 400,
      }}
      data-status={status}
    >
      {count === undefined ? style[lang] : `${style[lang]} ${count}`}
    </Badge>
  );
}

/** 확정, or 잠정 with its counts: beside the score, so that nobody takes a provisional one as final. */
function ResultMark({ evaluation, lang }: { evaluation: Evaluation; lang: Lang }) {
  const provisional = evaluation.provisional;
  return (
    <Badge
      appearance={provisional ? "filled" : "outline"}
      shape="rounded"
      color={provisional ? "warning" : "success"}
      data-testid="result-mark"
      data-provisional={provisional !== null}
    >
      {resultMark(provisional, lang)}
    </Badge>
  );
}

export function Results({ evaluation, lang }: { evaluation: Evaluation; lang: Lang }) {
  const text = messagesFor(lang).pane;
  const styles = useStyles();
  const department = evaluation.department;
  return (
    <Card data-testid="results">
      <CardHeader header={<Subtitle2 as="h2">{text.computedTitle}</Subtitle2>} />
      <div className={styles.row}>
        <Caption1>{text.overall}</Caption1>
        <span className={styles.score} data-testid="overall-score">
          {department.score === null ? text.noScore : department.score.toFixed(1)}
        </span>
        <Caption1>{text.grade}</Caption1>
        <span className={styles.score} data-testid="overall-grade">
          {department.grade ?? "-"}
        </span>
        <ResultMark evaluation={evaluation} lang={lang} />
      </div>
      <div className={styles.badges} aria-label={text.kpisTitle}>
        {statusCounts(evaluation.kpis).map(({ status, count }) => (
          <StatusBadge key={status} status={status} count={count} lang={lang} />
        ))}
      </div>
      <ul className={styles.list} aria-label={text.kpisTitle}>
        {evaluation.kpis.map((k) => (
          <li key={k.kpi.id} className={styles.item}>
            <Body1>
              {k.kpi.taskNo} {k.kpi.name}
            </Body1>
            <div className={styles.row}>
              <StatusBadge status={k.status} lang={lang} />
              <Caption1>
                {k.achievement === null ? "-" : `${(k.achievement * 100).toFixed(1)}%`}
              </Caption1>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The problems list; with `onGoTo` (inside Excel) each has a button that selects its cell. */
export function Problems({
  problems,
  lang,
  onGoTo,
  disabled,
}: {
  problems: Problem[];
  lang: Lang;
  onGoTo?: (problem: Problem) => void;
  disabled: boolean;
}) {
  const text = messagesFor(lang).pane;
  const styles = useStyles();
  return (
    <Card data-testid="problems">
      <CardHeader
        header={
          <Subtitle2 as="h2">
            {problems.length === 0
              ? text.noProblems
              : format(text.problemsTitle, { count: problems.length })}
          </Subtitle2>
        }
      />
      <ul className={styles.list}>
        {problems.map((problem, i) => (
          <li key={`${problem.sheet}!${problem.cell}#${i}`} className={styles.item}>
            <Body1>
              <Badge
                appearance="outline"
                color={problem.severity === "error" ? "danger" : "warning"}
              >
                {problem.severity === "error"
                  ? STATUS_STYLE.error[lang]
                  : STATUS_STYLE.atRisk[lang]}
              </Badge>{" "}
              {problem.sheet}
              {problem.cell ? `!${problem.cell}` : ""}
              {problem.shown ? ` [${problem.shown}]` : ""}
            </Body1>
            <Caption1>{describeProblem(problem, lang)}</Caption1>
            {problem.cell && onGoTo && (
              <div>
                <Button size="small" disabled={disabled} onClick={() => onGoTo(problem)}>
                  {text.goToCell}
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
