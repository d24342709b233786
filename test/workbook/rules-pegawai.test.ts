/**
 * Validation of employee sheets: every finding with its exact sheet-qualified address, code and
 * severity, on the agency templates and on copies with planted problems.
 */
import { EKINERJA_PERMENPANRB6 } from "../fixtures/templates/ekinerja-permenpanrb-6-2022";
import { NPKP_KEMENKEU } from "../fixtures/templates/npkp-kemenkeu-satker";
import { POLRI_PNS } from "../fixtures/templates/polri-pns";
import { REKAP_BERMASALAH } from "../fixtures/templates/rekap-bkpsdm-bermasalah";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { check, codesMissingFromCatalogue, lines, messageAt, seenCodes, settingsWith, withCells } from "./helpers";

const PP30 = settingsWith({ aturan: "PP30" });
const PP46 = settingsWith({ aturan: "PP46" });
const KEMENKEU = settingsWith({ aturan: "KEMENKEU" });
const POLRI = settingsWith({ aturan: "POLRI" });
const KUADRAN = settingsWith({ aturan: "PERMENPANRB6" });

describe("clean templates give no findings", () => {
  test.each([
    ["(a) kabupaten recap, PP 30/2019", REKAP_BKPSDM, PP30, 15],
    ["(b) Kemenkeu NPKP sheet from B3, Kemenkeu", NPKP_KEMENKEU, KEMENKEU, 10],
    ["(b) the same sheet under PP 46/2011", NPKP_KEMENKEU, PP46, 10],
    ["(c) e-Kinerja export, PermenPANRB 6/2022", EKINERJA_PERMENPANRB6, KUADRAN, 14],
    ["(e) Polri recap, Polri", POLRI_PNS, POLRI, 6],
  ])("%s", (_title, sheet, settings, rows) => {
    const report = check(sheet, settings);
    expect(report.findings).toEqual([]);
    expect(report.counts).toEqual({ errors: 0, warnings: 0 });
    expect(report.rowsChecked).toBe(rows);
  });
});

