import { checkNip, NIP_AS_NUMBER_MESSAGE, NipProblem, parseNip } from "../../src/core/nip";
import { expectFailure, okValue } from "./support";

const TODAY = new Date(Date.UTC(2025, 0, 1));

describe("NIP (18 digits: birth date, TMT CPNS, gender, sequence)", () => {
  test("a valid NIP is read into its parts", () => {
    expect(okValue(parseNip("198001012005011001", TODAY))).toEqual({
      nip: "198001012005011001",
      lahir: { year: 1980, month: 1, day: 1 },
      tmt: { year: 2005, month: 1 },
      kelamin: "Laki-laki",
      urut: "001",
    });
  });

  test("a woman's NIP", () => {
    const info = okValue(parseNip("198505152010122003", TODAY));
    expect(info.kelamin).toBe("Perempuan");
    expect(info.lahir).toEqual({ year: 1985, month: 5, day: 15 });
    expect(info.tmt).toEqual({ year: 2010, month: 12 });
    expect(info.urut).toBe("003");
  });

  test("spaces between the groups are accepted", () => {
    expect(okValue(parseNip("19800101 200501 1 001", TODAY)).nip).toBe("198001012005011001");
  });

  test("dots between the groups are accepted", () => {
    expect(okValue(parseNip("19800101.200501.1.001", TODAY)).nip).toBe("198001012005011001");
  });

  test("29 February of a leap year is a birth date", () => {
    expect(okValue(parseNip("198402292008011001", TODAY)).lahir).toEqual({ year: 1984, month: 2, day: 29 });
  });

  test("17 digits is invalid", () => {
    expectFailure(parseNip("19800101200501100", TODAY), "invalid", /NIP.*18 digit/);
  });

  test("19 digits is invalid", () => {
    expectFailure(parseNip("1980010120050110011", TODAY), "invalid", /NIP.*18 digit/);
  });

  test("letters are invalid", () => {
    expectFailure(parseNip("19800101200501100A", TODAY), "invalid", /NIP.*angka/);
  });

  test("an empty NIP is invalid", () => {
    expectFailure(parseNip("  ", TODAY), "invalid", /NIP/);
  });

  test("an impossible birth date (30 February 1980) is invalid", () => {
    expectFailure(parseNip("198002302005011001", TODAY), "invalid", /NIP/);
  });

  test("29 February of a common year is invalid", () => {
    expectFailure(parseNip("198502292008011001", TODAY), "invalid", /NIP/);
  });

  test("birth month 13 is invalid", () => {
    expectFailure(parseNip("198013012005011001", TODAY), "invalid", /NIP/);
  });

  test("TMT month 13 is invalid", () => {
    expectFailure(parseNip("198001012005131001", TODAY), "invalid", /TMT.*NIP/);
  });

  test("TMT month 00 is invalid", () => {
    expectFailure(parseNip("198001012005001001", TODAY), "invalid", /TMT.*NIP/);
  });

  test("TMT before the 18th birthday is invalid (born January 1980, TMT December 1997)", () => {
    expectFailure(parseNip("198001011997121001", TODAY), "invalid", /TMT.*NIP.*18 tahun/);
  });

  test("TMT in the month of the 18th birthday is accepted (born January 1980, TMT January 1998)", () => {
    expect(okValue(parseNip("198001011998011001", TODAY)).tmt).toEqual({ year: 1998, month: 1 });
  });

  test("gender digit 3 is invalid", () => {
    expectFailure(parseNip("198001012005013001", TODAY), "invalid", /NIP.*jenis kelamin/);
  });

  test("gender digit 0 is invalid", () => {
    expectFailure(parseNip("198001012005010001", TODAY), "invalid", /NIP.*jenis kelamin/);
  });

  test("sequence 000 is invalid", () => {
    expectFailure(parseNip("198001012005011000", TODAY), "invalid", /NIP.*000/);
  });

  test("a birth date after today is invalid", () => {
    expectFailure(parseNip("203001012050011001", TODAY), "invalid", /NIP/);
  });

  test("a TMT years after today is invalid", () => {
    expectFailure(parseNip("198001012030011001", TODAY), "invalid", /TMT.*NIP/);
  });

  test("'today' decides what has happened: the same NIP checked in 1990 has a TMT still to come", () => {
    expect(okValue(parseNip("198001012005011001", TODAY)).nip).toBe("198001012005011001");
    expectFailure(parseNip("198001012005011001", new Date(Date.UTC(1990, 0, 1))), "invalid", /TMT/);
  });
});

describe("NIP stored as a number", () => {
  test("an 18-digit number cannot hold every digit, which is why NIP must be text", () => {
    expect(String(Number("198001012005011001"))).not.toBe("198001012005011001");
  });

  test("the message tells the user to store NIP as text", () => {
    expect(NIP_AS_NUMBER_MESSAGE).toMatch(/NIP/);
    expect(NIP_AS_NUMBER_MESSAGE).toMatch(/Teks/);
  });
});

describe("checkNip names the kind of problem", () => {
  test("a valid NIP has no problem", () => {
    const checked = checkNip("198001012005011001", TODAY);
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.info.kelamin).toBe("Laki-laki");
  });

  test.each<[string, NipProblem]>([
    ["", "kosong"],
    ["19800101200501100A", "bukan-angka"],
    ["19800101200501100", "panjang"],
    ["198002302005011001", "tanggal-lahir"],
    ["198001012005131001", "tmt"],
    ["198001011997121001", "tmt"],
    ["198001012005013001", "kelamin"],
    ["198001012005011000", "urut"],
  ])("%p → %s", (nip, expected) => {
    const checked = checkNip(nip, TODAY);
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problem).toBe(expected);
      expect(checked.message).toMatch(/NIP/);
    }
  });
});
