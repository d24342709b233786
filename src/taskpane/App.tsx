/**
 * The Kinerja ASN panel: Periksa (validate), Rekomendasi (generate), Fungsi (catalogue) and
 * Pengaturan (settings). Tabs are code-split; the Office theme decides light or dark.
 *
 * First load: this shell and the Periksa tab's first state (PeriksaStart) use light components
 * only. The full Periksa tab (the engine, findings list, mapping editor, dialog), the Excel
 * adapter, zod for the stored settings and the Toaster load once the browser is idle after the
 * first paint, or at once when the officer presses "Periksa lembar ini".
 */
import { lazy, ReactNode, Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  AriaLiveAnnouncer,
  FluentProvider,
  useAnnounce,
  makeStyles,
  Subtitle1,
  Caption1,
  Tab,
  TabList,
  tokens,
  Theme,
  webLightTheme,
} from "@fluentui/react-components";
import type { Aturan } from "../core/aturan";
import { DEFAULT_SETTINGS } from "../workbook/settings-defaults";
import type { Settings } from "../workbook/settings";
import { Analysis, PaneContext, PaneState } from "./pane-context";
import { officeWorkbookService, WorkbookService } from "./services/workbook-service";
import { Lang, loadStrings, STRINGS, StringKey } from "./strings";
import { officeThemeIsDark } from "./office-theme";
import { PeriksaStart } from "./tabs/PeriksaStart";

export { officeThemeIsDark };
import type { ShowToast } from "./toasts";

const loadPeriksaTab = () => import(/* webpackChunkName: "tab-periksa" */ "./tabs/PeriksaTab");
type PeriksaTabType = Awaited<ReturnType<typeof loadPeriksaTab>>["default"];
const RekomendasiTab = lazy(() => import(/* webpackChunkName: "tab-rekomendasi" */ "./tabs/RekomendasiTab"));
const FungsiTab = lazy(() => import(/* webpackChunkName: "tab-fungsi" */ "./tabs/FungsiTab"));
const PengaturanTab = lazy(() => import(/* webpackChunkName: "tab-pengaturan" */ "./tabs/PengaturanTab"));
const Toasts = lazy(() => import(/* webpackChunkName: "toasts" */ "./toasts"));

/** Runs `work` when the browser has nothing else to do (soon after the first paint); returns a cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(work, { timeout: 500 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 50);
  return () => window.clearTimeout(handle);
}

type TabId = "periksa" | "rekomendasi" | "fungsi" | "pengaturan";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    minWidth: 0,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
  // Four tabs do not fit Excel's default 320 px pane in every font: they wrap onto a second line
  // rather than scroll sideways.
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: "wrap", minWidth: 0 },
  body: { flexGrow: 1, padding: tokens.spacingHorizontalM, overflowY: "auto", minWidth: 0 },
});

export interface AppProps {
  readonly service?: WorkbookService;
  readonly initialTab?: TabId;
  readonly dark?: boolean;
  /** Fluent's dark theme when it is already loaded (index.tsx fetches it with this module); otherwise loaded here. */
  readonly darkTheme?: Theme;
}

/** Fluent's announcer needs to be above the hook that uses it. */
function AnnouncingPane({ children, value, toast }: { children: ReactNode; value: Omit<PaneState, "announce" | "notify">; toast: ShowToast }) {
  const { announce: fluentAnnounce } = useAnnounce();
  const announce = useCallback(
    (message: string, options: { alert?: boolean } = {}) => fluentAnnounce(message, { alert: options.alert, polite: !options.alert }),
    [fluentAnnounce],
  );
  const notify = useCallback(
    (message: string) => {
      announce(message);
      toast(message);
    },
    [announce, toast],
  );
  const state = useMemo(() => ({ ...value, announce, notify }), [value, announce, notify]);
  return <PaneContext.Provider value={state}>{children}</PaneContext.Provider>;
}