describe("a recap submitted with the usual problems (copy of (a) with planted errors)", () => {
  const report = check(REKAP_BERMASALAH, PP30);
  const at = (cell: string, code: string) => messageAt(report.findings, `'Rekap 2025'!${cell}`, code);

  test("every problem at its cell, sorted by row then column; the sheet name with a space is quoted", () => {
    expect(lines(report.findings)).toEqual([
      "'Rekap 2025'!B7 NIP_ANGKA error",
      "'Rekap 2025'!I7 SANGAT_BAIK_TANPA_INOVASI error",
      "'Rekap 2025'!M7 PREDIKAT_TIDAK_DIKENAL error",
      "'Rekap 2025'!B8 NIP_FORMAT error",
      "'Rekap 2025'!B9 NIP_FORMAT error",
      "'Rekap 2025'!I9 PREDIKAT_TIDAK_SESUAI error",
      "'Rekap 2025'!B10 NIP_TANGGAL error",
      "'Rekap 2025'!F10 ANGKA_TEKS warning",
      "'Rekap 2025'!B11 NIP_TANGGAL error",
      "'Rekap 2025'!L11 KOTAK_TIDAK_SESUAI error",
      "'Rekap 2025'!B12 NIP_KELAMIN error",
      "'Rekap 2025'!K12 POTENSIAL_TIDAK_DIKENAL error",
      "'Rekap 2025'!I13 PREDIKAT_TIDAK_DIKENAL error",
      "'Rekap 2025'!B14 NIP_KOSONG error",
      "'Rekap 2025'!C15 WAJIB_KOSONG error",
      "'Rekap 2025'!H15 NILAI_GABUNGAN_TIDAK_SESUAI error",
      "'Rekap 2025'!B16 NIP_GANDA error",
      "'Rekap 2025'!H16 NILAI_GABUNGAN_BOBOT_LAIN warning",
      "'Rekap 2025'!F17 SEL_ERROR error",
      "'Rekap 2025'!G18 ANGKA_TEKS warning",
      "'Rekap 2025'!H19 ANGKA_TEKS warning",
      "'Rekap 2025'!G20 BUKAN_ANGKA error",
      "'Rekap 2025'!F21 NILAI_RENTANG error",
    ]);
    expect(report.counts).toEqual({ errors: 19, warnings: 4 });
    for (let i = 1; i < report.findings.length; i++) {
      const [a, b] = [report.findings[i - 1], report.findings[i]];
      expect(a.row < b.row || (a.row === b.row && a.col <= b.col)).toBe(true);
    }
  });

  test("row and column of a finding are 0-based sheet coordinates behind the A1 cell", () => {
    expect(report.findings[0]).toEqual(
      expect.objectContaining({ sheet: "Rekap 2025", row: 6, col: 1, cell: "B7", address: "'Rekap 2025'!B7" }),
    );
  });

  test("NIP messages: stored as a number, 17 digits, letters, impossible date, TMT before 18, gender digit, duplicate naming the first cell", () => {
    expect(at("B7", "NIP_ANGKA")).toBe(
      "NIP tersimpan sebagai angka sehingga digit terakhirnya sudah hilang (Excel hanya menyimpan 15 digit angka). Format kolom NIP sebagai Teks, lalu ketik ulang NIP dari dokumen sumber.",
    );
    expect(at("B8", "NIP_FORMAT")).toBe("NIP harus 18 digit (tertulis 17 digit).");
    expect(at("B9", "NIP_FORMAT")).toBe('NIP hanya boleh berisi angka (tertulis "19900105201503100A").');
    expect(at("B10", "NIP_TANGGAL")).toBe("Tanggal lahir di NIP tidak ada: 30-02-1978 (digit 1–8, TTTTBBHH).");
    expect(at("B11", "NIP_TANGGAL")).toBe("TMT CPNS 3-2005 di NIP terjadi sebelum pegawai berusia 18 tahun (lahir 1992).");
    expect(at("B12", "NIP_KELAMIN")).toBe("Digit ke-15 NIP (jenis kelamin) harus 1 (laki-laki) atau 2 (perempuan); tertulis 3.");
    expect(at("B14", "NIP_KOSONG")).toBe("NIP kosong.");
    expect(at("B16", "NIP_GANDA")).toBe("NIP 198604142011011005 sudah tercantum di B13.");
  });

  test("cell values: blank name, Excel error, text numbers ('95%', '95,5', '117,1') read with a warning, words, out of range", () => {
    expect(at("C15", "WAJIB_KOSONG")).toBe("Nama kosong.");
    expect(at("F17", "SEL_ERROR")).toBe("Nilai SKP berisi error #N/A; perbaiki rumus atau sel sumbernya.");
    expect(at("F10", "ANGKA_TEKS")).toBe('Nilai SKP "95%" tersimpan sebagai teks; dibaca 95. Ubah menjadi angka agar rumus lain ikut menghitungnya.');
    expect(at("G18", "ANGKA_TEKS")).toBe('Nilai Perilaku "95,5" tersimpan sebagai teks; dibaca 95,5. Ubah menjadi angka agar rumus lain ikut menghitungnya.');
    expect(at("H19", "ANGKA_TEKS")).toMatch(/^Nilai Kinerja "117,1" tersimpan sebagai teks; dibaca 117,1\./);
    expect(at("G20", "BUKAN_ANGKA")).toBe('Nilai Perilaku harus angka; tertulis "tujuh puluh".');
    expect(at("F21", "NILAI_RENTANG")).toBe("Nilai SKP 145 di luar rentang 0–120.");
  });

  test("predikat, combined score and talent box messages", () => {
    expect(at("I7", "SANGAT_BAIK_TANPA_INOVASI")).toBe(
      "Predikat Sangat Baik untuk nilai 111,4 memerlukan bukti inovasi (ide/cara baru yang bermanfaat, PP 30/2019 Pasal 41 ayat 5); tanpa bukti, predikatnya Baik.",
    );
    expect(at("M7", "PREDIKAT_TIDAK_DIKENAL")).toBe(
      'Predikat Tahun Lalu "B" tidak dikenal. Gunakan Sangat Baik, Baik, Cukup, Kurang, Sangat Kurang, Buruk, Butuh Perbaikan atau Kurang/Misconduct.',
    );
    expect(at("I13", "PREDIKAT_TIDAK_DIKENAL")).toMatch(/^Predikat "Memuaskan" tidak dikenal\./);
    expect(at("I9", "PREDIKAT_TIDAK_SESUAI")).toBe('Predikat tertulis "Baik", padahal nilai 86,5 menurut PP 30/2019 memberi predikat Cukup.');
    expect(at("H15", "NILAI_GABUNGAN_TIDAK_SESUAI")).toBe(
      "Nilai kinerja 80 tidak sesuai SKP 75 dan perilaku 80 dengan bobot 70/30 (atasan saja): seharusnya 76,5.",
    );
    expect(at("H16", "NILAI_GABUNGAN_BOBOT_LAIN")).toBe(
      "Nilai kinerja 109,2 memakai bobot 60/40 (360°), sedangkan aturan yang dipilih 70/30 (atasan saja). Periksa metode penilaian perilaku.",
    );
    expect(at("L11", "KOTAK_TIDAK_SESUAI")).toBe(
      "Kotak talenta tertulis 8, padahal kinerja di atas ekspektasi (predikat Baik) dan potensial tinggi memberi kotak 9.",
    );
    expect(at("K12", "POTENSIAL_TIDAK_DIKENAL")).toBe('Potensial "Sangat Tinggi" tidak dikenal; gunakan tinggi, menengah atau rendah.');
  });
});

