/**
 * What the add-in keeps in its very hidden sheet: confirmed mappings, settings, generated sheets
 * and marks; and the rule that a stored mapping is used only while the header still reads the same.
 */
import {
  CellValue,
  decodeState,
  detectTable,
  EMPTY_STATE,
  encodeState,
  layoutForSheet,
  layoutFromChoice,
  parseSettings,
  STATE_HEADER,
  TableLayout,
  WorkbookState,
} from "../../src/workbook";
import { IKU_KANWIL } from "../fixtures/templates/iku-kemenkeu-kanwil";
import { PETUNJUK_PENGISIAN } from "../fixtures/templates/petunjuk-pengisian";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { withCells, withoutRows } from "./helpers";
import { sheetRows } from "../../src/workbook";

const REKAP_LAYOUT = detectTable(REKAP_BKPSDM) as TableLayout;
const IKU_LAYOUT = detectTable(IKU_KANWIL) as TableLayout;

const STATE: WorkbookState = {
  mappings: new Map([
    ["Rekap 2025", REKAP_LAYOUT],
    ["IKU Kanwil 2025", IKU_LAYOUT],
  ]),
  settings: { aturan: "KEMENKEU", persenAtas: 20, persenBawah: 10, batasPotensial: { menengah: 70, tinggi: 80 } },
  generatedSheets: ["Rekomendasi Penghargaan 2025", "Rekomendasi Penghargaan 202 (2)"],
  marks: [
    { address: "'Rekap 2025'!B9", previousFill: null },
    { address: "'Rekap 2025'!H15", previousFill: "#FFF2CC" },
  ],
};

describe("state codec", () => {
  test("encodes one [jenis, kunci, nilai] row per record under a header row", () => {
    const rows = encodeState(STATE);
    expect(rows[0]).toEqual([...STATE_HEADER]);
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["jenis", "kunci"],
      ["pengaturan", ""],
      ["pemetaan", "Rekap 2025"],
      ["pemetaan", "IKU Kanwil 2025"],
      ["lembar-dibuat", "Rekomendasi Penghargaan 2025"],
      ["lembar-dibuat", "Rekomendasi Penghargaan 202 (2)"],
      ["tanda", "'Rekap 2025'!B9"],
      ["tanda", "'Rekap 2025'!H15"],
    ]);
    for (const row of rows) {
      expect(row).toHaveLength(3);
      for (const cell of row) expect(cell.length).toBeLessThan(32767);
    }
  });

  test("round trip: mappings, settings, generated sheets and marks come back equal", () => {
    const back = decodeState(encodeState(STATE));
    expect(back.mappings).toEqual(STATE.mappings);
    expect(back.mappings.get("Rekap 2025")).toEqual(REKAP_LAYOUT);
    expect(back.settings).toEqual(STATE.settings);
    expect(back.generatedSheets).toEqual(STATE.generatedSheets);
    expect(back.marks).toEqual(STATE.marks);
    const parsed = parseSettings(back.settings);
    expect(parsed.ok && parsed.settings.aturan).toBe("KEMENKEU");
  });

  test("the empty state round-trips to the empty state", () => {
    expect(encodeState(EMPTY_STATE)).toEqual([["jenis", "kunci", "nilai"]]);
    expect(decodeState(encodeState(EMPTY_STATE))).toEqual({ mappings: new Map(), settings: undefined, generatedSheets: [], marks: [] });
  });

  test("rows that do not parse are ignored, the good ones kept (the sheet may have been edited by hand)", () => {
    const corrupt: CellValue[][] = [
      ["pemetaan", "Rusak", "{bukan json"],
      ["pemetaan", "Negatif", JSON.stringify({ ...REKAP_LAYOUT, headerRow: -1 })],
      ["pemetaan", "TigaBaris", JSON.stringify({ ...REKAP_LAYOUT, headerRows: 3 })],
      ["pemetaan", "KolomTeks", JSON.stringify({ ...REKAP_LAYOUT, columns: { nip: "B" } })],
      ["tanda", "'Rekap 2025'!C3", JSON.stringify({ address: 5, previousFill: null })],
      ["tanda", "'Rekap 2025'!C4", "null"],
      ["lembar-dibuat", "", "{}"],
      ["catatan", "x", "y"],
      [null, null, null],
      [{ error: "#REF!" }, "", ""],
      [42, 43, 44],
    ];
    const rows: CellValue[][] = [...encodeState(STATE)];
    rows.splice(3, 0, ...corrupt);
    const back = decodeState(rows);
    expect([...back.mappings.keys()]).toEqual(["Rekap 2025", "IKU Kanwil 2025"]);
    expect(back.mappings).toEqual(STATE.mappings);
    expect(back.generatedSheets).toEqual(STATE.generatedSheets);
    expect(back.marks).toEqual(STATE.marks);
    expect(back.settings).toEqual(STATE.settings);
  });
});

