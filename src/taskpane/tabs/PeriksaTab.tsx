/**
 * Periksa: find the table, check it under a rule set, list findings by severity and rule;
 * a finding selects its cell; "Tandai sel" colours problem cells and "Hapus tanda" restores them.
 */
import { useMemo, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  CounterBadge,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Text,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { CheckmarkCircle20Regular, ErrorCircle16Filled, Warning16Filled, PaintBucket20Regular, Eraser20Regular } from "@fluentui/react-icons";
import {
  columnLetters,
  ColumnKey,
  ColumnMap,
  columnsFor,
  Finding,
  layoutFromChoice,
  ruleInfo,
  RULE_CATALOGUE,
  Severity,
  TableLayout,
} from "../../workbook";
import { analyseActiveSheet, Cancelled } from "../analyse";
import { AturanPicker, ErrorBar } from "../components";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  summary: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    justifyContent: "start",
    alignItems: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    minHeight: "auto",
    fontWeight: tokens.fontWeightRegular,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  message: { whiteSpace: "normal" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  mapping: { display: "grid", gridTemplateColumns: "1fr", gap: tokens.spacingVerticalS },
  severityHeading: { marginTop: tokens.spacingVerticalS },
});

const PAGE = 200;

function groupFindings(findings: readonly Finding[]): { severity: Severity; rules: { code: string; findings: Finding[] }[] }[] {
  const out: { severity: Severity; rules: { code: string; findings: Finding[] }[] }[] = [];
  for (const severity of ["error", "warning"] as const) {
    const byRule = new Map<string, Finding[]>();
    for (const f of findings) if (f.severity === severity) byRule.set(f.code, [...(byRule.get(f.code) ?? []), f]);
    if (byRule.size > 0) out.push({ severity, rules: [...byRule].map(([code, list]) => ({ code, findings: list })) });
  }
  return out;
}

function FindingList({ findings, onSelect }: { findings: Finding[]; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const { t } = usePane();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ul className={styles.list}>
        {findings.slice(0, shown).map((f) => (
          <li key={`${f.address}-${f.code}`}>
            <Button appearance="subtle" className={styles.finding} onClick={() => onSelect(f)} aria-label={`${t("goToCell")} ${f.cell}: ${f.message}`}>
              <span className={styles.cell}>{f.cell}</span>
              <span className={styles.message}>{f.message}</span>
            </Button>
          </li>
        ))}
      </ul>
      {findings.length > shown && (
        <Button appearance="transparent" onClick={() => setShown(shown + PAGE)}>
          +{findings.length - shown}
        </Button>
      )}
    </>
  );
}

