// Type equivalence, subtyping and assignability on hand-built types (report 2.2 and 2.3.1).
import { describe, expect, it } from "vitest";
import { assignability, isSubtype, sameType } from "../../src/typecheck/relations.js";
import {
  CARDINAL,
  INTEGER,
  NULL,
  REFANY,
  ROOT,
  TEXT,
  type ObjectType,
  type RefType,
  type Type,
} from "../../src/typecheck/types.js";

function ref(target: Type, brand?: string): RefType {
  return { kind: "Ref", traced: true, target, ...(brand !== undefined ? { brand } : {}) };
}

function list(): RefType {
  const r: RefType = { kind: "Ref", traced: true, target: INTEGER };
  r.target = {
    kind: "Record",
    fields: [
      { name: "head", type: INTEGER },
      { name: "tail", type: r },
    ],
  };
  return r;
}

function object(superType: Type, fields: string[], brand?: string): ObjectType {
  return {
    kind: "Object",
    super: superType,
    traced: true,
    fields: fields.map((name) => ({ name, type: INTEGER })),
    methods: [],
    overrides: [],
    ...(brand ? { brand } : {}),
  };
}

describe("type equivalence", () => {
  it("is structural: two separately built recursive lists are the same type", () => {
    expect(sameType(list(), list())).toBe(true);
  });

  it("distinguishes brands", () => {
    expect(sameType(ref(INTEGER, "a"), ref(INTEGER, "b"))).toBe(false);
    expect(sameType(ref(INTEGER), ref(INTEGER))).toBe(true);
  });

  it("treats CARDINAL as the subrange [0..LAST(INTEGER)]", () => {
    expect(
      sameType(CARDINAL, { kind: "Subrange", base: INTEGER, low: 0n, high: (1n << 63n) - 1n }),
    ).toBe(true);
  });
});

describe("subtyping", () => {
  it("places NULL below every reference and every reference below REFANY", () => {
    expect(isSubtype(NULL, ref(INTEGER))).toBe(true);
    expect(isSubtype(ref(INTEGER), REFANY)).toBe(true);
    expect(isSubtype(TEXT, REFANY)).toBe(true);
    expect(isSubtype(REFANY, ref(INTEGER))).toBe(false);
  });

  it("follows object inheritance", () => {
    const a = object(ROOT, ["x"]);
    const b = object(a, ["y"]);
    expect(isSubtype(b, a)).toBe(true);
    expect(isSubtype(a, b)).toBe(false);
    expect(isSubtype(b, ROOT)).toBe(true);
  });
});

describe("assignability", () => {
  it("needs a range check from INTEGER to a subrange", () => {
    expect(assignability(INTEGER, { kind: "Subrange", base: INTEGER, low: 0n, high: 9n })).toEqual({
      kind: "Range",
      low: 0n,
      high: 9n,
    });
    expect(assignability({ kind: "Subrange", base: INTEGER, low: 0n, high: 9n }, INTEGER)).toEqual({
      kind: "Yes",
    });
  });

  it("rejects disjoint subranges", () => {
    const low = { kind: "Subrange", base: INTEGER, low: 0n, high: 9n } as const;
    const high = { kind: "Subrange", base: INTEGER, low: 10n, high: 19n } as const;
    expect(assignability(low, high)).toEqual({ kind: "No" });
  });

  it("narrows implicitly from a supertype to a reference subtype", () => {
    const a = object(ROOT, ["x"]);
    const b = object(a, ["y"]);
    expect(assignability(a, b)).toEqual({ kind: "Narrow" });
    expect(assignability(REFANY, ref(INTEGER))).toEqual({ kind: "Narrow" });
  });
});