export function App({ service = officeWorkbookService, initialTab = "periksa", dark = officeThemeIsDark(), darkTheme: preloaded }: AppProps) {
  const styles = useStyles();
  const [darkTheme, setDarkTheme] = useState<Theme | undefined>(preloaded);
  useEffect(() => {
    if (dark && !darkTheme) void import(/* webpackChunkName: "theme-dark" */ "./dark-theme").then((m) => setDarkTheme(m.webDarkTheme));
  }, [dark, darkTheme]);
  const [tab, setTab] = useState<TabId>(initialTab);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [chosenAturan, setChosenAturan] = useState<Aturan | undefined>();
  const [savedAturan, setSavedAturan] = useState<Aturan | undefined>();
  const [analysis, setAnalysis] = useState<Analysis | undefined>();
  const lang: Lang = settings.bahasa;
  const t = useCallback((key: StringKey) => (STRINGS[lang] ?? STRINGS.id)[key], [lang]);
  // The full Periksa tab: wanted once idle, or at once (and told to start the check) on the button.
  // Swapped in one commit (no Suspense fallback in between), so what the officer focused in the
  // first view (marked data-focus-key) keeps the focus in the full one.
  const [PeriksaFull, setPeriksaFull] = useState<PeriksaTabType | undefined>();
  const periksaArea = useRef<HTMLDivElement>(null);
  // The control focused last in the tab (kept when it is removed, cleared when focus leaves the tab).
  const focusKey = useRef<string | null>(null);
  const loading = useRef<Promise<void> | undefined>(undefined);
  const loadPeriksa = useCallback(() => {
    loading.current ??= loadPeriksaTab().then((m) => setPeriksaFull(() => m.default));
    return loading.current;
  }, []);
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!PeriksaFull || !focusKey.current || (active && active !== document.body)) return;
    periksaArea.current?.querySelector<HTMLElement>(`[data-focus-key="${focusKey.current}"]`)?.focus();
  }, [PeriksaFull]);
  const startCheck = useRef(false);
  const [checkAsked, setCheckAsked] = useState(false);
  const requestCheck = useCallback(() => {
    startCheck.current = true;
    setCheckAsked(true);
    void loadPeriksa();
  }, [loadPeriksa]);
  const takeStart = useCallback(() => {
    const start = startCheck.current;
    startCheck.current = false;
    return start;
  }, []);

  // Toasts: the Toaster mounts after the first paint; a toast asked for before it is ready waits.
  const [toasterWanted, setToasterWanted] = useState(false);
  const showToast = useRef<ShowToast | undefined>(undefined);
  const waiting = useRef<string[]>([]);
  const toasterReady = useCallback((show: ShowToast) => {
    showToast.current = show;
    for (const message of waiting.current.splice(0)) show(message);
  }, []);
  const toast = useCallback((message: string) => {
    if (showToast.current) showToast.current(message);
    else {
      waiting.current.push(message);
      setToasterWanted(true);
    }
  }, []);

  // Settings travel with the workbook: read them once from the add-in's state sheet, after the
  // first paint (zod, which checks them, is not part of the first load).
  useEffect(() => {
    let alive = true;
    const cancel = whenIdle(() => {
      void loadPeriksa();
      setToasterWanted(true);
      Promise.all([service.readState(), import(/* webpackChunkName: "settings" */ "../workbook/settings"), import("../workbook/detect-aturan")])
        .then(async ([state, { parseSettings }, { storedAturan }]) => {
          const parsed = parseSettings(state.settings);
          if (parsed.ok) await loadStrings(parsed.settings.bahasa);
          if (!alive) return;
          if (parsed.ok) setSettings(parsed.settings);
          setSavedAturan(storedAturan(state.settings));
        })
        .catch(() => undefined);
    });
    return () => {
      alive = false;
      cancel();
    };
  }, [service, loadPeriksa]);

  const saveSettings = useCallback(
    async (next: Settings) => {
      await service.updateState((s) => ({ ...s, settings: next }));
      await loadStrings(next.bahasa);
      setSettings(next);
      setSavedAturan(next.aturan);
    },
    [service],
  );

  const state: Omit<PaneState, "announce" | "notify"> = useMemo(
    () => ({ service, settings, chosenAturan, setChosenAturan, savedAturan, saveSettings, lang, t, analysis, setAnalysis }),
    [service, settings, chosenAturan, savedAturan, saveSettings, lang, t, analysis],
  );

  return (
    // Layout styles stay off the provider: Fluent copies its classes onto portal mount nodes.
    <FluentProvider theme={dark && darkTheme ? darkTheme : webLightTheme} lang={lang}>
      <AriaLiveAnnouncer>
      <AnnouncingPane value={state} toast={toast}>
        <div className={styles.root}>
        <header className={styles.header}>
          <Subtitle1 as="h1">{t("appTitle")}</Subtitle1>
          <Caption1 className={styles.subtitle}>{t("appSubtitle")}</Caption1>
        </header>
        <TabList
          className={styles.tabs}
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
          size="small"
          aria-label={t("appTitle")}
        >
          <Tab value="periksa">{t("tabPeriksa")}</Tab>
          <Tab value="rekomendasi">{t("tabRekomendasi")}</Tab>
          <Tab value="fungsi">{t("tabFungsi")}</Tab>
          <Tab value="pengaturan">{t("tabPengaturan")}</Tab>
        </TabList>
        <main className={styles.body} role="tabpanel" aria-label={t(`tab${tab[0].toUpperCase()}${tab.slice(1)}` as StringKey)}>
          <Suspense fallback={<Caption1 role="status">{t("loading")}</Caption1>}>
            {tab === "periksa" &&
              <div
                ref={periksaArea}
                onFocus={(e) => (focusKey.current = (e.target as HTMLElement).closest("[data-focus-key]")?.getAttribute("data-focus-key") ?? null)}
                onBlur={(e) => {
                  if (e.relatedTarget && !periksaArea.current?.contains(e.relatedTarget as Node)) focusKey.current = null;
                }}
              >{PeriksaFull ? <PeriksaFull takeStart={takeStart} /> : <PeriksaStart onCheck={requestCheck} loading={checkAsked} />}</div>}
            {tab === "rekomendasi" && <RekomendasiTab />}
            {tab === "fungsi" && <FungsiTab />}
            {tab === "pengaturan" && <PengaturanTab />}
          </Suspense>
        </main>
        </div>
        {toasterWanted && (
          <Suspense fallback={null}>
            <Toasts onReady={toasterReady} />
          </Suspense>
        )}
      </AnnouncingPane>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
