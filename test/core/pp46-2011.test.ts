import { predikatPp46, PP46_LEVEL, Pp46Predikat } from "../../src/core/pp46-2011";
import { expectFailure, okValue } from "./support";

describe("PP 46/2011 Pasal 17 predikat", () => {
  const cases: Array<[number, Pp46Predikat]> = [
    [120, "Sangat Baik"],
    [91, "Sangat Baik"],
    [90.01, "Sangat Baik"],
    [90, "Baik"],
    [76, "Baik"],
    [75.01, "Baik"],
    [75, "Cukup"],
    [61, "Cukup"],
    [60.01, "Cukup"],
    [60, "Kurang"],
    [51, "Kurang"],
    [50.01, "Kurang"],
    [50, "Buruk"],
    [0, "Buruk"],
  ];
  test.each(cases)("nilai %p → %s", (nilai, expected) => {
    expect(okValue(predikatPp46(nilai))).toBe(expected);
  });

  test("above 120 is invalid", () => {
    expectFailure(predikatPp46(120.01), "invalid", /nilai/);
  });

  test("below 0 is invalid", () => {
    expectFailure(predikatPp46(-0.01), "invalid", /nilai/);
  });

  test("the message uses the caller's argument name", () => {
    expectFailure(predikatPp46(Number.POSITIVE_INFINITY, "npkp"), "invalid", /npkp/);
  });

  test("levels run from Sangat Baik (5) to Buruk (1)", () => {
    expect(PP46_LEVEL).toEqual({ "Sangat Baik": 5, Baik: 4, Cukup: 3, Kurang: 2, Buruk: 1 });
  });
});
