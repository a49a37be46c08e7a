// 새해 양식 as the pane and the page show it: what will be made, each carried value to confirm, and
// the action that writes it (a download on the page).
import {
  Button,
  Card,
  CardHeader,
  Caption1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CarriedValue } from "../core/year/newYear";
import { format, messagesFor, type Lang } from "../i18n";
import { carriedLine } from "../outcome/newYear";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface NewYearCardProps {
  lang: Lang;
  year: number;
  department: string;
  carried: readonly CarriedValue[];
  /** The page's download; the pane has made the workbook already and shows no action. */
  action?: { label: string; busy: boolean; onMake: () => void };
}

export function NewYearCard(props: NewYearCardProps) {
  const text = messagesFor(props.lang).newYear;
  const styles = useStyles();
  const from = props.year - 1;
  return (
    <Card data-testid="new-year">
      <CardHeader
        header={
          <Subtitle2 as="h2">
            {format(text.cardTitle, { year: props.year, department: props.department || "-" })}
          </Subtitle2>
        }
        description={<Caption1>{format(text.cardIntro, { from })}</Caption1>}
      />
      <Caption1>{format(text.confirmTitle, { count: props.carried.length })}</Caption1>
      <ul className={styles.list}>
        {props.carried.map((value) => (
          <li key={`${value.kind}-${value.cell}`}>
            <Caption1>{carriedLine(value, from, props.lang)}</Caption1>
          </li>
        ))}
      </ul>
      {props.action && (
        <Button appearance="secondary" disabled={props.action.busy} onClick={props.action.onMake}>
          {props.action.label}
        </Button>
      )}
    </Card>
  );
}
