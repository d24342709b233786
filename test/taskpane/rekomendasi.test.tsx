/** @jest-environment jsdom */
/**
 * Rekomendasi: the preview (counts per predikat, the 3×3 talent grid, the planned sheet name),
 * "Buat lembar rekomendasi", the confirmation before replacing the add-in's own sheet, and the
 * link that opens the new sheet — with a fake service and over the Excel test double.
 */
import { waitFor } from "@testing-library/react";
import { dialogGone, fakeService, findDialog, installDouble, readOf, renderApp, runCheck, screen, sheetSnapshot, uninstallDouble, within, isDisabled } from "./support";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { REKAP_BERMASALAH } from "../fixtures/templates/rekap-bkpsdm-bermasalah";
import { PETUNJUK_PENGISIAN } from "../fixtures/templates/petunjuk-pengisian";
import { describeOfficeError } from "../../src/excel";
import { STATE_SHEET_NAME } from "../../src/workbook";
import { CellValue, sheetRows } from "../../src/workbook";

const NAME = "Rekomendasi Penghargaan 2025";

/** The per-predikat table as [predikat, jumlah, %] rows. */
function predikatRows(): string[][] {
  const table = within(screen.getByRole("region", { name: "Per predikat" })).getByRole("table");
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell").map((c) => c.textContent!));
}

/** The talent grid row by row (kinerja di atas → di bawah), each box as "Kotak k: n". */
function talentGrid(): string[][] {
  const grid = screen.getByRole("table", { name: "Per kotak talenta" });
  return within(grid)
    .getAllByRole("row")
    .map((row) => [within(row).getByRole("rowheader").textContent!, ...within(row).getAllByRole("cell").map((c) => c.getAttribute("aria-label")!)]);
}

const CLEAN_PREDIKAT = [
  ["Sangat Baik", "3", "20,0"],
  ["Baik", "7", "46,7"],
  ["Cukup", "3", "20,0"],
  ["Kurang", "1", "6,7"],
  ["Sangat Kurang", "1", "6,7"],
];
const CLEAN_GRID = [
  ["Di Atas", "Kotak 4: 1", "Kotak 7: 3", "Kotak 9: 6"],
  ["Sesuai", "Kotak 2: 2", "Kotak 5: 2", "Kotak 8: 0"],
  ["Di Bawah", "Kotak 1: 1", "Kotak 3: 0", "Kotak 6: 0"],
];

function expectSummaryErrors(summary: HTMLElement, errors: number): void {
  expect(within(summary).getByText(`${errors} kesalahan`)).toBeTruthy();
}

async function openRekomendasi(user: ReturnType<typeof renderApp>["user"]): Promise<void> {
  await user.click(screen.getByRole("tab", { name: "Rekomendasi" }));
  await screen.findByRole("button", { name: "Buat lembar rekomendasi" });
}

