// The front-end benchmark's workloads, one per process: `node --import tsx frontend-cases.ts CASE`
// measures one case (parse, check, check-kept, tsc) and prints its figures as JSON. Each case runs
// in a process of its own because V8 adapts to what ran before: after a single run that keeps its
// tree, V8's allocation-site pretenuring allocates the parser's nodes directly in the old
// generation, so a later run that drops its bodies touched 40 MB of fresh memory (10k page faults,
// against 3k) and took twice as long (the same with `--no-allocation-site-pretenuring`: 3k).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { parse } from "../src/lang/index.js";
import { check } from "../src/typecheck/index.js";
import { generateModule } from "../test/lang/support/generate.js";
import { measure } from "./harness.js";

export const MODULES = 5;
export const LINES_PER_MODULE = 10_000;

/** The generator's procedure, transliterated: same statements, same expressions, same size. */
function tsProcedure(index: number): string {
  return `export function proc${index}(a: number, b: { v: number }, t: readonly number[]): number {
  const limit = 0xff;
  let sum = 0, i = 0;
  let ref: Node | null = null;
  // Walk the table and accumulate.
  for (let k = 0; k <= t.length - 1; k += 1) {
    if ((t[k] ?? 0) > a && !((t[k] ?? 0) === limit)) {
      sum += (t[k] ?? 0) * 2 + 1;
    } else if ((t[k] ?? 0) < 0) {
      sum = sum - Math.floor(Math.abs(t[k] ?? 0) / 3);
    } else {
      sum = (sum + k) % 7;
    }
  }
  while (i < a) {
    i = i + 1;
    switch (i % 4) {
      case 0: b.v = b.v + 1; break;
      case 1: case 2: b.v = b.v - 1; break;
      default: max(i, b.v);
    }
  }
  ref = { value: sum, next: ref };
  try {
    if (ref.value < 0) { throw new Failure("negative"); }
  } catch (e) {
    if (e instanceof Failure) { b.v = e.message.length; } else { throw e; }
  }
  return sum + b.v + ref.value;
}

`;
}

export function tsModule(lines: number, name: string): string {
  const header = `// ${name}
interface Node { value: number; next: Node | null }
class Failure extends Error {}
function max(x: number, y: number): number { if (x > y) { return x; } else { return y; } }

`;
  const parts = [header];
  let count = header.split("\n").length;
  for (let i = 0; count < lines; i++) {
    const text = tsProcedure(i);
    parts.push(text);
    count += text.split("\n").length - 1;
  }
  return parts.join("");
}

export function countLines(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + t.split("\n").length - 1, 0);
}

let generation = 0;

/** Fresh module names each run, so no cache inside the checker can serve a repeat. */
export function spindleSources(): { path: string; text: string }[] {
  generation++;
  return Array.from({ length: MODULES }, (_, i) => {
    const name = `Big${generation}x${i}`;
    return { path: `${name}.m3`, text: generateModule(LINES_PER_MODULE, name) };
  });
}

function typescriptCheck(files: ReadonlyMap<string, string>): number {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    noLib: false,
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const original = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language) => {
    const text = files.get(fileName);
    return text !== undefined
      ? ts.createSourceFile(fileName, text, language)
      : original(fileName, language);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  return ts.getPreEmitDiagnostics(program).length;
}

/** This process's minor page faults so far (Linux), or undefined elsewhere. */
function minorFaults(): number | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    // the fields after the command name, which is in parentheses and may contain spaces
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[7]);
  } catch {
    return undefined;
  }
}

/** What one first touch of a fresh 4 KB page costs here, in µs: 64 MiB touched once. */
export function pageTouchMicros(): number {
  const pages = 16_384;
  const buffer = Buffer.allocUnsafeSlow(pages * 4096);
  const start = performance.now();
  for (let i = 0; i < pages; i++) buffer[i * 4096] = 1;
  return ((performance.now() - start) * 1000) / pages;
}

const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1] ?? 0;

/**
 * Page faults and CPU time of parse + check runs. Memory the program keeps is memory touched for
 * the first time, and on some machines (virtual ones that hand pages out lazily) that costs more
 * than the work done with it: these figures say how much of the time is that.
 */
function memoryCost(run: () => void): { faults: number; cpuMs: number } | undefined {
  if (minorFaults() === undefined) return undefined;
  const faults: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const f0 = minorFaults() ?? 0;
    const c0 = process.cpuUsage();
    run();
    const used = process.cpuUsage(c0);
    faults.push((minorFaults() ?? 0) - f0);
    cpu.push((used.user + used.system) / 1000);
  }
  return { faults: median(faults), cpuMs: median(cpu) };
}

export const CASES = ["parse", "check", "check-kept", "tsc"] as const;
export type CaseName = (typeof CASES)[number];

/** What one case measured: median ms of a run, lines per run, page faults and CPU of one run. */
export interface CaseResult {
  readonly medianMs: number;
  readonly lines: number;
  readonly faults?: number;
  readonly cpuMs?: number;
}

function tsFiles(): Map<string, string> {
  return new Map(
    Array.from({ length: MODULES }, (_, i) => [
      `/bench/big${i}.ts`,
      tsModule(LINES_PER_MODULE, `big${i}`),
    ]),
  );
}

/** Runs one case; the time to generate the sources is measured too, and subtracted. */
async function runCase(name: CaseName): Promise<CaseResult> {
  if (name === "tsc") {
    const files = tsFiles();
    const errors = typescriptCheck(files);
    if (errors > 0) throw new Error(`generated TypeScript has ${errors} errors`);
    const m = await measure(name, () => typescriptCheck(files), { runs: 5 });
    return { medianMs: m.medianMs, lines: countLines([...files.values()]) };
  }
  const work: Record<Exclude<CaseName, "tsc">, () => void> = {
    parse: () => {
      for (const s of spindleSources()) parse(s);
    },
    check: () => check({ units: spindleSources(), searchPath: [], bodies: "discard" }),
    "check-kept": () => check({ units: spindleSources(), searchPath: [] }),
  };
  const sample = spindleSources();
  // The probe checks as the case does, for the reason above.
  const probe = check({
    units: sample,
    searchPath: [],
    bodies: name === "check" ? "discard" : "keep",
  });
  const errors = probe.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`generated program does not check: ${errors[0]?.message}`);
  const m = await measure(name, work[name]);
  const memory = memoryCost(work[name]);
  const generationOnly = await measure("generate sources", () => spindleSources());
  return {
    medianMs: m.medianMs - generationOnly.medianMs,
    lines: countLines(sample.map((s) => s.text)),
    ...(memory ? { faults: memory.faults, cpuMs: memory.cpuMs } : {}),
  };
}

// Run as a program (not imported by frontend.ts): measure the case named.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const wanted = process.argv[2] ?? "";
  if (!(CASES as readonly string[]).includes(wanted)) throw new Error(`unknown case '${wanted}'`);
  console.log(JSON.stringify(await runCase(wanted as CaseName)));
}
