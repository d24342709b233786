/** @jest-environment jsdom */
/**
 * Periksa: the rule-set picker, the check and its summary, findings grouped by severity and rule,
 * selecting a finding's cell, marking and unmarking, Office errors, cancelling, a sheet without a
 * table, the mapping editor and the rules list — against a fake WorkbookService (exact calls) and
 * against the real Office.js adapter over the Excel test double (the whole path).
 */
import { join } from "node:path";
import { act, waitFor } from "@testing-library/react";
import {
  deferred,
  fakeService,
  findMessage,
  findSummary,
  installDouble,
  readOf,
  renderApp,
  runCheck,
  screen,
  sheetSnapshot,
  uninstallDouble,
  within,
  isDisabled,
} from "./support";
import { REKAP_BERMASALAH } from "../fixtures/templates/rekap-bkpsdm-bermasalah";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { PETUNJUK_PENGISIAN } from "../fixtures/templates/petunjuk-pengisian";
import { describeOfficeError, MARK_COLORS } from "../../src/excel";
import { columnsFor, DEFAULT_SETTINGS, EMPTY_STATE, RULE_CATALOGUE, STATE_SHEET_NAME, validateSheet } from "../../src/workbook";
import { loadWorkbookFile } from "../../src/xlsx";

/** Rules of a severity section in the order shown, as "title count". */
function ruleHeaders(section: "Kesalahan" | "Peringatan"): string[] {
  const region = screen.getByRole("region", { name: section });
  return within(region)
    .getAllByRole("button")
    .filter((b) => b.hasAttribute("aria-expanded"))
    .map((b) => b.textContent!.replace(/(\d+)$/, " $1"));
}

const ERROR_RULES = [
  "NIP tersimpan sebagai angka 1",
  "Sangat Baik tanpa bukti inovasi 1",
  "Predikat tidak dikenal 2",
  "NIP bukan 18 digit 2",
  "Predikat tidak sesuai nilai 1",
  "Tanggal di NIP tidak mungkin 2",
  "Kotak talenta tidak sesuai 1",
  "Digit jenis kelamin NIP salah 1",
  "Potensial tidak dikenal 1",
  "NIP kosong 1",
  "Nilai wajib kosong 1",
  "Nilai gabungan tidak sesuai bobot 1",
  "NIP ganda 1",
  "Sel berisi error Excel 1",
  "Teks di kolom angka 1",
  "Nilai di luar rentang 1",
];
const WARNING_RULES = ["Angka tersimpan sebagai teks 3", "Nilai gabungan memakai bobot lain 1"];

function expectSummary(summary: HTMLElement, sheet: string, rows: number, errors: number, warnings: number): void {
  expect(within(summary).getByText(sheet)).toBeTruthy();
  expect(within(summary).getByText(`${rows} baris diperiksa`)).toBeTruthy();
  expect(within(summary).getByText(`${errors} kesalahan`)).toBeTruthy();
  expect(within(summary).getByText(`${warnings} peringatan`)).toBeTruthy();
}

/** A column's dropdown in the mapping editor, by its label. */
const columnDropdown = (label: string) => screen.getByLabelText(label, { selector: "button" });

/** A finding's button: its accessible name starts with its visible text, the cell first. */
const findingButton = (cell: string) => screen.getByRole("button", { name: new RegExp(`^${cell} `) });
/** The cells of the finding buttons shown, in order. */
const findingCells = () => screen.getAllByRole("button", { name: /^[A-Z]+\d+ / }).map((b) => b.querySelector("span")!.textContent);

/** Runs the check again and waits until it has finished (the button is enabled again). */
async function checkAgain(user: ReturnType<typeof renderApp>["user"]): Promise<void> {
  const check = screen.getByRole("button", { name: "Periksa lembar ini" });
  await user.click(check);
  await waitFor(() => expect(isDisabled(check)).toBe(false));
}