describe("range and combined score", () => {
  test("PP 30/2019: a combined score above 120 is out of range and does not match its parts", () => {
    const report = check(withCells(REKAP_BKPSDM, { H21: 125 }), PP30);
    expect(lines(report.findings)).toEqual([
      "'Rekap 2025'!H21 NILAI_GABUNGAN_TIDAK_SESUAI error",
      "'Rekap 2025'!H21 NILAI_RENTANG error",
    ]);
    expect(messageAt(report.findings, "'Rekap 2025'!H21", "NILAI_RENTANG")).toBe("Nilai Kinerja 125 di luar rentang 0–120.");
  });

  test("Polri: the final score runs 0–100, so 101 is out of range (it would be valid under PP 30/2019)", () => {
    const sheet = withCells(POLRI_PNS, { F8: 101 });
    expect(lines(check(sheet, POLRI).findings)).toEqual(["'Nilai PNS Polri'!F8 NILAI_RENTANG error"]);
    expect(messageAt(check(sheet, POLRI).findings, "'Nilai PNS Polri'!F8", "NILAI_RENTANG")).toBe("Nilai Kinerja 101 di luar rentang 0–100.");
    expect(check(sheet, PP30).findings.filter((f) => f.code === "NILAI_RENTANG")).toEqual([]);
  });

  test("with a 'Penilaian 360°' column each row is checked with its own weights (60/40 when 'Ya')", () => {
    const sheet = withCells(REKAP_BKPSDM, {
      N4: "Penilaian 360°",
      N7: "Ya",
      H7: 111.2, // 112 × 60 % + 110 × 40 %
      N8: "Ya", // but 98,5 is 100 × 70 % + 95 × 30 %
      N9: "Tidak",
      N10: "ya",
      H10: 93.8, // 95 × 60 % + 92 × 40 %
    });
    const report = check(sheet, PP30);
    expect(report.layout?.columns.penilaian360).toBe(13);
    expect(lines(report.findings)).toEqual(["'Rekap 2025'!H8 NILAI_GABUNGAN_BOBOT_LAIN warning"]);
    expect(report.findings[0].message).toBe(
      "Nilai kinerja 98,5 memakai bobot 70/30 (atasan saja), sedangkan aturan yang dipilih 60/40 (360°). Periksa metode penilaian perilaku.",
    );
  });

  test("without the column the setting decides: 360° set, every 70/30 score gets the warning (90/90 fits both)", () => {
    const report = check(REKAP_BKPSDM, settingsWith({ penilaian360: true }));
    const expected = [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21].map((r) => `'Rekap 2025'!H${r} NILAI_GABUNGAN_BOBOT_LAIN warning`);
    expect(lines(report.findings)).toEqual(expected);
  });

  test("a score matching neither weighting is an error naming the expected value", () => {
    const report = check(withCells(REKAP_BKPSDM, { H8: 95 }), PP30);
    expect(lines(report.findings)).toEqual(["'Rekap 2025'!H8 NILAI_GABUNGAN_TIDAK_SESUAI error"]);
    expect(report.findings[0].message).toBe("Nilai kinerja 95 tidak sesuai SKP 100 dan perilaku 95 dengan bobot 70/30 (atasan saja): seharusnya 98,5.");
  });

  test("Kemenkeu NPKP is 60/40 (NP capped at 100); a 70/30 score is an error, not the PP 30 warning", () => {
    // 110 × 70 % + 92 × 30 % = 104,6; NPKP is 102,8.
    const report = check(withCells(NPKP_KEMENKEU, { H4: 104.6 }), KEMENKEU);
    expect(lines(report.findings)).toEqual(["NPKP_2025!H4 NILAI_GABUNGAN_TIDAK_SESUAI error"]);
    expect(report.findings[0].message).toBe("Nilai kinerja 104,6 tidak sesuai SKP 110 dan perilaku 92 dengan bobot 60/40: seharusnya 102,8.");
  });
});

