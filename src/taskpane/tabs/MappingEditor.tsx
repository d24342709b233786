/** The detected (or stored) column mapping, one dropdown per field, saved on request. */
import { useState } from "react";
import { Button, Caption1, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import { columnLetters, ColumnKey, ColumnMap, columnsFor, TableLayout } from "../../workbook";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  mapping: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export function MappingEditor({ layout, headerLabels, onSave }: { layout: TableLayout; headerLabels: readonly string[]; onSave: (columns: ColumnMap) => Promise<void> }) {
  const styles = useStyles();
  const { t } = usePane();
  const [columns, setColumns] = useState<ColumnMap>(layout.columns);
  const [saving, setSaving] = useState(false);
  const choices = headerLabels.map((label, i) => ({ value: String(i), text: `${columnLetters(i)} · ${label || "—"}` }));
  return (
    <div className={styles.mapping}>
      <Caption1 className={styles.muted}>{t("mappingHint")}</Caption1>
      {columnsFor(layout.kind).map((def) => {
        const col = columns[def.key];
        const text = col === undefined ? t("notMapped") : choices[col]?.text ?? t("notMapped");
        return (
          <Field key={def.key} label={def.label} orientation="horizontal" size="small">
            <Dropdown
              size="small"
              value={text}
              selectedOptions={[col === undefined ? "" : String(col)]}
              onOptionSelect={(_, data) => {
                const next = { ...columns };
                if (data.optionValue === "" || data.optionValue === undefined) delete next[def.key as ColumnKey];
                else next[def.key as ColumnKey] = Number(data.optionValue);
                setColumns(next);
              }}
            >
              <Option value="" text={t("notMapped")}>
                {t("notMapped")}
              </Option>
              {choices.map((c) => (
                <Option key={c.value} value={c.value} text={c.text}>
                  {c.text}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
      <div>
        <Button
          disabled={saving}
          onClick={async () => {
            setSaving(true);
            try {
              await onSave(columns);
            } finally {
              setSaving(false);
            }
          }}
        >
          {t("saveMapping")}
        </Button>
      </div>
    </div>
  );
}
