/**
 * The rule set the officer picks for this session's check and recommendation (`pengguna` in the
 * flows' AturanPreference). "Otomatis" leaves the choice to the workbook's saved rule set, else
 * the sheet, as `kinerja validasi` does without --aturan. A native select: light enough for the
 * first tab, and it fits a 320 px pane.
 */
import { Field, Select } from "@fluentui/react-components";
import { ATURAN_INFO, ATURAN_VALUES, Aturan } from "../core/aturan";
import { usePane } from "./pane-context";

const AUTO = "otomatis";

export function AturanChoice({ numericOnly = false }: { numericOnly?: boolean }) {
  const { chosenAturan, setChosenAturan, savedAturan, t } = usePane();
  const options = ATURAN_VALUES.filter((a) => !numericOnly || a !== "PERMENPANRB6");
  return (
    <Field label={t("aturan")} hint={chosenAturan ? undefined : savedAturan ? `${t("aturanSaved")}: ${ATURAN_INFO[savedAturan].nama}` : t("aturanAutoHint")}>
      <Select data-focus-key="aturan" value={chosenAturan ?? AUTO} onChange={(_, d) => setChosenAturan(d.value === AUTO ? undefined : (d.value as Aturan))}>
        <option value={AUTO}>{t("aturanAuto")}</option>
        {options.map((a) => (
          <option key={a} value={a}>
            {ATURAN_INFO[a].nama}
          </option>
        ))}
      </Select>
    </Field>
  );
}
