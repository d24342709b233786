/** Small pieces several tabs use. */
import { Dropdown, Field, MessageBar, MessageBarBody, MessageBarTitle, Option } from "@fluentui/react-components";
import { ATURAN_INFO, ATURAN_VALUES, Aturan } from "../core/aturan";
import { describeOfficeError } from "../excel/office-errors";
import { usePane } from "./pane-context";

export function AturanPicker({ value, onChange, numericOnly = false }: { value: Aturan; onChange: (a: Aturan) => void; numericOnly?: boolean }) {
  const { t } = usePane();
  const options = ATURAN_VALUES.filter((a) => !numericOnly || a !== "PERMENPANRB6");
  return (
    <Field label={t("aturan")}>
      <Dropdown
          clearButton={{ "aria-label": t("clearSelection") }}
        value={ATURAN_INFO[value].nama}
        selectedOptions={[value]}
        onOptionSelect={(_, data) => data.optionValue && onChange(data.optionValue as Aturan)}
      >
        {options.map((a) => (
          <Option key={a} value={a} text={ATURAN_INFO[a].nama}>
            {ATURAN_INFO[a].nama}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

/** An Office or engine error as a plain message with what to do. */
export function ErrorBar({ error, title }: { error: unknown; title?: string }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {describeOfficeError(error)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A share as text with one decimal, in the panel's language: "46,7" in Indonesian (decimal comma). */
export function percentText(count: number, total: number, lang: "id" | "en" = "id"): string {
  const value = total ? (count / total) * 100 : 0;
  return new Intl.NumberFormat(lang === "id" ? "id-ID" : "en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(value);
}