describe("layoutForSheet", () => {
  // The officer told the panel that column J ("Inovasi") is not innovation evidence in this sheet.
  const { inovasi: _dropped, ...withoutInovasi } = REKAP_LAYOUT.columns;
  const confirmed = layoutFromChoice(REKAP_BKPSDM, "pegawai", 3, 2, withoutInovasi);
  const state: WorkbookState = { ...EMPTY_STATE, mappings: new Map([["Rekap 2025", confirmed]]) };

  test("the stored mapping is used while the header reads the same", () => {
    const found = layoutForSheet(REKAP_BKPSDM, state);
    expect(found.source).toBe("tersimpan");
    expect(found.layout).toEqual(confirmed);
    expect(found.layout?.columns.inovasi).toBeUndefined();
  });

  test("…even after the stored state went through the hidden sheet", () => {
    expect(layoutForSheet(REKAP_BKPSDM, decodeState(encodeState(state))).source).toBe("tersimpan");
  });

  test("an unmapped header cell may change; a mapped one may not", () => {
    expect(layoutForSheet(withCells(REKAP_BKPSDM, { J4: "Bukti Inovasi" }), state).source).toBe("tersimpan");
    const renamed = layoutForSheet(withCells(REKAP_BKPSDM, { H4: "Nilai Akhir" }), state);
    expect(renamed.source).toBe("terdeteksi");
    expect(renamed.layout?.columns.inovasi).toBe(9);
    expect(renamed.layout?.columns.nilaiKinerja).toBe(7);
  });

  test("a column inserted before the table's columns moves the headers: re-detected at the new positions", () => {
    const shifted = { ...REKAP_BKPSDM, values: sheetRows(REKAP_BKPSDM.values).map((row, i) => [row[0], i === 3 ? "Pangkat/Gol" : "", ...row.slice(1)]) };
    const found = layoutForSheet(shifted, state);
    expect(found.source).toBe("terdeteksi");
    expect(found.layout?.columns.nip).toBe(2);
  });

  test("title rows removed above the header: the stored header row no longer reads the same, so it is re-detected", () => {
    const found = layoutForSheet(withoutRows(REKAP_BKPSDM, [1, 2, 3]), state);
    expect(found.source).toBe("terdeteksi");
    expect([found.layout?.headerRow, found.layout?.headerRows]).toEqual([0, 2]);
  });

  test("a stored header row beyond a now shorter sheet is not read", () => {
    const short = { ...REKAP_BKPSDM, values: sheetRows(REKAP_BKPSDM.values).slice(0, 3) };
    expect(layoutForSheet(short, state)).toEqual({ source: "tidak-ada" });
  });

  test("no stored mapping: detected; nothing recognisable: tidak-ada", () => {
    expect(layoutForSheet(IKU_KANWIL, state)).toEqual({ layout: IKU_LAYOUT, source: "terdeteksi" });
    expect(layoutForSheet(PETUNJUK_PENGISIAN, state)).toEqual({ source: "tidak-ada" });
  });
});
