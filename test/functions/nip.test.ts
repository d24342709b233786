/** NIP: NIP_VALID, NIP_INFO (DOMAIN §9). */
import { cell, col, describeBroadcastContract, evaluate, expectCells, expectValueError } from "./support";

const NIP_MAN = "198001012005011001";
const NIP_WOMAN = "199512312020122015";
/** What Excel holds when an NIP is typed into a number cell: its last digits are already gone. */
const NIP_AS_NUMBER = Number(NIP_MAN);

describe("NIP_VALID", () => {
  describeBroadcastContract({
    name: "NIP_VALID",
    args: [NIP_MAN],
    result: true,
    // DOMAIN §9: an empty NIP cell is a wrong NIP, FALSE, so COUNTIF over a column counts it.
    blankMeans: { nip: false },
    column: {
      arg: 0,
      values: [NIP_MAN, "19800101 200501 1 001", NIP_WOMAN],
      results: [true, true, true],
      // Only what is not an NIP at all (an error cell, TRUE/FALSE) is #VALUE!.
      bad: true,
      badMentions: ["nip", "teks"],
    },
  });

  it("answers FALSE for an NIP stored as a number (its last digits are gone); NIP_INFO says why", () => {
    expect(cell("NIP_VALID", NIP_AS_NUMBER)).toBe(false);
    expect(cell("NIP_VALID", 19800101)).toBe(false);
    expect(cell("NIP_INFO", NIP_AS_NUMBER, "alasan")).toMatch(/digit terakhirnya sudah hilang/);
    const error = expectValueError(cell("NIP_INFO", NIP_AS_NUMBER, "kelamin"), "angka", "Teks");
    expect(error.message).toMatch(/digit terakhirnya sudah hilang/);
  });

  // DOMAIN §9: FALSE for an NIP wrong in any way, so officers filter and COUNTIF on it.
  it.each([
    ["19750508199807099", "17 digit", /18 digit.*17/],
    ["1975050819980710999", "19 digit", /18 digit.*19/],
    ["19800101200501100A", "a letter", /angka/],
    ["198002302005011001", "30 February", /Tanggal lahir/],
    ["198001012005131001", "TMT month 13", /TMT/],
    ["198001011995011001", "TMT before age 18", /18 tahun/],
    ["198001012005013001", "gender digit 3", /ke-15/],
    ["198001012005011000", "sequence 000", /000/],
  ])("%s (%s) → FALSE, and NIP_INFO(…; \"alasan\") gives the reason", (nip, _, reason) => {
    expect(cell("NIP_VALID", nip)).toBe(false);
    expect(cell("NIP_INFO", nip, "alasan")).toMatch(reason);
    expectValueError(cell("NIP_INFO", nip, "lahir"), reason);
  });

  it("keeps #VALUE! for an error cell", () => {
    expectValueError(cell("NIP_VALID", "#N/A"), "error");
  });

  it("says a right NIP is right", () => {
    expect(cell("NIP_INFO", "19800101 200501 1 001", "alasan")).toBe("NIP sah");
  });

  it("accepts spaces and dots between the parts", () => {
    expect(cell("NIP_VALID", "19800101.200501.1.001")).toBe(true);
    expect(cell("NIP_VALID", " 19800101 200501 1 001 ")).toBe(true);
  });

  it("refuses TRUE as an NIP", () => {
    expectValueError(cell("NIP_VALID", true), "nip");
  });
});

describe("NIP_INFO", () => {
  describeBroadcastContract({
    name: "NIP_INFO",
    args: [NIP_MAN, "kelamin"],
    result: "Laki-laki",
    column: { arg: 1, values: ["lahir", "tmt", "kelamin", "urut"], results: [29221, 38353, "Laki-laki", "001"], bad: "agama", badMentions: ["bagian", "agama", "lahir"] },
  });

  it("returns lahir and tmt as Excel date serials (1980-01-01 → 29221; TMT on the first of its month)", () => {
    expect(cell("NIP_INFO", NIP_MAN, "lahir")).toBe(29221);
    expect(cell("NIP_INFO", NIP_MAN, "tmt")).toBe(38353);
    expect(cell("NIP_INFO", NIP_WOMAN, "lahir")).toBe(35064);
    expect(cell("NIP_INFO", NIP_WOMAN, "tmt")).toBe(44166);
  });

  it('returns kelamin as a word and urut as 3-digit text ("001", not 1)', () => {
    expect(cell("NIP_INFO", NIP_WOMAN, "kelamin")).toBe("Perempuan");
    const urut = cell("NIP_INFO", NIP_MAN, "urut");
    expect(typeof urut).toBe("string");
    expect(urut).toBe("001");
    expect(cell("NIP_INFO", NIP_WOMAN, "urut")).toBe("015");
  });

  it("accepts the part names in any case and spelling listed in the help", () => {
    expect(cell("NIP_INFO", NIP_MAN, "Tanggal  Lahir")).toBe(29221);
    expect(cell("NIP_INFO", NIP_MAN, "TMT CPNS")).toBe(38353);
    expect(cell("NIP_INFO", NIP_MAN, "JK")).toBe("Laki-laki");
    expect(cell("NIP_INFO", NIP_MAN, "jenis kelamin")).toBe("Laki-laki");
    expect(cell("NIP_INFO", NIP_MAN, "No Urut")).toBe("001");
  });

  it("spills a column of NIPs, an invalid one erroring only its own row", () => {
    const out = evaluate("NIP_INFO", col(NIP_MAN, NIP_AS_NUMBER, NIP_WOMAN), "kelamin");
    expectCells(out, col("Laki-laki", "#VALUE!", "Perempuan"));
    expectValueError(out[1][0], "angka");
  });
});
