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
    column: {
      arg: 0,
      values: [NIP_MAN, "19800101 200501 1 001", NIP_WOMAN],
      results: [true, true, true],
      bad: "198013012005011001",
      badMentions: ["Tanggal lahir", "NIP"],
    },
  });

  it("says an NIP stored as a number has lost its last digits and must be text", () => {
    const error = expectValueError(cell("NIP_VALID", NIP_AS_NUMBER), "angka", "Teks");
    expect(error.message).toMatch(/digit terakhirnya sudah hilang/);
    expectValueError(cell("NIP_VALID", 19800101), "angka", "Teks");
  });

  it("gives the reason for each kind of invalid NIP", () => {
    expectValueError(cell("NIP_VALID", "19800101200501100"), "18 digit", "17");
    expectValueError(cell("NIP_VALID", "19800101200501100A"), "angka");
    expectValueError(cell("NIP_VALID", "198002302005011001"), "Tanggal lahir");
    expectValueError(cell("NIP_VALID", "198001012005131001"), "TMT");
    expectValueError(cell("NIP_VALID", "198001011995011001"), "TMT", "18 tahun");
    expectValueError(cell("NIP_VALID", "198001012005013001"), "ke-15");
    expectValueError(cell("NIP_VALID", "198001012005011000"), "000");
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
