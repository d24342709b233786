import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkManifest, inspectManifest } from "../../scripts/validate-manifest";

const ROOT = join(__dirname, "..", "..");
const MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const realAssetExists = (rel: string): boolean => {
  const file = join(ROOT, rel);
  return existsSync(file) && statSync(file).isFile();
};

/** Replaces exactly one occurrence (fails loudly if the anchor text is not in the manifest). */
function mutate(from: string | RegExp, to: string, xml = MANIFEST): string {
  const count = typeof from === "string" ? xml.split(from).length - 1 : (xml.match(new RegExp(from, "g")) ?? []).length;
  if (count !== 1) throw new Error(`mutation anchor ${String(from)} found ${count} times`);
  return xml.replace(from, to);
}

function problemsOf(xml: string, assetExists = realAssetExists): string[] {
  return checkManifest(xml, assetExists);
}

describe("manifest.xml (offline check)", () => {
  test("the real manifest passes", () => {
    expect(problemsOf(MANIFEST)).toEqual([]);
  });

  test("the real manifest has the expected shape", () => {
    const { stats } = inspectManifest(MANIFEST, realAssetExists);
    expect(stats.runtimeResid).toBe("Taskpane.Url");
    expect(stats.namespace).toBe("KINERJA");
    expect(stats.origin).toBe("https://localhost:3000");
    expect(stats.imageFiles).toBe(4); // icon-16, -32, -64 (high-res), -80
  });

  test("every icon size the manifest and the build need exists as a real PNG", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      const png = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size); // IHDR height
    }
  });
});

