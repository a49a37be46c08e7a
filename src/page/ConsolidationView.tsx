// The page's 취합: the summary table with the 취합 sheet's own columns, what each flag shown in it
// means, the grade distribution and the committee's problems — what the CLI prints, in cards.
import {
  Caption1,
  Card,
  CardHeader,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { CommitteeOutcome } from "../core/committee/outcome";
import { gradingTable } from "../core/committee/display";
import { FLAG_WORDS, type Consolidation, type Flag } from "../core/year/consolidate";
import { SUMMARY_TABLE, type SummaryRow } from "../core/sheets/summary";
import { shownAs } from "../core/rules/shown";
import { format, messagesFor, type Lang } from "../i18n";
import { Problems } from "../taskpane/views";

const useStyles = makeStyles({
  /** A wide table scrolls inside its card at 400 px instead of widening the page. */
  tableBox: { overflowX: "auto" },
  // Wide enough for its ten columns' words: at 400 px it scrolls inside its card (tableBox)
  // rather than breaking 민원봉사과 into a letter a line.
  table: { borderCollapse: "collapse", width: "100%", minWidth: "720px" },
  narrow: { borderCollapse: "collapse" },
  head: { whiteSpace: "nowrap" },
  cell: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalXS,
    textAlign: "left",
    // A Korean word (민원봉사과) wraps whole or not at all, never "민원봉사 / 과".
    wordBreak: "keep-all",
  },
  terms: { margin: 0, display: "grid", gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  meaning: { margin: `0 0 0 ${tokens.spacingHorizontalL}` },
});

/**
 * The 취합 as the page lists it: the summary sheet's own columns (their labels and values, as the
 * 취합 sheet writes them), those a ranking needs read side by side.
 */
const PAGE_SUMMARY_COLUMNS = [
  "rank",
  "department",
  "file",
  "asOfMonth",
  "quantitative",
  "qualitative",
  "final",
  "finalGrade",
  "mark",
  "flags",
].map((key) => SUMMARY_TABLE.filter((c) => c.key === key)[0]);

/** A cell of the summary as its sheet shows it: a score in its number format, "-" for none. */
function shownCell(column: (typeof SUMMARY_TABLE)[number], row: SummaryRow, lang: Lang): string {
  const value = column.value(row, lang);
  if (value === null || value === "") return "-";
  const numberFormat = column.style(value, row, lang)?.numberFormat;
  if (typeof value === "number" && numberFormat) return shownAs(value, numberFormat);
  if (column.key === "asOfMonth" && typeof value === "number")
    return format(messagesFor(lang).workbook.month, { month: value });
  return String(value);
}

/** The flags in the table's order of severity, as FLAG_WORDS lists them. */
const FLAGS = Object.keys(FLAG_WORDS) as Flag[];

/** Every flag the table shows, and 잠정 when a row is provisional, each with what it means. */
function FlagMeanings({ consolidation, lang }: { consolidation: Consolidation; lang: Lang }) {
  const styles = useStyles();
  const explain = messagesFor(lang).consolidation.explain;
  const shown = FLAGS.filter((f) => consolidation.departments.some((d) => d.flags.includes(f)));
  const provisional = consolidation.departments.some((d) => d.provisional !== null);
  if (shown.length === 0 && !provisional) return null;
  return (
    <Card data-testid="flag-meanings">
      <CardHeader header={<Subtitle2 as="h2">{messagesFor(lang).page.flagsTitle}</Subtitle2>} />
      <dl className={styles.terms}>
        {shown.map((flag) => (
          <div key={flag}>
            <dt className={styles.term}>{FLAG_WORDS[flag][lang]}</dt>
            <dd className={styles.meaning}>{explain[flag]}</dd>
          </div>
        ))}
        {provisional && (
          <div>
            <dt className={styles.term}>{explain.provisionalTerm}</dt>
            <dd className={styles.meaning}>{explain.provisional}</dd>
          </div>
        )}
      </dl>
    </Card>
  );
}

/** The grade distribution (or the bands) and the departments still without a committee score. */
function Grading({ committee, lang }: { committee: CommitteeOutcome; lang: Lang }) {
  const styles = useStyles();
  const table = gradingTable(committee, lang);
  return (
    <Card data-testid="grading">
      <CardHeader header={<Subtitle2 as="h2">{table.title}</Subtitle2>} />
      <table className={styles.narrow} data-testid="grading-table">
        <thead>
          <tr>
            {table.headers.map((h) => (
              <th key={h} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.grade} data-differs={row.differs || undefined}>
              {row.cells.map((value, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className={styles.cell}>
                    {value}
                  </th>
                ) : (
                  <td key={i} className={styles.cell}>
                    {value}
                  </td>
                )
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {table.incomplete && <Caption1 data-testid="incomplete">{table.incomplete}</Caption1>}
    </Card>
  );
}

export function ConsolidationView({
  consolidation,
  committee,
  lang,
  busy,
}: {
  consolidation: Consolidation;
  committee: CommitteeOutcome;
  lang: Lang;
  busy: boolean;
}) {
  const text = messagesFor(lang).page;
  const styles = useStyles();
  const title = format(text.consolidated, { count: consolidation.departments.length });
  return (
    <>
      <Card data-testid="consolidation">
        <CardHeader
          header={<Subtitle2 as="h2">{title}</Subtitle2>}
          // Every ranking shows the month it ranks (PRODUCT.md "Consolidation").
          description={
            <Caption1 data-testid="consolidation-month">
              {format(messagesFor(lang).consolidation.asOf, { month: consolidation.asOfMonth })}
            </Caption1>
          }
        />
        <div
          className={styles.tableBox}
          // It scrolls at 400 px: reachable by the keyboard, named for a screen reader.
          tabIndex={0}
          role="region"
          aria-label={title}
        >
          <table className={styles.table} data-testid="consolidation-table">
            <thead>
              <tr>
                {PAGE_SUMMARY_COLUMNS.map((c) => (
                  <th key={c.key} scope="col" className={mergeClasses(styles.cell, styles.head)}>
                    {c.label[lang]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {consolidation.departments.map((d, i) => {
                const row: SummaryRow = {
                  department: d,
                  graded: committee.graded[i]?.result ?? null,
                };
                return (
                  <tr key={d.file}>
                    {PAGE_SUMMARY_COLUMNS.map((c) => (
                      <td
                        key={c.key}
                        className={styles.cell}
                        data-provisional={c.key === "mark" ? d.provisional !== null : undefined}
                      >
                        {shownCell(c, row, lang)}
                      </td>
                    ))}
                  </tr>
                );
              })}
              {consolidation.skipped.map((s) => (
                <tr key={s.file}>
                  <td className={styles.cell} colSpan={PAGE_SUMMARY_COLUMNS.length}>
                    ✖ {s.file}: {s.reason}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Caption1 as="p" data-testid="qualitative-steps">
          {text.qualitativeSteps}
        </Caption1>
      </Card>
      <FlagMeanings consolidation={consolidation} lang={lang} />
      <Grading committee={committee} lang={lang} />
      {committee.problems.length > 0 && (
        <Card data-testid="committee-problems">
          <CardHeader header={<Subtitle2 as="h2">{text.committeeProblems}</Subtitle2>} />
          <Problems problems={committee.problems} lang={lang} disabled={busy} />
        </Card>
      )}
    </>
  );
}
