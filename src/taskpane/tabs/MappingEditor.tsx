/**
 * The column mapping, one dropdown per field, saved on request. With no table recognised the
 * officer first says which row holds the header (and whether it spans two rows); with a detected
 * table the header row is preset and can be corrected. Labels sit above full-width fields so the
 * editor fits Excel's 320 px pane.
 */
import { useMemo, useState } from "react";
import { Button, Caption1, Dropdown, Field, makeStyles, Option, Switch, tokens } from "@fluentui/react-components";
import { cellText, columnLetters, ColumnKey, ColumnMap, columnsFor, HEADER_SEARCH_ROWS, headerLabelsAt, isBlankCell, layoutFromChoice, rowAt, rowCount, SheetData, SheetKind, TableLayout } from "../../workbook";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  mapping: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  dropdown: { minWidth: 0, width: "100%" },
});

/** A row offered as the header: its sheet row number and its first few texts. */
function rowChoices(sheet: SheetData): { value: string; text: string }[] {
  const out: { value: string; text: string }[] = [];
  for (let r = 0; r < Math.min(rowCount(sheet.values), HEADER_SEARCH_ROWS); r++) {
    const texts = (rowAt(sheet.values, r) ?? []).filter((v) => !isBlankCell(v)).slice(0, 3).map((v) => cellText(v));
    if (texts.length === 0) continue;
    const preview = texts.join(" | ");
    out.push({ value: String(r), text: `${sheet.startRow + r + 1} · ${preview.length > 40 ? `${preview.slice(0, 39)}…` : preview}` });
  }
  return out;
}

export function MappingEditor({ sheet, layout, onSave }: { sheet: SheetData; layout?: TableLayout; onSave: (layout: TableLayout) => Promise<void> }) {
  const styles = useStyles();
  const { t } = usePane();
  const rows = useMemo(() => rowChoices(sheet), [sheet]);
  const [headerRow, setHeaderRow] = useState<number | undefined>(layout?.headerRow);
  const [twoRows, setTwoRows] = useState(layout?.headerRows === 2);
  const [kind] = useState<SheetKind>(layout?.kind ?? "pegawai");
  const [columns, setColumns] = useState<ColumnMap>(layout?.columns ?? {});
  const [saving, setSaving] = useState(false);
  const headerRows = twoRows ? 2 : 1;
  const headerLabels = useMemo(
    () => (headerRow === undefined ? [] : layout && headerRow === layout.headerRow && headerRows === layout.headerRows ? layout.headerLabels : headerLabelsAt(sheet, headerRow, headerRows)),
    [sheet, layout, headerRow, headerRows],
  );
  const choices = headerLabels.map((label, i) => ({ value: String(i), text: `${columnLetters(sheet.startCol + i)} · ${label || "—"}` }));
  const rowText = headerRow === undefined ? "" : (rows.find((r) => r.value === String(headerRow))?.text ?? String(sheet.startRow + headerRow + 1));

  return (
    <div className={styles.mapping}>
      <Caption1 className={styles.muted}>{layout ? t("mappingHint") : t("noTableHint")}</Caption1>
      <Field label={t("headerRow")}>
        <Dropdown
          clearButton={{ "aria-label": t("clearSelection") }}
          className={styles.dropdown}
          value={rowText}
          placeholder={t("chooseHeaderRow")}
          selectedOptions={headerRow === undefined ? [] : [String(headerRow)]}
          onOptionSelect={(_, data) => data.optionValue !== undefined && setHeaderRow(Number(data.optionValue))}
        >
          {rows.map((r) => (
            <Option key={r.value} value={r.value} text={r.text}>
              {r.text}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Switch checked={twoRows} label={t("twoHeaderRows")} onChange={(_, d) => setTwoRows(d.checked)} />
      {headerRow !== undefined &&
        columnsFor(kind).map((def) => {
          const col = columns[def.key];
          const text = col === undefined ? t("notMapped") : (choices[col]?.text ?? t("notMapped"));
          return (
            <Field key={def.key} label={def.label} size="small">
              <Dropdown
          clearButton={{ "aria-label": t("clearSelection") }}
                className={styles.dropdown}
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
          disabledFocusable={saving || headerRow === undefined}
          onClick={async () => {
            if (headerRow === undefined) return;
            setSaving(true);
            try {
              await onSave(layoutFromChoice(sheet, kind, headerRow, headerRows, columns));
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
