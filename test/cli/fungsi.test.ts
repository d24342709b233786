/** `kinerja fungsi NAMA [ARG ...]`: the command-line twin of the KINERJA functions (DESIGN.md). */
import { main } from "../../src/cli/main";
import { parseCliArgument, resultToJson, runFungsi } from "../../src/cli/fungsi";
import { CliIo, EXIT_OK, EXIT_UNUSABLE, UsageError } from "../../src/cli/shared";

interface Captured {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

async function kinerja(...argv: string[]): Promise<Captured> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (text) => out.push(text), err: (text) => err.push(text) };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The one JSON value printed on stdout. */
function printed(result: Captured): unknown {
  expect(result.out).toHaveLength(1);
  return JSON.parse(result.out[0]);
}

describe("kinerja fungsi", () => {
  it('prints "Sangat Baik" for PREDIKAT 112 TRUE and exits 0', async () => {
    const result = await kinerja("fungsi", "PREDIKAT", "112", "TRUE");
    expect(result.code).toBe(EXIT_OK);
    expect(result.out).toEqual(['"Sangat Baik"']);
    expect(result.err).toEqual([]);
  });

  it("prints numbers as JSON numbers", async () => {
    const result = await kinerja("fungsi", "IKU", "88", "80");
    expect(result.out).toEqual(["110"]);
  });

  it("takes an 18-digit NIP as text", async () => {
    expect(await kinerja("fungsi", "NIP_VALID", "198001012005011001")).toEqual({ code: 0, out: ["true"], err: [] });
    expect((await kinerja("fungsi", "NIP_INFO", "198001012005011001", "urut")).out).toEqual(['"001"']);
    expect((await kinerja("fungsi", "NIP_INFO", "198001012005011001", "lahir")).out).toEqual(["29221"]);
  });

  it("takes a range written as JSON and prints the spilled matrix", async () => {
    const result = await kinerja("fungsi", "PREDIKAT", "[[90],[112]]", "TRUE");
    expect(result.code).toBe(EXIT_OK);
    expect(printed(result)).toEqual([["Baik"], ["Sangat Baik"]]);
    const spill = await kinerja("fungsi", "JENIS_PENGHARGAAN", '[["Baik"],["Cukup"]]');
    expect(printed(spill)).toEqual([
      ["Prioritas Pengembangan Kompetensi", "Talent Mobility/Rotasi/Pengayaan Jabatan", "Flexible Reward"],
      ["Tidak Ada", "", ""],
    ]);
  });

  it("prints an error result as {error, message} and still exits 0 (it evaluated)", async () => {
    const result = await kinerja("fungsi", "PREDIKAT", "121");
    expect(result.code).toBe(EXIT_OK);
    const value = printed(result) as { error: string; message: string };
    expect(Object.keys(value).sort()).toEqual(["error", "message"]);
    expect(value.error).toBe("#VALUE!");
    expect(value.message).toContain("nilai");
    const notInTable = printed(await kinerja("fungsi", "KELAS_JABATAN", "242")) as { error: string };
    expect(notInTable.error).toBe("#N/A");
  });

  it("prints errors inside a matrix in their own positions", async () => {
    const value = printed(await kinerja("fungsi", "STATUS_WARNA", "[[95],[121],[100]]")) as unknown[][];
    expect(value[0]).toEqual(["Kuning"]);
    expect(value[1][0]).toEqual(expect.objectContaining({ error: "#VALUE!" }));
    expect(value[2]).toEqual(["Hijau"]);
  });

  it("accepts the function name with the namespace and in any case", async () => {
    expect((await kinerja("fungsi", "kinerja.predikat", "95")).out).toEqual(['"Baik"']);
  });

  it("passes text, Indonesian numbers and blanks as Excel would", async () => {
    expect((await kinerja("fungsi", "IKU", "95,5", "100")).out).toEqual(["95.5"]);
    expect((await kinerja("fungsi", "PREDIKAT_KUADRAN", "di atas ekspektasi", "sesuai")).out).toEqual(['"Baik"']);
    expect((await kinerja("fungsi", "PREDIKAT", "95", "", "PP46")).out).toEqual(['"Sangat Baik"']);
  });

  it("reads negative numbers as arguments, not as options", async () => {
    const result = await kinerja("fungsi", "IKU", "-5", "-10");
    expect(result).toEqual({ code: 0, out: ["120"], err: [] });
    // Order and value are kept: R = -11, T = -10 → [1 + (1 − 1,1)] × 100 = 90; R = -12 → 80.
    expect(Number((await kinerja("fungsi", "IKU", "-11", "-10")).out[0])).toBeCloseTo(90, 10);
    expect(Number((await kinerja("fungsi", "IKU", "-12", "-10", "maximize")).out[0])).toBeCloseTo(80, 10);
    expect((await kinerja("fungsi", "IKU", "-5", "10")).out).toEqual(["0"]);
    expect((await kinerja("fungsi", "IKU", "10", "-0,5")).out).toEqual(["120"]);
    const negativeScore = printed(await kinerja("fungsi", "STATUS_WARNA", "-5")) as { error: string; message: string };
    expect(negativeScore.error).toBe("#VALUE!");
    expect(negativeScore.message).toContain("-5");
  });

  it("answers an unknown function with a message on stderr and exit 2", async () => {
    const result = await kinerja("fungsi", "JUMLAH", "1");
    expect(result.code).toBe(EXIT_UNUSABLE);
    expect(result.out).toEqual([]);
    expect(result.err.join("\n")).toContain('Fungsi "JUMLAH" tidak dikenal');
    expect(result.err.join("\n")).toContain("PREDIKAT");
  });

  it("answers an unreadable JSON range with exit 2", async () => {
    for (const bad of ["[[90],[112]", "[]", "[[1],[2,3]]", "[[]]"]) {
      const result = await kinerja("fungsi", "PREDIKAT", bad);
      expect(result.code).toBe(EXIT_UNUSABLE);
      expect(result.out).toEqual([]);
      expect(result.err.join("\n")).toMatch(/rentang/i);
    }
  });

  it("answers too many arguments with exit 2, naming the parameters", async () => {
    const result = await kinerja("fungsi", "PREDIKAT", "95", "TRUE", "PP30", "ekstra");
    expect(result.code).toBe(EXIT_UNUSABLE);
    expect(result.out).toEqual([]);
    expect(result.err.join("\n")).toContain("paling banyak 3 argumen");
    expect(result.err.join("\n")).toContain("nilai; inovasi; aturan");
    const negatives = await kinerja("fungsi", "STATUS_WARNA", "-1", "-2");
    expect(negatives.code).toBe(EXIT_UNUSABLE);
  });

  it("lists the functions, exit 0, when no name is given (see help-id.test.ts)", async () => {
    const result = await kinerja("fungsi");
    expect(result.code).toBe(EXIT_OK);
    expect(result.out[0]).toMatch(/^\d+ fungsi KINERJA\./);
  });
});

