// Program arguments and standard input through every way in: a real `spindle run` process with
// a pipe, the CLI on a compiled .wasm, and the link API's host options.
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spindle } from "./harness.js";
import { buildProgram, COMPILER_VERSION } from "../../src/codegen/program.js";
import { link } from "../../src/loader/index.js";

const dir = mkdtempSync(join(tmpdir(), "spindle-input-"));
const cacheHome = join(dir, "xdg");
const STDLIB = join(import.meta.dirname, "../../stdlib");

const ECHO = join(dir, "Echo.m3");
writeFileSync(
  ECHO,
  `MODULE Echo EXPORTS Main;
IMPORT IO, Params;
<*FATAL ANY*>
VAR n := 0;
BEGIN
  FOR i := 1 TO Params.Count - 1 DO IO.Put("arg " & Params.Get(i) & "\\n") END;
  WHILE NOT IO.EOF() DO INC(n); IO.PutInt(n); IO.Put(": " & IO.GetLine() & "\\n") END
END Echo.
`,
);

// a real process, run from the sources through tsx (a dev dependency) so paths stay as installed
const CHILD = ["--import", "tsx", join(import.meta.dirname, "cli-child.ts")];

/** A real `spindle` process with `input` piped to its standard input. */
function spawnCli(
  argv: readonly string[],
  input: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...CHILD, ...argv], {
    env: { ...process.env, XDG_CACHE_HOME: cacheHome },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("latin1")));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("latin1")));
  child.stdin.end(input);
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

describe("program input", () => {
  it("passes arguments to a compiled program run as FILE.wasm", async () => {
    const wasm = join(dir, "Echo.wasm");
    const compiled = await spindle(["compile", "--no-sign", ECHO, "-o", wasm], {
      XDG_CACHE_HOME: cacheHome,
    });
    expect(compiled.code).toBe(0);
    const result = await spindle(
      ["run", wasm, "--", "x", "y.m3"],
      { XDG_CACHE_HOME: cacheHome },
      "in\n",
    );
    expect(result.stdout).toBe("arg x\narg y.m3\n1: in\n");
    expect(result.code).toBe(0);
  }, 120_000);

  it("takes argv and stdin as link options", async () => {
    const built = await buildProgram({
      files: [ECHO],
      searchPath: [],
      optimize: 1,
      stdlibDir: STDLIB,
      compilerVersion: COMPILER_VERSION,
    });
    expect(built.diagnostics).toEqual([]);
    let stdout = "";
    const linked = link(
      built.modules.map((m) => ({ name: m.file, bytes: m.bytes })),
      {
        heapLimitBytes: 64 * 1024 * 1024,
        host: {
          stdout: { write: (s: string) => (stdout += s) },
          stderr: { write: () => undefined },
          argv: ["echo", "-v"],
          stdin: new Uint8Array(Buffer.from("\xe9t\xe9\n", "latin1")),
        },
      },
    );
    expect(linked.program?.run()).toEqual({ kind: "completed" });
    // Latin-1 bytes in, the same characters out
    expect(stdout).toBe("arg -v\n1: \xe9t\xe9\n");
  }, 120_000);
  it("reads the process's standard input through a pipe and gets the arguments after --", async () => {
    const result = await spawnCli(
      ["run", ECHO, "--", "a b", "Echo.m3", "-O"],
      "first\nsecond\nno newline",
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      "arg a b\narg Echo.m3\narg -O\n1: first\n2: second\n3: no newline\n",
    );
    expect(result.code).toBe(0);
  }, 180_000);

  it("sees an empty standard input at end of file at once", async () => {
    const result = await spawnCli(["run", ECHO], "");
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
  }, 180_000);
});
