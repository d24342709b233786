/**
 * Rekomendasi: preview counts per predikat and per talent box, then build the recommendation
 * sheet in the workbook; replacing the add-in's own earlier sheet asks first.
 */
import { useEffect, useMemo, useRef, useState } from "react";
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
  Text,
  tokens,
} from "@fluentui/react-components";
import { DocumentTable20Regular, ArrowSync20Regular } from "@fluentui/react-icons";
import { blockingFindings, Finding, Settings } from "../../workbook";
import { REKOMENDASI_BASE, TALENT_GRID } from "../recommendation-view";
import { analyseActiveSheet, Cancelled } from "../analyse";
import { paneEngine, RunOptions } from "../engine/client";
import { PaneBuild } from "../engine/protocol";
import { BusyProgress, ProgressChannel } from "../progress";
import { AturanChoice } from "../aturan-choice";
import { ErrorBar, percentText } from "../components";
import { describeOfficeError } from "../../excel/office-errors";
import { Analysis, usePane } from "../pane-context";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  // Labels above full-width fields: nothing spills at Excel's 320 px pane.
  fields: { display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  th: { textAlign: "left", padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, color: tokens.colorNeutralForeground3 },
  td: { padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  grid: { display: "grid", gridTemplateColumns: "auto repeat(3, minmax(0, 1fr))", gap: "2px", fontSize: tokens.fontSizeBase200 },
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

/** After the next frame is drawn (or 50 ms, where a hidden pane draws no frames). */
const nextPaint = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 50);
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(resolve, 0));
  });