describe("predikat under each rule set, at the boundaries", () => {
  test("PP 30/2019: 110 with innovation is Sangat Baik, without it Baik; 90 is Baik; 89,99 is Cukup", () => {
    // SKP = perilaku = combined score, so only the predikat rule speaks. Talent boxes follow the new predikat.
    const sheet = withCells(REKAP_BKPSDM, {
      ...{ F7: 110, G7: 110, H7: 110, I7: "Sangat Baik", J7: "Ya" }, // correct
      ...{ F8: 110, G8: 110, H8: 110, I8: "Sangat Baik", J8: "" }, // no innovation evidence
      ...{ F9: 110, G9: 110, H9: 110, I9: "Baik", J9: "", L9: 7 }, // correct
      ...{ F10: 110, G10: 110, H10: 110, I10: "Baik", J10: "Ya" }, // innovation: should be Sangat Baik
      ...{ F11: 90, G11: 90, H11: 90, I11: "Baik" }, // correct
      ...{ F12: 89.99, G12: 89.99, H12: 89.99, I12: "Baik", J12: "", L12: 8 }, // Cukup
      ...{ F13: 89.99, G13: 89.99, H13: 89.99, I13: "Cukup", L13: 5 }, // correct
    });
    const report = check(sheet, PP30);
    expect(lines(report.findings)).toEqual([
      "'Rekap 2025'!I8 SANGAT_BAIK_TANPA_INOVASI error",
      "'Rekap 2025'!I10 PREDIKAT_TIDAK_SESUAI error",
      "'Rekap 2025'!I12 PREDIKAT_TIDAK_SESUAI error",
    ]);
    expect(messageAt(report.findings, "'Rekap 2025'!I10", "PREDIKAT_TIDAK_SESUAI")).toBe(
      'Predikat tertulis "Baik", padahal nilai 110 menurut PP 30/2019 memberi predikat Sangat Baik.',
    );
    expect(messageAt(report.findings, "'Rekap 2025'!I12", "PREDIKAT_TIDAK_SESUAI")).toBe(
      'Predikat tertulis "Baik", padahal nilai 89,99 menurut PP 30/2019 memberi predikat Cukup.',
    );
  });

  test("PP 46/2011: 90 is Baik, 90,01 is Sangat Baik (addresses in a sheet starting at B3 are not quoted)", () => {
    const sheet = withCells(NPKP_KEMENKEU, {
      ...{ F4: 90, G4: 90, H4: 90, J4: "Sangat Baik" },
      ...{ F5: 90.01, G5: 90.01, H5: 90.01, J5: "Sangat Baik" },
    });
    const report = check(sheet, PP46);
    expect(lines(report.findings)).toEqual(["NPKP_2025!J4 PREDIKAT_TIDAK_SESUAI error"]);
    expect(report.findings[0]).toEqual(expect.objectContaining({ row: 3, col: 9, cell: "J4" }));
    expect(report.findings[0].message).toBe('Predikat tertulis "Sangat Baik", padahal nilai 90 menurut PP 46/2011 memberi predikat Baik.');
  });

  test("Kemenkeu: NPKP 89,2 is Baik, not Sangat Baik", () => {
    const report = check(withCells(NPKP_KEMENKEU, { J6: "Sangat Baik" }), KEMENKEU);
    expect(lines(report.findings)).toEqual(["NPKP_2025!J6 PREDIKAT_TIDAK_SESUAI error"]);
    expect(report.findings[0].message).toBe('Predikat tertulis "Sangat Baik", padahal nilai 89,2 menurut Kemenkeu (NPKP) memberi predikat Baik.');
  });

  test("Polri rounds half up first: 80,5 → 81 Sangat Baik, 80,49 → 80 Baik, 60,5 → 61 Cukup", () => {
    const sheet = withCells(POLRI_PNS, { G3: "Baik", G4: "Sangat Baik", F7: 60.5 });
    expect(lines(check(sheet, POLRI).findings)).toEqual([
      "'Nilai PNS Polri'!G3 PREDIKAT_TIDAK_SESUAI error",
      "'Nilai PNS Polri'!G4 PREDIKAT_TIDAK_SESUAI error",
      "'Nilai PNS Polri'!G7 PREDIKAT_TIDAK_SESUAI error",
    ]);
    expect(messageAt(check(sheet, POLRI).findings, "'Nilai PNS Polri'!G3", "PREDIKAT_TIDAK_SESUAI")).toBe(
      'Predikat tertulis "Baik", padahal nilai 80,5 menurut Polri memberi predikat Sangat Baik.',
    );
  });

  test("PermenPANRB 6/2022: the quadrant decides; unknown ratings are reported", () => {
    const sheet = withCells(EKINERJA_PERMENPANRB6, {
      H6: "SANGAT BAIK", // di atas × sesuai is Baik
      F7: "Istimewa",
      G10: "B",
    });
    const report = check(sheet, KUADRAN);
    expect(lines(report.findings)).toEqual([
      "'Predikat e-Kinerja'!H6 PREDIKAT_TIDAK_SESUAI error",
      "'Predikat e-Kinerja'!F7 RATING_TIDAK_DIKENAL error",
      "'Predikat e-Kinerja'!G10 RATING_TIDAK_DIKENAL error",
    ]);
    expect(messageAt(report.findings, "'Predikat e-Kinerja'!H6", "PREDIKAT_TIDAK_SESUAI")).toBe(
      'Predikat tertulis "SANGAT BAIK", padahal rating hasil kerja dan perilaku menurut PermenPANRB 6/2022 memberi predikat Baik.',
    );
    expect(messageAt(report.findings, "'Predikat e-Kinerja'!F7", "RATING_TIDAK_DIKENAL")).toBe(
      'Rating Hasil Kerja "Istimewa" tidak dikenal. Gunakan "di atas ekspektasi", "sesuai ekspektasi", "di bawah ekspektasi" atau sebuah predikat.',
    );
  });
});

