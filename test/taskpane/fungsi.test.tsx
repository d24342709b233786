/** @jest-environment jsdom */
/**
 * Fungsi: the KINERJA.* catalogue by category, the search, and "Sisipkan ke sel" writing the
 * invariant example formula into the active cell — with a fake service and over the Excel double.
 */
import { fakeService, findMessage, installDouble, readOf, renderApp, screen, uninstallDouble, within } from "./support";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { describeOfficeError } from "../../src/excel";

const CATEGORIES: Record<string, string[]> = {
  "IKU & Konsolidasi": ["IKU", "NILAI_TERTIMBANG", "CKP_TUGAS_BELAJAR", "STATUS_WARNA"],
  "Nilai Kinerja": ["NILAI_KINERJA", "PERILAKU_360", "NKP", "NSKP", "KREATIVITAS", "NPKP"],
  "Predikat & Distribusi": ["PREDIKAT", "PREDIKAT_KUADRAN", "CEK_DISTRIBUSI", "EKSPEKTASI", "PERINGKAT_DISTRIBUSI"],
  "Talenta & Penghargaan": ["KOTAK_TALENTA", "REKOMENDASI_TALENTA", "PENGHARGAAN", "JENIS_PENGHARGAAN", "ANGKA_KREDIT"],
  "Jabatan & Tunjangan": ["KELAS_JABATAN", "TUNJANGAN_KINERJA", "TUKIN_KEMENKEU", "PERSEN_TUKIN_DJP", "TUKIN_DJP", "INSENTIF_KPK", "KPK_PERGESERAN"],
  Polri: ["POLRI_FS", "POLRI_FG", "POLRI_NILAI"],
  NIP: ["NIP_VALID", "NIP_INFO"],
};

/** The catalogue as shown: category → function names, in order. */
function shown(): Record<string, string[]> {
  return Object.fromEntries(
    screen
      .queryAllByRole("region")
      .map((section) => [
        section.getAttribute("aria-label")!,
        within(section)
          .getAllByRole("group")
          .map((card) => card.getAttribute("aria-label")!.replace("KINERJA.", "")),
      ]),
  );
}

async function renderFungsi(service = fakeService(readOf(REKAP_BKPSDM))) {
  const view = renderApp({ service, initialTab: "fungsi" });
  await screen.findByRole("searchbox", { name: "Cari fungsi" });
  return { ...view, service };
}

