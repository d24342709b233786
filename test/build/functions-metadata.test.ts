/**
 * The functions.json Excel receives: generated from functions.ts by Microsoft's generator, then
 * completed by scripts/build/functions-metadata.js (the same code the webpack build runs).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { CATALOGUE } from "../../src/functions/catalogue";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { completeMetadata, renderHelpPage } = require("../../scripts/build/functions-metadata") as {
  completeMetadata: (generated: Metadata, english: unknown) => { metadata: Metadata; english: Metadata };
  renderHelpPage: (template: string, metadata: Metadata, namespace: string) => string;
};

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  functions: { id: string; name: string; description: string; parameters: { name: string; description: string; type: string; dimensionality: string; optional?: boolean }[] }[];
}

const ROOT = join(__dirname, "..", "..");
const ENGLISH = JSON.parse(readFileSync(join(ROOT, "src/functions/metadata/en-us.json"), "utf8")) as Record<string, { description: string; params: Record<string, string> }>;
let generated: Metadata;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(join(ROOT, "src/functions/functions.ts"), true);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson) as Metadata;
}, 120_000);

test("error cells reach the functions: allowErrorForDataTypeAny is true, and every parameter is any[][]", () => {
  expect(generated.allowErrorForDataTypeAny).toBeUndefined(); // the generator cannot emit it
  const { metadata } = completeMetadata(generated, ENGLISH);
  expect(metadata.allowErrorForDataTypeAny).toBe(true);
  for (const fn of metadata.functions) {
    for (const p of fn.parameters) expect({ fn: fn.id, p: p.name, type: p.type, dim: p.dimensionality }).toEqual({ fn: fn.id, p: p.name, type: "any", dim: "matrix" });
  }
});

test("the en-US file has the same ids, names and parameters as the catalogue, with English descriptions", () => {
  const { metadata, english } = completeMetadata(generated, ENGLISH);
  expect(english.functions.map((f) => f.id)).toEqual(CATALOGUE.map((f) => f.name));
  expect(english.functions.map((f) => f.name)).toEqual(metadata.functions.map((f) => f.name));
  expect(english.allowErrorForDataTypeAny).toBe(true);
  for (const [i, fn] of english.functions.entries()) {
    const info = CATALOGUE[i];
    expect(fn.parameters.map((p) => p.name)).toEqual(info.params.map((p) => p.name));
    expect(fn.description).toBe(ENGLISH[fn.id].description);
    expect(fn.description).not.toBe(info.description);
    for (const p of fn.parameters) expect(p.description).toBe(ENGLISH[fn.id].params[p.name]);
  }
});

test("a function or parameter without English text fails the build, naming it", () => {
  const { IKU: _dropped, ...withoutIku } = ENGLISH;
  expect(() => completeMetadata(generated, withoutIku)).toThrow(/no English text for IKU\b/);
  const withoutParam = { ...ENGLISH, NPKP: { ...ENGLISH.NPKP, params: { nskp: ENGLISH.NPKP.params.nskp } } };
  expect(() => completeMetadata(generated, withoutParam)).toThrow(/NPKP\(np\)/);
  expect(() => completeMetadata(generated, { ...ENGLISH, HAPUS: { description: "x", params: {} } })).toThrow(/do not exist: HAPUS/);
});

test("the help page lists every function with its Indonesian help, escaped", () => {
  const { metadata } = completeMetadata(generated, ENGLISH);
  const template = readFileSync(join(ROOT, "src/help/bantuan.html"), "utf8");
  const page = renderHelpPage(template, metadata, "KINERJA");
  expect(page).not.toContain("<!-- FUNGSI -->");
  for (const info of CATALOGUE) expect(page).toContain(`KINERJA.${info.name}(`);
  expect(page).toContain("tidak mengirim");
  const hostile = { functions: [{ ...metadata.functions[0], description: "<script>x</script>" }] };
  expect(renderHelpPage(template, hostile as Metadata, "KINERJA")).toContain("&lt;script&gt;x&lt;/script&gt;");
});
