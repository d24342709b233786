/** The add-in never ships the Excel API test double: nothing under src/ imports it. */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const SRC = join(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function specifiers(source: string): string[] {
  const found = source.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)|\brequire\(\s*["']([^"']+)["']\s*\)/g);
  return [...found].map((m) => m[1] ?? m[2] ?? m[3]);
}

test("no module under src/ imports @kinerja/office-double or anything under packages/", () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(50);
  const offending = files.flatMap((file) =>
    specifiers(readFileSync(file, "utf8"))
      .filter((spec) => spec.includes("office-double") || /(^|\/)packages\//.test(spec))
      .map((spec) => `${file.slice(SRC.length + 1)}: ${spec}`),
  );
  expect(offending).toEqual([]);
});

test("the check sees an import of the double", () => {
  expect(specifiers('import { createWorkbookDouble } from "@kinerja/office-double";')).toEqual(["@kinerja/office-double"]);
});
