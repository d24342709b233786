/**
 * End-to-end test in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core —
 * never a browser download). It serves the production build and the bundled samples, answers the
 * page's request for Microsoft's office.js with the Excel test double, and drives the pane the way
 * an officer would: check the sheet with planted problems, jump to a finding, mark and unmark
 * cells, generate the recommendation sheet, insert a formula, save settings. Screenshots of the
 * four tabs at 360 px go to test/e2e/screenshots/ (ignored by git).
 *
 *   npm run build && npm run test:e2e
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, Browser, Page } from "playwright-core";
import { startDemoServer } from "../../scripts/demo-server";

const ROOT = join(__dirname, "..", "..");
const DIST = join(ROOT, "dist");
const SHOTS = join(__dirname, "screenshots");
const PORT = 3197;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHEET = "Rekap Kinerja 2025";

type Step = { name: string; run: (page: Page) => Promise<void> };

/** What the demo's Excel double knows, read in the page. */
async function demo<T>(page: Page, expression: string): Promise<T> {
  return page.evaluate(`(async () => { const d = window.__kinerjaDemo.double; return (${expression}); })()`) as Promise<T>;
}

async function openDemo(browser: Browser, query = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  (page as unknown as { errors: string[] }).errors = errors;
  await page.goto(`${BASE}/demo.html${query}`);
  await page.getByRole("button", { name: "Periksa lembar ini" }).waitFor();
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.locator("#pane").screenshot({ path: join(SHOTS, `${name}.png`), animations: "disabled" });
}

