/**
 * Rekomendasi: preview counts per predikat and per talent box, then build the recommendation
 * sheet in the workbook; replacing the add-in's own earlier sheet asks first.
 */
import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { DocumentTable20Regular, ArrowSync20Regular } from "@fluentui/react-icons";
import { planRecommendation, RecommendationBuild } from "../../workbook";
import { REKOMENDASI_BASE, TALENT_GRID } from "../recommendation-view";
import { analyseActiveSheet } from "../analyse";
import { AturanPicker, ErrorBar } from "../components";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, color: tokens.colorNeutralForeground3 },
  td: { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  grid: { display: "grid", gridTemplateColumns: "auto repeat(3, 1fr)", gap: "2px", fontSize: tokens.fontSizeBase200 },
  box: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    padding: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
  },
  boxNumber: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  axis: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, alignSelf: "center" },
});

export default function RekomendasiTab() {
  const styles = useStyles();
  const { service, settings, setSessionSettings, t, analysis, setAnalysis } = usePane();
  const [year, setYear] = useState<string>(settings.tahun ? String(settings.tahun) : "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<string | undefined>();
  const [confirm, setConfirm] = useState<RecommendationBuild | undefined>();

  const effective = useMemo(() => {
    const y = Number(year);
    return Number.isInteger(y) && y >= 2000 && y <= 2100 ? { ...settings, tahun: y } : { ...settings, tahun: undefined };
  }, [settings, year]);

  // Built from the rows the check already assessed; only a changed rule set judges them again.
  const build = useMemo(() => (analysis ? planRecommendation(analysis, effective, analysis.read.info, new Date()) : undefined), [analysis, effective]);

  const refresh = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const sheetName = analysis && !analysis.ownSheet ? analysis.read.sheet.name : undefined;
      setAnalysis(await analyseActiveSheet(service, settings, analysis?.layoutSource === "pilihan" ? { layout: analysis.layout, sheetName } : { sheetName }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const write = async (b: RecommendationBuild) => {
    if (!analysis) return;
    setBusy(true);
    setError(undefined);
    setCreated(undefined);
    try {
      const result = await service.write(b.plan);
      setCreated(result.sheetName);
      // The workbook now has a new own sheet (and it is active): read the source sheet again so a
      // second run knows the new sheet is the add-in's own.
      setAnalysis(await analyseActiveSheet(service, settings, { layout: analysis.layout, sheetName: analysis.read.sheet.name }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const summary = build?.summary;
  const boxCount = (k: number) => summary?.byKotak.find((b) => b.kotak === k)?.count ?? 0;

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Field label={t("year")} style={{ width: 110 }}>
          <Input type="number" value={year} placeholder={REKOMENDASI_BASE.yearPlaceholder} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <div style={{ flexGrow: 1, minWidth: 160 }}>
          <AturanPicker value={settings.aturan} onChange={(aturan) => setSessionSettings({ ...settings, aturan })} />
        </div>
      </div>
      <div className={styles.row}>
        <Button icon={<ArrowSync20Regular />} onClick={refresh} disabled={busy}>
          {t("preview")}
        </Button>
        <Button appearance="primary" icon={<DocumentTable20Regular />} disabled={busy || !build} onClick={() => (build?.plan.replaces ? setConfirm(build) : build && write(build))}>
          {t("createSheet")}
        </Button>
        {busy && <Spinner size="tiny" />}
      </div>
      {error !== undefined && <ErrorBar error={error} />}
      {created && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{t("created")}</MessageBarTitle>
            <Link onClick={() => service.activate(created).catch(setError)}>
              {t("openSheet")} “{created}”
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {analysis && !build && (
        <MessageBar intent="warning">
          <MessageBarBody>{analysis.ownSheet ? t("ownSheet") : t("noTable")}</MessageBarBody>
        </MessageBar>
      )}
      {summary && build && (
        <>
          <Caption1>
            {build.plan.sheetName} · {summary.total} pegawai
          </Caption1>
          <section aria-label={t("perPredikat")}>
            <Text weight="semibold">{t("perPredikat")}</Text>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th className={styles.th}>Predikat</th>
                  <th className={`${styles.th} ${styles.num}`}>Jumlah</th>
                  <th className={`${styles.th} ${styles.num}`}>%</th>
                </tr>
              </thead>
              <tbody>
                {[...summary.byPredikat, ...(summary.undetermined ? [{ label: "Tidak dapat ditentukan", count: summary.undetermined }] : [])].map((p) => (
                  <tr key={p.label}>
                    <td className={styles.td}>{p.label}</td>
                    <td className={`${styles.td} ${styles.num}`}>{p.count}</td>
                    <td className={`${styles.td} ${styles.num}`}>{summary.total ? ((p.count / summary.total) * 100).toFixed(1) : "0.0"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <section aria-label={t("perKotak")}>
            <Text weight="semibold">{t("perKotak")}</Text>
            <div className={styles.grid} role="table" aria-label={t("perKotak")}>
              {TALENT_GRID.map((row) => (
                <div key={row.kinerja} style={{ display: "contents" }} role="row">
                  <span className={styles.axis} role="rowheader">
                    {row.kinerja}
                  </span>
                  {row.boxes.map((k) => (
                    <span key={k} className={styles.box} role="cell" aria-label={`Kotak ${k}: ${boxCount(k)}`}>
                      <Text weight="semibold">{boxCount(k)}</Text>
                      <span className={styles.boxNumber}>kotak {k}</span>
                    </span>
                  ))}
                </div>
              ))}
              <span />
              {["Rendah", "Menengah", "Tinggi"].map((p) => (
                <span key={p} className={styles.axis} style={{ textAlign: "center" }}>
                  {p}
                </span>
              ))}
            </div>
            <Caption1>
              Talent pool: {summary.eligible.talentPool} · Pengembangan kompetensi: {summary.eligible.pengembangan}
            </Caption1>
          </section>
        </>
      )}
      <Dialog open={confirm !== undefined} onOpenChange={(_, d) => !d.open && setConfirm(undefined)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("replaceTitle")}</DialogTitle>
            <DialogContent>
              “{confirm?.plan.sheetName}” — {t("replaceBody")}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConfirm(undefined)}>
                {t("cancel")}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  const b = confirm;
                  setConfirm(undefined);
                  if (b) void write(b);
                }}
              >
                {t("replace")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
