/**
 * `kinerja rekomendasi FILE.xlsx -o OUT.xlsx [--timpa]`: a copy of the workbook with the
 * recommendation sheet. Never modifies FILE; refuses to overwrite OUT without --timpa. FILE is
 * read and parsed once.
 */
import { resolve } from "node:path";
import { loadWorkbookFile, writeRecommendation } from "../xlsx";
import { JudgementOptions, runSettings } from "./settings";
import { UsageError } from "./shared";

export interface RekomendasiOptions extends JudgementOptions {
  readonly output: string;
  readonly overwrite?: boolean;
  readonly sheet?: string;
  readonly today?: Date;
}

export async function runRekomendasi(file: string, options: RekomendasiOptions): Promise<string[]> {
  if (resolve(file) === resolve(options.output)) throw new UsageError("OUT tidak boleh sama dengan berkas masukan: berkas masukan tidak pernah diubah.");
  const loaded = await loadWorkbookFile(file);
  const settings = runSettings(loaded.state.settings, options);
  const result = await writeRecommendation(loaded, options.output, settings, { overwrite: options.overwrite, sheet: options.sheet, today: options.today });
  const s = result.build.summary;
  const lines = [
    `Lembar "${result.build.plan.sheetName}" dibuat dari lembar "${result.sourceSheet}" dan ditulis ke ${options.output}.`,
    `${s.total} pegawai: ${s.byPredikat.map((p) => `${p.label} ${p.count}`).join(", ")}${s.undetermined ? `, tidak dapat ditentukan ${s.undetermined}` : ""}.`,
    `Prioritas talent pool: ${s.eligible.talentPool} · prioritas pengembangan kompetensi: ${s.eligible.pengembangan}.`,
  ];
  if (result.build.plan.replaces) lines.push(`Lembar rekomendasi lama buatan add-in diganti.`);
  if (result.notPreserved.length > 0) {
    lines.push(
      `PERHATIAN: berkas asli memuat ${result.notPreserved.join(", ")} yang tidak ikut tersalin ke ${options.output} (berkas asli tetap utuh). Untuk menyimpan semuanya, buat lembar rekomendasi dari panel di Excel.`,
    );
  }
  return lines;
}
