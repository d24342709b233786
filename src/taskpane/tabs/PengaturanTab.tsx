/** Pengaturan: rule-set defaults, distribution percentages, potential cut-offs, language. */
import { useState } from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  SpinButton,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Save20Regular } from "@fluentui/react-icons";
import { parseSettings, Settings } from "../../workbook";
import { AturanPicker, ErrorBar } from "../components";
import { usePane } from "../pane-context";
import { STRINGS } from "../strings";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  // One column with labels above: the pair of inputs does not spill out of a 320 px pane.
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** The settings that have a field of their own here (batasPotensial's message goes on "menengah"). */
const FIELDS = ["aturan", "toleransiNilai", "persenAtas", "persenBawah", "menengah", "tinggi", "tahun", "bahasa"];

function numberOrUndefined(text: string): number | undefined {
  const n = Number(text.replace(",", "."));
  return text.trim() === "" || !Number.isFinite(n) ? undefined : n;
}

export default function PengaturanTab() {
  const styles = useStyles();
  const { settings, saveSettings, t, lang, announce, notify } = usePane();
  const [draft, setDraft] = useState<Settings>(settings);
  const [menengah, setMenengah] = useState(settings.batasPotensial ? String(settings.batasPotensial.menengah) : "");
  const [tinggi, setTinggi] = useState(settings.batasPotensial ? String(settings.batasPotensial.tinggi) : "");
  // Settings read from the workbook after the tab opened (or just saved) replace the draft.
  // …unless the officer has already started editing (they arrive after the first paint).
  const [shown, setShown] = useState(settings);
  const [edited, setEdited] = useState(false);
  if (shown !== settings && edited) setShown(settings);
  if (shown !== settings && !edited) {
    setShown(settings);
    setDraft(settings);
    setMenengah(settings.batasPotensial ? String(settings.batasPotensial.menengah) : "");
    setTinggi(settings.batasPotensial ? String(settings.batasPotensial.tinggi) : "");
  }
  // Messages on the fields they are about; those about the set as a whole go in the bar below.
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();

  const save = async () => {
    setError(undefined);
    const m = numberOrUndefined(menengah);
    const h = numberOrUndefined(tinggi);
    // Never a plausible setting from input that is not one: a cut-off that is not a number, or
    // only one of the two, is refused on its field instead of dropping both silently.
    const local: Record<string, string> = {};
    if (menengah.trim() !== "" && m === undefined) local.menengah = t("numberNeeded");
    if (tinggi.trim() !== "" && h === undefined) local.tinggi = t("numberNeeded");
    if (!local.menengah && !local.tinggi && (menengah.trim() === "") !== (tinggi.trim() === "")) local[menengah.trim() === "" ? "menengah" : "tinggi"] = t("bothCutOffs");
    const candidate = { ...draft, batasPotensial: m !== undefined && h !== undefined ? { menengah: m, tinggi: h } : undefined };
    const parsed = parseSettings(candidate);
    const onFields: Record<string, string> = { ...local };
    const general: string[] = [];
    if (!parsed.ok) {
      for (const issue of parsed.issues) {
        const field = issue.path.split(".")[0];
        const key = field === "batasPotensial" ? "menengah" : field;
        if (FIELDS.includes(key)) onFields[key] ??= issue.message;
        else general.push(`Pengaturan ${issue.path || "(umum)"}: ${issue.message}`);
      }
    }
    setFieldErrors(onFields);
    setMessages(general);
    if (!parsed.ok || Object.keys(onFields).length > 0) {
      announce([...Object.values(onFields), ...general].join(" "), { alert: true });
      return;
    }
    try {
      await saveSettings(parsed.settings);
      setEdited(false);
      // In the language just saved.
      notify((STRINGS[parsed.settings.bahasa] ?? STRINGS.id).saved);
    } catch (e) {
      setError(e);
    }
  };

  /** Fluent's field message for `key`, when the last save refused it. */
  const invalid = (key: string) => (fieldErrors[key] ? { validationState: "error" as const, validationMessage: fieldErrors[key] } : {});

  return (
    <div className={styles.stack} onChangeCapture={() => setEdited(true)} onClickCapture={() => setEdited(true)}>
      <Text as="h2" weight="semibold">
        {t("settingsTitle")}
      </Text>
      <AturanPicker value={draft.aturan} onChange={(aturan) => setDraft({ ...draft, aturan })} />
      <Switch checked={draft.penilaian360} label={t("rating360")} onChange={(_, d) => setDraft({ ...draft, penilaian360: d.checked })} />
      <Field label={t("tolerance")} {...invalid("toleransiNilai")}>
        <SpinButton
          value={draft.toleransiNilai}
          // Indonesian decimal comma in the field, as in every other text the officer reads.
          displayValue={lang === "id" ? String(draft.toleransiNilai).replace(".", ",") : undefined}
          step={0.01} min={0} max={1} onChange={(_, d) => setDraft({ ...draft, toleransiNilai: d.value ?? numberOrUndefined(d.displayValue ?? "") ?? draft.toleransiNilai })} />
      </Field>
      <Text weight="semibold">{t("distribution")}</Text>
      <div className={styles.pair}>
        <Field label={t("top")} {...invalid("persenAtas")}>
          <SpinButton value={draft.persenAtas} min={0} max={100} onChange={(_, d) => setDraft({ ...draft, persenAtas: d.value ?? Number(d.displayValue) })} />
        </Field>
        <Field label={t("bottom")} {...invalid("persenBawah")}>
          <SpinButton value={draft.persenBawah} min={0} max={100} onChange={(_, d) => setDraft({ ...draft, persenBawah: d.value ?? Number(d.displayValue) })} />
        </Field>
      </div>
      <Text weight="semibold">{t("potential")}</Text>
      <Caption1 className={styles.muted}>{t("potentialHint")}</Caption1>
      <div className={styles.pair}>
        <Field label={t("medium")} {...invalid("menengah")}>
          <Input value={menengah} onChange={(_, d) => setMenengah(d.value)} inputMode="decimal" />
        </Field>
        <Field label={t("high")} {...invalid("tinggi")}>
          <Input value={tinggi} onChange={(_, d) => setTinggi(d.value)} inputMode="decimal" />
        </Field>
      </div>
      <Field label={t("language")}>
        <Dropdown
          clearButton={{ "aria-label": t("clearSelection") }}
          value={draft.bahasa === "id" ? "Bahasa Indonesia" : "English"}
          selectedOptions={[draft.bahasa]}
          onOptionSelect={(_, d) => d.optionValue && setDraft({ ...draft, bahasa: d.optionValue as Settings["bahasa"] })}
        >
          <Option value="id">Bahasa Indonesia</Option>
          <Option value="en">English</Option>
        </Dropdown>
      </Field>
      {messages.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {messages.map((m) => (
              <div key={m}>{m}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && <ErrorBar error={error} />}
      <div>
        <Button appearance="primary" icon={<Save20Regular />} onClick={save}>
          {t("save")}
        </Button>
      </div>
    </div>
  );
}
