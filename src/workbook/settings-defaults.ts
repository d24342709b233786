/**
 * The settings a run starts from, as plain values: the panel renders its first tab with them
 * before zod (settings.ts, the schema that checks stored and typed settings) has loaded. The
 * schema takes its defaults from here, so they are written once.
 */
import { KURVA_SE_03_2023 } from "../core/kurva-distribusi";
import type { Settings } from "./settings";

export const DEFAULT_SETTINGS: Settings = {
  aturan: "PP30",
  penilaian360: false,
  persenAtas: 15,
  persenBawah: 15,
  kurva: structuredClone(KURVA_SE_03_2023) as Settings["kurva"],
  toleransiNilai: 0.01,
  bahasa: "id",
};
