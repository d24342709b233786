/** Sync counting, payload sizes, the 5 MB limit, JSON size measurement and speed. */
import { createWorkbookDouble, jsonLength, REQUEST_BYTES_PER_ACTION } from "../src";
import { numberMatrix, rejectsWith } from "./support";

describe("sync counting and payload sizes", () => {
  test("every context.sync() is counted and logged with request and response sizes", async () => {
    const double = createWorkbookDouble().addSheet("Data", [["a", 1]]);
    const values = numberMatrix(1000, 10);
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      await context.sync(); // empty sync: counted, nothing sent
      sheet.getRange("A2:J1001").values = values;
      await context.sync();
      const read = sheet.getRange("A1:B1").load("values");
      await context.sync();
      expect(read.values).toEqual([["a", 1]]);
    });
    expect(double.syncCount).toBe(3);
    expect(double.roundTrips).toBe(2);
    const [empty, write, read] = double.syncLog;
    expect(empty).toMatchObject({ index: 1, actions: 0, requestBytes: 0, responseBytes: 0, ok: true });
    // requestBytes of a 1000 × 10 write is the JSON size of the array, plus office.js's cost per action.
    expect(write.requestBytes).toBe(JSON.stringify(values).length + REQUEST_BYTES_PER_ACTION * write.actions);
    expect(write).toMatchObject({ index: 2, writes: 7, responseBytes: 0, ok: true });
    expect(read.responseBytes).toBe(JSON.stringify([["a", 1]]).length);
    expect(read.requestBytes).toBe(REQUEST_BYTES_PER_ACTION * read.actions);
  });

  test("request bytes count every set property and method argument", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["x", 2]];
      range.numberFormat = [["@", "0.00"]];
      range.format.fill.color = "#FF0000";
      range.format.font.bold = true;
      context.workbook.worksheets.add("Rekap");
      await context.sync();
    });
    const expected =
      jsonLength([["x", 2]]) + jsonLength([["@", "0.00"]]) + jsonLength("#FF0000") + jsonLength(true) + jsonLength(["Rekap"]);
    expect(double.syncLog[0].requestBytes).toBe(expected + REQUEST_BYTES_PER_ACTION * double.syncLog[0].actions);
  });

  test("resetCounters starts counting again", async () => {
    const double = createWorkbookDouble();
    await double.run(async (context) => context.sync());
    double.resetCounters();
    expect([double.syncCount, double.syncLog.length]).toEqual([0, 0]);
  });

  test("a request over the limit fails with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const double = createWorkbookDouble({ payloadLimitBytes: 10_000 });
    const before = double.snapshot();
    const values = numberMatrix(1000, 10);
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["first"]];
      sheet.getRange("A2:J1001").values = values;
      const error = await rejectsWith(context.sync(), "RequestPayloadSizeLimitExceeded");
      expect(error.message).toMatch(/^The request payload size has exceeded the limit\./);
    });
    expect(double.snapshot()).toEqual(before);
    const [failed] = double.syncLog;
    expect(failed).toMatchObject({ ok: false, applied: 0, requestBytes: JSON.stringify(values).length + jsonLength([["first"]]) + REQUEST_BYTES_PER_ACTION * failed.actions });
  });

  test("the default limit is Excel on the web's 5 MB", async () => {
    const double = createWorkbookDouble();
    expect(double.payloadLimitBytes).toBe(5_000_000);
    const big = numberMatrix(50_000, 15, 1_000_000); // about 6 MB of JSON
    expect(jsonLength(big)).toBeGreaterThan(5_000_000);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:O50000").values = big;
      await rejectsWith(context.sync(), "RequestPayloadSizeLimitExceeded");
      // Split in two, it goes through.
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:O25000").values = big.slice(0, 25_000);
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A25001:O50000").values = big.slice(25_000);
      await context.sync();
    });
    expect(double.readValues("A50000:B50000")).toEqual([big[49_999].slice(0, 2)]);
  });

  test("a response over the limit fails with ResponsePayloadSizeLimitExceeded and the batch's writes are undone", async () => {
    const double = createWorkbookDouble({ payloadLimitBytes: 2_000 });
    double.addSheet("Data", numberMatrix(100, 10));
    const before = double.snapshot();
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("K1").values = [["written"]];
      sheet.getRange("A1:J100").load("values");
      const error = await rejectsWith(context.sync(), "ResponsePayloadSizeLimitExceeded");
      expect(error.message).toMatch(/^The response payload size has exceeded the limit\./);
      // The proxy of the rolled-back batch is not left pointing at anything stale.
      sheet.getRange("A1").load("values");
      await context.sync();
    });
    expect(double.snapshot()).toEqual(before);
  });

  test("payloadLimitBytes can be changed at any time", async () => {
    const double = createWorkbookDouble();
    double.payloadLimitBytes = 5;
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["too long"]];
      await rejectsWith(context.sync(), "RequestPayloadSizeLimitExceeded");
    });
  });
});

