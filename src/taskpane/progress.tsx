/**
 * The engine's progress, counted in rows, under a progress bar. It holds its own state so that a
 * report every 50 ms redraws this line only, not the tab and its findings around it.
 */
import { useEffect, useState } from "react";
import { Caption1, ProgressBar } from "@fluentui/react-components";
import { EngineProgress } from "./engine/protocol";
import { Lang, StringKey } from "./strings";

/** Progress reports, passed on to whichever view listens (one at a time). */
export class ProgressChannel {
  private listener?: (progress: EngineProgress | undefined) => void;
  last?: EngineProgress;
  readonly report = (progress: EngineProgress | undefined): void => {
    this.last = progress;
    this.listener?.(progress);
  };
  listen(listener: (progress: EngineProgress | undefined) => void): () => void {
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = undefined;
    };
  }
}

/**
 * A whole count with thousands grouped ("50.000"; "50,000" in English). Not toLocaleString: its
 * first call loads the locale's data, a 100–200 ms stall measured in the middle of a check.
 */
const count = (n: number, lang: Lang) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "id" ? "." : ",");

/** "Memeriksa aturan 3 dari 23: baris 12.000 dari 50.000" — the rows of the rule running now. */
export function progressText(p: EngineProgress, t: (key: StringKey) => string, lang: Lang): string {
  if (p.stage === "validating")
    return `${t("progressChecking")} ${p.rule} ${t("progressOf")} ${p.rules}: ${t("progressRow")} ${count(p.row, lang)} ${t("progressOf")} ${count(p.rows, lang)}`;
  if (p.stage === "planning") return `${t("progressPlanning")} ${count(p.row, lang)} ${t("progressOf")} ${count(p.rows, lang)}`;
  return `${t("progressReceiving")} ${count(p.done, lang)} ${t("progressOf")} ${count(p.total, lang)}`;
}

/** The share done, 0–1: a check's rules in turn, each over the rows. */
export function progressValue(p: EngineProgress): number {
  if (p.stage === "validating") return p.rules === 0 || p.rows === 0 ? 0 : (p.rule - 1 + p.row / p.rows) / p.rules;
  if (p.stage === "planning") return p.rows === 0 ? 0 : p.row / p.rows;
  return p.total === 0 ? 1 : p.done / p.total;
}

export function BusyProgress({ channel, label, t, lang }: { channel: ProgressChannel; label: string; t: (key: StringKey) => string; lang: Lang }) {
  const [progress, setProgress] = useState<EngineProgress | undefined>(channel.last);
  useEffect(() => channel.listen(setProgress), [channel]);
  const text = progress ? progressText(progress, t, lang) : label;
  return (
    <>
      <ProgressBar thickness="large" value={progress ? progressValue(progress) : undefined} aria-label={label} aria-valuetext={text} />
      {/* Not a live region: a count read out every 50 ms would drown the screen reader; the bar carries it. */}
      <Caption1 data-progress="">
        {text}
      </Caption1>
    </>
  );
}
