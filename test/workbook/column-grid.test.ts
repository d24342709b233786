/**
 * The ColumnGrid answers exactly what the plain 2-D values would. Each case builds the same
 * cells both ways (the grid through its builder, the reference as rows trimmed to the used
 * range, as the streaming reader did before the grid) and compares every cell.
 */
import { CellValue, cellAt, cleanSheet, ColumnGridBuilder, GRID_HEAD_ROWS, GridMerge, rowAt, rowCount, sheetRows, TextPool } from "../../src/workbook";

type Cell = { row: number; col: number; value: CellValue | { shared: number } };

/** The reference: rows trimmed to the used range, merged cells but the first blank. */
function reference(cells: readonly Cell[], shared: readonly CellValue[], merges: readonly GridMerge[]): { startRow: number; startCol: number; values: CellValue[][] } {
  const rows: (CellValue | undefined)[][] = [];
  for (const { row, col, value } of cells) {
    const v = value !== null && typeof value === "object" && "shared" in value ? (shared[value.shared] ?? null) : (value as CellValue);
    (rows[row] ??= [])[col] = v;
  }
  for (const m of merges) {
    for (let r = m.top; r <= Math.min(m.bottom, rows.length - 1); r++) {
      for (let c = m.left; c <= Math.min(m.right, (rows[r]?.length ?? 0) - 1); c++) if ((r !== m.top || c !== m.left) && rows[r]?.[c] !== undefined) rows[r][c] = null;
    }
  }
  let [minRow, maxRow, minCol, maxCol] = [Infinity, -1, Infinity, -1];
  const extend = (r: number, c: number) => {
    [minRow, maxRow, minCol, maxCol] = [Math.min(minRow, r), Math.max(maxRow, r), Math.min(minCol, c), Math.max(maxCol, c)];
  };
  rows.forEach((cellsOfRow, r) => cellsOfRow?.forEach((v, c) => v !== null && v !== undefined && extend(r, c)));
  for (const m of merges) {
    const master = rows[m.top]?.[m.left];
    if (master === null || master === undefined) continue;
    extend(m.top, m.left);
    extend(m.bottom, m.right);
  }
  if (maxRow < 0) return { startRow: 0, startCol: 0, values: [] };
  const values: CellValue[][] = [];
  for (let r = minRow; r <= maxRow; r++) values.push(Array.from({ length: maxCol - minCol + 1 }, (_, c) => rows[r]?.[c + minCol] ?? null));
  return { startRow: minRow, startCol: minCol, values };
}

function build(cells: readonly Cell[], shared: readonly CellValue[], merges: readonly GridMerge[], pooled = false) {
  const builder = new ColumnGridBuilder(pooled ? poolOf(shared) : shared);
  for (const { row, col, value } of cells) {
    if (value !== null && typeof value === "object" && "shared" in value) builder.setShared(row, col, value.shared);
    else builder.set(row, col, value as CellValue);
  }
  return builder.finish(merges);
}

function expectSame(cells: readonly Cell[], shared: readonly CellValue[] = [], merges: readonly GridMerge[] = []) {
  const { grid, startRow, startCol } = build(cells, shared, merges);
  const ref = reference(cells, shared, merges);
  expect([startRow, startCol]).toEqual([ref.startRow, ref.startCol]);
  expect(rowCount(grid)).toBe(ref.values.length);
  expect(sheetRows(grid)).toEqual(ref.values);
  // Outside the used range a cell is undefined, as `values[r]?.[c]` is.
  const width = ref.values[0]?.length ?? 0;
  expect([cellAt(grid, -1, 0), cellAt(grid, ref.values.length, 0), cellAt(grid, 0, width), rowAt(grid, ref.values.length)]).toEqual([undefined, undefined, undefined, undefined]);
  return grid;
}

function poolOf(values: readonly CellValue[]): TextPool {
  const pool = new TextPool();
  for (const v of values) pool.push(v);
  return pool.trim();
}