describe("Periksa with a fake service", () => {
  it("the rule-set picker starts at Otomatis and lists every rule set; the officer's choice changes the check", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH));
    const { user } = renderApp({ service });
    const picker = (await screen.findByRole("combobox", { name: "Aturan predikat" })) as HTMLSelectElement;
    expect(picker.selectedOptions[0].textContent).toBe("Otomatis");
    const options = [...picker.options].map((o) => o.textContent);
    expect(options).toEqual(["Otomatis", "PP 30/2019", "PP 46/2011", "Kemenkeu (NPKP)", "Polri", "PermenPANRB 6/2022"]);
    await user.selectOptions(picker, "PP46");
    expect((screen.getByRole("combobox", { name: "Aturan predikat" }) as HTMLSelectElement).selectedOptions[0].textContent).toBe("PP 46/2011");
    // A session choice: nothing is stored in the workbook.
    expect(service.updateState).not.toHaveBeenCalled();
    expectSummary(await runCheck(user), "Rekap 2025", 15, 40, 3);
  });

  it("whose rule set counts, as in the CLI: the one saved in the workbook, unless the officer picks one in the pane", async () => {
    const saved = readOf(REKAP_BERMASALAH, { state: { ...EMPTY_STATE, settings: { aturan: "PP46" } } });
    const service = fakeService(saved);
    const { user } = renderApp({ service });
    await runCheck(user);
    expect(screen.getByText(/Aturan predikat:/).textContent).toMatch(/PP 46\/2011 \(.*buku kerja/);
    await user.selectOptions(screen.getByRole("combobox", { name: "Aturan predikat" }), "PP30");
    await runCheck(user);
    await waitFor(() => expect(screen.getByText(/Aturan predikat:/).textContent).toMatch(/PP 30\/2019 \(dipilih/));
  });

  it("reads the active sheet and shows rows checked, errors, warnings and findings by severity then rule", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH));
    const { user } = renderApp({ service });
    expectSummary(await runCheck(user), "Rekap 2025", 15, 19, 4);
    expect(service.read).toHaveBeenCalledTimes(1);
    expect(service.read.mock.calls[0][0]).toBeUndefined();

    expect(ruleHeaders("Kesalahan")).toEqual(ERROR_RULES);
    expect(ruleHeaders("Peringatan")).toEqual(WARNING_RULES);
    // Errors come before warnings.
    const sections = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
    expect(sections.filter((s) => s === "Kesalahan" || s === "Peringatan")).toEqual(["Kesalahan", "Peringatan"]);
    expect(sections.indexOf("Kesalahan")).toBeLessThan(sections.indexOf("Peringatan"));
    // The first rule of each severity is open: its cells are listed.
    expect(findingCells()).toEqual(["B7", "F10", "G18", "H19"]);
    // Opening another rule lists its cells.
    await user.click(screen.getByRole("button", { name: /NIP bukan 18 digit/ }));
    expect(findingButton("B8")).toBeTruthy();
    expect(findingButton("B9").textContent).toBe('B9 NIP hanya boleh berisi angka (tertulis "19900105201503100A").');
  });

  it("shows what was understood: sheet, header rows, each field's column and header, unread columns, the rule set and why", async () => {
    const { user } = renderApp({ service: fakeService(readOf(REKAP_BERMASALAH)) });
    await runCheck(user);
    const fields = screen.getByRole("region", { name: "Isian dan kolomnya" });
    const items = within(fields).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toContain("NIP — kolom B “NIP”");
    expect(items).toContain("Nilai SKP — kolom F “Nilai SKP”");
    expect(screen.getByText(/Aturan predikat:/).textContent).toMatch(/PP 30\/2019 \(dikenali dari lembar: /);
    expect(screen.getByText(/Lembar/, { selector: "span" }).textContent).toMatch(/Lembar Rekap 2025 · Baris judul 4–5 · 15 baris pegawai/);
  });

  it("a clean sheet says there is nothing to fix and offers no marking", async () => {
    const { user } = renderApp({ service: fakeService(readOf(REKAP_BKPSDM)) });
    expectSummary(await runCheck(user), "Rekap 2025", 15, 0, 0);
    expect(screen.getByText("Tidak ada masalah. Lembar siap dikirim.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Tandai sel" })).toBeNull();
    expect(screen.queryByRole("region", { name: "Kesalahan" })).toBeNull();
  });

  it("clicking a finding selects its sheet-qualified address", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH));
    const { user } = renderApp({ service });
    await runCheck(user);
    await user.click(findingButton("B7"));
    expect(service.select).toHaveBeenLastCalledWith("'Rekap 2025'!B7");
    await user.click(screen.getByRole("button", { name: /Tanggal di NIP tidak mungkin/ }));
    await user.click(findingButton("B11"));
    expect(service.select).toHaveBeenLastCalledWith("'Rekap 2025'!B11");
    expect(service.select).toHaveBeenCalledTimes(2);
  });

  it("Tandai sel marks every finding and Hapus tanda unmarks, each saying how many cells", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH));
    const { user } = renderApp({ service });
    await runCheck(user);
    await user.click(screen.getByRole("button", { name: "Tandai sel" }));
    expect(await screen.findByText("23 sel ditandai")).toBeTruthy();
    expect(service.mark).toHaveBeenCalledTimes(1);
    const marked = service.mark.mock.calls[0][0];
    expect(marked).toHaveLength(23);
    expect(marked.filter((f) => f.severity === "warning").map((f) => f.cell)).toEqual(["F10", "H16", "G18", "H19"]);
    await user.click(screen.getByRole("button", { name: "Hapus tanda" }));
    expect(await screen.findByText("23 sel dikembalikan ke warna semula")).toBeTruthy();
    expect(service.unmark).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["AccessDenied", /diproteksi/],
    ["InvalidOperationInCellEditMode", /mode edit sel/],
  ])("an Office error %s from the read is the plain Indonesian message, not a stack trace", async (code, words) => {
    const error = Object.assign(new Error(`RichApi.Error: ${code} at Excel.run (office.js:12:345)`), { code });
    const service = fakeService(readOf(REKAP_BERMASALAH), { read: async () => Promise.reject(error) });
    const { user } = renderApp({ service });
    await user.click(await screen.findByRole("button", { name: "Periksa lembar ini" }));
    const message = await screen.findByText(describeOfficeError({ code }));
    expect(message.textContent).toMatch(words);
    const main = screen.getByRole("tabpanel");
    expect(main.textContent).not.toContain("RichApi");
    expect(main.textContent).not.toContain("office.js");
    expect(main.textContent).not.toMatch(/\bat\s+\S+\s+\(/);
    // No half result: no summary.
    expect(screen.queryByText(/baris diperiksa/)).toBeNull();
  });

  it("an Office error from Tandai sel keeps the findings and says what to do", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH), { mark: async () => Promise.reject({ code: "AccessDenied" }) });
    const { user } = renderApp({ service });
    await runCheck(user);
    await user.click(screen.getByRole("button", { name: "Tandai sel" }));
    expect(
      await screen.findByText(
        "Excel menolak perubahan: lembar atau buku kerja diproteksi, atau buku kerja dibuka hanya-baca. Buka proteksinya (Tinjau → Buka Proteksi Lembar) atau simpan salinan yang dapat diedit, lalu coba lagi.",
      ),
    ).toBeTruthy();
    expectSummary(await findSummary(), "Rekap 2025", 15, 19, 4);
  });

  it("an unknown failure still reads as a plain message with its code", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH), { select: async () => Promise.reject(new TypeError("Cannot read properties of undefined")) });
    const { user } = renderApp({ service });
    await runCheck(user);
    await user.click(findingButton("B7"));
    expect(
      await screen.findByText("Excel tidak dapat menyelesaikan permintaan (GeneralException). Coba lagi; bila berulang, simpan buku kerja dan buka ulang."),
    ).toBeTruthy();
    expect(screen.getByRole("tabpanel").textContent).not.toContain("Cannot read properties");
  });

  it("cancelling during a slow read shows the dibatalkan notice and keeps the previous result", async () => {
    const slow = deferred<ReturnType<typeof readOf>>();
    const reads = [Promise.resolve(readOf(REKAP_BERMASALAH)), slow.promise];
    const service = fakeService(readOf(REKAP_BERMASALAH), { read: () => reads.shift()! });
    const { user } = renderApp({ service });
    expectSummary(await runCheck(user), "Rekap 2025", 15, 19, 4);

    await user.click(screen.getByRole("button", { name: "Periksa lembar ini" }));
    expect(screen.getByRole("progressbar", { name: "Membaca lembar…" })).toBeTruthy();
    expect(screen.getByText("Membaca lembar…")).toBeTruthy();
    expect(isDisabled(screen.getByRole("button", { name: "Periksa lembar ini" }))).toBe(true);
    await user.click(screen.getByRole("button", { name: "Batal" }));
    // The read comes back (now a clean sheet) after the cancel: it is thrown away.
    await act(async () => slow.resolve(readOf(REKAP_BKPSDM)));
    expect(await screen.findByText("Pemeriksaan dibatalkan. Lembar tidak diubah.")).toBeTruthy();
    expectSummary(await findSummary(), "Rekap 2025", 15, 19, 4);
    expect(ruleHeaders("Kesalahan")).toEqual(ERROR_RULES);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(screen.queryByRole("button", { name: "Batal" })).toBeNull();
    expect(isDisabled(screen.getByRole("button", { name: "Periksa lembar ini" }))).toBe(false);
    expect(service.read).toHaveBeenCalledTimes(2);
  });

  it("a sheet with no table warns Tabel penilaian tidak ditemukan", async () => {
    const { user } = renderApp({ service: fakeService(readOf(PETUNJUK_PENGISIAN)) });
    expectSummary(await runCheck(user), "Petunjuk", 0, 1, 0);
    expect(screen.getByText("Tabel penilaian tidak ditemukan di lembar aktif.")).toBeTruthy();
    expect(ruleHeaders("Kesalahan")).toEqual(["Tabel tidak ditemukan 1"]);
    expect(findingButton("B2")).toBeTruthy();
    // No mapping editor without a table.
    expect(screen.queryByRole("button", { name: /Tabel yang dikenali/ })).toBeNull();
  });

  it("the mapping editor lists the detected columns; saving a change stores it for the sheet and checks again", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH));
    const { user } = renderApp({ service });
    await runCheck(user);
    await user.click(screen.getByRole("button", { name: "Tabel yang dikenali: Baris judul 4–5" }));

    const mapped = Object.fromEntries(
      columnsFor("pegawai").map((def) => [def.label, columnDropdown(def.label).textContent]),
    );
    expect(mapped).toEqual({
      NIP: "B · NIP",
      NRP: "(tidak ada)",
      Nama: "C · Nama",
      Jabatan: "D · Jabatan",
      "Unit Kerja": "E · Unit Kerja",
      "Jenis Jabatan / Eselon": "(tidak ada)",
      "Kelas Jabatan": "(tidak ada)",
      "Nilai SKP": "F · Nilai SKP",
      "Nilai Perilaku": "G · Nilai Perilaku",
      "Nilai Kinerja": "H · Nilai Kinerja",
      Predikat: "I · Predikat",
      "Predikat Tahun Lalu": "M · Predikat Tahun Lalu",
      Inovasi: "J · Inovasi",
      "Penilaian 360°": "(tidak ada)",
      "Rating Hasil Kerja": "(tidak ada)",
      "Rating Perilaku": "(tidak ada)",
      Potensial: "K · Potensial",
      "Kotak Talenta": "L · Kotak Talenta",
      "Predikat Organisasi": "(tidak ada)",
      "Gaji Pokok": "(tidak ada)",
    });

    // The officer says the sheet has no talent-box column.
    await user.click(columnDropdown("Kotak Talenta"));
    await user.click(screen.getByRole("option", { name: "(tidak ada)" }));
    expect(columnDropdown("Kotak Talenta").textContent).toBe("(tidak ada)");
    expect(service.updateState).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Simpan pemetaan" }));

    expect(await screen.findByText("Pemetaan disimpan di buku kerja.")).toBeTruthy();
    expect(service.updateState).toHaveBeenCalledTimes(1);
    const stored = service.updateState.mock.calls[0][0](EMPTY_STATE);
    expect([...stored.mappings.keys()]).toEqual(["Rekap 2025"]);
    const mapping = stored.mappings.get("Rekap 2025")!;
    expect(mapping).toMatchObject({ kind: "pegawai", headerRow: 3, headerRows: 2 });
    expect(mapping.columns.kotakTalenta).toBeUndefined();
    expect(mapping.columns).toMatchObject({ nip: 1, nama: 2, predikat: 8, potensial: 10 });
    // Checked again with the new mapping: the talent-box finding is gone.
    expect(service.read).toHaveBeenCalledTimes(2);
    expectSummary(await findSummary(), "Rekap 2025", 15, 18, 4);
    expect(ruleHeaders("Kesalahan")).not.toContain("Kotak talenta tidak sesuai 1");

    // The next check of the sheet finds the saved mapping in the workbook (detection would give 19).
    await checkAgain(user);
    expect(service.read).toHaveBeenCalledTimes(3);
    expectSummary(await findSummary(), "Rekap 2025", 15, 18, 4);
  });

  it("a mapping chosen for one sheet is not applied to another active sheet", async () => {
    const service = fakeService([readOf(REKAP_BERMASALAH), readOf(REKAP_BERMASALAH), readOf(PETUNJUK_PENGISIAN)]);
    const { user } = renderApp({ service });
    await runCheck(user);
    await user.click(screen.getByRole("button", { name: "Tabel yang dikenali: Baris judul 4–5" }));
    await user.click(columnDropdown("Kotak Talenta"));
    await user.click(screen.getByRole("option", { name: "(tidak ada)" }));
    await user.click(screen.getByRole("button", { name: "Simpan pemetaan" }));
    expect(await screen.findByText("Pemetaan disimpan di buku kerja.")).toBeTruthy();

    // The officer moves to the instructions sheet in Excel and checks it.
    await user.click(screen.getByRole("button", { name: "Periksa lembar ini" }));
    expect(await screen.findByText("Tabel penilaian tidak ditemukan di lembar aktif.")).toBeTruthy();
    expectSummary(await findSummary(), "Petunjuk", 0, 1, 0);
  });

  it("the Aturan pemeriksaan list shows every rule of the catalogue", async () => {
    const { user } = renderApp({ service: fakeService(readOf(REKAP_BERMASALAH)) });
    const header = await screen.findByRole("button", { name: "Aturan pemeriksaan" });
    expect(header.getAttribute("aria-expanded")).toBe("false");
    await user.click(header);
    expect(header.getAttribute("aria-expanded")).toBe("true");
    const list = screen.getAllByRole("list").find((l) => l.textContent!.includes(RULE_CATALOGUE[0].title))!;
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(RULE_CATALOGUE.length);
    expect(RULE_CATALOGUE.length).toBe(34);
    RULE_CATALOGUE.forEach((rule, i) => {
      expect(items[i].textContent).toContain(rule.title);
      expect(items[i].textContent).toContain(rule.description);
    });
  });
});

