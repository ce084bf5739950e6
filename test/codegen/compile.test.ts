// `spindle compile`: one module to one .wasm with its spindle.meta section, byte-identical when
// compiled twice (determinism), and refused with diagnostics when the module has errors.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readMeta } from "../../src/codegen/meta.js";
import { spindle } from "./harness.js";

const dir = mkdtempSync(join(tmpdir(), "spindle-compile-"));
const SHAPES = join(import.meta.dirname, "../../samples/programs/Shapes.m3");

describe("spindle compile", () => {
  it("writes a module whose meta names it, its imports and its fault sites", async () => {
    const out = join(dir, "shapes.wasm");
    const result = await spindle(["compile", SHAPES, "-o", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^wrote .*shapes\.wasm \(\d+ bytes, module Shapes, unsigned: no machine key \(run `spindle keygen`\)\)\n$/,
    );
    const meta = readMeta(new Uint8Array(readFileSync(out)));
    expect(meta.ok).toBe(true);
    if (!meta.ok) return;
    expect(meta.meta.module).toBe("Shapes");
    expect(meta.meta.exportedInterfaces).toEqual(["Main"]);
    expect(meta.meta.importedInterfaces).toEqual(["Fmt", "IO"]);
    expect(meta.meta.imports.map((d) => `${d.interface}.${d.name}`)).toEqual(["Fmt.Int", "IO.Put"]);
    expect(meta.meta.types.map((t) => t.kind)).toEqual(["object", "object", "object"]);
  }, 120_000);

  it("is deterministic: the same source compiles to the same bytes", async () => {
    const first = join(dir, "a.wasm");
    const second = join(dir, "b.wasm");
    expect((await spindle(["compile", SHAPES, "-o", first])).code).toBe(0);
    expect((await spindle(["compile", SHAPES, "-o", second])).code).toBe(0);
    expect(Buffer.compare(readFileSync(first), readFileSync(second))).toBe(0);
  }, 120_000);

  it("reports type errors and writes nothing", async () => {
    const bad = join(dir, "Bad.m3");
    writeFileSync(bad, "MODULE Bad EXPORTS Main;\nVAR x: INTEGER := TRUE;\nBEGIN\nEND Bad.\n");
    const result = await spindle(["compile", bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Bad.m3:2:");
  }, 120_000);

  it("runs a compiled program with `spindle run FILE.wasm`", async () => {
    const out = join(dir, "hello.wasm");
    const hello = join(import.meta.dirname, "../../samples/programs/Hello.m3");
    expect((await spindle(["compile", hello, "-o", out])).code).toBe(0);
    const result = await spindle(["run", out], { XDG_CACHE_HOME: join(dir, "cache") });
    expect(result.stdout).toBe("Hello, Spindle!\n");
    expect(result.code).toBe(0);
  }, 120_000);
});
