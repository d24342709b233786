/** @jest-environment jsdom */
/**
 * The states an officer meets besides a full table (empty sheet, header only, no recognisable
 * table, protected sheet) and the findings workflow (advice once, stepping, filters, export to a
 * sheet of the add-in's own, focus back on the button that started the work).
 */
import { waitFor } from "@testing-library/react";
import { fakeService, findSummary, installDouble, readOf, renderApp, runCheck, screen, uninstallDouble, within } from "./support";
import { REKAP_BERMASALAH } from "../fixtures/templates/rekap-bkpsdm-bermasalah";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { SheetData, STATE_SHEET_NAME } from "../../src/workbook";
import { sharedAdvice } from "../../src/taskpane/findings-view";
import { sheetRows } from "../../src/workbook";

const READY = "Tidak ada masalah. Lembar siap dikirim.";

describe("guided states", () => {
  it("an empty sheet says so, and nothing is ready to submit", async () => {
    const empty: SheetData = { name: "Lembar1", startRow: 0, startCol: 0, values: [[""]] };
    const { user } = renderApp({ service: fakeService(readOf(empty)) });
    await user.click(await screen.findByRole("button", { name: "Periksa lembar ini" }));
    expect(await screen.findByText(/Lembar aktif kosong/)).toBeTruthy();
    expect(screen.queryByText(READY)).toBeNull();
    expect(screen.queryByText(/baris diperiksa/)).toBeNull();
  });

  it("a header without rows is never 'siap dikirim'", async () => {
    const headerOnly: SheetData = { ...REKAP_BKPSDM, values: sheetRows(REKAP_BKPSDM.values).slice(0, 6) };
    const { user } = renderApp({ service: fakeService(readOf(headerOnly)) });
    const summary = await runCheck(user);
    expect(within(summary).getByText("0 baris diperiksa")).toBeTruthy();
    expect(screen.getByText(/belum ada baris pegawai di bawahnya/)).toBeTruthy();
    expect(screen.queryByText(READY)).toBeNull();
  });

  it("no recognisable table: the mapping editor is offered right there, and the chosen columns are checked", async () => {
    const odd: SheetData = {
      name: "Data",
      startRow: 0,
      startCol: 0,
      values: [
        ["Kode A", "Kode B", "Kode C"],
        ["198203152006041001", "Ahmad Fauzi", "Sangat Baik"],
        ["1985072220100120", "Sri Wahyuni", "Baik"],
      ],
    };
    const service = fakeService(readOf(odd));
    const { user } = renderApp({ service });
    await user.click(await screen.findByRole("button", { name: "Periksa lembar ini" }));
    const editor = await screen.findByRole("region", { name: "Tunjukkan tabelnya" });
    await user.click(within(editor).getByRole("combobox", { name: "Baris judul" }));
    await user.click(screen.getByRole("option", { name: /^1 · Kode A/ }));
    await user.click(within(editor).getByLabelText("NIP", { selector: "button" }));
    await user.click(screen.getByRole("option", { name: "A · Kode A" }));
    await user.click(within(editor).getByLabelText("Nama", { selector: "button" }));
    await user.click(screen.getByRole("option", { name: "B · Kode B" }));
    await user.click(within(editor).getByRole("button", { name: "Simpan pemetaan" }));
    expect(await screen.findByText("Pemetaan disimpan di buku kerja.")).toBeTruthy();
    const stored = service.updateState.mock.calls[0][0]({ ...readOf(odd).info.state }).mappings.get("Data")!;
    expect(stored).toMatchObject({ headerRow: 0, headerRows: 1, columns: { nip: 0, nama: 1 } });
    const summary = await findSummary();
    expect(within(summary).getByText("2 baris diperiksa")).toBeTruthy();
    // The short NIP in A3 is reported at its cell.
    expect(screen.getByRole("button", { name: /NIP bukan 18 digit 1/ })).toBeTruthy();
  });

  it("a protected sheet says checking works and how to allow marks", async () => {
    const { user } = renderApp({ service: fakeService({ ...readOf(REKAP_BKPSDM), protected: true }) });
    await runCheck(user);
    expect(screen.getByText(/Lembar aktif diproteksi/)).toBeTruthy();
  });
});

