/** @jest-environment jsdom */
/**
 * Accessibility basics: tabs and their panel, names on every finding and every control, and the
 * panel used with the keyboard alone (Tab to the check, Enter runs it; a finding by keyboard;
 * Escape leaves the replace dialog without writing).
 */
import { configure, waitFor } from "@testing-library/react";
import { dialogGone, fakeService, findSummary, readOf, renderApp, runCheck, screen, within } from "./support";
import { REKAP_BERMASALAH } from "../fixtures/templates/rekap-bkpsdm-bermasalah";
import { REKAP_BKPSDM } from "../fixtures/templates/rekap-bkpsdm-kabupaten";
import { DEFAULT_SETTINGS, validateSheet } from "../../src/workbook";

// Here role queries see only what is in the accessibility tree (support.tsx relaxes that elsewhere for speed).
beforeAll(() => configure({ defaultHidden: false }));

const tabs = () => screen.getAllByRole("tab");
const selectedTabs = () => tabs().filter((t) => t.getAttribute("aria-selected") === "true").map((t) => t.getAttribute("value"));

describe("accessibility", () => {
  it("the four tabs have role tab in a labelled tablist; the selected one is aria-selected and names the panel", async () => {
    const { user } = renderApp({ service: fakeService(readOf(REKAP_BKPSDM)) });
    const tablist = screen.getByRole("tablist", { name: "Kinerja ASN" });
    expect(within(tablist).getAllByRole("tab")).toHaveLength(4);
    expect(tabs().map((t) => t.getAttribute("value"))).toEqual(["periksa", "rekomendasi", "fungsi", "pengaturan"]);
    expect(selectedTabs()).toEqual(["periksa"]);
    expect(screen.getByRole("tabpanel", { name: "Periksa" })).toBeTruthy();

    await user.click(screen.getByRole("tab", { name: "Fungsi" }));
    expect(selectedTabs()).toEqual(["fungsi"]);
    expect(screen.getByRole("tabpanel", { name: "Fungsi" })).toBeTruthy();
    expect(await screen.findByRole("searchbox", { name: "Cari fungsi" })).toBeTruthy();
    expect(tabs().filter((t) => t.getAttribute("aria-selected") === "false")).toHaveLength(3);
  });

  it("every finding button is named by its visible text: its cell, then its message", async () => {
    const { user } = renderApp({ service: fakeService(readOf(REKAP_BERMASALAH)) });
    await runCheck(user);
    // Open every rule so every finding is in the document.
    for (const header of screen.getAllByRole("button", { expanded: false }).filter((b) => b.closest("section"))) await user.click(header);
    const expected = validateSheet(REKAP_BERMASALAH, { settings: DEFAULT_SETTINGS }).findings;
    const buttons = screen.getAllByRole("button", { name: /^[A-Z]+\d+ / });
    expect(buttons).toHaveLength(23);
    // No aria-label: the accessible name is the text a sighted user reads (WCAG 2.5.3, label in name).
    for (const b of buttons) expect(b.getAttribute("aria-label")).toBeNull();
    const texts = buttons.map((b) => b.textContent!);
    for (const f of expected) {
      const shown = texts.find((t) => t.startsWith(`${f.cell} `) && f.message.startsWith(t.slice(f.cell.length + 1).split(" Isi sel:")[0].replace(/\s+$/, "")));
      expect(shown).toBeTruthy();
    }
  });

  it("every control of the settings has a label", async () => {
    renderApp({ service: fakeService(readOf(REKAP_BKPSDM)), initialTab: "pengaturan" });
    await screen.findByRole("button", { name: "Simpan" });
    const panel = screen.getByRole("tabpanel");
    const controls = [
      ...within(panel).getAllByRole("combobox"),
      ...within(panel).getAllByRole("spinbutton"),
      ...within(panel).getAllByRole("textbox"),
      ...within(panel).getAllByRole("switch"),
    ];
    expect(controls).toHaveLength(8);
    const labelled = (el: HTMLElement) =>
      el.getAttribute("aria-label") ?? (el.getAttribute("aria-labelledby") ? document.getElementById(el.getAttribute("aria-labelledby")!.split(" ")[0])?.textContent : null) ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
    for (const control of controls) expect(labelled(control)).toBeTruthy();
  });

  it("with the keyboard alone: Tab reaches the check button, Enter runs it, and Enter on a finding selects its cell", async () => {
    const service = fakeService(readOf(REKAP_BERMASALAH));
    const { user } = renderApp({ service });
    await screen.findByRole("button", { name: "Periksa lembar ini" });
    // The tab's first view is replaced by the full one once it has loaded: the button is found by its name.
    const onCheck = () => (document.activeElement as HTMLElement | null)?.textContent === "Periksa lembar ini";
    const order: string[] = [];
    for (let i = 0; i < 6 && !onCheck(); i++) {
      await user.tab();
      const el = document.activeElement as HTMLElement;
      order.push(`${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${el instanceof HTMLSelectElement ? el.selectedOptions[0]?.textContent : el.textContent}`);
    }
    expect(onCheck()).toBe(true);
    // The selected tab, then the rule-set picker (a native select, at "Otomatis"), then the check: nothing unnamed in between.
    expect(order).toEqual(["tab:Periksa", "select:Otomatis", "button:Periksa lembar ini"]);
    await user.keyboard("{Enter}");
    await findSummary();
    expect(service.read).toHaveBeenCalledTimes(1);

    const finding = screen.getByRole("button", { name: /^B7 / });
    finding.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(service.select).toHaveBeenCalledWith("'Rekap 2025'!B7"));
  });

  it("the tab list is one stop: arrow keys move between tabs, Enter or Space selects", async () => {
    const { user } = renderApp({ service: fakeService(readOf(REKAP_BKPSDM)) });
    await screen.findByRole("button", { name: "Periksa lembar ini" });
    await user.tab();
    const [periksa, rekomendasi, , pengaturan] = tabs();
    expect(document.activeElement).toBe(periksa);
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(rekomendasi);
    // Moving focus does not select.
    expect(selectedTabs()).toEqual(["periksa"]);
    await user.keyboard("{Enter}");
    expect(selectedTabs()).toEqual(["rekomendasi"]);
    expect(await screen.findByRole("button", { name: "Pratinjau" })).toBeTruthy();
    // The list wraps around both ways.
    rekomendasi.focus();
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    expect(document.activeElement).toBe(pengaturan);
    await user.keyboard("{ArrowRight} ");
    expect(document.activeElement).toBe(periksa);
    expect(selectedTabs()).toEqual(["periksa"]);
    expect(await screen.findByRole("button", { name: "Periksa lembar ini" })).toBeTruthy();
  });

  it("Escape leaves the replace dialog without writing", async () => {
    const NAME = "Rekomendasi Penghargaan 2025";
    const service = fakeService(readOf(REKAP_BKPSDM, { sheetNames: ["Rekap 2025", NAME], ownSheets: [NAME] }));
    const { user } = renderApp({ service, initialTab: "rekomendasi" });
    await user.click(await screen.findByRole("button", { name: "Pratinjau" }));
    await screen.findByText(`${NAME} · 15 pegawai`);
    await user.click(screen.getByRole("button", { name: "Buat lembar rekomendasi" }));
    const dialog = await screen.findByRole("dialog", { name: "Ganti lembar rekomendasi lama?" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    // Focus moves into the dialog; Tab stays inside it.
    await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
    for (let i = 0; i < 3; i++) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard("{Escape}");
    await waitFor(() => expect(dialogGone()).toBe(true));
    expect(service.write).not.toHaveBeenCalled();
  });
});
