// LongFloat's conversions against JavaScript's, which are exact: the shortest round-trip digits
// (toExponential) for thousands of doubles and floats spread over every binade, subnormals and
// the extremes included, and decimal text read back to the nearest double (Number). Fmt and Scan
// rest on them, so they must be right for every value, not only for the friendly ones the golden
// programs show.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { spindle } from "./harness.js";

const dir = mkdtempSync(join(tmpdir(), "spindle-float-digits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fixed pseudo-random sequence (xorshift), so a failure names the same values every run. */
function* bitPatterns(seed: bigint, count: number, bits: 32n | 64n): Generator<bigint> {
  const mask = (1n << 64n) - 1n;
  let x = seed;
  for (let i = 0; i < count; i++) {
    x ^= (x << 13n) & mask;
    x ^= x >> 7n;
    x ^= (x << 17n) & mask;
    yield bits === 64n ? x : x & 0xffffffffn;
  }
}

function doubles(count: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  const out = [Number.MAX_VALUE, Number.MIN_VALUE, 2.2250738585072014e-308, 1e23, 0.1, 4.35];
  for (const pattern of bitPatterns(0x9e3779b97f4a7c15n, count, 64n)) {
    view.setBigUint64(0, pattern);
    const x = Math.abs(view.getFloat64(0));
    if (Number.isFinite(x) && x !== 0) out.push(x);
  }
  return out;
}

function floats(count: number): number[] {
  const view = new DataView(new ArrayBuffer(4));
  const out = [3.4028234663852886e38, 1.401298464324817e-45, 1.1754943508222875e-38, 1.5e10].map(
    Math.fround,
  );
  for (const pattern of bitPatterns(0x2545f4914f6cdd1dn, count, 32n)) {
    view.setUint32(0, Number(pattern));
    const x = Math.abs(view.getFloat32(0));
    if (Number.isFinite(x) && x !== 0) out.push(x);
  }
  return out;
}

/** As a Modula-3 literal that denotes exactly x ('D' for LONGREAL, 'E' for REAL). */
function literal(x: number, letter: "D" | "E"): string {
  const [mantissa = "", exponent = "0"] = x.toExponential().split("e");
  return `${mantissa.includes(".") ? mantissa : `${mantissa}.0`}${letter}${Number(exponent)}`;
}

/** Shortest digits and exponent as the program prints them: "digits" + "e" + exponent. */
function shortest(x: number, single: boolean): string {
  for (let p = 1; p <= 17; p++) {
    const text = x.toExponential(p - 1);
    if ((single ? Math.fround(Number(text)) : Number(text)) !== x) continue;
    const [mantissa = "", exponent = "0"] = text.split("e");
    const digits = mantissa.replace(".", "").replace(/0+$/, "") || "0";
    return `${digits}e${Number(exponent)}`;
  }
  throw new Error(`no shortest form for ${x}`);
}

function program(values: readonly number[], single: boolean): string {
  const call = single ? "LongFloat.ToDecimalOfReal" : "LongFloat.ToDecimal";
  return [
    "MODULE Main;",
    "IMPORT IO, Fmt, LongFloat;",
    `PROCEDURE Show (READONLY a: LongFloat.DecimalApprox) =`,
    "  BEGIN",
    "    FOR i := 0 TO a.len - 1 DO IO.PutChar(VAL(ORD('0') + a.digits[i], CHAR)) END;",
    '    IO.Put("e" & Fmt.Int(a.exp) & "\\n")',
    "  END Show;",
    "BEGIN",
    ...values.map((x) => `  Show(${call}(${literal(x, single ? "E" : "D")}));`),
    "END Main.",
    "",
  ].join("\n");
}

async function printed(name: string, source: string): Promise<string[]> {
  const path = join(dir, name, "Main.m3");
  mkdirSync(dirname(path));
  writeFileSync(path, source);
  const run = await spindle(["run", path], { XDG_CACHE_HOME: join(dir, "cache") });
  expect(run.stderr).toBe("");
  return run.stdout.trimEnd().split("\n");
}

describe("floating point to and from decimal text", () => {
  it("LongFloat.ToDecimal gives JavaScript's shortest round-trip digits for 2,000 doubles", async () => {
    const values = doubles(2000);
    const lines = await printed("doubles", program(values, false));
    expect(lines).toEqual(values.map((x) => shortest(x, false)));
  }, 180_000);

  it("LongFloat.ToDecimalOfReal gives the shortest digits of REAL values, ties to the even digit", async () => {
    const values = floats(2000);
    const lines = await printed("floats", program(values, true));
    const mismatches = values
      .map((x, i) => ({ x, expected: shortest(x, true), got: lines[i] ?? "" }))
      .filter((m) => m.got !== m.expected);
    // JavaScript breaks an exact tie upwards, Steele & White to the even digit; every other value
    // must agree digit for digit
    for (const m of mismatches) {
      const last = (s: string): number => Number(s.split("e")[0]?.slice(-1));
      expect(m.got.split("e")[1]).toBe(m.expected.split("e")[1]);
      expect(last(m.expected) - last(m.got)).toBe(1);
      expect(last(m.got) % 2).toBe(0);
      // and what it printed reads back as the same REAL
      const [digits = "", exponent = "0"] = m.got.split("e");
      expect(Math.fround(Number(`${digits[0]}.${digits.slice(1)}e${exponent}`))).toBe(m.x);
    }
    expect(mismatches.length).toBeLessThan(values.length / 50);
  }, 180_000);

  it("reads decimal text back to the nearest double in Scan.LongReal", async () => {
    const texts = [
      "0.3",
      "9007199254740993",
      "9007199254740995",
      "2.4703282292062327e-324",
      "2.4703282292062328e-324",
      "1.7976931348623158e308",
      "1.7976931348623159e308",
      "2.2250738585072011e-308",
      "0.000000000000000000000000000000000000000000001",
      "123456789012345678901234567890123456789012345678901234567890123456789",
      "-4.35e-3",
      ...doubles(600).flatMap((x, i) => [x.toPrecision(1 + (i % 21)), String(x)]),
    ];
    const source = [
      "MODULE Main;",
      "IMPORT IO, Fmt, Scan;",
      "<*FATAL Scan.BadFormat*>",
      "PROCEDURE Show (t: TEXT) =",
      "  BEGIN",
      '    IO.Put(Fmt.LongReal(Scan.LongReal(t)) & "\\n")',
      "  END Show;",
      "BEGIN",
      ...texts.map((t) => `  Show("${t}");`),
      "END Main.",
      "",
    ].join("\n");
    const lines = await printed("scan", source);
    // Fmt prints the shortest digits, which JavaScript reads back exactly ("Infinity" included)
    expect(lines.map(Number)).toEqual(texts.map(Number));
    expect(lines).toHaveLength(texts.length);
  }, 180_000);
});
