/**
 * `kinerja rekomendasi FILE.xlsx -o OUT.xlsx [--timpa] [--paksa] [--lembar …] [--aturan …]
 * [--kolom BIDANG=KOLOM …]`: a copy of the workbook with the recommendation sheet. Never modifies
 * FILE; refuses to overwrite OUT without --timpa. Recommends only from data understood: with
 * error-level findings left it writes nothing and exits 1 (the policy is flows/understood.ts);
 * --paksa writes anyway, each row with an error noted and without box or reward.
 */
import { resolve } from "node:path";
import { ATURAN_INFO } from "../core/aturan";
import { applyColumnOverrides, checkSheet, recommendationSource, refusalSummary, ruleInfo, TableLayout, WorkbookState } from "../workbook";
import type { LoadedWorkbook } from "../xlsx/load-workbook";
import { loadWorkbookFile } from "../xlsx/load-workbook";
import { runAturanChoice, runSettings } from "./settings";
import { EXIT_FINDINGS, EXIT_OK, JudgementOptions, UsageError } from "./shared";

export interface RekomendasiOptions extends JudgementOptions {
  readonly output: string;
  readonly overwrite?: boolean;
  /** Write even with error-level findings left. */
  readonly force?: boolean;
  readonly sheet?: string;
  readonly today?: Date;
}

export interface RekomendasiResult {
  readonly code: number;
  readonly lines: readonly string[];
}

export async function runRekomendasi(file: string, options: RekomendasiOptions): Promise<RekomendasiResult> {
  if (resolve(file) === resolve(options.output)) throw new UsageError("OUT tidak boleh sama dengan berkas masukan: berkas masukan tidak pernah diubah.");
  // The writer (and ExcelJS with it) is loaded only by the command that writes.
  const { ensureOutputFree, writeRecommendation } = await import("../xlsx/save-workbook");
  await ensureOutputFree(options.output, options.overwrite);
  const loaded = await loadWorkbookFile(file);
  const today = options.today ?? new Date();
  const source = recommendationSource(loaded.sheets, loaded.state, loaded.file, options.sheet);
  const layout = applyColumnOverrides(source.layout, source.sheet, options.kolom ?? []);
  const check = checkSheet(source.sheet, loaded.state, runSettings(loaded.state.settings, options), {
    layout,
    today,
    aturanChoice: runAturanChoice(loaded.state.settings, options),
  });
  const report = check.report!;
  const aturanLine = `Aturan: ${ATURAN_INFO[report.aturan.aturan].nama} (${report.aturan.reason}).`;
  const refusal = refusalSummary(report);
  if (refusal && !options.force) {
    return {
      code: EXIT_FINDINGS,
      lines: [
        `Rekomendasi TIDAK dibuat; ${options.output} tidak ditulis.`,
        refusal.message,
        ...refusal.first.map((f) => `  ✖ ${f.cell.padEnd(7)} ${withTitle(ruleInfo(f.code)?.title ?? f.code, f.message)}`),
        ...(refusal.count > refusal.first.length ? [`  … dan ${refusal.count - refusal.first.length} kesalahan lainnya (lihat: kinerja validasi ${file}).`] : []),
        aturanLine,
        `Perbaiki kesalahannya, atau tambahkan --paksa untuk tetap membuatnya.`,
      ],
    };
  }
  // The sheet is written under the rule set and columns just checked; the file writer reads the
  // mapping from the workbook's state, so an officer's --kolom travels with the copy.
  const chosen: LoadedWorkbook = layout === source.layout ? loaded : { ...loaded, state: withMapping(loaded.state, source.sheet.name, layout) };
  const result = await writeRecommendation(chosen, options.output, check.settings, { overwrite: options.overwrite, sheet: source.sheet.name, today });
  const s = result.build.summary;
  const lines = [
    `Lembar "${result.build.plan.sheetName}" dibuat dari lembar "${result.sourceSheet}" dan ditulis ke ${options.output}.`,
    aturanLine,
    `${s.total} pegawai: ${s.byPredikat.map((p) => `${p.label} ${p.count}`).join(", ")}${s.undetermined ? `, tidak dapat ditentukan ${s.undetermined}` : ""}.`,
    `Prioritas talent pool: ${s.eligible.talentPool} · prioritas pengembangan kompetensi: ${s.eligible.pengembangan}.`,
  ];
  if (refusal) {
    const rows = result.build.rows.filter((r) => r.assessment.withheld).length;
    lines.push(
      `PERHATIAN (--paksa): lembar sumber masih memuat ${refusal.count} kesalahan; ${rows} baris berisi kesalahan diberi catatan di kolom Catatan dan tidak mendapat kotak talenta maupun penghargaan.`,
    );
  }
  if (result.build.plan.replaces) lines.push(`Lembar rekomendasi lama buatan add-in diganti.`);
  if (result.notPreserved.length > 0) {
    lines.push(
      `PERHATIAN: berkas asli memuat ${result.notPreserved.join(", ")} yang tidak ikut tersalin ke ${options.output} (berkas asli tetap utuh). Untuk menyimpan semuanya, buat lembar rekomendasi dari panel di Excel.`,
    );
  }
  return { code: EXIT_OK, lines };
}

function withMapping(state: WorkbookState, sheet: string, layout: TableLayout): WorkbookState {
  return { ...state, mappings: new Map([...state.mappings, [sheet, layout]]) };
}

/** "Title: message", or the message alone when it already starts with the title ("NIP kosong."). */
function withTitle(title: string, message: string): string {
  return message.toLowerCase().startsWith(title.toLowerCase()) ? message : `${title}: ${message}`;
}
