import { CATALOGUE, findFunction } from "../../src/functions/catalogue";
import { isFunctionError } from "../../src/functions/cell-values";
import { exampleFormula } from "../../src/functions/formula-text";
import { renderEntry } from "../../scripts/generate-functions-entry";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** What a cell shows, as text: numbers to 10 significant digits, columns joined by " | ". */
function shown(matrix: unknown[][]): string {
  return matrix
    .map((row) =>
      row
        .map((cell) => (typeof cell === "number" ? String(Number(cell.toPrecision(10))) : typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : isFunctionError(cell) ? cell.error : String(cell)))
        .filter((text, i) => i === 0 || text !== "")
        .join(" | "),
    )
    .join("\n");
}

const FIXED_CATALOGUE = [
  "IKU", "NILAI_TERTIMBANG", "CKP_TUGAS_BELAJAR", "NILAI_KINERJA", "PERILAKU_360", "NKP", "NSKP", "KREATIVITAS",
  "NPKP", "PREDIKAT", "PREDIKAT_KUADRAN", "CEK_DISTRIBUSI", "EKSPEKTASI", "STATUS_WARNA", "PERINGKAT_DISTRIBUSI",
  "KOTAK_TALENTA", "REKOMENDASI_TALENTA", "PENGHARGAAN", "JENIS_PENGHARGAAN", "ANGKA_KREDIT", "KELAS_JABATAN",
  "TUNJANGAN_KINERJA", "TUKIN_KEMENKEU", "PERSEN_TUKIN_DJP", "TUKIN_DJP", "INSENTIF_KPK", "KPK_PERGESERAN", "POLRI_FS", "POLRI_FG", "POLRI_NILAI",
  "NIP_VALID", "NIP_INFO",
];

describe("the KINERJA catalogue", () => {
  it("has exactly the 32 functions of the product, in order", () => {
    expect(CATALOGUE.map((f) => f.name)).toEqual(FIXED_CATALOGUE);
  });

  it.each(CATALOGUE.map((f) => [f.name, f] as const))("%s: its help example gives the result it promises", (_, fn) => {
    expect(shown(fn.evaluate(...fn.example.args))).toBe(fn.example.result);
  });

  it.each(CATALOGUE.map((f) => [f.name, f] as const))("%s: every parameter has an Indonesian description", (_, fn) => {
    expect(fn.description.length).toBeGreaterThan(30);
    for (const p of fn.params) {
      expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(p.description.length).toBeGreaterThan(8);
    }
    const firstOptional = fn.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(fn.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
  });

  it("finds functions with or without the namespace, in any case", () => {
    expect(findFunction("kinerja.predikat")?.name).toBe("PREDIKAT");
    expect(findFunction(" Predikat ")?.name).toBe("PREDIKAT");
    expect(findFunction("SUM")).toBeUndefined();
  });

  it("writes examples the Indonesian way for people and the invariant way for Office.js", () => {
    const fn = findFunction("PREDIKAT")!;
    expect(exampleFormula(fn, "id")).toBe("=KINERJA.PREDIKAT(112; BENAR)");
    expect(exampleFormula(fn, "invariant")).toBe("=KINERJA.PREDIKAT(112,TRUE)");
    expect(exampleFormula(findFunction("CKP_TUGAS_BELAJAR")!, "id")).toBe("=KINERJA.CKP_TUGAS_BELAJAR(3,5; 4; 3)");
  });

  it("keeps the generated Excel entry point in step with the catalogue", () => {
    const committed = readFileSync(join(__dirname, "..", "..", "src", "functions", "functions.ts"), "utf8");
    expect(committed).toBe(renderEntry());
  });
});