describe("checkManifest rejects broken manifests", () => {
  test("resid that is not defined in Resources", () => {
    const xml = mutate('<Label resid="PaneButton.Label"/>', '<Label resid="PaneButton.Lable"/>');
    expect(problemsOf(xml)).toContain('resid "PaneButton.Lable" (used by <Label>) is not defined in <Resources>');
  });

  test("resource id defined twice", () => {
    const xml = mutate(
      '<bt:Url id="Bantuan.Url" DefaultValue="https://localhost:3000/bantuan.html"/>',
      '<bt:Url id="Bantuan.Url" DefaultValue="https://localhost:3000/bantuan.html"/>\n' +
        '        <bt:Url id="Taskpane.Url" DefaultValue="https://localhost:3000/lain.html"/>',
    );
    expect(problemsOf(xml)).toContain('Resource id "Taskpane.Url" is defined 2 times in <Resources>; it must be unique');
  });

  test("http URL", () => {
    const xml = mutate(
      '<bt:Url id="Functions.Script.Url" DefaultValue="https://localhost:3000/functions.js"/>',
      '<bt:Url id="Functions.Script.Url" DefaultValue="http://localhost:3000/functions.js"/>',
    );
    expect(problemsOf(xml)).toContain('<bt:Url id="Functions.Script.Url">: URL "http://localhost:3000/functions.js" is not https');
  });

  test("URL on a second origin", () => {
    const xml = mutate('<SupportUrl DefaultValue="https://localhost:3000/bantuan.html"/>', '<SupportUrl DefaultValue="https://contoh.go.id/bantuan"/>');
    expect(problemsOf(xml)).toContain('<SupportUrl>: URL "https://contoh.go.id/bantuan" is not under the project origin https://localhost:3000');
  });

  test("wrong custom-functions namespace", () => {
    const xml = mutate('<bt:String id="Functions.Namespace" DefaultValue="KINERJA"/>', '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO"/>');
    expect(problemsOf(xml)).toContain('Custom-functions namespace is "CONTOSO", expected "KINERJA"');
  });

  test("two runtimes", () => {
    const xml = mutate(
      '<Runtime resid="Taskpane.Url" lifetime="long"/>',
      '<Runtime resid="Taskpane.Url" lifetime="long"/>\n          <Runtime resid="Bantuan.Url" lifetime="long"/>',
    );
    expect(problemsOf(xml)).toContain("Shared runtime needs exactly one <Runtime>, found 2");
  });

  test("short-lived runtime", () => {
    const xml = mutate('<Runtime resid="Taskpane.Url" lifetime="long"/>', '<Runtime resid="Taskpane.Url"/>');
    expect(problemsOf(xml)).toContain('<Runtime> lifetime is "short (default)", expected "long"');
  });

  test("runtime resid differs from the FunctionFile resid", () => {
    const xml = mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Bantuan.Url"/>');
    expect(problemsOf(xml)).toEqual([
      '<FunctionFile> resid "Bantuan.Url" differs from the <Runtime> resid "Taskpane.Url"; the shared runtime will not load',
    ]);
  });

  test("runtime resid differs from the custom-functions Page resid", () => {
    const xml = mutate(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="Bantuan.Url"/>');
    expect(problemsOf(xml)).toContain(
      'CustomFunctions <Page> resid "Bantuan.Url" differs from the <Runtime> resid "Taskpane.Url"; the shared runtime will not load',
    );
  });

  test("SharedRuntime requirement set missing", () => {
    const xml = mutate('<Set Name="SharedRuntime" MinVersion="1.1"/>', "");
    expect(problemsOf(xml)).toContain(
      'SharedRuntime requirement set is missing: add <Set Name="SharedRuntime" MinVersion="1.1"/> to <Requirements>',
    );
  });

  test("a TaskpaneId under the long-lived shared runtime", () => {
    const xml = mutate('<Action xsi:type="ShowTaskpane">', '<Action xsi:type="ShowTaskpane">\n<TaskpaneId>KinerjaPane</TaskpaneId>');
    expect(problemsOf(xml)).toEqual([expect.stringContaining("<TaskpaneId>")]);
  });

  test("CustomFunctionsRuntime below 1.3, or missing", () => {
    const older = mutate('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>');
    expect(problemsOf(older)).toEqual([expect.stringContaining("CustomFunctionsRuntime 1.3")]);
    const none = mutate('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', "");
    expect(problemsOf(none)).toEqual([expect.stringContaining("CustomFunctionsRuntime 1.3")]);
    const newer = mutate('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.10"/>');
    expect(problemsOf(newer)).toEqual([]);
  });

  test("with a build: every page, script and metadata URL names a file in dist/ (the support page too)", () => {
    const built = new Set(["taskpane.html", "functions.js", "functions.json", "functions.en-us.json", "bantuan.html"]);
    expect(checkManifest(MANIFEST, realAssetExists, (rel) => built.has(rel))).toEqual([]);
    for (const missing of built) {
      const problems = checkManifest(MANIFEST, realAssetExists, (rel) => built.has(rel) && rel !== missing);
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(p).toContain(`dist/${missing} does not exist`);
    }
  });

  test("missing icon file", () => {
    const withoutIcon80 = (rel: string): boolean => rel !== "assets/icon-80.png" && realAssetExists(rel);
    expect(problemsOf(MANIFEST, withoutIcon80)).toContain(
      '<bt:Image id="Icon.80x80">: image file assets/icon-80.png does not exist (URL "https://localhost:3000/assets/icon-80.png")',
    );
  });

  test("icon URL pointing at a file that is not in assets/", () => {
    const xml = mutate('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://localhost:3000/assets/ikon-32.png"/>');
    expect(problemsOf(xml)).toContain('<IconUrl>: image file assets/ikon-32.png does not exist (URL "https://localhost:3000/assets/ikon-32.png")');
  });

  test("Id that is not a GUID", () => {
    const xml = mutate("<Id>d51d6e7d-733d-4bf4-b43f-ba0a5cf186eb</Id>", "<Id>kinerja-asn</Id>");
    expect(problemsOf(xml)).toEqual(['<Id> "kinerja-asn" is not a GUID']);
  });

  test("missing Id", () => {
    const xml = mutate("<Id>d51d6e7d-733d-4bf4-b43f-ba0a5cf186eb</Id>", "");
    expect(problemsOf(xml)).toContain("Missing <Id> (must be a GUID)");
  });

  test("Version that is not four parts", () => {
    const xml = mutate("<Version>1.0.0.0</Version>", "<Version>1.0</Version>");
    expect(problemsOf(xml)).toContain('<Version> "1.0" is not a four-part version such as 1.0.0.0');
  });

  test("malformed XML", () => {
    const xml = mutate("</DefaultSettings>", "</DefaultSetting>");
    const problems = problemsOf(xml);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^XML is not well-formed \(line \d+, column \d+\): .*DefaultSettings/);
  });

  test("ReadDocument permission", () => {
    const xml = mutate("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>");
    expect(problemsOf(xml)).toEqual(['<Permissions> is "ReadDocument", expected "ReadWriteDocument"']);
  });

  test("resource id longer than 32 characters", () => {
    const long = "Functions.Metadata.Url.Sangat.Panjang"; // 37 characters
    let xml = mutate('<SourceLocation resid="Functions.Metadata.Url"/>', `<SourceLocation resid="${long}"/>`);
    xml = mutate('<bt:Url id="Functions.Metadata.Url"', `<bt:Url id="${long}"`, xml);
    expect(problemsOf(xml)).toEqual([`Resource id "${long}" is 37 characters; Office allows at most 32`]);
  });

  test("short string over 125 and long string over 250 characters", () => {
    let xml = mutate('DefaultValue="Buka panel Kinerja ASN"', `DefaultValue="${"a".repeat(126)}"`);
    xml = mutate(
      'DefaultValue="Periksa lembar penilaian kinerja dan buat rekomendasi penghargaan."',
      `DefaultValue="${"b".repeat(251)}"`,
      xml,
    );
    const problems = problemsOf(xml);
    expect(problems).toContain('Short string "PaneButton.Title" is 126 characters; the limit is 125');
    expect(problems).toContain('Long string "PaneButton.Tooltip" is 251 characters; the limit is 250');
  });

  test("resid naming the wrong kind of resource", () => {
    const xml = mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="PaneButton.Label"/>');
    expect(problemsOf(xml)).toContain('resid "PaneButton.Label" used by <FunctionFile> must be in bt:Urls, but it is in bt:ShortStrings');
  });
});
