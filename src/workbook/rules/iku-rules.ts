/**
 * IKU sheet rules (KMK 467/2014; LAN "Kementerian Keuangan"): polarisation, usable targets,
 * weights of one owner, Tabel 18 limits, at most 3 IKU per SS, not activity IKU only.
 */
import { MAX_IKU_PER_SS, maxIkuPerKontrak, parseLevelJabatan, parseValiditasIku } from "../../core/kemenkeu/batas-iku";
import { indeksCapaianIku, parsePolarisasi } from "../../core/kemenkeu/iku";
import { checkWeightsWhole } from "../../core/kemenkeu/konsolidasi";
import { formatNumber } from "../../core/numeric";
import { parseTruth } from "../../core/words";
import { RuleContext, ValidationRule } from "./context";

const iku = (ctx: RuleContext) => ctx.model.kind === "iku";

function ownerOf(ctx: RuleContext, row: number): string {
  return ctx.model.has("pemilik") ? ctx.model.text(row, "pemilik") || "(tanpa pemilik)" : "(seluruh lembar)";
}

function rowsByOwner(ctx: RuleContext): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const row of ctx.rows()) {
    const owner = ownerOf(ctx, row);
    const list = groups.get(owner);
    if (list) list.push(row);
    else groups.set(owner, [row]);
  }
  return groups;
}

/** A strategy-map owner: said so in its column, or measuring SS (a Kode SS is filled in). */
function isMapOwner(ctx: RuleContext, rows: readonly number[]): boolean {
  if (ctx.model.has("petaStrategi")) return rows.some((r) => parseTruth(ctx.model.text(r, "petaStrategi")) === true);
  return ctx.model.has("kodeSs") && rows.some((r) => ctx.model.text(r, "kodeSs") !== "");
}

export const IKU_POLARISASI: ValidationRule = {
  code: "IKU_POLARISASI",
  severity: "error",
  title: "Polarisasi IKU tidak dikenal",
  description: "Polarisasi IKU harus maximize, minimize atau stabilize (KMK 467/2014).",
  appliesTo: "iku",
  check(ctx) {
    if (!iku(ctx)) return;
    if (!ctx.model.has("polarisasi")) {
      ctx.atHeader(this.code, this.severity, "Kolom Polarisasi tidak ditemukan; indeks capaian tidak dapat dihitung tanpa polarisasi.");
      return;
    }
    for (const row of ctx.rows()) {
      const text = ctx.model.text(row, "polarisasi");
      if (text === "") ctx.at(this.code, this.severity, row, "polarisasi", "Polarisasi kosong; isi maximize, minimize atau stabilize.");
      else if (!parsePolarisasi(text)) ctx.at(this.code, this.severity, row, "polarisasi", `Polarisasi "${text}" tidak dikenal; gunakan maximize, minimize atau stabilize.`);
    }
  },
};

export const IKU_TARGET: ValidationRule = {
  code: "IKU_TARGET",
  severity: "error",
  title: "Target IKU tidak dapat dipakai",
  description: "Indeks capaian harus dapat dihitung: target 0 dengan minimize memerlukan realisasi terburuk; maximize tidak boleh bertarget 0; rentang stabilize harus sah.",
  appliesTo: "iku",
  check(ctx) {
    // Without a polarisation the index cannot be judged; IKU_POLARISASI already says so.
    if (!iku(ctx) || !ctx.model.has("target") || !ctx.model.has("realisasi") || !ctx.model.has("polarisasi")) return;
    for (const row of ctx.rows()) {
      const polarisasi = parsePolarisasi(ctx.model.text(row, "polarisasi"));
      const target = ctx.model.value(row, "target");
      const realisasi = ctx.model.value(row, "realisasi");
      if (!polarisasi || target === undefined || realisasi === undefined) continue;
      const result = indeksCapaianIku({
        realisasi,
        target,
        polarisasi,
        terburuk: ctx.model.value(row, "terburuk"),
        batasBawah: ctx.model.value(row, "batasBawah"),
        batasAtas: ctx.model.value(row, "batasAtas"),
      });
      if (!result.ok) ctx.at(this.code, this.severity, row, "target", result.failure.message);
    }
  },
};

export const IKU_BOBOT: ValidationRule = {
  code: "IKU_BOBOT",
  severity: "error",
  title: "Bobot IKU satu pemilik tidak 100%",
  description: "Bobot IKU dalam satu kontrak kinerja (satu pemilik) harus berjumlah 100% (KMK 467/2014); tidak dinormalkan diam-diam.",
  appliesTo: "iku",
  check(ctx) {
    if (!iku(ctx) || !ctx.model.has("bobot")) return;
    for (const [owner, rows] of rowsByOwner(ctx)) {
      const weights = rows.map((r) => ctx.model.value(r, "bobot"));
      if (weights.some((w) => w === undefined)) continue; // blank or wrong cells are reported by their own rules
      const whole = checkWeightsWhole(weights as number[]);
      if (!whole.ok) {
        const sum = (weights as number[]).reduce((a, b) => a + b, 0);
        ctx.at(this.code, this.severity, rows[rows.length - 1], "bobot", `Bobot IKU pemilik ${owner} berjumlah ${formatNumber(sum, 4)}, harus 100%.`);
      }
    }
  },
};

