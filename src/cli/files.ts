/** The .xlsx files a path stands for: the file itself, or every .xlsx under a folder (no loops). */
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";
import { UserFacingError } from "../workbook/errors";
import { whyUnreachable } from "../xlsx/open-file";

function isWorkbookName(name: string): boolean {
  // Skip Excel's lock files (~$Book.xlsx) and our own temporary files.
  return /\.xlsx$/i.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}

async function walk(folder: string, seen: Set<string>, out: string[]): Promise<void> {
  const real = await realpath(folder);
  if (seen.has(real)) return; // a symlink loop or a second link to the same folder
  seen.add(real);
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        // A broken or looping link named like a workbook is reported as unreadable, not skipped
        // without a word; other broken links are not workbooks.
        if (isWorkbookName(entry.name)) out.push(path);
        continue;
      }
    }
    if (isDir) await walk(path, seen, out);
    else if (isFile && isWorkbookName(entry.name)) out.push(path);
  }
}

export async function collectWorkbooks(path: string): Promise<{ files: string[]; folder: boolean }> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const why = whyUnreachable(error);
    throw new UserFacingError(`${path}: ${why === "berkas tidak ditemukan." ? "berkas atau folder tidak ditemukan." : why}`, "input");
  }
  if (info.isFile()) return { files: [path], folder: false };
  const files: string[] = [];
  await walk(path, new Set(), files);
  if (files.length === 0) throw new UserFacingError(`${path}: tidak ada berkas .xlsx di folder ini.`, "input");
  return { files, folder: true };
}