describe("potential and talent box", () => {
  // Assessment-centre scores instead of words; with cut-offs 70/80 they give the fixture's categories.
  const scores = { K7: 86, K8: 74.5, K9: 71, K10: 62, K11: 80, K12: 91, K13: 78, K14: 65, K15: 70, K16: 84, K17: 88, K18: 73, K19: 90, K20: 58, K21: 69.99 };
  const numeric = withCells(REKAP_BKPSDM, scores);
  const cutoffs = settingsWith({ batasPotensial: { menengah: 70, tinggi: 80 } });

  test("numeric potential without cut-offs in the settings: one warning at the Potensial header, no talent box judged", () => {
    const report = check(numeric, PP30);
    expect(lines(report.findings)).toEqual(["'Rekap 2025'!K4 POTENSIAL_TANPA_BATAS warning"]);
    expect(report.findings[0].message).toBe(
      "15 nilai potensial berupa angka, tetapi batas nilai menengah dan tinggi belum ditetapkan di Pengaturan (regulasi tidak menetapkan batas baku). Kotak talenta untuk baris itu tidak dihitung.",
    );
  });

  test("with cut-offs 70/80 (80 is tinggi, 70 menengah, 69,99 rendah) the boxes are checked: all agree", () => {
    expect(check(numeric, cutoffs).findings).toEqual([]);
  });

  test("with cut-offs, a box that does not match is reported", () => {
    const report = check(withCells(numeric, { K21: 70 }), cutoffs);
    expect(lines(report.findings)).toEqual(["'Rekap 2025'!L21 KOTAK_TIDAK_SESUAI error"]);
    expect(report.findings[0].message).toBe(
      "Kotak talenta tertulis 1, padahal kinerja di bawah ekspektasi (predikat Sangat Kurang) dan potensial menengah memberi kotak 3.",
    );
  });
});

