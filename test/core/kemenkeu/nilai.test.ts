import {
  nilaiKreativitas,
  nilaiTugasTambahan,
  nkp,
  npkp,
  nskp,
  parseTingkatKreativitas,
  skpForceMajeure,
} from "../../../src/core/kemenkeu/nilai";
import { predikatPp46 } from "../../../src/core/pp46-2011";
import { expectFailure, okValue } from "../support";

describe("NKP = CKP × w + NP × (1 − w)", () => {
  test("default weight is 70 % CKP: CKP 100, NP 90 → 97", () => {
    expect(okValue(nkp(100, 90))).toBeCloseTo(97, 10);
  });

  test("an explicit weight: 60 % → 96", () => {
    expect(okValue(nkp(100, 90, 0.6))).toBeCloseTo(96, 10);
  });

  test("weight 1 is CKP alone, weight 0 is NP alone", () => {
    expect(okValue(nkp(100, 90, 1))).toBe(100);
    expect(okValue(nkp(100, 90, 0))).toBe(90);
  });

  test("NP counts up to 120 inside NKP", () => {
    expect(okValue(nkp(100, 120))).toBeCloseTo(106, 10);
  });

  test("NP above 120 is invalid", () => {
    expectFailure(nkp(100, 120.01), "invalid", /np/);
  });

  test("CKP above 120 is invalid", () => {
    expectFailure(nkp(121, 90), "invalid", /ckp/);
  });

  test("a weight written as a percent (70) is invalid: it is a fraction", () => {
    expectFailure(nkp(100, 90, 70), "invalid", /bobot_ckp/);
  });

  test("a negative weight is invalid", () => {
    expectFailure(nkp(100, 90, -0.1), "invalid", /bobot_ckp/);
  });
});

describe("NTT from the number of additional tasks", () => {
  test.each([
    [0, 0],
    [1, 1],
    [3, 1],
    [4, 2],
    [6, 2],
    [7, 3],
    [20, 3],
  ])("%p tasks → %p", (tasks, ntt) => {
    expect(okValue(nilaiTugasTambahan(tasks))).toBe(ntt);
  });

  test("a negative count is invalid", () => {
    expectFailure(nilaiTugasTambahan(-1), "invalid", /tugas_tambahan/);
  });

  test("a fractional count is invalid", () => {
    expectFailure(nilaiTugasTambahan(1.5), "invalid", /tugas_tambahan/);
  });
});

describe("NK (Tabel 21): 3 unit, 6 organisation, 12 state; not cumulative", () => {
  test("none → 0", () => {
    expect(nilaiKreativitas([])).toBe(0);
  });

  test("each level alone", () => {
    expect(nilaiKreativitas(["unit"])).toBe(3);
    expect(nilaiKreativitas(["organisasi"])).toBe(6);
    expect(nilaiKreativitas(["negara"])).toBe(12);
  });

  test("the highest applies, not the sum", () => {
    expect(nilaiKreativitas(["unit", "organisasi"])).toBe(6);
    expect(nilaiKreativitas(["unit", "negara", "organisasi"])).toBe(12);
    expect(nilaiKreativitas(["unit", "unit"])).toBe(3);
  });

  test("words", () => {
    expect(parseTingkatKreativitas("Unit Kerja")).toBe("unit");
    expect(parseTingkatKreativitas("PPK")).toBe("organisasi");
    expect(parseTingkatKreativitas("Presiden")).toBe("negara");
    expect(parseTingkatKreativitas("kecamatan")).toBeUndefined();
  });
});

describe("NSKP = CKP + NTT + NK, at most 120", () => {
  test("CKP alone", () => {
    expect(okValue(nskp(100))).toBe(100);
  });

  test("3 tasks add 1, 4 tasks add 2, 7 tasks add 3", () => {
    expect(okValue(nskp(100, 3, 0))).toBe(101);
    expect(okValue(nskp(100, 4, 0))).toBe(102);
    expect(okValue(nskp(100, 7, 0))).toBe(103);
  });

  test("tasks and creativity add up: 100 + 2 + 6 → 108", () => {
    expect(okValue(nskp(100, 4, 6))).toBe(108);
  });

  test("110 + 3 + 12 = 125 is capped at 120", () => {
    expect(okValue(nskp(110, 7, 12))).toBe(120);
  });

  test("CKP 120 plus a task stays 120", () => {
    expect(okValue(nskp(120, 1, 0))).toBe(120);
  });

  test("a creativity value that is not 3, 6 or 12 is invalid", () => {
    expectFailure(nskp(100, 0, 5), "invalid", /kreativitas/);
  });

  test("CKP above 120 is invalid", () => {
    expectFailure(nskp(121, 0, 0), "invalid", /ckp/);
  });

  test("a negative task count is invalid", () => {
    expectFailure(nskp(100, -1, 0), "invalid", /tugas_tambahan/);
  });
});

describe("NPKP = NSKP × 60 % + NP × 40 %, NP at most 100", () => {
  test("DOMAIN §10: NSKP 95, NP 90 → 93 → PP 46 Sangat Baik", () => {
    const nilai = okValue(npkp(95, 90));
    expect(nilai).toBe(93);
    expect(okValue(predikatPp46(nilai))).toBe("Sangat Baik");
  });

  test("NP 110 counts 100: NSKP 95 → 97", () => {
    expect(okValue(npkp(95, 110))).toBeCloseTo(97, 10);
    expect(okValue(npkp(95, 100))).toBeCloseTo(97, 10);
    expect(okValue(npkp(95, 120))).toBeCloseTo(97, 10);
  });

  test("NSKP 120 and NP 100 → 112", () => {
    expect(okValue(npkp(120, 100))).toBeCloseTo(112, 10);
  });

  test("NP above 120 is invalid", () => {
    expectFailure(npkp(95, 120.01), "invalid", /np/);
  });

  test("NSKP above 120 is invalid", () => {
    expectFailure(npkp(121, 90), "invalid", /nskp/);
  });
});

describe("SKP set directly under force majeure: 76–100", () => {
  test("both ends are allowed", () => {
    expect(okValue(skpForceMajeure(76))).toBe(76);
    expect(okValue(skpForceMajeure(100))).toBe(100);
  });

  test("below 76 is invalid", () => {
    expectFailure(skpForceMajeure(75.99), "invalid", /SKP/);
  });

  test("above 100 is invalid", () => {
    expectFailure(skpForceMajeure(100.01), "invalid", /SKP/);
  });
});