describe("Rekomendasi with a fake service", () => {
  it("after a check, previews counts per predikat, the talent grid and the planned sheet name", async () => {
    const service = fakeService(readOf(REKAP_BKPSDM));
    const { user } = renderApp({ service });
    await runCheck(user);
    await openRekomendasi(user);
    expect(await screen.findByText(`${NAME} · 15 pegawai`)).toBeTruthy();
    expect(predikatRows()).toEqual(CLEAN_PREDIKAT);
    expect(talentGrid()).toEqual(CLEAN_GRID);
    expect(screen.getByText("Kelompok rencana suksesi: 2 · Pengembangan kompetensi: 6")).toBeTruthy();
    // The tab uses the check's reading; it does not read again.
    expect(service.read).toHaveBeenCalledTimes(1);
    expect(service.write).not.toHaveBeenCalled();
  });

  it("without a check, Pratinjau reads the sheet; the year field renames the planned sheet", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH));
    const { user } = renderApp({ service, initialTab: "rekomendasi" });
    const create = await screen.findByRole("button", { name: "Buat lembar rekomendasi" });
    expect(isDisabled(create)).toBe(true);
    await user.click(screen.getByRole("button", { name: "Pratinjau" }));
    expect(await screen.findByText(`${NAME} · 15 pegawai`)).toBeTruthy();
    expect(service.read).toHaveBeenCalledTimes(1);
    expect(predikatRows()).toEqual([
      ["Sangat Baik", "2", "13,3"],
      ["Baik", "8", "53,3"],
      ["Cukup", "3", "20,0"],
      ["Kurang", "1", "6,7"],
      ["Sangat Kurang", "1", "6,7"],
    ]);
    // The sheet has errors on most rows: those rows get no talent box (flows/understood.ts).
    expect(talentGrid()).toEqual([
      ["Di Atas", "Kotak 4: 0", "Kotak 7: 1", "Kotak 9: 1"],
      ["Sesuai", "Kotak 2: 0", "Kotak 5: 0", "Kotak 8: 0"],
      ["Di Bawah", "Kotak 1: 0", "Kotak 3: 0", "Kotak 6: 0"],
    ]);
    expect(isDisabled(create)).toBe(false);

    await user.type(screen.getByRole("spinbutton", { name: "Tahun penilaian" }), "2024");
    expect(await screen.findByText("Rekomendasi Penghargaan 2024 · 15 pegawai")).toBeTruthy();
    await user.click(create);
    // The sheet has error-level findings: the officer confirms before anything is written.
    const dialog = await findDialog();
    expect(service.write).not.toHaveBeenCalled();
    await user.click(dialog.button("Tetap buat"));
    await waitFor(() => expect(service.write).toHaveBeenCalledTimes(1));
    expect(service.write.mock.calls[0][0].sheetName).toBe("Rekomendasi Penghargaan 2024");
  });

  it("Buat lembar rekomendasi writes the plan, then a link opens the new sheet", async () => {
    const read = readOf(REKAP_BKPSDM);
    const service = fakeService(read);
    const { user } = renderApp({ service });
    await runCheck(user);
    await openRekomendasi(user);
    await user.click(screen.getByRole("button", { name: "Buat lembar rekomendasi" }));

    expect(await screen.findByText("Lembar dibuat")).toBeTruthy();
    expect(service.write).toHaveBeenCalledTimes(1);
    const [plan] = service.write.mock.calls[0];
    expect(plan.sheetName).toBe(NAME);
    expect(plan.replaces).toBeUndefined();
    expect(plan.blocks[0].values).toEqual([["REKOMENDASI PENGHARGAAN KINERJA PNS TAHUN 2025"]]);
    // The employee table: a header and one row per employee of the source sheet.
    const table = plan.blocks.find((b) => b.values[0][0] === "No")!;
    expect(table.values).toHaveLength(16);
    expect(table.values[1].slice(0, 3)).toEqual([1, "198203152006041001", "Ahmad Fauzi, S.Kom."]);
    // Read again before writing (fresh values), and after (by name: Excel now shows the new sheet)
    // so a second run knows the new sheet.
    expect(service.read).toHaveBeenCalledTimes(3);
    expect(service.read.mock.calls[1][0]).toBe("Rekap 2025");
    expect(service.read.mock.calls[2][0]).toBe("Rekap 2025");

    await user.click(screen.getByText(`Buka lembar “${NAME}”`));
    expect(service.activate).toHaveBeenCalledWith(NAME);
  });

  it("replacing the add-in's own sheet asks first: Batal writes nothing, Ganti writes over it", async () => {
    const read = readOf(REKAP_BKPSDM, { sheetNames: ["Rekap 2025", NAME], ownSheets: [NAME] });
    const service = fakeService(read);
    const { user } = renderApp({ service, initialTab: "rekomendasi" });
    await user.click(await screen.findByRole("button", { name: "Pratinjau" }));
    expect(await screen.findByText(`${NAME} · 15 pegawai`)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Buat lembar rekomendasi" }));
    let dialog = await findDialog();
    expect(within(dialog.dialog).getByText("Ganti lembar rekomendasi lama?")).toBeTruthy();
    expect(dialog.dialog.getAttribute("aria-modal")).toBe("true");
    expect(dialog.dialog.textContent).toContain(`“${NAME}”`);
    expect(service.write).not.toHaveBeenCalled();
    await user.click(dialog.button("Batal"));
    await waitFor(() => expect(dialogGone()).toBe(true));
    expect(service.write).not.toHaveBeenCalled();
    expect(screen.queryByText("Lembar dibuat")).toBeNull();

    await user.click(screen.getByRole("button", { name: "Buat lembar rekomendasi" }));
    dialog = await findDialog();
    expect(service.write).not.toHaveBeenCalled();
    await user.click(dialog.button("Ganti"));
    expect(await screen.findByText("Lembar dibuat")).toBeTruthy();
    expect(service.write).toHaveBeenCalledTimes(1);
    expect(service.write.mock.calls[0][0]).toMatchObject({ sheetName: NAME, replaces: NAME });
  });

  it("check → fix a cell → generate writes the fixed value, never the one read at check time", async () => {
    // At check time the first employee's name is empty (an error); the officer then types it.
    const before = structuredClone(REKAP_BKPSDM) as typeof REKAP_BKPSDM;
    (before.values as CellValue[][])[6][2] = "";
    const fixed = structuredClone(REKAP_BKPSDM) as typeof REKAP_BKPSDM;
    (fixed.values as CellValue[][])[6][2] = "Ahmad Fauzi, S.Kom., M.T.";
    const service = fakeService([readOf(before), readOf(fixed)]);
    const { user } = renderApp({ service });
    expectSummaryErrors(await runCheck(user), 1);
    await openRekomendasi(user);
    const create = screen.getByRole("button", { name: "Buat lembar rekomendasi" });
    await user.click(create);
    expect(await screen.findByText("Lembar dibuat")).toBeTruthy();
    const table = service.write.mock.calls[0][0].blocks.find((b) => b.values[0][0] === "No")!;
    expect(table.values[1][2]).toBe("Ahmad Fauzi, S.Kom., M.T.");
    // The fixed sheet has no error left: no confirmation was needed.
    expect(dialogGone()).toBe(true);
    // The panel now shows the sheet as written from, and focus is back on the button that started it.
    expect(await screen.findByText(`${NAME} · 15 pegawai`)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(create));
  });

  it("says why the button is disabled, and a header-only table is never generated", async () => {
    const headerOnly = { ...REKAP_BKPSDM, values: sheetRows(REKAP_BKPSDM.values).slice(0, 6) };
    const service = fakeService(readOf(headerOnly));
    const { user } = renderApp({ service, initialTab: "rekomendasi" });
    const create = await screen.findByRole("button", { name: "Buat lembar rekomendasi" });
    expect(create.getAttribute("aria-disabled")).toBe("true");
    expect(create.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(create.getAttribute("aria-describedby")!)!.textContent).toMatch(/belum ada data yang dibaca/);
    await user.click(screen.getByRole("button", { name: "Pratinjau" }));
    await waitFor(() => expect(document.getElementById(create.getAttribute("aria-describedby")!)!.textContent).toMatch(/belum berisi baris pegawai|tidak ditemukan/));
    expect(create.getAttribute("aria-disabled")).toBe("true");
    await user.click(create);
    expect(service.write).not.toHaveBeenCalled();
  });

  it("refuses while error-level findings remain unless the officer confirms in a dialog naming them", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH));
    const { user } = renderApp({ service });
    await runCheck(user);
    await openRekomendasi(user);
    const create = screen.getByRole("button", { name: "Buat lembar rekomendasi" });
    await user.click(create);
    let dialog = await findDialog();
    expect(within(dialog.dialog).getByText("Lembar masih berisi 19 kesalahan")).toBeTruthy();
    // The first few errors by cell and message, and how many more.
    const items = within(dialog.dialog).getAllByRole("listitem").map((li) => li.textContent);
    expect(items).toHaveLength(5);
    expect(items[0]).toMatch(/^B7: NIP tersimpan sebagai angka/);
    expect(dialog.dialog.textContent).toContain("dan 14 kesalahan.");
    await user.click(dialog.button("Perbaiki dulu"));
    await waitFor(() => expect(dialogGone()).toBe(true));
    expect(service.write).not.toHaveBeenCalled();
    await waitFor(() => expect(document.activeElement).toBe(create));

    await user.click(create);
    dialog = await findDialog();
    await user.click(dialog.button("Tetap buat"));
    expect(await screen.findByText("Lembar dibuat")).toBeTruthy();
    expect(service.write).toHaveBeenCalledTimes(1);
  });

  it("a failed write is a plain message, and no success link appears", async () => {
    const service = fakeService(readOf(REKAP_BKPSDM), { write: async () => Promise.reject({ code: "WorkbookReadOnly" }) });
    const { user } = renderApp({ service });
    await runCheck(user);
    await openRekomendasi(user);
    await user.click(screen.getByRole("button", { name: "Buat lembar rekomendasi" }));
    expect(await screen.findByText("Buku kerja dibuka hanya-baca. Simpan salinan yang dapat diedit, lalu coba lagi.")).toBeTruthy();
    expect(screen.queryByText("Lembar dibuat")).toBeNull();
    expect(screen.queryByText(/Buka lembar/)).toBeNull();
  });

  it("a sheet without a table has nothing to recommend", async () => {
    const service = fakeService(readOf(PETUNJUK_PENGISIAN));
    const { user } = renderApp({ service, initialTab: "rekomendasi" });
    await user.click(await screen.findByRole("button", { name: "Pratinjau" }));
    expect(await screen.findByText("Tabel penilaian tidak ditemukan di lembar aktif.")).toBeTruthy();
    expect(isDisabled(screen.getByRole("button", { name: "Buat lembar rekomendasi" }))).toBe(true);
    expect(screen.queryByRole("region", { name: "Per predikat" })).toBeNull();
  });
});

