/**
 * Dense per-sheet storage: one array per used row, one slot per column, per layer (values,
 * formulas, number formats, each format property). No per-cell objects, so 50,000 × 15 cells
 * are written and read in milliseconds.
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, isEntireColumns, isEntireRows } from "./address";

export interface Extent {
  minRow: number;
  maxRow: number;
  minCol: number;
  maxCol: number;
}

export function mergeExtent(a: Extent | null, b: Extent | null): Extent | null {
  if (!a) return b;
  if (!b) return a;
  return {
    minRow: Math.min(a.minRow, b.minRow),
    maxRow: Math.max(a.maxRow, b.maxRow),
    minCol: Math.min(a.minCol, b.minCol),
    maxCol: Math.max(a.maxCol, b.maxCol),
  };
}

/** Sparse rows of dense cells. `undefined` means "nothing stored". */
export class Grid<T> {
  rows: (T[] | undefined)[] = [];

  get(r: number, c: number): T | undefined {
    const row = this.rows[r];
    return row === undefined ? undefined : row[c];
  }

  set(r: number, c: number, v: T | undefined): void {
    let row = this.rows[r];
    if (row === undefined) {
      if (v === undefined) return;
      row = [];
      this.rows[r] = row;
    }
    row[c] = v as T;
  }

  /** The row array, created when missing. */
  rowFor(r: number): T[] {
    let row = this.rows[r];
    if (row === undefined) {
      row = [];
      this.rows[r] = row;
    }
    return row;
  }

  clearRect(rect: Rect): void {
    const c0 = rect.col;
    const c1 = rect.col + rect.cols;
    const wholeRows = isEntireRows(rect);
    this.forEachRowIn(rect.row, rect.row + rect.rows, (row, r) => {
      if (wholeRows) {
        this.rows[r] = undefined;
        return;
      }
      const end = Math.min(c1, row.length);
      for (let c = c0; c < end; c++) row[c] = undefined as unknown as T;
    });
  }

  /** Calls fn for every allocated row in [r0, r1). */
  forEachRowIn(r0: number, r1: number, fn: (row: T[], r: number) => void): void {
    const rows = this.rows;
    const end = Math.min(r1, rows.length);
    if (end - r0 > 4096) {
      // Sparse iteration (forEach skips holes) for very tall ranges such as entire columns.
      rows.forEach((row, r) => {
        if (row !== undefined && r >= r0 && r < end) fn(row, r);
      });
      return;
    }
    for (let r = r0; r < end; r++) {
      const row = rows[r];
      if (row !== undefined) fn(row, r);
    }
  }

  /** Smallest rectangle holding a stored value for which `counts` is true. */
  extent(counts: (v: T) => boolean = (v) => v !== undefined): Extent | null {
    let ext: Extent | null = null;
    this.rows.forEach((row, r) => {
      if (row === undefined) return;
      let first = -1;
      let last = -1;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v !== undefined && counts(v)) {
          if (first < 0) first = c;
          last = c;
        }
      }
      if (first < 0) return;
      if (!ext) ext = { minRow: r, maxRow: r, minCol: first, maxCol: last };
      else {
        if (r < ext.minRow) ext.minRow = r;
        if (r > ext.maxRow) ext.maxRow = r;
        if (first < ext.minCol) ext.minCol = first;
        if (last > ext.maxCol) ext.maxCol = last;
      }
    });
    return ext;
  }

  clone(): Grid<T> {
    const g = new Grid<T>();
    const rows: (T[] | undefined)[] = [];
    this.rows.forEach((row, r) => {
      if (row !== undefined) rows[r] = row.slice();
    });
    g.rows = rows;
    return g;
  }

  /** Moves every stored cell of columns [c0, c1) at row >= fromRow down by `by` rows. */
  shiftDown(fromRow: number, c0: number, c1: number, by: number): void {
    for (let r = this.rows.length - 1; r >= fromRow; r--) {
      const row = this.rows[r];
      if (row === undefined) continue;
      for (let c = c0; c < Math.min(c1, row.length); c++) {
        const v = row[c];
        if (v === undefined) continue;
        if (r + by < MAX_ROWS) this.rowFor(r + by)[c] = v;
        row[c] = undefined as unknown as T;
      }
    }
  }
}

/**
 * A format property layer: cell values plus whole-row and whole-column settings (what a format
 * applied to "A:A" or "3:3" stores in Excel). Cell > row > column precedence; a later column
 * setting is materialised on cells of rows that carry a row setting, so the latest write wins.
 * `null` is an explicit "default" (a cleared format); it does not count as used.
 */
export class FormatLayer<T> {
  cells = new Grid<T | null>();
  rowDefaults: (T | null | undefined)[] = [];
  colDefaults: (T | null | undefined)[] = [];

