/**
 * What the engine understood of the checked sheet (issue 11 D), as the engine describes it: the
 * sheet and header row(s), each field with its column letter and header text, the columns left
 * unread, the checks skipped for a missing column, the rule set and why, cleaned columns. The
 * officer corrects the mapping in the editor below it.
 */
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { TableUnderstanding } from "../../workbook";
import { ATURAN_INFO } from "../../core/aturan";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  letter: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
});

const SOURCE: Record<string, string> = { pengguna: "dipilih di panel", "buku kerja": "tersimpan di buku kerja", terdeteksi: "dikenali dari lembar" };

export function Understanding({ understanding }: { understanding: TableUnderstanding }) {
  const styles = useStyles();
  const { t } = usePane();
  const u = understanding;
  const rows = u.headerRows.length > 1 ? `${u.headerRows[0]}–${u.headerRows[u.headerRows.length - 1]}` : String(u.headerRows[0]);
  return (
    <div className={styles.stack}>
      <Text>
        {t("sheetLabel")} <b>{u.sheet}</b> · {t("headerRow")} {rows} · {u.rowsRead} {t("rowsRead")}
        {u.rowsSkipped.length > 0 ? ` · ${u.rowsSkipped.length} ${t("rowsSkippedLabel")}` : ""}
      </Text>
      <Text>
        {t("aturan")}: <b>{ATURAN_INFO[u.aturan.aturan].nama}</b> ({SOURCE[u.aturan.source] ?? u.aturan.source}
        {u.aturan.reason && u.aturan.reason !== ATURAN_INFO[u.aturan.aturan].nama ? `: ${u.aturan.reason}` : ""})
      </Text>
      <section aria-label={t("fieldsRead")}>
        <Text weight="semibold">{t("fieldsRead")}</Text>
        <ul className={styles.list}>
          {u.fields.map((f) => (
            <li key={f.field}>
              {f.label} — {t("column")} <span className={styles.letter}>{f.column}</span> “{f.header}”
            </li>
          ))}
        </ul>
      </section>
      {u.unmapped.length > 0 && (
        <section aria-label={t("unmappedColumns")}>
          <Text weight="semibold">{t("unmappedColumns")}</Text>
          <ul className={styles.list}>
            {u.unmapped.map((c) => (
              <li key={c.column}>
                <span className={styles.letter}>{c.column}</span> “{c.header}”{c.note ? ` — ${c.note}` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      {u.skippedChecks.length > 0 && (
        <section aria-label={t("skippedChecks")}>
          <Text weight="semibold">{t("skippedChecks")}</Text>
          <ul className={styles.list}>
            {u.skippedChecks.map((c) => (
              <li key={c.check}>{c.message}.</li>
            ))}
          </ul>
        </section>
      )}
      {u.year && <Caption1 className={styles.muted}>{u.year.message}</Caption1>}
      {u.hygiene.map((h) => (
        <Caption1 key={h} className={styles.muted}>
          {h}
        </Caption1>
      ))}
    </div>
  );
}