export default function RekomendasiTab() {
  const styles = useStyles();
  const { service, settings, chosenAturan, t, lang, analysis, setAnalysis, announce } = usePane();
  const [year, setYear] = useState<string>(settings.tahun ? String(settings.tahun) : "");
  const [busy, setBusy] = useState<"reading" | "validating" | "planning" | "writing" | undefined>();
  const [error, setError] = useState<unknown>();
  const [created, setCreated] = useState<string | undefined>();
  const [confirm, setConfirm] = useState<PaneBuild | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);
  const progress = useMemo(() => new ProgressChannel(), []);
  // Error-level findings left in the sheet: generating waits for the officer to confirm (issue 11 E).
  const [blocked, setBlocked] = useState<readonly Finding[] | undefined>();
  const createButton = useRef<HTMLButtonElement>(null);
  const previewButton = useRef<HTMLButtonElement>(null);

  /**
   * The analysis's settings (with the rule set it actually used) and the year typed here; the same
   * object for the same analysis and year, so one plan serves the preview and generating.
   */
  const effectiveCache = useRef(new WeakMap<Analysis, { year: string; settings: Settings }>());
  const effectiveFor = (checked: Analysis): Settings => {
    const cached = effectiveCache.current.get(checked);
    if (cached && cached.year === year) return cached.settings;
    const y = Number(year);
    const effective = Number.isInteger(y) && y >= 2000 && y <= 2100 ? { ...checked.settings, tahun: y } : { ...checked.settings, tahun: undefined };
    effectiveCache.current.set(checked, { year, settings: effective });
    return effective;
  };

  // The preview is planned in the engine from the rows the check already assessed (only a changed
  // rule set judges them again); an answer for an older analysis or year is dropped.
  const [preview, setPreview] = useState<{ analysis: Analysis; effective: Settings; build?: PaneBuild } | undefined>();
  // One plan per analysis and settings: generating plans the fresh read, and the preview of that
  // same read waits for the same answer instead of planning it a second time.
  const lastPlan = useRef<{ analysis: Analysis; effective: Settings; promise: Promise<PaneBuild | undefined> } | undefined>(undefined);
  const planFor = (a: Analysis, s: Settings, options?: RunOptions) => {
    const last = lastPlan.current;
    if (last && last.analysis === a && last.effective === s) return last.promise;
    const promise = paneEngine().plan(a, { settings: s, existing: a.read.info, today: Date.now() }, options);
    lastPlan.current = { analysis: a, effective: s, promise };
    return promise;
  };
  useEffect(() => {
    if (!analysis) return;
    let current = true;
    const effective = effectiveFor(analysis);
    planFor(analysis, effective)
      // Generating was cancelled while the preview waited for its plan: the preview plans on its own.
      .catch((e) => (e instanceof Cancelled ? paneEngine().plan(analysis, { settings: effective, existing: analysis.read.info, today: Date.now() }) : Promise.reject(e)))
      .then(
        (build) => current && setPreview({ analysis, effective, build }),
        (e) => current && !(e instanceof Cancelled) && setError(e),
      );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- effectiveFor reads only `year`
  }, [analysis, year]);
  const planned = preview !== undefined && analysis !== undefined && preview.analysis === analysis && preview.effective === effectiveFor(analysis);
  const build = planned ? preview.build : undefined;

  /** The sheet as it is now: the one checked (by name, Excel may show another), with the officer's chosen mapping. */
  const readAgain = (signal?: AbortSignal) => {
    const sheetName = analysis && !analysis.ownSheet ? analysis.read.sheet.name : undefined;
    const options = { onStep: setBusy, onProgress: progress.report, signal, sheetName, aturan: chosenAturan };
    return analyseActiveSheet(service, settings, analysis?.layoutSource === "pilihan" ? { ...options, layout: analysis.layout } : options);
  };

  /** Starts work Batal can end; the AbortController's signal goes to the engine. */
  const begin = () => {
    const controller = new AbortController();
    abort.current = controller;
    progress.report(undefined);
    setError(undefined);
    setNotice(undefined);
    return controller.signal;
  };

  /** `cancelled`: what a Batal stopped (reading for the preview, or building the sheet). */
  const failed = (e: unknown, cancelled: "cancelled" | "generateCancelled" = "generateCancelled") => {
    if (e instanceof Cancelled) {
      setNotice(t(cancelled));
      announce(t(cancelled));
      return;
    }
    setError(e);
    announce(describeOfficeError(e), { alert: true });
  };

  const refresh = async () => {
    const signal = begin();
    try {
      setAnalysis(await readAgain(signal));
    } catch (e) {
      failed(e, "cancelled");
    } finally {
      setBusy(undefined);
      previewButton.current?.focus();
    }
  };

  /**
   * Builds from the sheet as it is now, never from values read at check time: the officer's day is
   * check → fix a cell → generate. While error-level findings remain it asks first, naming them
   * (`errorsConfirmed`); replacing the add-in's own sheet asks too (`replaceConfirmed`).
   */
  const generate = async ({ errorsConfirmed = false, replaceConfirmed = false }: { errorsConfirmed?: boolean; replaceConfirmed?: boolean } = {}) => {
    if (!analysis) return;
    const signal = begin();
    setCreated(undefined);
    try {
      const fresh = await readAgain(signal);
      setAnalysis(fresh);
      setBusy("planning");
      progress.report(undefined);
      const plan = await planFor(fresh, effectiveFor(fresh), { signal, onProgress: progress.report });
      if (!plan || plan.summary.total === 0) {
        announce(fresh.ownSheet ? t("ownSheet") : plan ? t("noRows") : t("noTable"), { alert: true });
        return;
      }
      // The same policy as `kinerja rekomendasi`: error-level findings block until confirmed.
      const errors = blockingFindings(fresh.report);
      if (errors.length > 0 && !errorsConfirmed) {
        setBlocked(errors);
        return;
      }
      if (plan.plan.replaces && !replaceConfirmed) {
        setConfirm(plan);
        return;
      }
      setBusy("writing");
      progress.report(undefined);
      // Writing builds Office.js requests on this thread: "Menulis…" is drawn before it starts.
      await nextPaint();
      const result = await service.write(plan.plan);
      setCreated(result.sheetName);
      announce(`${t("created")}: ${result.sheetName}`);
      // The workbook now has a new own sheet (and it is active): read the source sheet again so a
      // second run knows the new sheet is the add-in's own.
      setAnalysis(await analyseActiveSheet(service, settings, { layout: fresh.layout, aturan: chosenAturan, sheetName: fresh.read.sheet.name }));
    } catch (e) {
      failed(e);
    } finally {
      setBusy(undefined);
      createButton.current?.focus();
    }
  };

  // Another rule set picked here: the preview is judged again under it.
  const pickedWith = useRef(chosenAturan);
  useEffect(() => {
    if (pickedWith.current === chosenAturan) return;
    pickedWith.current = chosenAturan;
    if (analysis && !busy) void refresh();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the pick changes
  }, [chosenAturan]);

  const summary = build?.summary;
  const ready = build !== undefined && build.summary.total > 0;
  // Why "Buat lembar rekomendasi" cannot be pressed yet, said next to it.
  const reason = ready ? undefined : !analysis ? t("needCheck") : analysis.ownSheet ? t("ownSheet") : !planned ? t("planning") : build ? t("noRows") : t("noTable");
  const boxCount = (k: number) => summary?.byKotak.find((b) => b.kotak === k)?.count ?? 0;

  return (
    <div className={styles.stack}>
      <div className={styles.fields}>
        <Field label={t("year")}>
          <Input type="number" value={year} placeholder={REKOMENDASI_BASE.yearPlaceholder} onChange={(_, d) => setYear(d.value)} />
        </Field>
        <AturanChoice />
      </div>
      <div className={styles.row}>
        <Button ref={previewButton} icon={<ArrowSync20Regular />} onClick={refresh} disabledFocusable={busy !== undefined}>
          {t("preview")}
        </Button>
        <Button
          ref={createButton}
          appearance="primary"
          icon={<DocumentTable20Regular />}
          disabledFocusable={busy !== undefined || !ready}
          aria-describedby={reason ? "rekomendasi-why-disabled" : undefined}
          onClick={() => void generate()}
        >
          {t("createSheet")}
        </Button>
      </div>
      {busy && busy !== "writing" && (
        <div className={styles.row}>
          <Button appearance="secondary" onClick={() => abort.current?.abort()}>
            {t("cancel")}
          </Button>
        </div>
      )}
      {busy && <BusyProgress channel={progress} label={t(busy)} t={t} lang={lang} />}
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {reason && (
        <Caption1 id="rekomendasi-why-disabled" className={styles.muted}>
          {reason}
        </Caption1>
      )}
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
      {summary && build && (
        <>
          <Caption1>
            {build.plan.sheetName} · {summary.total} {t("employees")}
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
                    <td className={`${styles.td} ${styles.num}`}>{percentText(p.count, summary.total, lang)}</td>
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
              {t("talentPool")}: {summary.eligible.talentPool} · {t("developing")}: {summary.eligible.pengembangan}
            </Caption1>
          </section>
        </>
      )}
      <Dialog
        open={blocked !== undefined}
        onOpenChange={(_, d) => {
          if (d.open) return;
          setBlocked(undefined);
          createButton.current?.focus();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>
              {t("errorsRemainTitle")} {blocked?.length.toLocaleString(lang === "id" ? "id-ID" : "en-US")} {t("errors")}
            </DialogTitle>
            {/* Long at 320 × 455: it scrolls, so it takes focus to scroll with the keyboard. */}
            <DialogContent tabIndex={0}>
              <Text as="p">{t("errorsRemainBody")}</Text>
              <ul>
                {blocked?.slice(0, 5).map((f) => (
                  <li key={`${f.address}-${f.code}`}>
                    {f.cell}: {f.message}
                  </li>
                ))}
              </ul>
              {blocked && blocked.length > 5 && (
                <Caption1>
                  {t("andMore")} {(blocked.length - 5).toLocaleString(lang === "id" ? "id-ID" : "en-US")} {t("errors")}.
                </Caption1>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setBlocked(undefined);
                  createButton.current?.focus();
                }}
              >
                {t("fixFirst")}
              </Button>
              <Button
                appearance="secondary"
                onClick={() => {
                  setBlocked(undefined);
                  void generate({ errorsConfirmed: true });
                }}
              >
                {t("createAnyway")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      <Dialog
        open={confirm !== undefined}
        onOpenChange={(_, d) => {
          if (d.open) return;
          setConfirm(undefined);
          // The dialog was opened by code, not a trigger: give focus back to the button that asked.
          createButton.current?.focus();
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t("replaceTitle")}</DialogTitle>
            <DialogContent>
              “{confirm?.plan.sheetName}” — {t("replaceBody")}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="secondary"
                onClick={() => {
                  setConfirm(undefined);
                  createButton.current?.focus();
                }}
              >
                {t("cancel")}
              </Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirm(undefined);
                  void generate({ errorsConfirmed: true, replaceConfirmed: true });
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
