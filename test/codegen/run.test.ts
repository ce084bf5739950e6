// `spindle run`: the build cache, --gc-stats, and how a broken program is reported.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { spindle } from "./harness.js";

const dir = mkdtempSync(join(tmpdir(), "spindle-run-"));
const cacheHome = join(dir, "xdg");
const GOLDEN = join(import.meta.dirname, "golden");
const SRC = join(import.meta.dirname, "../../src");

const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^;"']*?\sfrom\s+)?["']([^"']+)["']/gm;

/** Every source file and package a module loads before running, following static imports only. */
function staticImportClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith("/")) continue;
    for (const match of readFileSync(file, "utf8").matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? "";
      if (specifier.startsWith("node:")) continue;
      pending.push(
        specifier.startsWith(".")
          ? resolve(dirname(file), specifier).replace(/\.js$/, ".ts")
          : (specifier.split("/")[0] ?? specifier),
      );
    }
  }
  return seen;
}

describe("spindle run", () => {
  it("caches every compiled module under $XDG_CACHE_HOME/spindle and reuses it", async () => {
    const hello = join(import.meta.dirname, "../../samples/programs/Hello.m3");
    const first = await spindle(["run", hello], { XDG_CACHE_HOME: cacheHome });
    expect(first.stdout).toBe("Hello, Spindle!\n");
    const cached = readdirSync(join(cacheHome, "spindle"));
    // Hello and the standard-library modules it reaches: IO, Fmt, Text, Wr (with Stdio), Rd, Thread, Word
    expect(cached.length).toBeGreaterThanOrEqual(7);
    const second = await spindle(["run", hello], { XDG_CACHE_HOME: cacheHome });
    expect(second.stdout).toBe("Hello, Spindle!\n");
    expect(readdirSync(join(cacheHome, "spindle"))).toEqual(cached);
  }, 120_000);

  it("prints collector statistics with --gc-stats", async () => {
    const result = await spindle(["run", "--gc-stats", join(GOLDEN, "GcStress.m3")], {
      XDG_CACHE_HOME: cacheHome,
    });
    expect(result.code).toBe(0);
    const line = result.stderr.split("\n").find((l) => l.startsWith("gc: "));
    expect(line).toBeDefined();
    const stats = JSON.parse((line ?? "gc: {}").slice(4)) as Record<string, unknown>;
    expect(Number(stats["collections"])).toBeGreaterThan(0);
  }, 120_000);

  it("reports type errors with the source line and exits 1 without running", async () => {
    const bad = join(dir, "Broken.m3");
    writeFileSync(
      bad,
      "MODULE Broken EXPORTS Main;\nIMPORT IO;\nBEGIN\n  IO.Put(42)\nEND Broken.\n",
    );
    const result = await spindle(["run", bad], { XDG_CACHE_HOME: cacheHome });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Broken.m3:4:");
    expect(result.stderr).toContain("IO.Put(42)");
  }, 120_000);

  it("rejects an optimisation level outside 0-3", async () => {
    const result = await spindle(["run", "-O", "7", "x.m3"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("spindle: -O takes 0, 1, 2 or 3, not '7'\n");
  });

  it("reaches neither Binaryen nor the parser or checker until a module must be compiled", () => {
    const loaded = [
      ...staticImportClosure(join(SRC, "cli/commands/run.ts")),
      ...staticImportClosure(join(SRC, "loader/index.ts")),
    ].map((f) => (f.startsWith(SRC) ? f.slice(SRC.length + 1) : f));
    expect(loaded).toContain("codegen/runtime/prebuilt.ts");
    const heavy = loaded.filter((f) =>
      /^(binaryen|chevrotain|typecheck\/|lang\/parse\/|codegen\/index\.ts|codegen\/runtime\/build\.ts)/.test(
        f,
      ),
    );
    expect(heavy).toEqual([]);
  });

  it("finds imported interfaces and their modules beside the named file, without -I", async () => {
    const folder = join(GOLDEN, "CrossModule");
    const expected = readFileSync(join(folder, "expected.out"), "utf8");
    const result = await spindle(["run", join(folder, "Main.m3")], { XDG_CACHE_HOME: cacheHome });
    expect(result).toMatchObject({ code: 0, stdout: expected, stderr: "" });
  }, 120_000);

  it("prefers an -I folder over the named file's own folder", async () => {
    const own = join(dir, "own");
    const other = join(dir, "other");
    const unit = (name: string, value: number): Record<string, string> => ({
      [`${name}.i3`]: `INTERFACE ${name};\nPROCEDURE Value(): INTEGER;\nEND ${name}.\n`,
      [`${name}.m3`]: `MODULE ${name};\nPROCEDURE Value(): INTEGER = BEGIN RETURN ${value} END Value;\nBEGIN\nEND ${name}.\n`,
    });
    for (const [folder, files] of [
      [own, unit("Choice", 1)],
      [other, unit("Choice", 2)],
    ] as const) {
      mkdirSync(folder, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
    }
    const main = join(own, "Main.m3");
    writeFileSync(
      main,
      "MODULE Main;\nIMPORT Choice, IO;\nBEGIN\n  IO.PutInt(Choice.Value())\nEND Main.\n",
    );
    const env = { XDG_CACHE_HOME: cacheHome };
    expect((await spindle(["run", main], env)).stdout).toBe("1");
    expect((await spindle(["run", "-I", other, main], env)).stdout).toBe("2");
  }, 120_000);
});