export const IKU_JUMLAH_KK: ValidationRule = {
  code: "IKU_JUMLAH_KK",
  severity: "error",
  title: "Jumlah IKU melebihi Tabel 18",
  description: "Jumlah IKU per kontrak kinerja paling banyak: Eselon I 25 (pemilik peta strategi) / 10; Eselon II dan III 20 / 10; Eselon IV, pelaksana, fungsional 10 (LAN Tabel 18).",
  appliesTo: "iku",
  also: [
    {
      code: "IKU_JUMLAH_LEVEL_TIDAK_DIKETAHUI",
      severity: "warning",
      title: "Jumlah IKU tidak dapat diperiksa",
      description: "Lebih dari 10 IKU untuk pemilik yang eselonnya tidak diketahui: isi kolom Eselon Pemilik agar batas Tabel 18 dapat diperiksa.",
      appliesTo: "iku",
    },
  ],
  check(ctx) {
    if (!iku(ctx)) return;
    for (const [owner, rows] of rowsByOwner(ctx)) {
      const owner1 = isMapOwner(ctx, rows);
      const levelText = ctx.model.has("levelPemilik") ? rows.map((r) => ctx.model.text(r, "levelPemilik")).find((t) => t !== "") : undefined;
      const level = levelText ? parseLevelJabatan(levelText) : undefined;
      const last = rows[rows.length - 1];
      if (!level) {
        if (rows.length > 10) {
          ctx.at("IKU_JUMLAH_LEVEL_TIDAK_DIKETAHUI", "warning", last, "iku", `Pemilik ${owner} memiliki ${rows.length} IKU; batas 10 kecuali pemilik peta strategi Eselon I–III. Isi kolom Eselon Pemilik.`);
        }
        continue;
      }
      const limit = maxIkuPerKontrak(level, owner1);
      if (rows.length > limit) {
        ctx.at(this.code, this.severity, last, "iku", `Pemilik ${owner} (${levelText}${owner1 ? ", pemilik peta strategi" : ""}) memiliki ${rows.length} IKU; paling banyak ${limit} menurut Tabel 18.`);
      }
    }
  },
};

export const IKU_JUMLAH_SS: ValidationRule = {
  code: "IKU_JUMLAH_SS",
  severity: "error",
  title: "Lebih dari 3 IKU untuk satu SS",
  description: "Unit pemilik peta strategi tidak boleh memakai lebih dari tiga IKU untuk mengukur satu Sasaran Strategis.",
  appliesTo: "iku",
  check(ctx) {
    if (!iku(ctx) || !ctx.model.has("kodeSs")) return;
    for (const [owner, rows] of rowsByOwner(ctx)) {
      if (!isMapOwner(ctx, rows)) continue;
      const bySs = new Map<string, number[]>();
      for (const r of rows) {
        const ss = ctx.model.text(r, "kodeSs");
        if (ss === "") continue;
        bySs.set(ss, [...(bySs.get(ss) ?? []), r]);
      }
      for (const [ss, ssRows] of bySs) {
        if (ssRows.length > MAX_IKU_PER_SS) {
          ctx.at(this.code, this.severity, ssRows[MAX_IKU_PER_SS], "kodeSs", `SS ${ss} milik ${owner} diukur dengan ${ssRows.length} IKU; paling banyak ${MAX_IKU_PER_SS}.`);
        }
      }
    }
  },
};

export const IKU_ACTIVITY_SAJA: ValidationRule = {
  code: "IKU_ACTIVITY_SAJA",
  severity: "error",
  title: "SS hanya diukur IKU activity",
  description: "Unit pemilik peta strategi tidak boleh mengukur satu SS hanya dengan IKU activity (kolom Validitas IKU: exact/proxy/activity).",
  appliesTo: "iku",
  check(ctx) {
    if (!iku(ctx) || !ctx.model.has("kodeSs") || !ctx.model.has("validitas")) return;
    for (const [owner, rows] of rowsByOwner(ctx)) {
      if (!isMapOwner(ctx, rows)) continue;
      const bySs = new Map<string, number[]>();
      for (const r of rows) {
        const ss = ctx.model.text(r, "kodeSs");
        if (ss !== "") bySs.set(ss, [...(bySs.get(ss) ?? []), r]);
      }
      for (const [ss, ssRows] of bySs) {
        if (ssRows.every((r) => parseValiditasIku(ctx.model.text(r, "validitas")) === "activity")) {
          ctx.at(this.code, this.severity, ssRows[0], "validitas", `SS ${ss} milik ${owner} hanya diukur dengan IKU activity; tambahkan IKU exact atau proxy.`);
        }
      }
    }
  },
};
