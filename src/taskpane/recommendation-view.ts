/** What the Rekomendasi tab shows beside the engine's build: the talent grid in Gambar 27's order. */
import { POTENSIAL_VALUES, TALENT_BOX } from "../core/talenta";
import { EKSPEKTASI_VALUES } from "../core/predikat";

export const REKOMENDASI_BASE = { yearPlaceholder: "2025" };

/** Rows: kinerja di atas → di bawah; columns: potensial rendah → tinggi. */
export const TALENT_GRID = EKSPEKTASI_VALUES.map((kinerja) => ({
  kinerja: kinerja.replace(" Ekspektasi", ""),
  boxes: POTENSIAL_VALUES.map((p) => TALENT_BOX[kinerja][p]),
}));
