import {
  LevelJabatan,
  MAX_IKU_PER_SS,
  maxIkuPerKontrak,
  parseLevelJabatan,
  parseValiditasIku,
} from "../../../src/core/kemenkeu/batas-iku";

describe("maximum IKU per performance contract (Tabel 18)", () => {
  const cases: Array<[LevelJabatan, number, number]> = [
    ["eselon1", 25, 10],
    ["eselon2", 20, 10],
    ["eselon3", 20, 10],
    ["eselon4", 10, 10],
    ["pelaksana", 10, 10],
    ["fungsional", 10, 10],
  ];
  test.each(cases)("%s: strategy-map owner %p, non-owner %p", (level, owner, nonOwner) => {
    expect(maxIkuPerKontrak(level, true)).toBe(owner);
    expect(maxIkuPerKontrak(level, false)).toBe(nonOwner);
  });

  test("a strategy-map owner measures one SS with at most 3 IKU", () => {
    expect(MAX_IKU_PER_SS).toBe(3);
  });
});

describe("position level words", () => {
  test.each([
    ["Eselon I", "eselon1"],
    ["JPT Madya", "eselon1"],
    ["Eselon II", "eselon2"],
    ["JPT Pratama", "eselon2"],
    ["es 3", "eselon3"],
    ["Administrator", "eselon3"],
    ["Eselon IV", "eselon4"],
    ["Pengawas", "eselon4"],
    ["staf", "pelaksana"],
    ["JFT", "fungsional"],
  ])("%s → %s", (word, expected) => {
    expect(parseLevelJabatan(word)).toBe(expected);
  });

  test("an unknown level is not read", () => {
    expect(parseLevelJabatan("Eselon V")).toBeUndefined();
  });
});

describe("IKU validity words", () => {
  test("exact, proxy/proksi, activity/kegiatan", () => {
    expect(parseValiditasIku("Exact")).toBe("exact");
    expect(parseValiditasIku("proksi")).toBe("proxy");
    expect(parseValiditasIku("kegiatan")).toBe("activity");
    expect(parseValiditasIku("output")).toBeUndefined();
  });
});