/** A small deterministic generator, so a failure names its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("ColumnGrid", () => {
  it("keeps every kind of value, above and below the head", () => {
    const kinds: CellValue[] = [0, -0, 1.5, -3, 1e300, "teks", "", true, false, { error: "#N/A" }, NaN];
    const cells: Cell[] = [];
    for (let r = 0; r < GRID_HEAD_ROWS * 3; r++) for (let c = 0; c < kinds.length; c++) cells.push({ row: r + 2, col: c + 1, value: kinds[(r + c) % kinds.length] });
    const grid = expectSame(cells);
    // -0 and NaN survive as themselves.
    const values = sheetRows(grid).flat();
    expect(values.some((v) => Object.is(v, -0))).toBe(true);
    expect(values.some((v) => typeof v === "number" && Number.isNaN(v))).toBe(true);
  });

  it("a column of numbers with a few texts, and one that turns into texts (past the exceptions kept aside)", () => {
    const cells: Cell[] = [{ row: 0, col: 0, value: "Nilai" }, { row: 0, col: 1, value: "Campur" }];
    const rows = 12_000;
    for (let r = 1; r <= rows; r++) {
      cells.push({ row: r, col: 0, value: r % 997 === 0 ? "95,5" : r % 991 === 0 ? { error: "#N/A" } : r * 0.5 });
      // Numbers first, then more texts than the exceptions map keeps: the column gets both arrays.
      cells.push({ row: r, col: 1, value: r < 200 ? r : r % 2 === 0 ? `t${r % 50}` : r % 3 === 0 ? true : r });
    }
    expectSame(cells);
  });

  it("reads shared strings by index, an unknown index or an empty entry as blank", () => {
    const shared: CellValue[] = ["NIP", "Budi", null, { error: "#REF!" }];
    const cells: Cell[] = [];
    for (let r = 0; r < 200; r++) cells.push({ row: r, col: 0, value: { shared: r % 5 } }, { row: r, col: 1, value: { shared: r % 2 } });
    expectSame(cells, shared);
  });

  it("blanks merged cells but the first, and measures the used range again when that empties its edge", () => {
    const cells: Cell[] = [];
    for (let r = 0; r < 150; r++) for (let c = 0; c < 4; c++) cells.push({ row: r + 1, col: c + 1, value: r * 10 + c });
    // The last row only has values inside a merged area: they go, and so does the row.
    cells.push({ row: 151, col: 2, value: "a" }, { row: 151, col: 3, value: "b" });
    const merges: GridMerge[] = [
      { top: 150, left: 1, bottom: 151, right: 1 },
      { top: 3, left: 1, bottom: 4, right: 3 },
      { top: 100, left: 2, bottom: 101, right: 4 },
      // A merged area far larger than the data, whose first cell is blank, costs no more than the data.
      { top: 140, left: 5, bottom: 1_048_575, right: 16_383 },
    ];
    expectSame(cells, [], merges);
  });

  it("reads across chunk boundaries, columns filled every row and every third row", () => {
    const cells: Cell[] = Array.from({ length: 5000 }, (_, r) => ({ row: r, col: r % 3, value: r % 5 === 0 ? `r${r}` : r }));
    for (let r = 0; r < 5000; r++) cells.push({ row: r, col: 3, value: r / 7 });
    expectSame(cells);
  });

  it("a few cells far below the others cost no more than themselves (no array sized by a row number)", () => {
    const cells: Cell[] = [{ row: 0, col: 0, value: "NIP" }];
    for (let r = 1; r <= 100; r++) cells.push({ row: r, col: 0, value: r });
    // One value at Excel's last rows in each of 2,000 columns: as arrays, 16 GB.
    for (let c = 1; c <= 2000; c++) cells.push({ row: 1_048_575 - (c % 7), col: c, value: c % 2 ? c : `t${c}` });
    const before = process.memoryUsage().arrayBuffers;
    const { grid } = build(cells, [], []);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
    expect([cellAt(grid, 1_048_575 - 3, 3), cellAt(grid, 1_048_575 - 4, 4), cellAt(grid, 50, 0), cellAt(grid, 50, 1)]).toEqual([3, "t4", 50, null]);
  });

  it("matches the reference on random sheets", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const next = random(seed);
      const shared: CellValue[] = ["a", "b", null, " c\u200C", { error: "#N/A" }];
      const cells: Cell[] = [];
      const rows = 1 + Math.floor(next() * 400);
      const cols = 1 + Math.floor(next() * 6);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const p = next();
          if (p < 0.2) continue;
          const value: Cell["value"] =
            p < 0.45 ? Math.round(next() * 1000) / 8 : p < 0.6 ? { shared: Math.floor(next() * 6) } : p < 0.7 ? `x${Math.floor(next() * 30)}` : p < 0.75 ? next() < 0.5 : p < 0.8 ? null : p < 0.85 ? { error: "#DIV/0!" } : r * c;
          cells.push({ row: r + Math.floor(next() * 2), col: c, value });
        }
      }
      const merges: GridMerge[] = next() < 0.5 ? [] : [{ top: Math.floor(next() * rows), left: 0, bottom: Math.floor(next() * rows) + rows, right: Math.floor(next() * cols) }];
      try {
        expectSame(cells, shared, merges.map((m) => ({ ...m, bottom: Math.max(m.top, m.bottom) })));
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`);
      }
    }
  });

  it("a pool of shared strings gives back each one as it was, however the cache slots collide", () => {
    const values: CellValue[] = ["198001012005011001", "Budi Santoso", "", null, { error: "#N/A" }, "Dewi Ayu Lestari \u00A0", "Ōkubo 大久保", "x".repeat(300), "BAIK\u200C"];
    const all = Array.from({ length: 20_000 }, (_, i) => (i % 97 === 0 ? values[(i / 97) % values.length] : `NIP${i}`));
    const pool = poolOf(all);
    expect(pool.length).toBe(all.length);
    // Read twice in an order that makes k and k + 4,096 share a cache slot.
    for (const pass of [0, 1]) for (let i = 0; i < all.length; i += 1) expect([pass, i, pool.at((i * 4096 + pass) % all.length)]).toEqual([pass, i, all[(i * 4096 + pass) % all.length]]);
    expect([pool.at(-1), pool.at(all.length), pool.at(NaN), pool.at(1.5)]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("reads a pool of shared strings as it reads an array of them, cleaned or not", () => {
    const shared: CellValue[] = ["NIP", "\u200C198001012005011001", "BAIK\u00A0", "Sangat Baik", null, "Ōkubo"];
    const cells: Cell[] = [];
    for (let r = 0; r < 3000; r++) for (let c = 0; c < 3; c++) cells.push({ row: r, col: c, value: { shared: (r + c) % shared.length } });
    const [fromArray, fromPool] = [build(cells, shared, []), build(cells, shared, [], true)];
    expect(sheetRows(fromPool.grid)).toEqual(sheetRows(fromArray.grid));
    const sheetOf = (grid: typeof fromPool.grid) => ({ name: "Data", startRow: 0, startCol: 0, values: grid });
    const [a, b] = [cleanSheet(sheetOf(fromPool.grid), 1), cleanSheet(sheetOf(fromArray.grid), 1)];
    expect(sheetRows(a.sheet.values)).toEqual(sheetRows(b.sheet.values));
    const rows = Array.from({ length: 3000 }, (_, r) => r);
    expect(a.hygiene(rows)).toEqual(b.hygiene(rows));
    expect(a.hygiene(rows).length).toBe(3);
  });

  it("is cleaned like plain rows: the same values and the same counts per column", () => {
    const texts = ["\u200C198001012005011001", "BAIK\u00A0", "  Budi  Santoso ", "Baik", "\u200B", "Sangat Baik"];
    const cells: Cell[] = [];
    // Column 3 holds numbers with a few texts among them (kept aside from its chunks), some of them dirty.
    for (let r = 0; r < 300; r++) for (let c = 0; c < 4; c++) cells.push({ row: r, col: c, value: c === 3 ? (r % 40 === 7 ? `95,5${r % 80 === 7 ? "\u00A0" : ""}` : r) : texts[(r * 7 + c) % texts.length] });
    const { grid, startRow, startCol } = build(cells, [], []);
    const asGrid = { name: "Data", startRow, startCol, values: grid };
    const asRows = { ...asGrid, values: sheetRows(grid) };
    const fromRow = 5;
    const [a, b] = [cleanSheet(asGrid, fromRow), cleanSheet(asRows, fromRow)];
    expect(sheetRows(a.sheet.values)).toEqual(b.sheet.values);
    const rows = Array.from({ length: 300 }, (_, r) => r).filter((r) => r % 3 !== 0);
    expect(a.hygiene(rows)).toEqual(b.hygiene(rows));
    expect(b.hygiene(rows).length).toBeGreaterThan(0);
    // The input grid is left as it was.
    expect(cellAt(grid, 0, 0)).toBe(texts[0]);
  });
});
