// Test support: one module compiled through the real pipeline (build, link with the runtime and
// the standard library, run), with its output, outcome and collector statistics captured.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { COMPILER_VERSION } from "../../../src/codegen/index.js";
import { buildProgram } from "../../../src/codegen/program.js";
import { link, type GcStats } from "../../../src/loader/index.js";
import { STDLIB_DIR } from "../../../src/typecheck/index.js";

export interface Ran {
  readonly stdout: string;
  readonly stderr: string;
  readonly outcome: string;
  readonly error?: string;
  readonly stats: GcStats;
}

/** Writes `source` as `dir/name.m3`, which must compile without errors, and runs it. */
export async function runProgram(
  dir: string,
  name: string,
  source: string,
  heapLimitBytes = 64 * 1024 * 1024,
): Promise<Ran> {
  const file = join(dir, `${name}.m3`);
  writeFileSync(file, source);
  const built = await buildProgram({
    files: [file],
    searchPath: [dir],
    optimize: 2,
    stdlibDir: STDLIB_DIR,
    compilerVersion: COMPILER_VERSION,
  });
  const errors = built.diagnostics.filter((d) => d.severity === "error");
  expect(errors.map((d) => d.message)).toEqual([]);
  const out: string[] = [];
  const err: string[] = [];
  const linked = link(
    built.modules.map((m) => ({ name: m.file, bytes: m.bytes })),
    {
      heapLimitBytes,
      host: {
        stdout: { write: (s) => void out.push(s) },
        stderr: { write: (s) => void err.push(s) },
      },
    },
  );
  if (!linked.program) throw new Error(linked.diagnostics.map((d) => d.message).join("; "));
  const outcome = linked.program.run();
  return {
    stdout: out.join(""),
    stderr: err.join(""),
    outcome: outcome.kind,
    ...(outcome.kind === "failed" ? { error: outcome.error.message } : {}),
    stats: linked.program.gcStats(),
  };
}