describe("findings workflow", () => {
  afterEach(uninstallDouble);

  it("advice a rule's findings share is said once, the rest stays per finding", () => {
    const { advice, own } = sharedAdvice([
      'Nilai SKP "95%" tersimpan sebagai teks; dibaca 95. Ubah menjadi angka agar rumus lain ikut menghitungnya.',
      'Nilai Perilaku "95,5" tersimpan sebagai teks; dibaca 95,5. Ubah menjadi angka agar rumus lain ikut menghitungnya.',
    ]);
    expect(advice).toBe("Ubah menjadi angka agar rumus lain ikut menghitungnya.");
    expect(own).toEqual(['Nilai SKP "95%" tersimpan sebagai teks; dibaca 95.', 'Nilai Perilaku "95,5" tersimpan sebagai teks; dibaca 95,5.']);
    expect(sharedAdvice(["NIP kosong."])).toEqual({ advice: "", own: ["NIP kosong."] });
  });

  it("the check button keeps focus; next/previous step through the filtered findings and select their cells", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH));
    const { user } = renderApp({ service });
    const check = await screen.findByRole("button", { name: "Periksa lembar ini" });
    await user.click(check);
    await findSummary();
    // Focus is back on the check button (the full tab's own, which replaced the first view).
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole("button", { name: "Periksa lembar ini" })));

    // Warnings only, then step: the first warning, the next, and back round to the last.
    await user.click(screen.getByRole("combobox", { name: "Tingkat" }));
    await user.click(screen.getByRole("option", { name: "Peringatan" }));
    expect(screen.queryByRole("region", { name: "Kesalahan" })).toBeNull();
    await user.click(screen.getByRole("button", { name: "Temuan berikutnya" }));
    expect(service.select).toHaveBeenLastCalledWith("'Rekap 2025'!F10");
    expect(screen.getByText("Temuan 1 dari 4: F10")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Temuan berikutnya" }));
    expect(service.select).toHaveBeenLastCalledWith("'Rekap 2025'!G18");
    await user.click(screen.getByRole("button", { name: "Temuan sebelumnya" }));
    await user.click(screen.getByRole("button", { name: "Temuan sebelumnya" }));
    expect(screen.getByText("Temuan 4 dari 4: H16")).toBeTruthy();
    expect(service.select).toHaveBeenLastCalledWith("'Rekap 2025'!H16");
    // The shared advice of "Angka tersimpan sebagai teks" is shown once.
    expect(screen.getAllByText(/Ubah menjadi angka agar rumus lain ikut menghitungnya/)).toHaveLength(1);

    // One rule only.
    await user.click(screen.getByRole("combobox", { name: "Aturan" }));
    await user.click(screen.getByRole("option", { name: "Nilai gabungan memakai bobot lain" }));
    await user.click(screen.getByRole("button", { name: "Temuan berikutnya" }));
    expect(screen.getByText("Temuan 1 dari 1: H16")).toBeTruthy();
  });

  it("findings go to a sheet of their own, marked as the add-in's, replaced on re-export; the checked sheet is untouched", async () => {
    const double = installDouble([REKAP_BERMASALAH], "Rekap 2025");
    const { user } = renderApp({});
    await runCheck(user);
    const before = JSON.stringify(double.snapshot().sheets.find((s) => s.name === "Rekap 2025"));
    await user.click(screen.getByRole("button", { name: "Ekspor temuan ke lembar" }));
    expect(await screen.findByText("Temuan diekspor ke lembar “Temuan Rekap 2025”.")).toBeTruthy();
    expect(double.readValues("'Temuan Rekap 2025'!A4:E5")).toEqual([
      ["No", "Sel", "Tingkat", "Aturan", "Isi sel"],
      [1, "B7", "Kesalahan", "NIP tersimpan sebagai angka", "198203152006041000"],
    ]);
    expect(String(double.readValues("'Temuan Rekap 2025'!A2")[0][0])).toMatch(/^Dibuat oleh add-in Kinerja ASN/);
    double.activateSheet("Rekap 2025");
    await user.click(screen.getByRole("button", { name: "Ekspor temuan ke lembar" }));
    await waitFor(() => expect(double.sheetNames().filter((n) => n.startsWith("Temuan"))).toEqual(["Temuan Rekap 2025"]));
    expect(double.sheetNames()).toContain(STATE_SHEET_NAME);
    expect(JSON.stringify(double.snapshot().sheets.find((s) => s.name === "Rekap 2025"))).toBe(before);
  });
});