describe("Periksa over the Excel test double (real adapter)", () => {
  afterEach(uninstallDouble);

  it("checks the active sheet of the workbook and a finding selects its cell in Excel", async () => {
    const double = installDouble([REKAP_BERMASALAH, PETUNJUK_PENGISIAN], "Rekap 2025");
    const { user } = renderApp({});
    expectSummary(await runCheck(user), "Rekap 2025", 15, 19, 4);
    expect(ruleHeaders("Kesalahan")).toEqual(ERROR_RULES);
    expect(ruleHeaders("Peringatan")).toEqual(WARNING_RULES);

    // The officer looks at another sheet, then clicks a finding: Excel goes back to the cell.
    double.activateSheet("Petunjuk");
    await user.click(screen.getByRole("button", { name: /NIP bukan 18 digit/ }));
    await user.click(findingButton("B9"));
    await waitFor(() => expect(double.activeSheet).toBe("Rekap 2025"));
    expect(double.selection).toBe("'Rekap 2025'!B9");
    await user.click(findingButton("G18"));
    await waitFor(() => expect(double.selection).toBe("'Rekap 2025'!G18"));
  });

  it("Tandai sel colours the cells and Hapus tanda restores the sheet exactly", async () => {
    const double = installDouble([REKAP_BERMASALAH, PETUNJUK_PENGISIAN], "Rekap 2025");
    // A fill the officer put there: it must come back, not be cleared.
    double.setCells("Rekap 2025", "B8", [[{ value: "19850722201001200", fill: "#C6EFCE" }]]);
    const before = sheetSnapshot(double, "Rekap 2025");
    const otherBefore = sheetSnapshot(double, "Petunjuk");
    const { user } = renderApp({});
    await runCheck(user);

    await user.click(screen.getByRole("button", { name: "Tandai sel" }));
    expect(await screen.findByText("23 sel ditandai")).toBeTruthy();
    const grid = double.getSheetGrid("Rekap 2025");
    expect(grid.fills[6][1]).toBe(MARK_COLORS.error); // B7
    expect(grid.fills[7][1]).toBe(MARK_COLORS.error); // B8, was green
    expect(grid.fills[9][5]).toBe(MARK_COLORS.warning); // F10
    expect(sheetSnapshot(double, "Rekap 2025")).not.toBe(before);

    await user.click(screen.getByRole("button", { name: "Hapus tanda" }));
    expect(await screen.findByText("23 sel dikembalikan ke warna semula")).toBeTruthy();
    expect(sheetSnapshot(double, "Rekap 2025")).toBe(before);
    expect(sheetSnapshot(double, "Petunjuk")).toBe(otherBefore);
  });

  it("the bundled sample with planted problems: the pane reports what the engine finds, every finding once", async () => {
    const sample = await loadWorkbookFile(join(__dirname, "..", "..", "samples", "dinas-bermasalah.xlsx"));
    const sheet = sample.sheets.find((s) => s.name === "Rekap Kinerja 2025")!;
    const expected = validateSheet(sheet, { settings: DEFAULT_SETTINGS });
    expect(expected.counts).toEqual({ errors: 25, warnings: 5 });
    installDouble(sample.sheets, "Rekap Kinerja 2025");
    const { user } = renderApp({});
    expectSummary(await runCheck(user), "Rekap Kinerja 2025", 317, 25, 5);
    const counted = [...ruleHeaders("Kesalahan"), ...ruleHeaders("Peringatan")].map((h) => Number(/ (\d+)$/.exec(h)![1]));
    expect(counted.reduce((a, b) => a + b, 0)).toBe(30);
  });

  it("a protected sheet: Tandai sel says so in plain Indonesian and changes nothing", async () => {
    const double = installDouble([REKAP_BERMASALAH], "Rekap 2025");
    const { user } = renderApp({});
    await runCheck(user);
    double.setSheetProtected("Rekap 2025", true);
    const before = JSON.stringify(double.snapshot());
    await user.click(screen.getByRole("button", { name: "Tandai sel" }));
    const message = await screen.findByText(/diproteksi/);
    expect(message.textContent).toContain("Buka proteksinya (Tinjau → Buka Proteksi Lembar)");
    expect(screen.getByRole("tabpanel").textContent).not.toMatch(/AccessDenied|Error:|\bat\s+\S+\s+\(/);
    expect(JSON.stringify(double.snapshot())).toBe(before);
  });

  it("Excel in cell-edit mode: the check says to finish editing", async () => {
    const double = installDouble([REKAP_BERMASALAH], "Rekap 2025");
    const { user } = renderApp({});
    // The panel has read its settings (one sync, after the first paint); the next sync is the check's.
    await waitFor(() => expect(double.syncCount).toBe(1));
    const check = await screen.findByRole("button", { name: "Periksa lembar ini" });
    double.failAtSync(1, "InvalidOperationInCellEditMode");
    await user.click(check);
    // The adapter may add what became of the workbook after the plain message.
    const message = await findMessage(describeOfficeError({ code: "InvalidOperationInCellEditMode" }));
    expect(message.textContent).not.toMatch(/internal error|\bat\s+\S+\s+\(/);
    expect(screen.queryByText(/baris diperiksa/)).toBeNull();
  });

  it("a saved mapping is stored in the add-in's state sheet and used by the next check", async () => {
    const double = installDouble([REKAP_BERMASALAH], "Rekap 2025");
    const { user } = renderApp({});
    await runCheck(user);
    await user.click(screen.getByRole("button", { name: "Tabel yang dikenali: Baris judul 4–5" }));
    await user.click(columnDropdown("Kotak Talenta"));
    await user.click(screen.getByRole("option", { name: "(tidak ada)" }));
    await user.click(screen.getByRole("button", { name: "Simpan pemetaan" }));
    expect(await screen.findByText("Pemetaan disimpan di buku kerja.")).toBeTruthy();
    expectSummary(await findSummary(), "Rekap 2025", 15, 18, 4);

    const stateSheet = double.snapshot().sheets.find((s) => s.name === STATE_SHEET_NAME);
    expect(stateSheet?.visibility).toBe("VeryHidden");
    const records = double.readValues(`${STATE_SHEET_NAME}!A1:B3`);
    expect(records.some((r) => r[0] === "pemetaan" && r[1] === "Rekap 2025")).toBe(true);
    expect(double.sheetNames()).toEqual(["Rekap 2025", STATE_SHEET_NAME]);

    // A new check reads the mapping back from the state sheet (detection would give 19).
    await checkAgain(user);
    expectSummary(await findSummary(), "Rekap 2025", 15, 18, 4);
    expect(ruleHeaders("Kesalahan")).not.toContain("Kotak talenta tidak sesuai 1");
  });
});
