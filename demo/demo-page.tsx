/**
 * The demo page's left side: the sample workbook as a grid (sheet tabs, fills, selection),
 * redrawn whenever the panel changes it through the Excel test double.
 */
import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import type { SheetGrid } from "@kinerja/office-double";
import { columnLetters, parseRef } from "../src/workbook/address";

const MAX_ROWS = 400;

function Grid({ grid }: { grid: SheetGrid }) {
  const sel = grid.selection ? parseRef(grid.selection) : undefined;
  const cols = Math.max(grid.columnCount, 1);
  return (
    <table className="grid" aria-label={`Lembar ${grid.name}`}>
      <thead>
        <tr>
          <th className="corner" />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c}>{columnLetters(c)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.values.slice(0, MAX_ROWS).map((row, r) => (
          <tr key={r}>
            <th>{grid.startRow + r + 1}</th>
            {Array.from({ length: cols }, (_, c) => {
              const selected = sel && grid.startRow + r >= sel.row && grid.startRow + r < sel.row + sel.rows && c >= sel.col && c < sel.col + sel.cols;
              const fill = grid.fills[r]?.[c];
              return (
                <td
                  key={c}
                  data-cell={`${columnLetters(c)}${grid.startRow + r + 1}`}
                  className={selected ? "selected" : undefined}
                  style={{ background: fill && fill !== "#FFFFFF" ? fill : undefined, fontWeight: grid.bold[r]?.[c] ? 600 : undefined }}
                >
                  {grid.text[r]?.[c] ?? ""}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Workbook() {
  const demo = window.__kinerjaDemo!;
  const [, setTick] = useState(0);
  const [info, setInfo] = useState<{ files: string[]; file: string }>();
  const [viewed, setViewed] = useState<string | undefined>();

  useEffect(() => {
    void demo.ready.then(setInfo);
    return demo.double.onChange((change) => {
      if (change.selectionChanged || change.structureChanged) setViewed(change.activeSheet);
      setTick((t) => t + 1);
    });
  }, [demo]);

  if (!info) return <p>Memuat sampel…</p>;
  const names = demo.double.sheetNames().filter((n) => !n.startsWith("_"));
  const active = viewed && names.includes(viewed) ? viewed : demo.double.activeSheet;
  const grid = demo.double.getSheetGrid(active, { maxRows: MAX_ROWS });
  return (
    <>
      <header className="workbook-bar">
        <strong>Buku kerja sampel</strong>
        <label>
          Berkas{" "}
          <select value={info.file} onChange={(e) => (window.location.search = `?sampel=${encodeURIComponent(e.target.value)}`)}>
            {info.files.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </label>
        <span className="hint">Panel di kanan bekerja pada buku kerja ini lewat tiruan Excel API.</span>
      </header>
      <div className="grid-wrap">
        <Grid grid={grid} />
      </div>
      <nav className="sheet-tabs" aria-label="Lembar">
        {names.map((n) => (
          <button
            key={n}
            className={n === active ? "active" : undefined}
            onClick={() => {
              demo.double.activateSheet(n);
              setViewed(n);
            }}
          >
            {n}
          </button>
        ))}
      </nav>
    </>
  );
}

const host = document.getElementById("workbook");
if (host) createRoot(host).render(<Workbook />);