function MappingEditor({ layout, headerLabels, onSave }: { layout: TableLayout; headerLabels: readonly string[]; onSave: (columns: ColumnMap) => Promise<void> }) {
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

export default function PeriksaTab() {
  const styles = useStyles();
  const { service, settings, setSessionSettings, t, analysis, setAnalysis } = usePane();
  const [busy, setBusy] = useState<"reading" | "validating" | undefined>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string | undefined>();
  const cancelled = useRef(false);

  const run = async (layout?: TableLayout) => {
    cancelled.current = false;
    setError(undefined);
    setNotice(undefined);
    try {
      const result = await analyseActiveSheet(service, settings, { layout, onStep: setBusy, isCancelled: () => cancelled.current });
      setAnalysis(result);
    } catch (e) {
      if (e instanceof Cancelled) setNotice(t("cancelled"));
      else setError(e);
    } finally {
      setBusy(undefined);
    }
  };

  const act = async (action: () => Promise<string | undefined>) => {
    setError(undefined);
    setNotice(undefined);
    try {
      setNotice(await action());
    } catch (e) {
      setError(e);
    }
  };

  const report = analysis?.report;
  const groups = useMemo(() => (report ? groupFindings(report.findings) : []), [report]);
  const layout = analysis?.layout;

  return (
    <div className={styles.stack}>
      <AturanPicker value={settings.aturan} onChange={(aturan) => setSessionSettings({ ...settings, aturan })} />
      <div className={styles.row}>
        <Button appearance="primary" icon={<CheckmarkCircle20Regular />} onClick={() => run()} disabled={busy !== undefined}>
          {t("checkSheet")}
        </Button>
        {busy && (
          <Button appearance="secondary" onClick={() => (cancelled.current = true)}>
            {t("cancel")}
          </Button>
        )}
      </div>
      {busy && <ProgressBar thickness="large" aria-label={t(busy)} />}
      {busy && <Caption1 aria-live="polite">{t(busy)}</Caption1>}
      {error !== undefined && <ErrorBar error={error} />}
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      {report && (
        <>
          <div className={styles.summary} role="status" aria-live="polite">
            <Text weight="semibold">{analysis?.read.sheet.name}</Text>
            <Text>
              {report.rowsChecked} {t("rowsChecked")}
            </Text>
            <Badge color="danger" appearance="tint" icon={<ErrorCircle16Filled />}>
              {report.counts.errors} {t("errors")}
            </Badge>
            <Badge color="warning" appearance="tint" icon={<Warning16Filled />}>
              {report.counts.warnings} {t("warnings")}
            </Badge>
          </div>
          {report.findings.length === 0 ? (
            <MessageBar intent="success">
              <MessageBarBody>{t("noFindings")}</MessageBarBody>
            </MessageBar>
          ) : (
            <div className={styles.row}>
              <Tooltip content={t("markCells")} relationship="description">
                <Button
                  icon={<PaintBucket20Regular />}
                  onClick={() => act(async () => `${(await service.mark(report.findings)).marked} ${t("marked")}`)}
                >
                  {t("markCells")}
                </Button>
              </Tooltip>
              <Button icon={<Eraser20Regular />} onClick={() => act(async () => `${(await service.unmark()).restored} ${t("restored")}`)}>
                {t("unmarkCells")}
              </Button>
            </div>
          )}
          {groups.map((group) => (
            <section key={group.severity} aria-label={group.severity === "error" ? t("errors") : t("warnings")}>
              <Text as="h2" weight="semibold" className={styles.severityHeading}>
                {group.severity === "error" ? "Error" : t("warnings")[0].toUpperCase() + t("warnings").slice(1)}
              </Text>
              <Accordion multiple collapsible defaultOpenItems={group.rules.slice(0, 1).map((r) => r.code)}>
                {group.rules.map((rule) => (
                  <AccordionItem key={rule.code} value={rule.code}>
                    <AccordionHeader size="small">
                      <span className={styles.row}>
                        {ruleInfo(rule.code)?.title ?? rule.code}
                        <CounterBadge count={rule.findings.length} size="small" color={group.severity === "error" ? "danger" : "informative"} overflowCount={9999} />
                      </span>
                    </AccordionHeader>
                    <AccordionPanel>
                      <FindingList findings={rule.findings} onSelect={(f) => act(async () => (await service.select(f.address), undefined))} />
                    </AccordionPanel>
                  </AccordionItem>
                ))}
              </Accordion>
            </section>
          ))}
        </>
      )}

      {analysis && !layout && (
        <MessageBar intent="warning">
          <MessageBarBody>{analysis.ownSheet ? t("ownSheet") : t("noTable")}</MessageBarBody>
        </MessageBar>
      )}

      <Accordion collapsible>
        {layout && analysis && (
          <AccordionItem value="mapping">
            <AccordionHeader size="small">
              {t("detectedTable")}: {t("headerRow")} {analysis.read.sheet.startRow + layout.headerRow + 1}
              {layout.headerRows === 2 ? `–${analysis.read.sheet.startRow + layout.headerRow + 2}` : ""}
            </AccordionHeader>
            <AccordionPanel>
              <MappingEditor
                key={`${analysis.read.sheet.name}-${layout.headerRow}`}
                layout={layout}
                headerLabels={layout.headerLabels}
                onSave={async (columns) => {
                  const chosen = layoutFromChoice(analysis.read.sheet, layout.kind, layout.headerRow, layout.headerRows, columns);
                  await service.updateState((s) => ({ ...s, mappings: new Map(s.mappings).set(analysis.read.sheet.name, chosen) }));
                  await run(chosen);
                  setNotice(t("mappingSaved"));
                }}
              />
            </AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="rules">
          <AccordionHeader size="small">{t("rulesList")}</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list}>
              {RULE_CATALOGUE.map((r) => (
                <li key={r.code} style={{ marginBottom: 8 }}>
                  <Badge size="small" appearance="tint" color={r.severity === "error" ? "danger" : "warning"}>
                    {r.severity === "error" ? "error" : t("warnings")}
                  </Badge>{" "}
                  <Text weight="semibold">{r.title}</Text>
                  <br />
                  <Caption1 className={styles.muted}>{r.description}</Caption1>
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </div>
  );
}