describe("parseCliArgument", () => {
  it("reads numbers, booleans, blanks and text as cell values", () => {
    expect(parseCliArgument("95")).toBe(95);
    expect(parseCliArgument("-5")).toBe(-5);
    expect(parseCliArgument("1e3")).toBe(1000);
    expect(parseCliArgument("95.5")).toBe(95.5);
    expect(parseCliArgument("TRUE")).toBe(true);
    expect(parseCliArgument("false")).toBe(false);
    expect(parseCliArgument("")).toBeNull();
    expect(parseCliArgument("95,5")).toBe("95,5");
    expect(parseCliArgument("Sangat Baik")).toBe("Sangat Baik");
  });

  it("keeps more than 15 digits as text, so an 18-digit NIP is not rounded into a number", () => {
    expect(parseCliArgument("198001012005011001")).toBe("198001012005011001");
    expect(parseCliArgument("123456789012345")).toBe(123456789012345);
  });

  it("reads JSON arrays as ranges: a flat list is one row", () => {
    expect(parseCliArgument("[[90],[112]]")).toEqual([[90], [112]]);
    expect(parseCliArgument("[1, 2]")).toEqual([[1, 2]]);
    expect(parseCliArgument('[["Baik", null]]')).toEqual([["Baik", null]]);
    expect(() => parseCliArgument("[[1],[2,3]]")).toThrow(UsageError);
    expect(() => parseCliArgument("[oops")).toThrow(UsageError);
  });
});

describe("runFungsi and resultToJson", () => {
  it("evaluate with the catalogue and print 1×1 results as a value, larger ones as a matrix", () => {
    expect(runFungsi("NPKP", ["95", "90"])).toBe("93");
    expect(resultToJson([[1]])).toBe("1");
    expect(resultToJson([[1], [2]])).toBe("[[1],[2]]");
    expect(resultToJson([[{ error: "#N/A", message: "x" }]])).toBe('{"error":"#N/A","message":"x"}');
  });

  it("throws UsageError for an unknown function or too many arguments", () => {
    expect(() => runFungsi("TIDAK_ADA", [])).toThrow(UsageError);
    expect(() => runFungsi("EKSPEKTASI", ["Baik", "PP30", "Baik"])).toThrow(UsageError);
  });
});
