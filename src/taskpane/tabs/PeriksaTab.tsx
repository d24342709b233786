/**
 * Periksa: find the table, check it under a rule set, list findings by severity and rule;
 * a finding selects its cell; next/previous step through them; filters narrow them; "Tandai sel"
 * colours problem cells, "Hapus tanda" restores them, and the findings can be exported to a sheet
 * of their own. Empty sheets, header-only tables, sheets without a recognisable table (the mapping
 * editor right there) and protected sheets each say what to do.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowDown20Regular,
  ArrowUp20Regular,
  CheckmarkCircle20Regular,
  ErrorCircle16Filled,
  Warning16Filled,
  PaintBucket20Regular,
  Eraser20Regular,
  DocumentArrowRight20Regular,
} from "@fluentui/react-icons";
import { Finding, isBlankCell, planFindingsSheet, RULE_CATALOGUE, ruleInfo, Severity, sheetRows, SheetValues, TableLayout } from "../../workbook";
import { describeOfficeError } from "../../excel/office-errors";
import { analyseActiveSheet, Cancelled } from "../analyse";
import { AturanChoice } from "../aturan-choice";
import { ErrorBar } from "../components";
import { FindingFilter, filterFindings, listOrder } from "../findings-view";
import { usePane } from "../pane-context";
import { BusyProgress, ProgressChannel } from "../progress";
import { FindingList } from "./FindingList";
import { MappingEditor } from "./MappingEditor";
import { Understanding } from "./Understanding";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  summary: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  filters: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  sheetName: { overflowWrap: "anywhere" },
});

const sheetIsEmpty = (values: SheetValues) => sheetRows(values).every((row) => row.every((v) => isBlankCell(v)));

/** `takeStart`: true once when the officer pressed "Periksa lembar ini" before this tab had loaded. */
export default function PeriksaTab({ takeStart }: { takeStart?: () => boolean } = {}) {
  const styles = useStyles();
  const { service, settings, chosenAturan, t, lang, analysis, setAnalysis, announce, notify } = usePane();
  const [busy, setBusy] = useState<"reading" | "validating" | undefined>();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState<string | undefined>();
  const [filter, setFilter] = useState<FindingFilter>({ severity: "semua", rule: "semua" });
  const [current, setCurrent] = useState<Finding | undefined>();
  const [runId, setRunId] = useState(0);
  // Batal aborts this: the engine worker is ended at once, a read still on its way is dropped.
  const abort = useRef<AbortController | undefined>(undefined);
  const progress = useMemo(() => new ProgressChannel(), []);
  const checkButton = useRef<HTMLButtonElement>(null);

  const fail = (e: unknown) => {
    setError(e);
    announce(describeOfficeError(e), { alert: true });
  };

  const run = async (layout?: TableLayout) => {
    const controller = new AbortController();
    abort.current = controller;
    progress.report(undefined);
    setError(undefined);
    setNotice(undefined);
    try {
      const result = await analyseActiveSheet(service, settings, { layout, aturan: chosenAturan, onStep: setBusy, onProgress: progress.report, signal: controller.signal });
      setAnalysis(result);
      setFilter({ severity: "semua", rule: "semua" });
      setCurrent(undefined);
      setRunId((n) => n + 1);
      const r = result.report;
      announce(r ? `${t("checkDone")}: ${r.rowsChecked} ${t("rowsChecked")}, ${r.counts.errors} ${t("errors")}, ${r.counts.warnings} ${t("warnings")}.` : t("ownSheet"));
    } catch (e) {
      if (e instanceof Cancelled) {
        setNotice(t("cancelled"));
        announce(t("cancelled"));
      } else fail(e);
    } finally {
      setBusy(undefined);
      // Batal disappears with the work: focus goes back to the button that started it.
      checkButton.current?.focus();
    }
  };

  // The check the officer asked for on the first, light view of this tab.
  useEffect(() => {
    if (!takeStart?.()) return;
    checkButton.current?.focus();
    void run();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the tab mounts
  }, []);

  /** Runs an action on the workbook; its confirmation is a toast (and announced). */
  const act = async (action: () => Promise<string | undefined>) => {
    setError(undefined);
    setNotice(undefined);
    try {
      const message = await action();
      if (message) notify(message);
    } catch (e) {
      fail(e);
    }
  };

  const report = analysis?.report;
  const layout = analysis?.layout;
  const sheet = analysis?.read.sheet;
  const empty = sheet !== undefined && !analysis?.ownSheet && sheetIsEmpty(sheet.values);
  const headerOnly = !empty && layout !== undefined && report !== undefined && report.rowsChecked === 0;
  const noTable = analysis !== undefined && !analysis.ownSheet && !empty && !layout;

  const shown = useMemo(() => (report ? listOrder(filterFindings(report.findings, filter)) : []), [report, filter]);
  const rulesPresent = useMemo(() => [...new Set((report?.findings ?? []).map((f) => f.code))], [report]);
  const position = current ? shown.indexOf(current) : -1;

  const select = (f: Finding) => {
    setCurrent(f);
    void act(async () => (await service.select(f.address), undefined));
  };
  const step = (by: 1 | -1) => {
    if (shown.length === 0) return;
    const next = position < 0 ? (by === 1 ? 0 : shown.length - 1) : (position + by + shown.length) % shown.length;
    select(shown[next]);
  };

  const severityText = (s: FindingFilter["severity"]) => (s === "error" ? t("severityError") : s === "warning" ? t("severityWarning") : t("all"));

  return (
    <div className={styles.stack}>
      <AturanChoice />
      <div className={styles.row}>
        <Button ref={checkButton} data-focus-key="periksa" appearance="primary" icon={<CheckmarkCircle20Regular />} onClick={() => run()} disabledFocusable={busy !== undefined}>
          {t("checkSheet")}
        </Button>
        {busy && (
          <Button appearance="secondary" onClick={() => abort.current?.abort()}>
            {t("cancel")}
          </Button>
        )}
      </div>
      {busy && <BusyProgress channel={progress} label={t(busy)} t={t} lang={lang} />}
      {error !== undefined && <ErrorBar error={error} />}
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}

      {analysis?.read.protected && !analysis.ownSheet && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t("protectedSheet")}</MessageBarBody>
        </MessageBar>
      )}

      {empty && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("emptySheet")}</MessageBarBody>
        </MessageBar>
      )}

      {report && !empty && (
        <>
          <div className={styles.summary} role="status">
            <Text weight="semibold" className={styles.sheetName}>
              {sheet?.name}
            </Text>
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
          {headerOnly ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t("headerOnly")}</MessageBarBody>
            </MessageBar>
          ) : report.findings.length === 0 && layout ? (
            <MessageBar intent="success">
              <MessageBarBody>{t("noFindings")}</MessageBarBody>
            </MessageBar>
          ) : null}
          {report.findings.length > 0 && layout && (
            <>
              <div className={styles.row}>
                <Button icon={<PaintBucket20Regular />} onClick={() => act(async () => `${(await service.mark(report.findings)).marked} ${t("marked")}`)}>
                  {t("markCells")}
                </Button>
                <Button icon={<Eraser20Regular />} onClick={() => act(async () => `${(await service.unmark()).restored} ${t("restored")}`)}>
                  {t("unmarkCells")}
                </Button>
                <Button
                  icon={<DocumentArrowRight20Regular />}
                  title={t("exportHint")}
                  onClick={() =>
                    act(async () => {
                      const plan = planFindingsSheet(analysis, analysis.read.info, new Date());
                      if (!plan) return undefined;
                      const written = await service.write(plan);
                      // Read again so the next export knows the findings sheet is the add-in's own (and replaces it).
                      setAnalysis(await analyseActiveSheet(service, settings, { layout: analysis.layoutSource === "pilihan" ? layout : undefined, aturan: chosenAturan, sheetName: sheet!.name }));
                      return `${t("exported")} “${written.sheetName}”.`;
                    })
                  }
                >
                  {t("exportFindings")}
                </Button>
              </div>
              <div className={styles.filters}>
                <Field label={t("filterSeverity")}>
                  <Dropdown
          clearButton={{ "aria-label": t("clearSelection") }}
                    className={styles.dropdown}
                    value={severityText(filter.severity)}
                    selectedOptions={[filter.severity]}
                    onOptionSelect={(_, d) => d.optionValue && setFilter({ ...filter, severity: d.optionValue as Severity | "semua" })}
                  >
                    {(["semua", "error", "warning"] as const).map((s) => (
                      <Option key={s} value={s} text={severityText(s)}>
                        {severityText(s)}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
                <Field label={t("filterRule")}>
                  <Dropdown
          clearButton={{ "aria-label": t("clearSelection") }}
                    className={styles.dropdown}
                    value={filter.rule === "semua" ? t("allRules") : (ruleInfo(filter.rule)?.title ?? filter.rule)}
                    selectedOptions={[filter.rule]}
                    onOptionSelect={(_, d) => d.optionValue && setFilter({ ...filter, rule: d.optionValue })}
                  >
                    <Option value="semua" text={t("allRules")}>
                      {t("allRules")}
                    </Option>
                    {rulesPresent.map((code) => (
                      <Option key={code} value={code} text={ruleInfo(code)?.title ?? code}>
                        {ruleInfo(code)?.title ?? code}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              </div>
              <div className={styles.row}>
                <Button icon={<ArrowUp20Regular />} onClick={() => step(-1)} disabledFocusable={shown.length === 0}>
                  {t("previousFinding")}
                </Button>
                <Button icon={<ArrowDown20Regular />} onClick={() => step(1)} disabledFocusable={shown.length === 0}>
                  {t("nextFinding")}
                </Button>
                <Caption1 aria-live="polite">
                  {position >= 0 ? `${t("finding")} ${position + 1} ${t("findingOf")} ${shown.length}: ${shown[position].cell}` : `${shown.length} ${t("finding").toLowerCase()}`}
                </Caption1>
              </div>
            </>
          )}
          {sheet && report.findings.length > 0 && (
            <FindingList key={`${runId}-${filter.severity}-${filter.rule}`} findings={shown} sheet={sheet} current={current} onSelect={select} />
          )}
        </>
      )}

      {analysis?.ownSheet && (
        <MessageBar intent="warning">
          <MessageBarBody>{t("ownSheet")}</MessageBarBody>
        </MessageBar>
      )}

      {noTable && sheet && (
        <>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t("noTable")}</MessageBarTitle>
            </MessageBarBody>
          </MessageBar>
          <section aria-label={t("noTableTitle")}>
            <Text as="h2" weight="semibold">
              {t("noTableTitle")}
            </Text>
            <MappingEditor key={`${sheet.name}-none`} sheet={sheet} onSave={(chosen) => saveMapping(chosen)} />
          </section>
        </>
      )}

      <Accordion collapsible multiple defaultOpenItems={["understood"]}>
        {report?.understanding && (
          <AccordionItem value="understood">
            <AccordionHeader size="small">{t("understood")}</AccordionHeader>
            <AccordionPanel>
              <Understanding understanding={report.understanding} />
            </AccordionPanel>
          </AccordionItem>
        )}
        {layout && analysis && sheet && (
          <AccordionItem value="mapping">
            <AccordionHeader size="small">
              {t("detectedTable")}: {t("headerRow")} {sheet.startRow + layout.headerRow + 1}
              {layout.headerRows === 2 ? `–${sheet.startRow + layout.headerRow + 2}` : ""}
            </AccordionHeader>
            <AccordionPanel>
              <MappingEditor key={`${sheet.name}-${layout.headerRow}`} sheet={sheet} layout={layout} onSave={(chosen) => saveMapping(chosen)} />
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
                    {r.severity === "error" ? t("severityError") : t("severityWarning")}
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

  async function saveMapping(chosen: TableLayout): Promise<void> {
    if (!sheet) return;
    try {
      await service.updateState((s) => ({ ...s, mappings: new Map(s.mappings).set(sheet.name, chosen) }));
    } catch (e) {
      fail(e);
      return;
    }
    await run(chosen);
    notify(t("mappingSaved"));
  }
}