  constructor(readonly defaultValue: T) {}

  effective(r: number, c: number): T {
    const v = this.cells.get(r, c);
    if (v !== undefined) return v === null ? this.defaultValue : v;
    const rv = this.rowDefaults[r];
    if (rv !== undefined) return rv === null ? this.defaultValue : rv;
    const cv = this.colDefaults[c];
    if (cv !== undefined && cv !== null) return cv;
    return this.defaultValue;
  }

  /** Whether the cell carries a value of its own (cell, row or column), not the default. */
  isSet(r: number, c: number): boolean {
    const v = this.cells.get(r, c);
    if (v !== undefined) return v !== null;
    const rv = this.rowDefaults[r];
    if (rv !== undefined) return rv !== null;
    const cv = this.colDefaults[c];
    return cv !== undefined && cv !== null;
  }

  /** Writes value (null = reset to default) to every cell of rect. */
  write(rect: Rect, value: T | null): void {
    const c0 = rect.col;
    const c1 = rect.col + rect.cols;
    const r0 = rect.row;
    const r1 = rect.row + rect.rows;
    if (isEntireColumns(rect) && isEntireRows(rect)) {
      this.cells = new Grid<T | null>();
      this.rowDefaults = [];
      this.colDefaults = [];
      if (value !== null) for (let c = 0; c < MAX_COLUMNS; c++) this.colDefaults[c] = value;
      return;
    }
    if (isEntireColumns(rect)) {
      this.cells.clearRect(rect);
      for (let c = c0; c < c1; c++) this.colDefaults[c] = value === null ? undefined : value;
      // Rows with their own setting take precedence over columns: materialise the newer value.
      this.rowDefaults.forEach((rv, r) => {
        if (rv === undefined) return;
        const row = this.cells.rowFor(r);
        for (let c = c0; c < c1; c++) row[c] = value;
      });
      return;
    }
    if (isEntireRows(rect)) {
      this.cells.clearRect(rect);
      for (let r = r0; r < r1; r++) this.rowDefaults[r] = value;
      return;
    }
    const hasColDefaults = this.colDefaults.length > 0;
    for (let r = r0; r < r1; r++) {
      const row = this.cells.rowFor(r);
      const hasRowDefault = this.rowDefaults[r] !== undefined;
      for (let c = c0; c < c1; c++) {
        if (value !== null) {
          row[c] = value;
        } else {
          // A reset only needs storing where a row or column setting would otherwise show.
          const shadowed = hasRowDefault || (hasColDefaults && this.colDefaults[c] !== undefined);
          row[c] = shadowed ? null : (undefined as unknown as T);
        }
      }
    }
  }

  /** The common effective value of rect, or null when cells differ. */
  uniform(rect: Rect): T | null {
    let seen = false;
    let result: T | null = null;
    const check = (v: T): boolean => {
      if (!seen) {
        seen = true;
        result = v;
        return true;
      }
      return v === result;
    };
    const c0 = rect.col;
    const c1 = rect.col + rect.cols;
    const r0 = rect.row;
    const r1 = rect.row + rect.rows;
    // Rows without cells or a row setting all look alike: they show the column settings.
    let plainRowChecked = false;
    const checkPlainRow = (): boolean => {
      if (plainRowChecked) return true;
      plainRowChecked = true;
      if (this.colDefaults.length === 0) return check(this.defaultValue);
      for (let c = c0; c < c1; c++) {
        const cv = this.colDefaults[c];
        if (!check(cv === undefined || cv === null ? this.defaultValue : cv)) return false;
      }
      return true;
    };
    const allocated = new Set<number>();
    let ok = true;
    this.cells.forEachRowIn(r0, r1, (_row, r) => {
      allocated.add(r);
    });
    this.rowDefaults.forEach((rv, r) => {
      if (rv !== undefined && r >= r0 && r < r1) allocated.add(r);
    });
    for (const r of allocated) {
      for (let c = c0; c < c1 && ok; c++) ok = check(this.effective(r, c));
      if (!ok) return null;
    }
    if (allocated.size < rect.rows) ok = checkPlainRow();
    return ok ? result : null;
  }

  extent(): Extent | null {
    return this.cells.extent((v) => v !== null);
  }

  hasAnySetting(): boolean {
    return this.extent() !== null || this.rowDefaults.some((v) => v !== undefined) || this.colDefaults.some((v) => v !== undefined);
  }

  clone(): FormatLayer<T> {
    const l = new FormatLayer<T>(this.defaultValue);
    l.cells = this.cells.clone();
    l.rowDefaults = this.rowDefaults.slice();
    l.colDefaults = this.colDefaults.slice();
    return l;
  }

  shiftDown(fromRow: number, c0: number, c1: number, by: number): void {
    this.cells.shiftDown(fromRow, c0, c1, by);
  }
}

