// Whole programs through the real pipeline for the code paths the speed work changed: TEXT
// primitives expanded at the caller (their checks now report the caller's position), procedures
// without a shadow-stack frame when nothing they call can collect, Fmt.Int straight into a text,
// the allocator's fresh pages and one-pass sweep under many collections of mixed sizes, and
// `RETURN x + P(…)` turned into a loop (tail-calls.ts).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runProgram, type Ran } from "./whole-program.js";

const dir = mkdtempSync(join(tmpdir(), "spindle-known-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (name: string, source: string, heapLimitBytes?: number): Promise<Ran> =>
  runProgram(dir, name, source, heapLimitBytes);

describe("TEXT primitives expanded at the call site", () => {
  it("reads lengths and characters, compares and hashes like Text.m3", async () => {
    const r = await run(
      "TextPrims",
      `MODULE TextPrims EXPORTS Main;
IMPORT IO, Fmt, Text;
VAR t := "hello" & ", world"; u := "hello, " & "world"; sum := 0;
BEGIN
  FOR i := 0 TO Text.Length(t) - 1 DO INC(sum, ORD(Text.GetChar(t, i))) END;
  IO.Put(Fmt.Int(Text.Length(t)) & " " & Fmt.Int(sum) & "\\n");
  IO.Put(Fmt.Bool(Text.Equal(t, u)) & " " & Fmt.Bool(Text.Equal(t, t)) & " "
         & Fmt.Bool(Text.Equal(t, "hello")) & " " & Fmt.Bool(Text.Empty("")) & "\\n");
  IO.Put(Fmt.Int(Text.Compare("abc", "abd")) & " " & Fmt.Int(Text.Compare(t, u)) & " "
         & Fmt.Bool(Text.Hash(t) = Text.Hash(u)) & "\\n");
END TextPrims.
`,
    );
    expect(r.outcome).toBe("completed");
    expect(r.stdout).toBe("12 1160\nTRUE TRUE FALSE TRUE\n-1 0 TRUE\n");
  });

  it("stops at the caller's position on an index past the end", async () => {
    const r = await run(
      "GetCharPast",
      `MODULE GetCharPast EXPORTS Main;
IMPORT IO, Text;
PROCEDURE Last (t: TEXT): CHAR =
  BEGIN
    RETURN Text.GetChar(t, Text.Length(t))
  END Last;
BEGIN
  IO.PutChar(Last("abc"))
END GetCharPast.
`,
    );
    expect(r.outcome).toBe("failed");
    expect(r.error).toMatch(/GetCharPast\.m3:5:12: checked run-time error: assertion failed/);
  });

  it("stops at the caller's position on a NIL text", async () => {
    const r = await run(
      "LengthNil",
      `MODULE LengthNil EXPORTS Main;
IMPORT IO, Text;
VAR t: TEXT := NIL;
BEGIN
  IO.PutInt(Text.Length(t))
END LengthNil.
`,
    );
    expect(r.outcome).toBe("failed");
    expect(r.error).toMatch(
      /LengthNil\.m3:5:13: checked run-time error: attempt to dereference NIL/,
    );
  });
});

describe("Text.Equal compared at the call site", () => {
  it("compares lengths, whole words and the bytes after them", async () => {
    // 17 bytes: two eight-byte words and one more; each differing text differs in one place
    const r = await run(
      "EqualWords",
      `MODULE EqualWords EXPORTS Main;
IMPORT IO, Text;
PROCEDURE Show (a, b: TEXT) =
  BEGIN
    IF Text.Equal(a, b) THEN IO.Put("T") ELSE IO.Put("F") END
  END Show;
VAR base := "abcdefgh" & "ijklmnop" & "q"; none: TEXT := NIL;
BEGIN
  Show(base, "abcdefghijklmnopq");
  Show(base, "Xbcdefghijklmnopq");
  Show(base, "abcdefghijklmnoXq");
  Show(base, "abcdefghijklmnopX");
  Show(base, "abcdefghijklmnop");
  Show(base, "abcdefghijklmnopqr");
  Show("", "");
  Show("a" & "", "a");
  Show(none, none);
  IO.Put("\\n")
END EqualWords.
`,
    );
    expect(r.outcome).toBe("completed");
    expect(r.stdout).toBe("TFFFFFTTT\n");
  });

  it("stops at the caller's position when one text is NIL", async () => {
    const r = await run(
      "EqualNil",
      `MODULE EqualNil EXPORTS Main;
IMPORT IO, Text;
VAR t: TEXT := NIL;
BEGIN
  IF Text.Equal("abc", t) THEN IO.Put("equal") END
END EqualNil.
`,
    );
    expect(r.outcome).toBe("failed");
    expect(r.error).toMatch(/EqualNil\.m3:5:6: checked run-time error: attempt to dereference NIL/);
  });
});

describe("procedures that cannot reach the collector", () => {
  it("keep references exact when a frameless walk runs between collections", async () => {
    // Count and Sum only read (no frame); Build allocates and calls them with a list that must
    // survive the collections its later allocations cause.
    const r = await run(
      "FramelessWalk",
      `MODULE FramelessWalk EXPORTS Main;
IMPORT IO, Fmt;
TYPE List = REF RECORD value: INTEGER; next: List END;
PROCEDURE Count (l: List): INTEGER =
  BEGIN
    IF l = NIL THEN RETURN 0 END;
    RETURN 1 + Count(l.next)
  END Count;
PROCEDURE Sum (l: List): INTEGER =
  VAR s := 0;
  BEGIN
    WHILE l # NIL DO INC(s, l.value); l := l.next END;
    RETURN s
  END Sum;
PROCEDURE Build (n: INTEGER): List =
  VAR l: List := NIL; junk: REF ARRAY OF INTEGER;
  BEGIN
    FOR i := 1 TO n DO
      l := NEW(List, value := i, next := l);
      junk := NEW(REF ARRAY OF INTEGER, 40);
      IF Count(l) # i THEN RETURN NIL END
    END;
    RETURN l
  END Build;
VAR l := Build(3000);
BEGIN
  IO.Put(Fmt.Int(Count(l)) & " " & Fmt.Int(Sum(l)) & "\\n")
END FramelessWalk.
`,
      4 * 1024 * 1024,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("3000 4501500\n");
  });
});

describe("Fmt.Int writes its digits straight into a text", () => {
  it("formats every base, zero, negatives and the extremes", async () => {
    const r = await run(
      "FmtIntEdges",
      `MODULE FmtIntEdges EXPORTS Main;
IMPORT IO, Fmt;
BEGIN
  IO.Put(Fmt.Int(0) & " " & Fmt.Int(7) & " " & Fmt.Int(-7) & " " & Fmt.Int(1000000) & "\\n");
  IO.Put(Fmt.Int(FIRST(INTEGER)) & " " & Fmt.Int(LAST(INTEGER)) & "\\n");
  IO.Put(Fmt.Int(-255, 16) & " " & Fmt.Int(5, 2) & " " & Fmt.Unsigned(-1) & "\\n");
END FmtIntEdges.
`,
    );
    expect(r.stdout).toBe(
      "0 7 -7 1000000\n-9223372036854775808 9223372036854775807\n-ff 101 ffffffffffffffff\n",
    );
  });
});

describe("the allocator's bump region and the one-pass sweep", () => {
  it("keep every live object intact through many collections of interleaved sizes", async () => {
    // Three size classes interleave (so bump regions are retired part-used), most objects die at
    // once (whole blocks go back to the pool) and a long-lived list is checked at the end.
    const r = await run(
      "MixedChurn",
      `MODULE MixedChurn EXPORTS Main;
IMPORT IO, Fmt, Text;
TYPE
  Small = REF RECORD a: INTEGER END;
  Node = REF RECORD key: TEXT; value: INTEGER; next: Node END;
  Big = REF ARRAY OF INTEGER;
VAR
  keep: Node := NIL;
  s: Small;
  b: Big;
  total := 0;
  bad := 0;
  e: Node;
BEGIN
  FOR i := 1 TO 200000 DO
    s := NEW(Small, a := i);
    IF i MOD 7 = 0 THEN b := NEW(Big, 1 + i MOD 50); b[0] := i END;
    IF i MOD 100 = 0 THEN keep := NEW(Node, key := "k" & Fmt.Int(i), value := i, next := keep) END;
    IF s.a # i THEN INC(bad) END
  END;
  e := keep;
  WHILE e # NIL DO
    INC(total, e.value);
    IF NOT Text.Equal(e.key, "k" & Fmt.Int(e.value)) THEN INC(bad) END;
    e := e.next
  END;
  IO.Put(Fmt.Int(total) & " " & Fmt.Int(bad) & "\\n")
END MixedChurn.
`,
      4 * 1024 * 1024,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("200100000 0\n");
  });
});

describe("RETURN x + P(args) in P itself runs as a loop", () => {
  it("keeps the order of evaluation and the result, and recursion a million deep completes", async () => {
    const r = await run(
      "TailSum",
      `MODULE TailSum EXPORTS Main;
IMPORT IO, Fmt;
VAR log: ARRAY [0 .. 9] OF INTEGER; k := 0;
PROCEDURE Trace (tag: INTEGER): INTEGER =
  BEGIN
    log[k] := tag; INC(k); RETURN tag
  END Trace;
PROCEDURE Walk (n: INTEGER): INTEGER =
  BEGIN
    IF n = 0 THEN RETURN Trace(100) END;
    RETURN Trace(10 * n) + Walk(Trace(n) - 1)
  END Walk;
PROCEDURE Sum (n: INTEGER): INTEGER =
  BEGIN
    IF n = 0 THEN RETURN 0 END;
    RETURN n + Sum(n - 1)
  END Sum;
PROCEDURE Fib (n: INTEGER): INTEGER =
  BEGIN
    IF n < 2 THEN RETURN n END;
    RETURN Fib(n - 1) + Fib(n - 2)
  END Fib;
VAR w := Walk(3);
BEGIN
  FOR i := 0 TO k - 1 DO IO.Put(Fmt.Int(log[i]) & " ") END;
  IO.Put("= " & Fmt.Int(w) & "\\n");
  IO.Put(Fmt.Int(Sum(1000000)) & " " & Fmt.Int(Fib(20)) & "\\n")
END TailSum.
`,
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toBe("30 3 20 2 10 1 100 = 160\n500000500000 6765\n");
  });
});
