/** @jest-environment jsdom */
/**
 * Pengaturan: the defaults, saving into the workbook, refusing invalid input with Indonesian
 * messages, and switching the panel to English — with a fake service and over the Excel double.
 */
import { waitFor } from "@testing-library/react";
import { FakeService, fakeService, installDouble, readOf, renderApp, screen, uninstallDouble } from "./support";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { DEFAULT_SETTINGS, EMPTY_STATE, Settings, STATE_SHEET_NAME } from "../../src/workbook";

async function renderPengaturan(service = fakeService(readOf(REKAP_BKPSDM))) {
  const view = renderApp({ service, initialTab: "pengaturan" });
  await screen.findByRole("button", { name: "Simpan" });
  return { ...view, service };
}

/** The settings the first updateState call stores. */
const storedSettings = (service: FakeService) => service.updateState.mock.calls[0][0](EMPTY_STATE).settings as Settings;

const spin = (name: string) => screen.getByRole("spinbutton", { name }) as HTMLInputElement;
const input = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;

async function setText(user: Awaited<ReturnType<typeof renderPengaturan>>["user"], field: HTMLInputElement, text: string): Promise<void> {
  await user.clear(field);
  await user.type(field, text);
  await user.tab();
}

describe("Pengaturan with a fake service", () => {
  it("shows the defaults: PP 30/2019, 15/15, 360° off, no potential cut-offs, Bahasa Indonesia", async () => {
    const { service } = await renderPengaturan();
    expect(screen.getByRole("heading", { name: "Bawaan pemeriksaan" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "Aturan predikat" }).textContent).toBe("PP 30/2019");
    expect(spin("Kinerja Terbaik (%)").value).toBe("15");
    expect(spin("Di Bawah Rata-rata (%)").value).toBe("15");
    expect(spin("Toleransi nilai gabungan").value).toBe("0,01"); // decimal comma (issue 14 item 8)
    expect((screen.getByRole("switch", { name: "Perilaku dinilai 360° (bobot 60/40)" }) as HTMLInputElement).checked).toBe(false);
    expect(input("Menengah mulai").value).toBe("");
    expect(input("Tinggi mulai").value).toBe("");
    expect(screen.getByRole("combobox", { name: "Bahasa" }).textContent).toBe("Bahasa Indonesia");
    expect(service.readState).toHaveBeenCalledTimes(1);
    expect(service.updateState).not.toHaveBeenCalled();
  });

  it("saving stores the settings in the workbook and the other tabs use them", async () => {
    const { user, service } = await renderPengaturan();
    await user.click(screen.getByRole("combobox", { name: "Aturan predikat" }));
    await user.click(screen.getByRole("option", { name: "PP 46/2011" }));
    await user.click(screen.getByRole("switch", { name: "Perilaku dinilai 360° (bobot 60/40)" }));
    await setText(user, spin("Kinerja Terbaik (%)"), "20");
    await setText(user, spin("Di Bawah Rata-rata (%)"), "10");
    // Typed with the Indonesian decimal comma.
    await setText(user, spin("Toleransi nilai gabungan"), "0,05");
    expect(spin("Toleransi nilai gabungan").value).toBe("0,05");
    await setText(user, input("Menengah mulai"), "70");
    await setText(user, input("Tinggi mulai"), "85,5");
    expect(service.updateState).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Simpan" }));

    expect(await screen.findByText("Pengaturan disimpan di buku kerja.")).toBeTruthy();
    expect(service.updateState).toHaveBeenCalledTimes(1);
    const stored = service.updateState.mock.calls[0][0](EMPTY_STATE);
    expect(stored.settings).toEqual({
      ...DEFAULT_SETTINGS,
      aturan: "PP46",
      penilaian360: true,
      persenAtas: 20,
      persenBawah: 10,
      toleransiNilai: 0.05,
      batasPotensial: { menengah: 70, tinggi: 85.5 },
    });
    // Nothing else in the state is touched.
    expect(stored.mappings).toBe(EMPTY_STATE.mappings);
    expect(stored.marks).toBe(EMPTY_STATE.marks);

    // Periksa's "Otomatis" now uses the saved rule set (the officer may still pick another for the session).
    await user.click(screen.getByRole("tab", { name: "Periksa" }));
    expect(await screen.findByText("Otomatis memakai yang tersimpan di buku kerja: PP 46/2011")).toBeTruthy();
  });

  it("potential menengah not below tinggi: the Indonesian message, nothing saved", async () => {
    const { user, service } = await renderPengaturan();
    await setText(user, input("Menengah mulai"), "80");
    await setText(user, input("Tinggi mulai"), "70");
    await user.click(screen.getByRole("button", { name: "Simpan" }));
    // The message is on the field it is about (Fluent's validationMessage), in Indonesian.
    const message = await screen.findByText("Batas menengah harus lebih kecil dari batas tinggi.");
    expect(input("Menengah mulai").getAttribute("aria-invalid")).toBe("true");
    expect(input("Menengah mulai").getAttribute("aria-describedby")).toContain(message.id);
    expect(screen.queryByText("Pengaturan disimpan di buku kerja.")).toBeNull();
    expect(service.updateState).not.toHaveBeenCalled();

    // Equal is not allowed either; corrected, it saves and the message goes.
    await setText(user, input("Menengah mulai"), "70");
    await user.click(screen.getByRole("button", { name: "Simpan" }));
    expect(screen.getByText("Batas menengah harus lebih kecil dari batas tinggi.")).toBeTruthy();
    expect(service.updateState).not.toHaveBeenCalled();
    await setText(user, input("Menengah mulai"), "60");
    await user.click(screen.getByRole("button", { name: "Simpan" }));
    expect(await screen.findByText("Pengaturan disimpan di buku kerja.")).toBeTruthy();
    expect(screen.queryByText(/Batas menengah/)).toBeNull();
    expect(storedSettings(service).batasPotensial).toEqual({ menengah: 60, tinggi: 70 });
  });

  it("top and bottom shares over 100% together: the Indonesian message, nothing saved", async () => {
    const { user, service } = await renderPengaturan();
    await setText(user, spin("Kinerja Terbaik (%)"), "60");
    await setText(user, spin("Di Bawah Rata-rata (%)"), "50");
    await user.click(screen.getByRole("button", { name: "Simpan" }));
    expect(await screen.findByText("Pengaturan (umum): Persen atas dan bawah tidak boleh melebihi 100% bersama-sama.")).toBeTruthy();
    expect(service.updateState).not.toHaveBeenCalled();
  });

  it("a cut-off that is not a number, or only one of the two, is refused on its field; nothing saved", async () => {
    const { user, service } = await renderPengaturan();
    await setText(user, input("Menengah mulai"), "tujuh puluh");
    await setText(user, input("Tinggi mulai"), "80");
    await user.click(screen.getByRole("button", { name: "Simpan" }));
    expect(await screen.findByText("Isi angka, misalnya 70 atau 72,5.")).toBeTruthy();
    expect(input("Menengah mulai").getAttribute("aria-invalid")).toBe("true");
    await user.clear(input("Menengah mulai"));
    await user.click(screen.getByRole("button", { name: "Simpan" }));
    expect(await screen.findByText("Isi kedua batas, atau kosongkan keduanya.")).toBeTruthy();
    expect(service.updateState).not.toHaveBeenCalled();
  });

  it("switching the language to English changes the tab labels once saved", async () => {
    const { user, service } = await renderPengaturan();
    expect(screen.getAllByRole("tab").map((t) => t.textContent!.trim())).toEqual(["Periksa", "Rekomendasi", "Fungsi", "Pengaturan"].map((l) => expect.stringContaining(l)));
    await user.click(screen.getByRole("combobox", { name: "Bahasa" }));
    await user.click(screen.getByRole("option", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Simpan" }));
    expect(await screen.findByRole("tab", { name: "Check" })).toBeTruthy();
    expect(screen.getAllByRole("tab").map((t) => t.getAttribute("value"))).toEqual(["periksa", "rekomendasi", "fungsi", "pengaturan"]);
    for (const name of ["Check", "Recommend", "Functions", "Settings"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(screen.getByText("Settings saved in the workbook.")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Check defaults" })).toBeTruthy();
    expect(storedSettings(service).bahasa).toBe("en");

    await user.click(screen.getByRole("tab", { name: "Check" }));
    expect(await screen.findByRole("button", { name: "Check this sheet" })).toBeTruthy();
  });

  it("a failure to store the settings is the plain message, and the settings stay as they were", async () => {
    const service = fakeService(readOf(REKAP_BKPSDM), { updateState: async () => Promise.reject({ code: "WorkbookReadOnly" }) });
    const { user } = await renderPengaturan(service);
    await user.click(screen.getByRole("combobox", { name: "Bahasa" }));
    await user.click(screen.getByRole("option", { name: "English" }));
    await user.click(screen.getByRole("button", { name: "Simpan" }));
    expect(await screen.findByText("Buku kerja dibuka hanya-baca. Simpan salinan yang dapat diedit, lalu coba lagi.")).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Periksa" })).toBeTruthy();
    expect(screen.queryByText("Pengaturan disimpan di buku kerja.")).toBeNull();
  });

  it("settings stored in the workbook are read when the panel opens", async () => {
    const service = fakeService(readOf(REKAP_BKPSDM), {
      readState: async () => ({ ...EMPTY_STATE, settings: { aturan: "KEMENKEU", persenAtas: 10, persenBawah: 20, bahasa: "id" } }),
    });
    await renderPengaturan(service);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Aturan predikat" }).textContent).toBe("Kemenkeu (NPKP)"));
    expect(spin("Kinerja Terbaik (%)").value).toBe("10");
    expect(spin("Di Bawah Rata-rata (%)").value).toBe("20");
  });
});

describe("Pengaturan over the Excel test double (real adapter)", () => {
  afterEach(uninstallDouble);

  it("saved settings go into the add-in's hidden state sheet and come back when the panel reopens", async () => {
    const double = installDouble([REKAP_BKPSDM]);
    const first = renderApp({ initialTab: "pengaturan" });
    await first.user.click(await screen.findByRole("combobox", { name: "Bahasa" }));
    await first.user.click(screen.getByRole("option", { name: "English" }));
    await setText(first.user, spin("Kinerja Terbaik (%)"), "20");
    await first.user.click(screen.getByRole("button", { name: "Simpan" }));
    expect(await screen.findByText("Settings saved in the workbook.")).toBeTruthy();
    const stateSheet = double.snapshot().sheets.find((s) => s.name === STATE_SHEET_NAME);
    expect(stateSheet?.visibility).toBe("VeryHidden");
    expect(double.getSheetGrid(STATE_SHEET_NAME).values.some((r) => r[0] === "pengaturan")).toBe(true);
    first.unmount();

    renderApp({ initialTab: "periksa" });
    expect(await screen.findByRole("tab", { name: "Check" })).toBeTruthy();
    await first.user.click(screen.getByRole("tab", { name: "Settings" }));
    expect(await screen.findByRole("spinbutton", { name: "Top performers (%)" })).toHaveProperty("value", "20");
  });
});
