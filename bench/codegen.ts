// Generated-code speed: seven kernels compiled by Spindle (run-time checks on, -O2) against the
// same algorithms in plain JavaScript, AssemblyScript (-O3) and C (clang-14 -O2 to wasm32) in the
// same run; plus compile time per kernel against asc -O3.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import asc from "assemblyscript/asc";
import { buildProgram, compileModule } from "../src/codegen/program.js";
import { COMPILER_VERSION } from "../src/codegen/index.js";
import { STDLIB_DIR } from "../src/typecheck/index.js";
import { link } from "../src/loader/index.js";
import { performance } from "node:perf_hooks";
import { fixed, geometricMean, measure, table, type Measurement } from "./harness.js";
import { startupBenchmark } from "./startup.js";

const KERNELS_DIR = fileURLToPath(new URL("./kernels/", import.meta.url));
const M3_DIR = join(KERNELS_DIR, "m3");

interface Kernel {
  /** File stem of the JS, AssemblyScript and C versions. */
  readonly file: string;
  /** The Modula-3 interface and module: `PROCEDURE Run (n: INTEGER): …`. */
  readonly module: string;
  readonly title: string;
  readonly n: number;
}

const KERNELS: readonly Kernel[] = [
  { file: "fib", module: "BenchFib", title: "recursive fib(35)", n: 35 },
  { file: "sieve", module: "BenchSieve", title: "prime sieve to 20M", n: 20_000_000 },
  { file: "quicksort", module: "BenchQuicksort", title: "quicksort 2M integers", n: 2_000_000 },
  { file: "checksum", module: "BenchChecksum", title: "RFC 1071 checksum, 60 MiB", n: 60 },
  { file: "trees", module: "BenchTrees", title: "binary-trees depth 15", n: 15 },
  { file: "table", module: "BenchTable", title: "TEXT-keyed hash table, 100k keys", n: 100_000 },
  { file: "nbody", module: "BenchNBody", title: "n-body, 1M steps", n: 1_000_000 },
];

type Runner = (n: number) => number;

/** One implementation ready to run, or why it is not. */
type Prepared = { kind: "ready"; run: Runner } | { kind: "failed"; reason: string };

// The project's lib settings do not declare WebAssembly; Node 20 has it.
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: {
      instantiate(
        bytes: Uint8Array,
        imports: object,
      ): Promise<{ instance: { exports: Record<string, unknown> } }>;
    };
  }
).WebAssembly;

const HEAP_LIMIT_BYTES = 1024 * 1024 * 1024;

function firstLine(text: string): string {
  return text.split("\n").find((l) => l.trim() !== "") ?? text;
}

async function prepareSpindle(kernel: Kernel): Promise<Prepared> {
  const built = await buildProgram({
    files: [join(M3_DIR, `${kernel.module}.m3`)],
    searchPath: [M3_DIR],
    optimize: 2,
    stdlibDir: STDLIB_DIR,
    compilerVersion: COMPILER_VERSION,
  });
  const errors = built.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0)
    return {
      kind: "failed",
      reason: errors.map((d) => `${d.code}: ${d.message}`).join("; "),
    };
  const output: string[] = [];
  const sink = { write: (s: string) => void output.push(s) };
  const linked = link(
    built.modules.map((m) => ({ name: m.file, bytes: m.bytes })),
    { heapLimitBytes: HEAP_LIMIT_BYTES, host: { stdout: sink, stderr: sink } },
  );
  if (!linked.program)
    return {
      kind: "failed",
      reason: linked.diagnostics.map((d) => `${d.code}: ${d.message}`).join("; "),
    };
  const program = linked.program;
  const started = program.run();
  if (started.kind !== "completed")
    return { kind: "failed", reason: `module initialisation: ${JSON.stringify(started)}` };
  const instance = program.module(kernel.module)?.instance;
  const fn = instance?.exports[`${kernel.module}.Run`];
  if (typeof fn !== "function")
    return { kind: "failed", reason: `no export '${kernel.module}.Run' after linking` };
  const run = fn as (n: bigint) => bigint | number;
  const guarded = fn as (...args: never[]) => unknown;
  // A first call through the loader's guard turns a run-time error into a readable failure.
  const probe = program.call(guarded, [BigInt(kernel.n)]);
  if (probe.kind !== "completed")
    return {
      kind: "failed",
      reason: `run-time failure: ${probe.kind === "failed" ? firstLine(probe.error.message) : JSON.stringify(probe)}`,
    };
  return { kind: "ready", run: (n) => Number(run(BigInt(n))) };
}

async function prepareJs(kernel: Kernel): Promise<Prepared> {
  const url = pathToFileURL(join(KERNELS_DIR, "js", `${kernel.file}.js`)).href;
  const loaded = (await import(url)) as { run?: unknown };
  const run = loaded.run;
  if (typeof run !== "function") return { kind: "failed", reason: "no run export" };
  return { kind: "ready", run: run as Runner };
}

function asSource(kernel: Kernel): string {
  return readFileSync(join(KERNELS_DIR, "as", `${kernel.file}.as`), "utf8");
}