describe("Fungsi with a fake service", () => {
  it("lists the 32 functions in their categories, each with a description, arguments and an example", async () => {
    await renderFungsi();
    expect(screen.getByText("32 / 32")).toBeTruthy();
    expect(shown()).toEqual(CATEGORIES);
    expect(screen.getAllByRole("button", { name: /^Sisipkan ke sel: KINERJA\./ })).toHaveLength(32);
    const predikat = screen.getByRole("group", { name: "KINERJA.PREDIKAT" });
    expect(predikat.textContent).toContain("Argumen:");
    expect(predikat.textContent).toContain("Contoh:");
    // The example as an Indonesian Excel shows it (semicolons, BENAR).
    expect(within(predikat).getByText(/^=KINERJA\.PREDIKAT\(112; BENAR\) → /)).toBeTruthy();
  });

  it("searching narrows the list; an unmatched search shows none; clearing shows all again", async () => {
    const { user } = await renderFungsi();
    const search = screen.getByRole("searchbox", { name: "Cari fungsi" });
    await user.click(search);
    await user.paste("predikat");
    expect(screen.getByText("8 / 32")).toBeTruthy();
    expect(shown()).toEqual({
      "Predikat & Distribusi": ["PREDIKAT", "PREDIKAT_KUADRAN", "CEK_DISTRIBUSI", "EKSPEKTASI", "PERINGKAT_DISTRIBUSI"],
      "Talenta & Penghargaan": ["JENIS_PENGHARGAAN", "ANGKA_KREDIT"],
      Polri: ["POLRI_NILAI"],
    });
    // Case does not matter.
    await user.clear(search);
    await user.paste("NIP");
    expect(screen.getByText("2 / 32")).toBeTruthy();
    expect(shown()).toEqual({ NIP: ["NIP_VALID", "NIP_INFO"] });

    await user.clear(search);
    await user.paste("zzzz");
    expect(screen.getByText("0 / 32")).toBeTruthy();
    expect(screen.queryAllByRole("group")).toHaveLength(0);
    expect(screen.queryByRole("button", { name: /^Sisipkan ke sel/ })).toBeNull();

    await user.clear(search);
    expect(screen.getByText("32 / 32")).toBeTruthy();
    expect(shown()).toEqual(CATEGORIES);
  });

  it("Sisipkan ke sel inserts the invariant example formula and shows the address", async () => {
    const { user, service } = await renderFungsi();
    await user.click(screen.getByRole("button", { name: "Sisipkan ke sel: KINERJA.PREDIKAT" }));
    expect(await screen.findByText("Rumus disisipkan di 'Rekap 2025'!N3")).toBeTruthy();
    expect(service.insertFormula).toHaveBeenCalledTimes(1);
    expect(service.insertFormula).toHaveBeenCalledWith("=KINERJA.PREDIKAT(112,TRUE)");

    await user.click(screen.getByRole("button", { name: "Sisipkan ke sel: KINERJA.CKP_TUGAS_BELAJAR" }));
    expect(service.insertFormula).toHaveBeenLastCalledWith("=KINERJA.CKP_TUGAS_BELAJAR(3.5,4,3)");
    await user.click(screen.getByRole("button", { name: "Sisipkan ke sel: KINERJA.NILAI_TERTIMBANG" }));
    expect(service.insertFormula).toHaveBeenLastCalledWith("=KINERJA.NILAI_TERTIMBANG({110;90},{40;60})");
  });

  it("an Office error while inserting is the plain message with what to do", async () => {
    const service = fakeService(readOf(REKAP_BKPSDM), { insertFormula: async () => Promise.reject({ code: "InvalidOperationInCellEditMode" }) });
    const { user } = await renderFungsi(service);
    await user.click(screen.getByRole("button", { name: "Sisipkan ke sel: KINERJA.PREDIKAT" }));
    expect(await screen.findByText(describeOfficeError({ code: "InvalidOperationInCellEditMode" }))).toBeTruthy();
    expect(screen.queryByText(/Rumus disisipkan/)).toBeNull();
  });
});

describe("Fungsi over the Excel test double (real adapter)", () => {
  afterEach(uninstallDouble);

  it("the active cell (top-left of the selection) receives the formula", async () => {
    const double = installDouble([REKAP_BKPSDM]);
    double.select("'Rekap 2025'!O3:P5");
    const { user } = renderApp({ initialTab: "fungsi" });
    await user.click(await screen.findByRole("button", { name: "Sisipkan ke sel: KINERJA.PREDIKAT" }));
    expect(await screen.findByText(/^Rumus disisipkan di .*O3$/)).toBeTruthy();
    const sheet = double.snapshot().sheets.find((s) => s.name === "Rekap 2025")!;
    expect(sheet.formulas.O3).toBe("=KINERJA.PREDIKAT(112,TRUE)");
    expect(sheet.formulas.P3).toBeUndefined();
    expect(sheet.formulas.O4).toBeUndefined();
  });

  it("a protected sheet: nothing is written and the message says how to unprotect", async () => {
    const double = installDouble([REKAP_BKPSDM]);
    double.select("'Rekap 2025'!O3");
    double.setSheetProtected("Rekap 2025", true);
    const before = JSON.stringify(double.snapshot());
    const { user } = renderApp({ initialTab: "fungsi" });
    await user.click(await screen.findByRole("button", { name: "Sisipkan ke sel: KINERJA.PREDIKAT" }));
    expect(await findMessage(describeOfficeError({ code: "AccessDenied" }))).toBeTruthy();
    expect(JSON.stringify(double.snapshot())).toBe(before);
  });
});
