/**
 * The Periksa tab before its engine has loaded: the rule-set choice and "Periksa lembar ini",
 * built from light components only, so the first tab is usable while the rest (findings list,
 * mapping editor, the check itself) loads. Pressing the button asks for the full tab, which then
 * starts the check.
 */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Regular } from "@fluentui/react-icons";
import { AturanChoice } from "../aturan-choice";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export function PeriksaStart({ onCheck, loading = false }: { onCheck?: () => void; loading?: boolean }) {
  const styles = useStyles();
  const { t } = usePane();
  return (
    <div className={styles.stack}>
      <AturanChoice />
      <div className={styles.row}>
        <Button appearance="primary" icon={<CheckmarkCircle20Regular />} onClick={onCheck} disabledFocusable={loading} data-focus-key="periksa">
          {t("checkSheet")}
        </Button>
      </div>
      {loading && <Caption1 role="status">{t("loading")}</Caption1>}
    </div>
  );
}