async function compileAs(kernel: Kernel): Promise<{ binary?: Uint8Array; error?: string }> {
  const result = await asc.compileString(
    { [`${kernel.file}.ts`]: asSource(kernel) },
    { optimizeLevel: 3, shrinkLevel: 0 },
  );
  if (result.error || !result.binary)
    return { error: firstLine(result.stderr.toString() || String(result.error)) };
  return { binary: result.binary };
}

async function instantiateRun(bytes: Uint8Array): Promise<Runner> {
  const imports = {
    env: {
      abort: () => {
        throw new Error("abort() called by the kernel");
      },
    },
  };
  const { instance } = await wasmApi.instantiate(bytes, imports);
  const run = instance.exports["run"];
  if (typeof run !== "function") throw new Error("no run export");
  return run as Runner;
}

async function prepareAs(kernel: Kernel): Promise<Prepared> {
  const compiled = await compileAs(kernel);
  if (!compiled.binary) return { kind: "failed", reason: compiled.error ?? "asc failed" };
  return { kind: "ready", run: await instantiateRun(compiled.binary) };
}

const CLANG = "clang-14";
export const CLANG_FLAGS = [
  "--target=wasm32",
  "-O2",
  "-nostdlib",
  "-Wl,--no-entry",
  "-Wl,--export-dynamic",
  // wasm32 clang hides symbols by default; memset/memcpy become memory.fill/copy without a libc
  "-Wl,--export=run",
  "-mbulk-memory",
];

function clangAvailable(): boolean {
  return spawnSync(CLANG, ["--version"], { encoding: "utf8" }).status === 0;
}