const steps: Step[] = [
  {
    name: "the add-in page loads with office.js answered by the test double, and registers 32 functions",
    async run(page) {
      const routed: string[] = [];
      await page.route("**/office.js", async (route) => {
        routed.push(route.request().url());
        await route.fulfill({ contentType: "text/javascript", body: readFileSync(join(DIST, "office-double.js"), "utf8") });
      });
      await page.goto(`${BASE}/taskpane.html`);
      await page.getByRole("tab", { name: "Periksa" }).waitFor();
      assert.deepEqual(routed, ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
      const ids = await demo<string[]>(page, "d.customFunctions.ids()");
      assert.equal(ids.length, 32);
      assert.deepEqual(await demo(page, 'd.invokeCustomFunction("PREDIKAT", [[112],[109.99]], [[true]])'), [["Sangat Baik"], ["Baik"]]);
      const error = await demo<{ code: string; message: string }[][]>(
        page,
        '(await d.invokeCustomFunction("NIP_VALID", [[198001012005011000]])).map((r) => r.map((e) => ({ code: e.code, message: e.message })))',
      );
      assert.equal(error[0][0].code, "#VALUE!");
      assert.match(error[0][0].message, /tersimpan sebagai angka/);
    },
  },
];

async function demoFlow(browser: Browser): Promise<void> {
  const page = await openDemo(browser);
  await shot(page, "1-periksa-awal");

  // Periksa: the sample with planted problems.
  await page.getByRole("button", { name: "Periksa lembar ini" }).click();
  const status = page.getByRole("status");
  await status.getByText("317 baris diperiksa").waitFor();
  assert.match(await status.innerText(), /25 error/);
  assert.match(await status.innerText(), /5 peringatan/);
  await shot(page, "2-periksa-temuan");

  // A finding selects its cell in the workbook.
  // Open the rule's group (its header says whether it is open), then click the finding.
  const group = page.getByRole("button", { name: /NIP tersimpan sebagai angka/ }).first();
  if ((await group.getAttribute("aria-expanded")) !== "true") await group.click();
  await page.getByRole("button", { name: /Pilih sel B18:/ }).click();
  await page.locator('td.selected[data-cell="B18"]').waitFor();
  assert.equal(await demo(page, "d.selection"), `'${SHEET}'!B18`);

  // Tandai sel colours the problem cells; Hapus tanda restores exactly what was there.
  const before = await demo<string>(page, `JSON.stringify(d.snapshot().sheets.find((s) => s.name === "${SHEET}"))`);
  await page.getByRole("button", { name: "Tandai sel" }).click();
  await page.getByText(/sel ditandai/).waitFor();
  assert.equal(await demo(page, `d.getSheetGrid("${SHEET}").fills[17][1]`), "#FDE7E9");
  await page.getByRole("button", { name: "Hapus tanda" }).click();
  await page.getByText(/dikembalikan ke warna semula/).waitFor();
  assert.equal(await demo(page, `JSON.stringify(d.snapshot().sheets.find((s) => s.name === "${SHEET}"))`), before);

  // Rekomendasi: preview, then the sheet in the workbook.
  await page.getByRole("tab", { name: "Rekomendasi" }).click();
  await page.getByText("Rekomendasi Penghargaan 2025 · 317 pegawai").waitFor();
  await shot(page, "3-rekomendasi");
  await page.getByRole("button", { name: "Buat lembar rekomendasi" }).click();
  await page.getByRole("button", { name: /Buka lembar/ }).waitFor({ timeout: 8000 }).catch(async (e) => {
    throw new Error(`${e.message}\nPanel: ${(await page.locator("#pane").innerText()).slice(0, 800)}`);
  });
  const names = await demo<string[]>(page, "d.sheetNames()");
  assert.ok(names.includes("Rekomendasi Penghargaan 2025"), names.join(", "));
  const rows = await demo<unknown[][]>(page, `d.readValues("'Rekomendasi Penghargaan 2025'!A5:O322")`);
  assert.deepEqual(rows[0].slice(0, 3), ["No", "NIP", "Nama"]);
  assert.equal(rows.length, 318);
  assert.equal(rows[317][0], 317);
  const hostile = rows.find((r) => String(r[2]).startsWith("=HYPERLINK"));
  assert.ok(hostile, "the name that looks like a formula is written as text");
  const numberNip = rows.find((r) => String(r[14]).includes("NIP tersimpan sebagai angka"));
  assert.ok(numberNip && numberNip[1] === "", "a NIP stored as a number is not printed rounded");
  await page.getByRole("button", { name: /Buka lembar/ }).click();
  assert.equal(await demo(page, "d.activeSheet"), "Rekomendasi Penghargaan 2025");

  // Regenerating asks before replacing the add-in's own sheet.
  await page.getByRole("button", { name: "Buat lembar rekomendasi" }).click();
  await page.getByRole("dialog").getByText("Ganti lembar rekomendasi lama?").waitFor();
  await page.getByRole("button", { name: "Batal" }).click();

  // Fungsi: search and insert an example into the active cell.
  await page.getByRole("tab", { name: "Fungsi" }).click();
  await page.getByRole("searchbox", { name: "Cari fungsi" }).fill("predikat");
  await page.getByText(/\d+ \/ 32/).waitFor();
  await shot(page, "4-fungsi");
  await demo(page, `d.select("'${SHEET}'!R2")`);
  await page.getByRole("button", { name: "Sisipkan ke sel: KINERJA.PREDIKAT", exact: true }).click();
  await page.getByText(/Rumus disisipkan di/).waitFor();
  assert.deepEqual(await demo(page, `d.readValues("'${SHEET}'!R2")`), [["=KINERJA.PREDIKAT(112,TRUE)"]]);

  // Pengaturan: the curve and cut-offs are settings; invalid input is refused with a message.
  await page.getByRole("tab", { name: "Pengaturan" }).click();
  await page.getByRole("button", { name: "Simpan" }).waitFor();
  await shot(page, "5-pengaturan");
  await page.getByLabel("Menengah mulai").fill("80");
  await page.getByLabel("Tinggi mulai").fill("70");
  await page.getByRole("button", { name: "Simpan" }).click();
  await page.getByText(/Batas menengah harus lebih kecil/).waitFor();
  await page.getByLabel("Tinggi mulai").fill("90");
  await page.getByRole("button", { name: "Simpan" }).click();
  await page.getByText("Pengaturan disimpan di buku kerja.").waitFor();
  const state = await demo<unknown[][]>(page, `d.readValues("_KinerjaASN!A1:C5")`);
  assert.ok(state.some((r) => r[0] === "pengaturan" && String(r[2]).includes('"tinggi":90')), JSON.stringify(state));

  const errors = (page as unknown as { errors: string[] }).errors;
  assert.deepEqual(errors, [], `page errors: ${errors.join("; ")}`);
  await page.close();
}

async function darkAndEnglish(browser: Browser): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 360, height: 800 }, colorScheme: "dark" });
  await page.route("**/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: readFileSync(join(DIST, "office-double.js"), "utf8") }));
  await page.goto(`${BASE}/taskpane.html?sampel=polri.xlsx&tema=gelap`);
  await page.getByRole("button", { name: "Periksa lembar ini" }).click();
  // The Polri recap carries its rule set in the workbook: no findings under Polri's bands.
  await page.getByText("50 baris diperiksa").waitFor();
  await page.getByText("Tidak ada masalah. Lembar siap dikirim.").waitFor();
  // Office's dark theme gives a dark panel.
  const background = await page.evaluate(`getComputedStyle(document.querySelector("main").parentElement).backgroundColor`);
  assert.notEqual(background, "rgb(255, 255, 255)");
  await page.screenshot({ path: join(SHOTS, "6-taskpane-360-polri-gelap.png"), animations: "disabled" });
  await page.close();
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST, "demo.html")) || !existsSync(join(DIST, "office-double.js"))) {
    console.error("dist/ belum dibangun: jalankan npm run build dulu.");
    process.exit(1);
  }
  mkdirSync(SHOTS, { recursive: true });
  const server = await startDemoServer(DIST, join(ROOT, "samples"), PORT);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  let failed = 0;
  const all: { name: string; run: () => Promise<void> }[] = [
    ...steps.map((s) => ({ name: s.name, run: async () => { const p = await browser.newPage(); try { await s.run(p); } finally { await p.close(); } } })),
    { name: "an officer checks the planted sample, jumps to a finding, marks cells, generates the sheet, inserts a formula and saves settings", run: () => demoFlow(browser) },
    { name: "the pane at 360 px, dark colour scheme, on the Polri sample with its stored rule set", run: () => darkAndEnglish(browser) },
  ];
  for (const t of all) {
    const started = Date.now();
    try {
      await t.run();
      console.log(`✓ ${t.name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`✗ ${t.name}\n  ${error instanceof Error ? error.stack ?? error.message : error}`);
    }
  }
  await browser.close();
  server.close();
  console.log(failed === 0 ? `E2E: ${all.length} lulus. Tangkapan layar di ${SHOTS}` : `E2E: ${failed} gagal dari ${all.length}.`);
  process.exit(failed === 0 ? 0 : 1);
}

void main();
