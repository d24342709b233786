import { andThen, invalid, notFound, ok, Result, unwrap } from "../../src/core/result";

describe("Result helpers", () => {
  test("ok, invalid and notFound build the three outcomes", () => {
    expect(ok(5)).toEqual({ ok: true, value: 5 });
    expect(invalid("target salah")).toEqual({ ok: false, failure: { kind: "invalid", message: "target salah" } });
    expect(notFound("kelas tidak ada")).toEqual({ ok: false, failure: { kind: "notFound", message: "kelas tidak ada" } });
  });

  test("unwrap returns a value and throws the failure's message", () => {
    expect(unwrap(ok("Baik"))).toBe("Baik");
    expect(() => unwrap(invalid("nilai harus angka"))).toThrow("nilai harus angka");
  });

  test("andThen chains on success and passes a failure through unchanged", () => {
    const half = (n: number): Result<number> => (n % 2 === 0 ? ok(n / 2) : invalid("n ganjil"));
    expect(andThen(ok(8), half)).toEqual(ok(4));
    expect(andThen(ok(3), half)).toEqual(invalid("n ganjil"));
    const failed: Result<number> = notFound("tidak ada");
    expect(andThen(failed, half)).toBe(failed);
  });
});
