// A client's subtype of an opaque object type depends on the revealing module's hidden layout
// only through values it reads at run time (docs/abi.md, section 6): after the hidden part
// changes, relinking the old client with the recompiled revealing module must still work, while
// a change to the visible part is refused at link time, naming the declaration.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMPILER_VERSION } from "../../src/codegen/index.js";
import { readMeta } from "../../src/codegen/meta.js";
import { buildProgram, compileModule, type ModuleBuild } from "../../src/codegen/program.js";
import { link } from "../../src/loader/index.js";
import { STDLIB_DIR } from "../../src/typecheck/index.js";

const INTERFACE = `INTERFACE Counter;
TYPE
  T <: Public;
  Public = OBJECT METHODS inc (); get (): INTEGER; describe (): TEXT END;
PROCEDURE Peek (c: T): INTEGER;
END Counter.
`;

// version 1 of the hidden part: one field, no hidden method
const HIDDEN_V1 = `MODULE Counter;
REVEAL T = Public BRANDED "Counter.T" OBJECT n := 1 OVERRIDES inc := Inc; get := Get; describe := Describe END;
PROCEDURE Inc (c: T) = BEGIN INC(c.n) END Inc;
PROCEDURE Get (c: T): INTEGER = BEGIN RETURN c.n END Get;
PROCEDURE Describe (<*UNUSED*> c: T): TEXT = BEGIN RETURN "v1" END Describe;
PROCEDURE Peek (c: T): INTEGER = BEGIN RETURN c.n END Peek;
BEGIN
END Counter.
`;

// version 2: more hidden fields (references among them) before n, and hidden methods
const HIDDEN_V2 = `MODULE Counter;
IMPORT Fmt;
REVEAL T = Public BRANDED "Counter.T" OBJECT
    tag: TEXT := "v2";
    flag := TRUE;
    log: REF ARRAY OF INTEGER := NIL;
    n := 1;
    steps := 0;
  METHODS
    step (): INTEGER := Step;
    reset () := Reset;
  OVERRIDES inc := Inc; get := Get; describe := Describe END;
PROCEDURE Step (<*UNUSED*> c: T): INTEGER = BEGIN RETURN 10 END Step;
PROCEDURE Reset (c: T) = BEGIN c.n := 0 END Reset;
PROCEDURE Inc (c: T) = BEGIN INC(c.n, c.step()); INC(c.steps) END Inc;
PROCEDURE Get (c: T): INTEGER = BEGIN RETURN c.n END Get;
PROCEDURE Describe (c: T): TEXT = BEGIN RETURN c.tag & "/" & Fmt.Int(c.steps) END Describe;
PROCEDURE Peek (c: T): INTEGER = BEGIN RETURN c.n END Peek;
BEGIN
END Counter.
`;

const CLIENT = `MODULE Main;
IMPORT IO, Fmt, Counter;
TYPE Loud = Counter.T OBJECT
    shouts := 5;
    name: TEXT := "loud";
  METHODS shout (): TEXT := Shout;
  OVERRIDES inc := LoudInc END;
PROCEDURE Shout (l: Loud): TEXT = BEGIN RETURN l.name & Fmt.Int(l.shouts) END Shout;
PROCEDURE LoudInc (l: Loud) = BEGIN INC(l.shouts); Counter.T.inc(l) END LoudInc;
VAR l := NEW(Loud, name := "hey"); junk: REF ARRAY OF INTEGER; r: REFANY;
BEGIN
  l.inc(); l.inc();
  FOR i := 1 TO 3000 DO junk := NEW(REF ARRAY OF INTEGER, 1000) END;
  r := l;
  IO.Put(l.shout() & " " & Fmt.Int(l.get()) & " " & Fmt.Int(Counter.Peek(l)) & " "
         & l.describe() & " " & Fmt.Bool(ISTYPE(r, Loud)) & "\\n")
END Main.
`;

function run(modules: readonly ModuleBuild[]): { stdout: string; outcome: string } {
  const out: string[] = [];
  const linked = link(
    modules.map((m) => ({ name: m.file, bytes: m.bytes })),
    {
      heapLimitBytes: 64 * 1024 * 1024,
      host: { stdout: { write: (s) => void out.push(s) }, stderr: { write: () => {} } },
    },
  );
  if (!linked.program)
    return { stdout: "", outcome: linked.diagnostics.map((d) => d.message).join("; ") };
  const outcome = linked.program.run();
  return { stdout: out.join(""), outcome: outcome.kind };
}

async function recompile(dir: string, file: string, text: string): Promise<Uint8Array> {
  const path = join(dir, file);
  writeFileSync(path, text);
  const result = await compileModule(path, readFileSync(path, "utf8"), {
    searchPath: [dir, STDLIB_DIR],
    optimize: 1,
  });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  if (!result.bytes) throw new Error(`${file} did not compile`);
  return result.bytes;
}

describe("relinking a client of an opaque type", () => {
  it("runs the old client against a revealing module whose hidden part changed", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spindle-relink-"));
    writeFileSync(join(dir, "Counter.i3"), INTERFACE);
    writeFileSync(join(dir, "Counter.m3"), HIDDEN_V1);
    writeFileSync(join(dir, "Main.m3"), CLIENT);
    const built = await buildProgram({
      files: [join(dir, "Main.m3")],
      searchPath: [dir],
      optimize: 1,
      stdlibDir: STDLIB_DIR,
      compilerVersion: COMPILER_VERSION,
    });
    expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(run(built.modules)).toEqual({ stdout: "hey7 3 3 v1 TRUE\n", outcome: "completed" });
    // the client reads T's layout through T__TYPE and T__INIT; its own descriptor is built at init
    const client = readMeta(
      built.modules.find((m) => m.name === "Main")?.bytes ?? new Uint8Array(),
    );
    if (!client.ok) throw new Error("no meta in Main");
    expect(client.meta.imports.filter((d) => d.name.startsWith("T__")).map((d) => d.name)).toEqual([
      "T__INIT",
      "T__TYPE",
    ]);
    expect(client.meta.types.find((t) => t.name === "Loud")).toMatchObject({
      kind: "object",
      descriptorOffset: 0,
      size: 0,
      pointerCount: 1,
    });

    // only Counter is recompiled; the client's bytes are the ones built against version 1
    const v2 = await recompile(dir, "Counter.m3", HIDDEN_V2);
    const relinked = built.modules.map((m) => (m.name === "Counter" ? { ...m, bytes: v2 } : m));
    expect(relinked.filter((m) => m.bytes === v2)).toHaveLength(1);
    expect(run(relinked)).toEqual({ stdout: "hey7 21 21 v2/2 TRUE\n", outcome: "completed" });

    // a change to the visible part is a different interface: refused, naming the declaration
    writeFileSync(
      join(dir, "Counter.i3"),
      INTERFACE.replace("describe (): TEXT", "describe (): INTEGER"),
    );
    const v3 = await recompile(
      dir,
      "Counter.m3",
      HIDDEN_V1.replace('RETURN "v1"', "RETURN 3").replace("): TEXT = BEGIN", "): INTEGER = BEGIN"),
    );
    const mismatched = run(
      built.modules.map((m) => (m.name === "Counter" ? { ...m, bytes: v3 } : m)),
    );
    expect(mismatched.outcome).toContain(
      "interface 'Counter', procedure 'T__TYPE': module 'Main' was compiled against fingerprint",
    );
  }, 300_000);
});
