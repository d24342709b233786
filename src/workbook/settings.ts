/**
 * Validation and generation settings, as the panel's Pengaturan tab and the CLI set them.
 * zod checks them at the edge (stored JSON, CLI flags); inside, they are plain typed values.
 */
import { z } from "./zod";
import { ATURAN_VALUES, Aturan } from "../core/aturan";
import { DistributionCurve } from "../core/kurva-distribusi";
import { DEFAULT_SETTINGS } from "./settings-defaults";

export { DEFAULT_SETTINGS };

/** The defaults with their own types (not Settings, which is inferred from the schema below). */
const DEFAULTS = DEFAULT_SETTINGS as unknown as {
  aturan: Aturan;
  penilaian360: boolean;
  persenAtas: number;
  persenBawah: number;
  kurva: DistributionCurve;
  toleransiNilai: number;
  bahasa: "id" | "en";
};

const levelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

const constraintSchema = z
  .object({
    levels: z.array(levelSchema).min(1),
    bound: z.enum(["max", "min"]),
    percent: z.number().min(0).max(100).optional(),
    count: z.number().int().min(0).optional(),
  })
  .refine((c) => (c.percent === undefined) !== (c.count === undefined), "Isi persen atau jumlah orang, salah satu.");

const rowSchema = z.array(constraintSchema);
const curveSchema = z.object({
  Istimewa: rowSchema,
  Baik: rowSchema,
  "Butuh Perbaikan": rowSchema,
  Kurang: rowSchema,
  "Sangat Kurang": rowSchema,
});

export const SettingsSchema = z
  .object({
    aturan: z.enum(ATURAN_VALUES as [Aturan, ...Aturan[]]).default(DEFAULTS.aturan),
    /** Behaviour rated 360° (60/40) instead of by the superior alone (70/30), when the sheet does not say. */
    penilaian360: z.boolean().default(DEFAULTS.penilaian360),
    /** Normal-distribution shares (Kemenkeu Tabel 23), in percent. */
    persenAtas: z.number().min(0).max(100).default(DEFAULTS.persenAtas),
    persenBawah: z.number().min(0).max(100).default(DEFAULTS.persenBawah),
    /** Distribution curve by organisation predikat (SE MenPANRB 03/2023), adjustable by the agency. */
    kurva: curveSchema.default(() => structuredClone(DEFAULTS.kurva) as z.input<typeof curveSchema>),
    /** Cut-offs for numeric potential scores; no regulation fixes them, so there is no default. */
    batasPotensial: z
      .object({ menengah: z.number(), tinggi: z.number() })
      .refine((b) => b.menengah < b.tinggi, "Batas menengah harus lebih kecil dari batas tinggi.")
      .optional(),
    /** Assessment year for the generated sheet's name; read from the title rows when absent. */
    tahun: z.number().int().min(2000).max(2100).optional(),
    /** Largest difference accepted between a stated combined score and its recomputation. */
    toleransiNilai: z.number().min(0).max(1).default(DEFAULTS.toleransiNilai),
    bahasa: z.enum(["id", "en"]).default(DEFAULTS.bahasa),
  })
  .refine((s) => s.persenAtas + s.persenBawah <= 100, "Persen atas dan bawah tidak boleh melebihi 100% bersama-sama.");

export type Settings = z.infer<typeof SettingsSchema>;


/** zod's Indonesian messages for the checks that carry no message of their own (enum, min, max, type). */
const ID_ERRORS = z.locales.id().localeError;

/**
 * Settings from stored or typed JSON; an invalid value gives Indonesian messages, not defaults.
 * `issues` carries each message with the setting it is about (`batasPotensial`, `persenAtas`; ""
 * for the set as a whole), so a form can show it on its field.
 */
export function parseSettings(
  input: unknown,
): { ok: true; settings: Settings } | { ok: false; messages: string[]; issues: { path: string; message: string }[] } {
  const result = SettingsSchema.safeParse(input ?? {}, { error: ID_ERRORS });
  if (result.success) return { ok: true, settings: result.data };
  const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return {
    ok: false,
    messages: issues.map((i) => `Pengaturan ${i.path || "(umum)"}: ${i.message}`),
    issues,
  };
}

export function curveOf(settings: Settings): DistributionCurve {
  return settings.kurva;
}
