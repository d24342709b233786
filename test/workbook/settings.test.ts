/** Settings at the edge: defaults from DOMAIN.md, Indonesian messages for every rejected value. */
import { KURVA_SE_03_2023 } from "../../src/core/kurva-distribusi";
import { DEFAULT_SETTINGS, parseSettings } from "../../src/workbook";

function messages(input: unknown): string[] {
  const parsed = parseSettings(input);
  if (parsed.ok) throw new Error(`expected rejection of ${JSON.stringify(input)}`);
  return parsed.messages;
}

const ENGLISH = /invalid|expected|too (big|small)|required|received/i;

test("defaults: PP 30/2019, superior-only behaviour rating, 15/15 distribution, SE MenPANRB 03/2023 curve, no potential cut-offs", () => {
  expect(DEFAULT_SETTINGS).toEqual({
    aturan: "PP30",
    penilaian360: false,
    persenAtas: 15,
    persenBawah: 15,
    kurva: KURVA_SE_03_2023,
    toleransiNilai: 0.01,
    bahasa: "id",
  });
  expect(DEFAULT_SETTINGS.batasPotensial).toBeUndefined();
  expect(DEFAULT_SETTINGS.tahun).toBeUndefined();
  // The default curve is a copy: editing settings never changes the regulation's table.
  expect(DEFAULT_SETTINGS.kurva).not.toBe(KURVA_SE_03_2023);
});

test("nothing stored (undefined, null, {}) gives the defaults", () => {
  for (const input of [undefined, null, {}]) expect(parseSettings(input)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
});

test("a full valid set is accepted as given", () => {
  const parsed = parseSettings({ aturan: "KEMENKEU", persenAtas: 50, persenBawah: 50, batasPotensial: { menengah: 70, tinggi: 80 }, tahun: 2025 });
  expect(parsed.ok).toBe(true);
  expect(parsed.ok && [parsed.settings.aturan, parsed.settings.persenAtas, parsed.settings.batasPotensial, parsed.settings.tahun]).toEqual([
    "KEMENKEU",
    50,
    { menengah: 70, tinggi: 80 },
    2025,
  ]);
});

test("persenAtas + persenBawah above 100 is rejected", () => {
  expect(messages({ persenAtas: 60, persenBawah: 50 })).toEqual(["Pengaturan (umum): Persen atas dan bawah tidak boleh melebihi 100% bersama-sama."]);
});

test("batasPotensial menengah must be below tinggi (equal is rejected too)", () => {
  const expected = ["Pengaturan batasPotensial: Batas menengah harus lebih kecil dari batas tinggi."];
  expect(messages({ batasPotensial: { menengah: 80, tinggi: 70 } })).toEqual(expected);
  expect(messages({ batasPotensial: { menengah: 75, tinggi: 75 } })).toEqual(expected);
});

test("an unknown rule set is rejected in Indonesian, listing the valid ones", () => {
  expect(messages({ aturan: "PP99" })).toEqual([
    'Pengaturan aturan: Pilihan tidak valid: diharapkan salah satu dari "PP30"|"PP46"|"KEMENKEU"|"POLRI"|"PERMENPANRB6"',
  ]);
});

test("range and type errors are in Indonesian too, one message per field", () => {
  const all = messages({ toleransiNilai: 5, tahun: 1999, penilaian360: "ya", persenAtas: -1 });
  expect(all).toHaveLength(4);
  expect(all.map((m) => m.split(":")[0]).sort()).toEqual([
    "Pengaturan penilaian360",
    "Pengaturan persenAtas",
    "Pengaturan tahun",
    "Pengaturan toleransiNilai",
  ]);
  expect(all.find((m) => m.startsWith("Pengaturan toleransiNilai"))).toMatch(/^Pengaturan toleransiNilai: Terlalu besar/);
  expect(all.find((m) => m.startsWith("Pengaturan tahun"))).toMatch(/^Pengaturan tahun: Terlalu kecil/);
  for (const m of all) expect(m).not.toMatch(ENGLISH);
});

test("a curve constraint must give a percentage or a head count, not both", () => {
  const kurva = { ...KURVA_SE_03_2023, Istimewa: [{ levels: [5], bound: "max", percent: 70, count: 3 }] };
  expect(messages({ kurva })).toEqual(["Pengaturan kurva.Istimewa.0: Isi persen atau jumlah orang, salah satu."]);
});