describe("jsonLength equals JSON.stringify(...).length", () => {
  const samples: unknown[] = [
    [],
    [[]],
    [[1, -0, 0.1 + 0.2, 1e21, -1.5e-7, Number.MAX_VALUE, NaN, Infinity, -Infinity]],
    [["", "plain", 'quote " and \\ backslash', "line\nbreak\ttab\r\b\f", "\u0000\u0001\u001f\u007f", "é ü 中文 😀", "\ud800 lone", "lone \udc00"]],
    [[true, false, null, undefined]],
    { a: 1, b: [1, "x"], c: undefined, d: { e: null, f: "g" } },
    { toJSON: () => ({ x: [1, 2] }) },
    "scalar",
    42,
    null,
  ];
  test.each(samples.map((s, i) => [i, s]))("sample %i", (_i, sample) => {
    expect(jsonLength(sample)).toBe(JSON.stringify(sample).length);
  });

  test("random tables of mixed cells", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = ['a', 'Z', ' ', '"', "\\", "\n", "\u0003", "é", "😀", "\ud83d", "0", ".", "-"];
    for (let t = 0; t < 20; t++) {
      const table: unknown[][] = [];
      for (let r = 0; r < 30; r++) {
        const row: unknown[] = [];
        for (let c = 0; c < 8; c++) {
          const k = random();
          if (k < 0.3) row.push((random() - 0.5) * 10 ** Math.floor(random() * 30 - 10));
          else if (k < 0.4) row.push(random() < 0.5);
          else if (k < 0.45) row.push(null);
          else {
            let s = "";
            const n = Math.floor(random() * 12);
            for (let i = 0; i < n; i++) s += alphabet[Math.floor(random() * alphabet.length)];
            row.push(s);
          }
        }
        table.push(row);
      }
      expect(jsonLength(table)).toBe(JSON.stringify(table).length);
    }
  });
});

describe("large ranges", () => {
  test("50,000 rows × 15 columns written, loaded and measured exactly (timings belong in npm run bench)", async () => {
    const rows: (string | number)[][] = [];
    for (let r = 0; r < 50_000; r++) {
      const row: (string | number)[] = [];
      for (let c = 0; c < 15; c++) row.push(c % 3 === 0 ? `Pegawai ${r}-${c}` : r * 15 + c + 0.5);
      rows.push(row);
    }
    const double = createWorkbookDouble({ payloadLimitBytes: Number.POSITIVE_INFINITY });
    let loaded: unknown[][] = [];
    await double.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:O50000").values = rows;
      await context.sync();
      const range = sheet.getUsedRange().load("values, address");
      await context.sync();
      loaded = range.values;
      expect(range.address).toBe("Sheet1!A1:O50000");
    });
    expect(JSON.stringify(loaded)).toBe(JSON.stringify(rows));
    expect(double.syncLog[1].responseBytes).toBe(JSON.stringify(rows).length + JSON.stringify("Sheet1!A1:O50000").length);
  });
});