describe("Rekomendasi over the Excel test double (real adapter)", () => {
  afterEach(uninstallDouble);

  it("creates the sheet with its rows, leaves the user's sheets alone, opens it and replaces it after asking", async () => {
    const double = installDouble([REKAP_BKPSDM, PETUNJUK_PENGISIAN], "Rekap 2025");
    const rekapBefore = sheetSnapshot(double, "Rekap 2025");
    const petunjukBefore = sheetSnapshot(double, "Petunjuk");
    const { user } = renderApp({});
    await runCheck(user);
    await openRekomendasi(user);
    expect(await screen.findByText(`${NAME} · 15 pegawai`)).toBeTruthy();
    expect(predikatRows()).toEqual(CLEAN_PREDIKAT);
    expect(talentGrid()).toEqual(CLEAN_GRID);

    await user.click(screen.getByRole("button", { name: "Buat lembar rekomendasi" }));
    expect(await screen.findByText("Lembar dibuat")).toBeTruthy();
    expect(double.sheetNames()).toEqual(["Rekap 2025", "Petunjuk", NAME, STATE_SHEET_NAME]);
    expect(double.readValues(`'${NAME}'!A1`)).toEqual([["REKOMENDASI PENGHARGAAN KINERJA PNS TAHUN 2025"]]);
    expect(double.readValues(`'${NAME}'!A5:C6`)).toEqual([
      ["No", "NIP", "Nama"],
      [1, "198203152006041001", "Ahmad Fauzi, S.Kom."],
    ]);
    expect(double.readValues(`'${NAME}'!B20:C20`)).toEqual([["199506302022032006", "Putri Ayu Lestari, A.Md."]]);
    expect(double.readValues(`'${NAME}'!A21:C21`)).toEqual([["", "", ""]]);
    expect(sheetSnapshot(double, "Rekap 2025")).toBe(rekapBefore);
    expect(sheetSnapshot(double, "Petunjuk")).toBe(petunjukBefore);
    // The preview still describes the source sheet.
    expect(await screen.findByText(`${NAME} · 15 pegawai`)).toBeTruthy();
    expect(predikatRows()).toEqual(CLEAN_PREDIKAT);

    // The officer goes back to the data; the link brings the new sheet forward.
    double.activateSheet("Rekap 2025");
    await user.click(screen.getByText(`Buka lembar “${NAME}”`));
    await waitFor(() => expect(double.activeSheet).toBe(NAME));

    // A second run asks before replacing the add-in's own sheet.
    await user.click(screen.getByRole("button", { name: "Buat lembar rekomendasi" }));
    const dialog = await findDialog();
    await user.click(dialog.button("Ganti"));
    await waitFor(() => expect(dialogGone()).toBe(true));
    expect(await screen.findByText("Lembar dibuat")).toBeTruthy();
    // Replaced, not added: still one recommendation sheet and no temporary sheet left over.
    await waitFor(() => expect([...double.sheetNames()].sort()).toEqual(["Petunjuk", "Rekap 2025", NAME, STATE_SHEET_NAME].sort()));
    const generated = double.getSheetGrid(STATE_SHEET_NAME).values.filter((r) => r[0] === "lembar-dibuat").map((r) => r[1]);
    expect(generated).toEqual([NAME]);
    expect(double.readValues(`'${NAME}'!A5:C6`)).toEqual([
      ["No", "NIP", "Nama"],
      [1, "198203152006041001", "Ahmad Fauzi, S.Kom."],
    ]);
    expect(sheetSnapshot(double, "Rekap 2025")).toBe(rekapBefore);
    expect(sheetSnapshot(double, "Petunjuk")).toBe(petunjukBefore);
  });

  it("a user's own sheet with the planned name is never replaced: the new sheet takes another name", async () => {
    const double = installDouble([REKAP_BKPSDM, { name: NAME, startRow: 0, startCol: 0, values: [["catatan pribadi"]] }], "Rekap 2025");
    const mine = sheetSnapshot(double, NAME);
    const { user } = renderApp({ initialTab: "rekomendasi" });
    await user.click(await screen.findByRole("button", { name: "Pratinjau" }));
    const caption = await screen.findByText(/ · 15 pegawai$/);
    const planned = caption.textContent!.replace(" · 15 pegawai", "");
    expect(planned).not.toBe(NAME);
    await user.click(screen.getByRole("button", { name: "Buat lembar rekomendasi" }));
    expect(await screen.findByText("Lembar dibuat")).toBeTruthy();
    expect(dialogGone()).toBe(true);
    expect(double.sheetNames()).toContain(planned);
    expect(sheetSnapshot(double, NAME)).toBe(mine);
  });

  it("a read-only workbook: the write fails with the plain message and nothing changes", async () => {
    const double = installDouble([REKAP_BKPSDM], "Rekap 2025");
    const { user } = renderApp({ initialTab: "rekomendasi" });
    await user.click(await screen.findByRole("button", { name: "Pratinjau" }));
    await screen.findByText(`${NAME} · 15 pegawai`);
    double.setReadOnly(true);
    const before = JSON.stringify(double.snapshot());
    await user.click(screen.getByRole("button", { name: "Buat lembar rekomendasi" }));
    const alert = await screen.findByText(/hanya-baca/);
    expect(alert.textContent).toContain(describeOfficeError({ code: "AccessDenied" }));
    expect(JSON.stringify(double.snapshot())).toBe(before);
    expect(screen.queryByText("Lembar dibuat")).toBeNull();
  });
});
