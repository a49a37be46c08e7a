import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  FluentProvider,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { officeHost } from "../excel/actions";
import { format, messagesFor } from "../i18n";
import { Pane } from "./Pane";
import type { HostInfo } from "./host";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    boxSizing: "border-box",
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  step: { marginBottom: tokens.spacingVerticalXS },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM },
  bilingual: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  info: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Fluent's text components stay inline even when rendered as h1/h2/p.
  block: { display: "block", margin: `0 0 ${tokens.spacingVerticalS} 0` },
});

/** Outside Excel the language is not known for sure, so both catalogues speak. */
function NotInExcel() {
  const styles = useStyles();
  return (
    <div className={styles.bilingual} role="alert" data-testid="not-in-excel">
      {(["ko", "en"] as const).map((language) => {
        const text = messagesFor(language);
        return (
          <section key={language} lang={language}>
            <Subtitle2 as="h2" className={styles.block}>
              {text.notInExcelTitle}
            </Subtitle2>
            <Body1 as="p" className={styles.block}>
              {text.notInExcelBody}
            </Body1>
          </section>
        );
      })}
    </div>
  );
}

function InExcel({ host }: { host: HostInfo }) {
  const styles = useStyles();
  const text = messagesFor(host.language);
  const excel = useMemo(() => officeHost(), []);
  const steps = [
    text.workflowPlan,
    text.workflowMonthly,
    text.workflowCompute,
    text.workflowReport,
  ];
  return (
    <>
      <Pane host={excel} lang={host.language} />
      {/* Help and Office's own words (runtime, requirement sets) for IT staff, out of the way. */}
      <details className={styles.info} data-testid="info">
        <summary>
          <Subtitle2>{text.infoTitle}</Subtitle2>
        </summary>
        <Card>
          <CardHeader header={<Subtitle2 as="h2">{text.workflowTitle}</Subtitle2>} />
          <ol className={styles.steps}>
            {steps.map((step) => (
              <li key={step} className={styles.step}>
                <Body1>{step}</Body1>
              </li>
            ))}
          </ol>
        </Card>
        <Card>
          <CardHeader header={<Subtitle2 as="h2">{text.environmentTitle}</Subtitle2>} />
          <dl className={styles.facts} data-testid="environment">
            <dt>
              <Caption1>{text.environmentHost}</Caption1>
            </dt>
            <dd>
              <Body1>{host.platform ?? "-"}</Body1>
            </dd>
            <dt>
              <Caption1>{text.environmentApi}</Caption1>
            </dt>
            <dd>
              <Body1>
                {host.excelApiVersion
                  ? format(text.environmentApiValue, { version: host.excelApiVersion })
                  : text.environmentApiNone}
              </Body1>
            </dd>
          </dl>
        </Card>
      </details>
    </>
  );
}

export function App({ host }: { host: HostInfo | null }) {
  const styles = useStyles();
  const language = host?.inExcel ? host.language : "ko";
  const text = messagesFor(language);
  return (
    <FluentProvider theme={webLightTheme} lang={language}>
      <main className={styles.root}>
        <header>
          <Title3 as="h1" className={styles.block}>
            {text.appTitle}
          </Title3>
          {host?.inExcel && (
            <Body1 as="p" className={styles.block}>
              {text.appSubtitle}
            </Body1>
          )}
          {host && !host.inExcel && (
            <Subtitle2 as="p" className={styles.block} lang="en">
              {messagesFor("en").appTitle}
            </Subtitle2>
          )}
        </header>
        {host === null ? (
          <Body1 role="status">{text.loading}</Body1>
        ) : host.inExcel ? (
          <InExcel host={host} />
        ) : (
          <NotInExcel />
        )}
      </main>
    </FluentProvider>
  );
}
