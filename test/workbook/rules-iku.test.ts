/**
 * Validation of a Kemenkeu IKU sheet (KMK 467/2014, LAN Tabel 18): polarisation, usable targets,
 * weights per contract owner, IKU per contract and per SS, activity-only SS.
 */
import { IKU_KANWIL } from "../fixtures/templates/iku-kemenkeu-kanwil";
import { check, codesMissingFromCatalogue, lines, messageAt, seenCodes, withCells, withRowsInserted } from "./helpers";

const SHEET = "'IKU Kanwil 2025'";
const at = (cell: string) => `${SHEET}!${cell}`;

/** Eight more IKU for Seksi PPA IA (Eselon IV), inserted before the blank row 19; weights still make 100. */
function seksiWithElevenIku(level: string) {
  const extra = Array.from({ length: 8 }, (_, i) => [14 + i, "", `Persentase layanan satker mitra ke-${i + 1}`, "Maximize", 90, 92, 7.5, "", "Seksi PPA IA", level, "Exact"]);
  return withCells(withRowsInserted(IKU_KANWIL, 19, extra), { G16: 20, G17: 10, G18: 10, J16: level, J17: level, J18: level });
}

test("the clean IKU sheet gives no findings (maximize, minimize with target 0 and terburuk, stabilize; 0,2 + … = 1 and 40 + 30 + 30)", () => {
  const report = check(IKU_KANWIL);
  expect(report.findings).toEqual([]);
  expect(report.rowsChecked).toBe(13);
  expect(report.layout?.kind).toBe("iku");
});

test("polarisation unknown or blank; minimize target 0 without terburuk; maximize target 0; weights 95 %; blank and error cells", () => {
  const sheet = withCells(IKU_KANWIL, {
    D6: "Positif",
    D7: "",
    F8: "", // realisasi blank
    H9: "", // minimize, target 0, terburuk removed
    E10: { error: "#DIV/0!" },
    E11: 0, // maximize with target 0
    G15: 25, // Bidang PPA I: 40 + 30 + 25
  });
  const report = check(sheet);
  expect(lines(report.findings)).toEqual([
    `${at("D6")} IKU_POLARISASI error`,
    `${at("D7")} IKU_POLARISASI error`,
    `${at("F8")} WAJIB_KOSONG error`,
    `${at("E9")} IKU_TARGET error`,
    `${at("E10")} SEL_ERROR error`,
    `${at("E11")} IKU_TARGET error`,
    `${at("G15")} IKU_BOBOT error`,
  ]);
  expect(messageAt(report.findings, at("D6"), "IKU_POLARISASI")).toBe('Polarisasi "Positif" tidak dikenal; gunakan maximize, minimize atau stabilize.');
  expect(messageAt(report.findings, at("D7"), "IKU_POLARISASI")).toBe("Polarisasi kosong; isi maximize, minimize atau stabilize.");
  expect(messageAt(report.findings, at("F8"), "WAJIB_KOSONG")).toBe("Realisasi kosong.");
  expect(messageAt(report.findings, at("E9"), "IKU_TARGET")).toBe(
    "Target 0 dengan polarisasi minimize memerlukan terburuk (realisasi terburuk yang dapat ditoleransi, dari manual IKU).",
  );
  expect(messageAt(report.findings, at("E10"), "SEL_ERROR")).toBe("Target berisi error #DIV/0!; perbaiki rumus atau sel sumbernya.");
  expect(messageAt(report.findings, at("E11"), "IKU_TARGET")).toBe(
    "target 0 tidak bisa dipakai untuk polarisasi maximize (pembagian dengan nol). Isi target selain 0.",
  );
  expect(messageAt(report.findings, at("G15"), "IKU_BOBOT")).toBe("Bobot IKU pemilik Bidang PPA I berjumlah 95, harus 100%.");
});

test("weights typed as Excel percentages that miss 100 % are reported on the owner's last IKU", () => {
  const report = check(withCells(IKU_KANWIL, { G12: 0.1 }));
  expect(lines(report.findings)).toEqual([`${at("G12")} IKU_BOBOT error`]);
  expect(report.findings[0].message).toBe("Bobot IKU pemilik Kanwil DJPb Jawa Barat berjumlah 0,95, harus 100%.");
});

test("Eselon IV owner with 11 IKU: IKU_JUMLAH_KK on the 11th", () => {
  const report = check(seksiWithElevenIku("Eselon IV"));
  expect(report.rowsChecked).toBe(21);
  expect(lines(report.findings)).toEqual([`${at("C26")} IKU_JUMLAH_KK error`]);
  expect(report.findings[0].message).toBe("Pemilik Seksi PPA IA (Eselon IV) memiliki 11 IKU; paling banyak 10 menurut Tabel 18.");
});

test("owner whose level is blank or unknown with more than 10 IKU: a warning asking for the level", () => {
  for (const level of ["", "Kasubsi"]) {
    const report = check(seksiWithElevenIku(level));
    expect(lines(report.findings)).toEqual([`${at("C26")} IKU_JUMLAH_LEVEL_TIDAK_DIKETAHUI warning`]);
    expect(report.findings[0].message).toBe(
      "Pemilik Seksi PPA IA memiliki 11 IKU; batas 10 kecuali pemilik peta strategi Eselon I–III. Isi kolom Eselon Pemilik.",
    );
  }
});

test("strategy-map owner measuring one SS with 4 IKU: IKU_JUMLAH_SS on the 4th", () => {
  const fourth = [5.5, "SS2", "Persentase SP2D terbit tepat waktu", "Maximize", 99, 99.5, 0.05, "", "Kanwil DJPb Jawa Barat", "Eselon II", "Exact"];
  const sheet = withCells(withRowsInserted(IKU_KANWIL, 11, [fourth]), { G6: 0.15 });
  const report = check(sheet);
  expect(lines(report.findings)).toEqual([`${at("B11")} IKU_JUMLAH_SS error`]);
  expect(report.findings[0].message).toBe("SS SS2 milik Kanwil DJPb Jawa Barat diukur dengan 4 IKU; paling banyak 3.");
});

test("an SS of a strategy-map owner measured by activity IKU only: IKU_ACTIVITY_SAJA on its first IKU; a non-owner may have activity IKU", () => {
  const report = check(withCells(IKU_KANWIL, { K6: "Activity", K7: "aktivitas", K16: "Activity", K18: "Activity" }));
  expect(lines(report.findings)).toEqual([`${at("K6")} IKU_ACTIVITY_SAJA error`]);
  expect(report.findings[0].message).toBe("SS SS1 milik Kanwil DJPb Jawa Barat hanya diukur dengan IKU activity; tambahkan IKU exact atau proxy.");
});

test("an IKU sheet without a Polarisasi column: one IKU_POLARISASI at the header's first cell", () => {
  // (Row 9's target 0 only makes sense as minimize; it is given a target of 1 so that this test is about the header.)
  const sheet = withCells(IKU_KANWIL, { D5: "Keterangan", E9: 1 });
  const report = check(sheet);
  expect(lines(report.findings)).toEqual([`${at("A5")} IKU_POLARISASI error`]);
  expect(report.findings[0].message).toBe("Kolom Polarisasi tidak ditemukan; indeks capaian tidak dapat dihitung tanpa polarisasi.");
});

test("every finding code produced in this file is in RULE_CATALOGUE", () => {
  expect(seenCodes.size).toBeGreaterThan(5);
  expect(codesMissingFromCatalogue()).toEqual([]);
});
