// Whole programs for NEW's inline allocation fast path (docs/abi.md section 7): the free-list pop
// charges the domain like rt.alloc, recycled cells come back zeroed (so zero field values are not
// stored), explicit zero bindings still override non-zero defaults, and operands stay rooted
// exactly where a call can collect while calls of procedures that only compute spill nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runProgram, type Ran } from "./whole-program.js";

const dir = mkdtempSync(join(tmpdir(), "spindle-inline-alloc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (name: string, source: string, heapLimitBytes?: number): Promise<Ran> =>
  runProgram(dir, name, source, heapLimitBytes);

/** A program that makes `n` 24-byte objects (class 1, 32-byte cells) and keeps none. */
function churn(n: number): string {
  return `MODULE Churn${n} EXPORTS Main;
TYPE P = REF RECORD a, b: INTEGER END;
VAR p: P;
BEGIN
  FOR i := 1 TO ${n} DO p := NEW(P, a := i) END
END Churn${n}.
`;
}

describe("the inline allocation fast path", () => {
  it("charges every NEW to the current domain: one allocation and one cell each", async () => {
    // the difference between two runs leaves out whatever module initialisation allocates
    const few = await run("Churn1000", churn(1000));
    const many = await run("Churn6000", churn(6000));
    expect(few.error).toBeUndefined();
    expect(many.error).toBeUndefined();
    expect(many.stats.allocations - few.stats.allocations).toBe(5000);
    expect(many.stats.allocatedBytes - few.stats.allocatedBytes).toBe(5000 * 32);
  });

  it("writes headers that type tests and method calls read, for cells from the list and from rt.alloc", async () => {
    // a 1 MiB heap: most NEWs pop a recycled cell, the rest refill through rt.alloc
    const r = await run(
      "InlineHeaders",
      `MODULE InlineHeaders EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  Shape = OBJECT n: INTEGER METHODS area (): INTEGER := Unit END;
  Square = Shape OBJECT side: INTEGER OVERRIDES area := SquareArea END;
  Box = REF RECORD v: INTEGER END;
PROCEDURE Unit (s: Shape): INTEGER = BEGIN RETURN 1 + s.n END Unit;
PROCEDURE SquareArea (s: Square): INTEGER = BEGIN RETURN s.side * s.side END SquareArea;
VAR
  s: Shape;
  r: REFANY;
  squares := 0;
  boxes := 0;
  total := 0;
BEGIN
  FOR i := 1 TO 60000 DO
    IF i MOD 3 = 0 THEN s := NEW(Square, side := 2) ELSE s := NEW(Shape) END;
    INC(total, s.area());
    IF ISTYPE(s, Square) THEN INC(squares) END;
    IF i MOD 2 = 0 THEN r := NEW(Box, v := i) ELSE r := s END;
    TYPECASE r OF Box(b) => IF b.v = i THEN INC(boxes) END ELSE END
  END;
  IO.Put(Fmt.Int(squares) & " " & Fmt.Int(boxes) & " " & Fmt.Int(total) & "\\n")
END InlineHeaders.
`,
      1024 * 1024,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("20000 30000 120000\n");
    expect(r.stats.collections).toBeGreaterThan(0);
  });
});

describe("zero field values are not stored", () => {
  it("leaves recycled cells zero and lets an explicit zero override a non-zero default", async () => {
    // Dirty cells of the same class die first, so the later NEWs reuse them: every field the
    // allocation no longer stores must still read as zero, NIL or FALSE.
    const r = await run(
      "ZeroFields",
      `MODULE ZeroFields EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  R = REF RECORD a: INTEGER := 7; b: BOOLEAN := TRUE; c: R; d: LONGREAL := 2.5D0; e: INTEGER := 0 END;
  O = OBJECT a: INTEGER := 9; b: BOOLEAN := TRUE; c: O; x: LONGREAL := 0.0D0 END;
  Dirty = REF RECORD a, b, c, d, e: INTEGER END;
VAR
  dirt: Dirty;
  r: R;
  o: O;
  bad := 0;
  kept := 0;
BEGIN
  FOR round := 1 TO 40 DO
    FOR i := 1 TO 2000 DO dirt := NEW(Dirty, a := -1, b := -1, c := -1, d := -1, e := -1) END;
    FOR i := 1 TO 2000 DO
      r := NEW(R, a := 0, b := FALSE, c := NIL);
      IF r.a # 0 OR r.b OR r.c # NIL OR r.e # 0 THEN INC(bad) END;
      IF r.d = 2.5D0 THEN INC(kept) END;
      r := NEW(R);
      IF r.a # 7 OR NOT r.b OR r.c # NIL OR r.e # 0 THEN INC(bad) END;
      o := NEW(O, a := 0, b := FALSE);
      IF o.a # 0 OR o.b OR o.c # NIL OR o.x # 0.0D0 THEN INC(bad) END;
      o := NEW(O, c := o);
      IF o.a # 9 OR NOT o.b OR o.c = NIL OR o.c.a # 0 THEN INC(bad) END
    END
  END;
  IO.Put(Fmt.Int(bad) & " " & Fmt.Int(kept) & "\\n")
END ZeroFields.
`,
      1024 * 1024,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("0 80000\n");
    expect(r.stats.collections).toBeGreaterThan(0);
  });
});

describe("defaults inside a record-typed field", () => {
  it("are stored by NEW of an object and of a REF RECORD unless the field is bound", async () => {
    const r = await run(
      "NestedDefaults",
      `MODULE NestedDefaults EXPORTS Main;
IMPORT IO, Fmt;
TYPE
  R = RECORD a: INTEGER := 5; b: BOOLEAN := TRUE; c: INTEGER END;
  O = OBJECT n: INTEGER; r: R END;
  P = REF RECORD r: R; s: R END;
VAR
  o := NEW(O);
  p := NEW(P, s := R{a := 0, b := FALSE, c := 0});
BEGIN
  IO.Put(Fmt.Int(o.r.a) & " " & Fmt.Bool(o.r.b) & " " & Fmt.Int(o.r.c) & " ");
  IO.Put(Fmt.Int(p.r.a) & " " & Fmt.Bool(p.r.b) & " " & Fmt.Int(p.s.a) & " " & Fmt.Bool(p.s.b) & "\\n")
END NestedDefaults.
`,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("5 TRUE 0 5 TRUE 0 FALSE\n");
  });
});

describe("operands rooted only across calls that can collect", () => {
  it("keeps a NEW alive across a later allocating operand, not across a computing one", async () => {
    // Pair's first operand is a fresh object; in Both the second operand allocates (so the first
    // must be in a slot while it runs), in Sum it is a local procedure that only computes.
    const r = await run(
      "RootedOperands",
      `MODULE RootedOperands EXPORTS Main;
IMPORT IO, Fmt, Word;
TYPE Cell = REF RECORD v: INTEGER; next: Cell END;
PROCEDURE Pair (a, b: Cell): Cell =
  BEGIN
    a.next := b;
    RETURN a
  END Pair;
PROCEDURE Fresh (v: INTEGER): Cell =
  VAR junk: REF ARRAY OF INTEGER;
  BEGIN
    junk := NEW(REF ARRAY OF INTEGER, 30);
    RETURN NEW(Cell, v := v)
  END Fresh;
PROCEDURE Square (x: INTEGER): INTEGER = BEGIN RETURN Word.And(x * x, 16_FFFF) END Square;
PROCEDURE Weigh (c: Cell; w: INTEGER): INTEGER = BEGIN RETURN c.v + w END Weigh;
VAR
  keep: Cell := NIL;
  p: Cell;
  total := 0;
BEGIN
  FOR i := 1 TO 20000 DO
    p := Pair(NEW(Cell, v := i), Fresh(i + 1));
    IF p.v # i OR p.next.v # i + 1 THEN INC(total, 1000000) END;
    INC(total, Weigh(NEW(Cell, v := i), Square(i)));
    IF i MOD 100 = 0 THEN keep := NEW(Cell, v := i, next := keep) END
  END;
  WHILE keep # NIL DO INC(total, keep.v); keep := keep.next END;
  IO.Put(Fmt.Int(total) & "\\n")
END RootedOperands.
`,
      1024 * 1024,
    );
    let expected = 0;
    for (let i = 1; i <= 20000; i++) expected += i + ((i * i) & 0xffff);
    for (let i = 100; i <= 20000; i += 100) expected += i;
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe(`${expected}\n`);
    expect(r.stats.collections).toBeGreaterThan(0);
  });
});
