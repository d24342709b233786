/**
 * Periksa: find the table, check it under a rule set, list findings by severity and rule;
 * a finding selects its cell; "Tandai sel" colours problem cells and "Hapus tanda" restores them.
 */
import { useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  tokens,
  Tooltip,
} from "@fluentui/react-components";
import { CheckmarkCircle20Regular, ErrorCircle16Filled, Warning16Filled, PaintBucket20Regular, Eraser20Regular } from "@fluentui/react-icons";
import { layoutFromChoice, RULE_CATALOGUE, TableLayout } from "../../workbook";
import { analyseActiveSheet, Cancelled } from "../analyse";
import { AturanPicker, ErrorBar } from "../components";
import { usePane } from "../pane-context";
import { FindingList } from "./FindingList";
import { MappingEditor } from "./MappingEditor";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  summary: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center", flexWrap: "wrap" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

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
          <FindingList findings={report.findings} onSelect={(f) => act(async () => (await service.select(f.address), undefined))} />
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