/** clang drives `wasm-ld`; Debian names it wasm-ld-14, so point at it by path when that is what exists. */
function linkerFlag(): string[] {
  if (spawnSync("wasm-ld", ["--version"]).status === 0) return [];
  const found = spawnSync("sh", ["-c", "command -v wasm-ld-14"], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path !== "" ? [`-fuse-ld=${path}`] : [];
}

async function prepareC(kernel: Kernel, outDir: string): Promise<Prepared> {
  const out = join(outDir, `${kernel.file}.wasm`);
  const compiled = spawnSync(
    CLANG,
    [...CLANG_FLAGS, ...linkerFlag(), "-o", out, join(KERNELS_DIR, "c", `${kernel.file}.c`)],
    { encoding: "utf8" },
  );
  if (compiled.status !== 0) return { kind: "failed", reason: firstLine(compiled.stderr) };
  return { kind: "ready", run: await instantiateRun(new Uint8Array(readFileSync(out))) };
}

interface KernelResult {
  readonly kernel: Kernel;
  readonly times: Map<string, Measurement>;
  readonly failures: Map<string, string>;
}

const LANGUAGES = ["Spindle", "JS", "AS", "clang"] as const;
type Language = (typeof LANGUAGES)[number];

async function runKernel(kernel: Kernel, useClang: boolean, outDir: string): Promise<KernelResult> {
  const prepared = new Map<Language, Prepared>([
    ["Spindle", await prepareSpindle(kernel).catch(failure)],
    ["JS", await prepareJs(kernel).catch(failure)],
    ["AS", await prepareAs(kernel).catch(failure)],
  ]);
  if (useClang) prepared.set("clang", await prepareC(kernel, outDir).catch(failure));
  const times = new Map<string, Measurement>();
  const failures = new Map<string, string>();
  const ready: [Language, Runner][] = [];
  let expected: number | undefined;
  // JS is the reference result: every other implementation must agree with it.
  for (const language of ["JS", "Spindle", "AS", "clang"] as const) {
    const p = prepared.get(language);
    if (!p) continue;
    if (p.kind === "failed") {
      failures.set(language, p.reason);
      continue;
    }
    let result: number;
    try {
      result = p.run(kernel.n);
    } catch (e) {
      failures.set(language, `threw: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    if (expected === undefined) expected = result;
    else if (result !== expected) {
      failures.set(language, `wrong result ${result}, expected ${expected}`);
      continue;
    }
    ready.push([language, p.run]);
  }
  for (const [language, m] of interleaved(ready, kernel.n)) times.set(language, m);
  return { kernel, times, failures };
}

const ROUNDS = 5;
const MIN_ROUNDS = 3;
const KERNEL_BUDGET_MS = 5_000;

/**
 * Times the implementations in alternation, one call each per round, so that load from other
 * processes on a shared machine falls on all of them alike and the ratios stay steady.
 */
function interleaved(
  runners: readonly [Language, Runner][],
  n: number,
): Map<Language, Measurement> {
  const samples = new Map<Language, number[]>(runners.map(([l]) => [l, []]));
  for (const [, run] of runners) run(n); // warm-up: tier-up and heap growth happen here
  const started = performance.now();
  for (
    let round = 0;
    round < ROUNDS && (round < MIN_ROUNDS || performance.now() - started < KERNEL_BUDGET_MS);
    round++
  ) {
    for (const [language, run] of runners) {
      const t0 = performance.now();
      run(n);
      samples.get(language)?.push(performance.now() - t0);
    }
  }
  const result = new Map<Language, Measurement>();
  for (const [language, times] of samples) {
    times.sort((a, b) => a - b);
    result.set(language, {
      name: language,
      medianMs: times[times.length >> 1] ?? 0,
      runs: times.length,
    });
  }
  return result;
}

function failure(e: unknown): Prepared {
  return { kind: "failed", reason: e instanceof Error ? firstLine(e.message) : String(e) };
}

async function compileTimes(): Promise<string> {
  const rows: string[][] = [];
  const ratios: number[] = [];
  for (const kernel of KERNELS) {
    const path = join(M3_DIR, `${kernel.module}.m3`);
    const text = readFileSync(path, "utf8");
    const probe = await compileModule(path, text, { searchPath: [M3_DIR], optimize: 2 });
    const spindleOk = probe.bytes !== undefined;
    const asProbe = await compileAs(kernel);
    const spindle = spindleOk
      ? await measure(
          `compile ${kernel.module}`,
          () => compileModule(path, text, { searchPath: [M3_DIR], optimize: 2 }),
          { runs: 9, budgetMs: 2_000 },
        )
      : undefined;
    const ascTime = asProbe.binary
      ? await measure(`asc ${kernel.file}`, () => compileAs(kernel), { warmup: 0, runs: 3 })
      : undefined;
    const r = spindle && ascTime ? spindle.medianMs / ascTime.medianMs : Number.NaN;
    if (Number.isFinite(r)) ratios.push(r);
    rows.push([
      kernel.title,
      spindle ? fixed(spindle.medianMs, 1) : "fails",
      ascTime ? fixed(ascTime.medianMs, 1) : "fails",
      fixed(r, 3),
    ]);
  }
  rows.push(["geometric mean", "", "", fixed(geometricMean(ratios), 3)]);
  return [
    "#### Compile time per kernel (in-process, warm)",
    "",
    "Spindle: check + generate + Binaryen -O2 of the one module (its interfaces re-read each time);",
    "asc: `compileString` at -O3 of the equivalent AssemblyScript. Target: ratio ≤ 0.2.",
    "",
    table(["kernel", "Spindle ms", "asc -O3 ms", "Spindle/asc"], rows),
  ].join("\n");
}

export async function codegenBenchmark(): Promise<string> {
  const useClang = clangAvailable();
  const outDir = mkdtempSync(join(tmpdir(), "spindle-bench-"));
  const results: KernelResult[] = [];
  try {
    for (const kernel of KERNELS) results.push(await runKernel(kernel, useClang, outDir));
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  const ratioOf = (r: KernelResult, other: Language): number => {
    const s = r.times.get("Spindle");
    const o = r.times.get(other);
    return s && o ? s.medianMs / o.medianMs : Number.NaN;
  };
  const ms = (r: KernelResult, language: Language): string => {
    const m = r.times.get(language);
    if (m) return fixed(m.medianMs, 1);
    return r.failures.has(language) ? "fails" : "—";
  };
  const rows = results.map((r) => [
    r.kernel.title,
    ...LANGUAGES.map((l) => ms(r, l)),
    fixed(ratioOf(r, "JS")),
    fixed(ratioOf(r, "AS")),
    fixed(ratioOf(r, "clang")),
  ]);
  const mean = (other: Language) =>
    fixed(geometricMean(results.map((r) => ratioOf(r, other)).filter(Number.isFinite)));
  const measured = (other: Language) =>
    results.filter((r) => Number.isFinite(ratioOf(r, other))).length;
  rows.push([
    "geometric mean",
    "",
    "",
    "",
    "",
    `${mean("JS")} (${measured("JS")})`,
    `${mean("AS")} (${measured("AS")})`,
    `${mean("clang")} (${measured("clang")})`,
  ]);
  const failures = results.flatMap((r) =>
    [...r.failures].map(([language, reason]) => `- ${r.kernel.title}, ${language}: ${reason}`),
  );
  const sections = [
    "### Generated code (codegen)",
    "",
    "Median wall time of one kernel call in ms (context only; the implementations are timed in",
    "alternation, one call each per round, up to 5 rounds) and the ratio of Spindle's time to",
    "each other implementation's (lower is better; < 1 means Spindle is faster). Spindle modules",
    "are compiled at -O2 with every run-time check on; every implementation's result is checked",
    "against the JavaScript one before it is timed. The geometric mean is over the kernels that",
    "ran in both (count in parentheses).",
    "",
    table(
      [
        "kernel",
        "Spindle ms",
        "JS ms",
        "AS ms",
        "clang ms",
        "Spindle/JS",
        "Spindle/AS",
        "Spindle/clang",
      ],
      rows,
    ),
    "",
    useClang
      ? `C: \`${CLANG} ${CLANG_FLAGS.join(" ")}\`.`
      : `C: skipped, \`${CLANG}\` is not on PATH (apt-get install clang-14 lld-14).`,
  ];
  if (failures.length > 0) sections.push("", "Not measured:", "", ...failures);
  sections.push("", await compileTimes(), "", await startupBenchmark());
  return sections.join("\n");
}
