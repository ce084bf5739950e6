// Sizes and alignment follow the project's decisions (wasm32 references, 64-bit INTEGER).
import { describe, expect, it } from "vitest";
import { layoutOf, recordLayout } from "../../src/typecheck/layout.js";
import {
  BOOLEAN,
  CHAR,
  INTEGER,
  LONGREAL,
  REAL,
  REFANY,
  TEXT,
  type Type,
} from "../../src/typecheck/types.js";

const sub = (low: bigint, high: bigint): Type => ({ kind: "Subrange", base: INTEGER, low, high });

describe("layout", () => {
  it("sizes the scalar types", () => {
    expect(
      [INTEGER, CHAR, BOOLEAN, REAL, LONGREAL, REFANY, TEXT].map((t) => layoutOf(t).size),
    ).toEqual([8, 1, 1, 4, 8, 4, 4]);
  });

  it("sizes subranges by their range and enumerations by their count", () => {
    expect(
      [sub(0n, 255n), sub(-1n, 1000n), sub(0n, 70000n), sub(0n, 1n << 40n)].map(
        (t) => layoutOf(t).size,
      ),
    ).toEqual([1, 2, 4, 8]);
    const names = Array.from({ length: 300 }, (_, i) => `v${i}`);
    expect(layoutOf({ kind: "Enum", names, count: names.length }).size).toBe(2);
  });

  it("aligns record fields naturally", () => {
    const r = recordLayout([
      { name: "c", type: CHAR },
      { name: "i", type: INTEGER },
      { name: "b", type: BOOLEAN },
    ]);
    expect(r.fields.map((f) => f.offset)).toEqual([0, 8, 16]);
    expect(r.size).toBe(24);
  });

  it("makes fixed arrays element size times count, open arrays a reference, sets 64-bit words", () => {
    expect(layoutOf({ kind: "Array", index: sub(1n, 10n), element: INTEGER }).size).toBe(80);
    expect(layoutOf({ kind: "OpenArray", element: INTEGER }).size).toBe(4);
    expect(layoutOf({ kind: "Set", element: sub(0n, 99n) }).size).toBe(16);
  });
});