describe("distribution", () => {
  test("SE MenPANRB 03/2023 curve: a failing and a passing unit; messages name the unit and the count", () => {
    const sheet = withCells(EKINERJA_PERMENPANRB6, {
      // Dinas Pendidikan (Istimewa): all four Sangat Baik, above 70 %.
      ...{ G6: "DIATAS EKSPEKTASI", H6: "SANGAT BAIK", F7: "DIATAS EKSPEKTASI", G7: "DIATAS EKSPEKTASI", H7: "SANGAT BAIK" },
      // Dinas Kesehatan (Baik): the one Butuh Perbaikan becomes Baik: 80 % Baik and nobody below.
      ...{ F12: "SESUAI EKSPEKTASI", H12: "BAIK" },
    });
    const report = check(sheet, KUADRAN);
    expect(report.findings.some((f) => f.message.includes("Dinas Perhubungan"))).toBe(false); // 3 of 5 Butuh Perbaikan: fits
    expect(lines(report.findings)).toEqual([
      "'Predikat e-Kinerja'!E4 DISTRIBUSI_KURVA error",
      "'Predikat e-Kinerja'!E8 DISTRIBUSI_KURVA error",
      "'Predikat e-Kinerja'!E8 DISTRIBUSI_KURVA error",
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      "Unit Dinas Pendidikan: Predikat organisasi Istimewa: Sangat Baik paling banyak 70%; tertulis 4 dari 4 pegawai (100%).",
      "Unit Dinas Kesehatan: Predikat organisasi Baik: Baik paling banyak 70%; tertulis 4 dari 5 pegawai (80%).",
      "Unit Dinas Kesehatan: Predikat organisasi Baik: Butuh Perbaikan atau Kurang/Misconduct paling sedikit 1 orang; tertulis 0 dari 5 pegawai (0%).",
    ]);
  });

  test("the curve percentages are settings: allowing 100 % Sangat Baik for Istimewa clears that unit", () => {
    const sheet = withCells(EKINERJA_PERMENPANRB6, { G6: "DIATAS EKSPEKTASI", H6: "SANGAT BAIK", F7: "DIATAS EKSPEKTASI", G7: "DIATAS EKSPEKTASI", H7: "SANGAT BAIK" });
    const loose = settingsWith({ aturan: "PERMENPANRB6", kurva: { ...KUADRAN.kurva, Istimewa: [{ levels: [5], bound: "max", percent: 100 }] } });
    expect(check(sheet, KUADRAN).findings).toHaveLength(1);
    expect(check(sheet, loose).findings).toEqual([]);
  });

  test("an organisation predikat that differs inside a unit, or is unknown, is reported and that unit's curve is not judged", () => {
    const report = check(withCells(EKINERJA_PERMENPANRB6, { I9: "ISTIMEWA", I14: "A" }), KUADRAN);
    expect(lines(report.findings)).toEqual([
      "'Predikat e-Kinerja'!I9 PREDIKAT_ORGANISASI_TIDAK_SAH error",
      "'Predikat e-Kinerja'!I14 PREDIKAT_ORGANISASI_TIDAK_SAH error",
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      "Unit Dinas Kesehatan memiliki dua predikat organisasi (Baik dan Istimewa).",
      'Predikat organisasi "A" tidak dikenal; gunakan Istimewa, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang.',
    ]);
  });

  test("Kemenkeu ranking: equal NPKP across the 15 % boundary are flagged (both rows), a tie inside the 70 % is not", () => {
    const sheet = withCells(NPKP_KEMENKEU, {
      // KPPN Bandung I (6 people: 1 / 4 / 1): Rina gets Andi's 102,8, so first place is shared.
      ...{ F5: 110, G5: 92, H5: 102.8 },
      // KPPN Bandung II (4 people: 1 / 3 / 0): Yuliana and Rizky tie at 86,4 in the middle band.
      ...{ F11: 88, G11: 84, H11: 86.4, J11: "Baik" },
    });
    const report = check(sheet, KEMENKEU);
    expect(lines(report.findings)).toEqual(["NPKP_2025!H4 DISTRIBUSI_SERI warning", "NPKP_2025!H5 DISTRIBUSI_SERI warning"]);
    expect(report.findings[0].message).toBe(
      "Unit KPPN Bandung I: NKP 102,8 seri di batas Kinerja Terbaik / Kinerja Rata-rata; urutan ditetapkan pimpinan unit.",
    );
    // The ranking belongs to Kemenkeu: the same sheet under PP 46/2011 has no tie finding.
    expect(check(sheet, PP46).findings).toEqual([]);
  });
});

test("every finding code produced in this file is in RULE_CATALOGUE", () => {
  expect(seenCodes.size).toBeGreaterThan(15);
  expect(codesMissingFromCatalogue()).toEqual([]);
});

describe("a row whose score and both parts are blank", () => {
  it("is reported at its Nilai Kinerja cell", () => {
    const sheet = withCells(REKAP_BKPSDM, { F9: "", G9: "", H9: "" });
    const findings = check(sheet).findings;
    expect(findings.filter((f) => f.code === "WAJIB_KOSONG").map((f) => f.cell)).toEqual(["H9"]);
  });
});
