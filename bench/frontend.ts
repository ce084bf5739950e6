// Front-end throughput: parse + type-check of a generated 50,000-line program, against the
// TypeScript compiler checking a TypeScript program of the same shape and size in the same run.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { parse } from "../src/lang/index.js";
import { check } from "../src/typecheck/index.js";
import { generateModule } from "../test/lang/support/generate.js";
import { fixed, measure, table, type Measurement } from "./harness.js";

const MODULES = 5;
const LINES_PER_MODULE = 10_000;

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

function tsModule(lines: number, name: string): string {
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

function countLines(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + t.split("\n").length - 1, 0);
}

let generation = 0;

/** Fresh module names each run, so no cache inside the checker can serve a repeat. */
function spindleSources(): { path: string; text: string }[] {
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
function pageTouchMicros(): number {
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

export async function frontendBenchmark(): Promise<string> {
  const sample = spindleSources();
  const lines = countLines(sample.map((s) => s.text));
  const tsFiles = new Map(
    Array.from({ length: MODULES }, (_, i) => [
      `/bench/big${i}.ts`,
      tsModule(LINES_PER_MODULE, `big${i}`),
    ]),
  );
  const tsLines = countLines([...tsFiles.values()]);

  const probe = check({ units: sample, searchPath: [] });
  const errors = probe.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(`generated program does not check: ${errors[0]?.message}`);
  const tsErrors = typescriptCheck(tsFiles);
  if (tsErrors > 0) throw new Error(`generated TypeScript has ${tsErrors} errors`);

  const parseOnly = await measure("parse", () => {
    for (const s of spindleSources()) parse(s);
  });
  const parseAndCheck = await measure("parse + check", () => {
    check({ units: spindleSources(), searchPath: [] });
  });
  const tsc = await measure("tsc (API, noEmit)", () => typescriptCheck(tsFiles), { runs: 5 });
  const memory = memoryCost(() => check({ units: spindleSources(), searchPath: [] }));
  const touch = pageTouchMicros();
  // The generators themselves take time inside the measured runs; subtract their cost.
  const generationOnly = await measure("generate sources", () => spindleSources());

  const rate = (m: Measurement, n: number, minus = generationOnly.medianMs) =>
    n / ((m.medianMs - minus) / 1000);
  const rows = [
    [
      "Spindle parse",
      String(lines),
      fixed(parseOnly.medianMs - generationOnly.medianMs, 0),
      fixed(rate(parseOnly, lines), 0),
    ],
    [
      "Spindle parse + check",
      String(lines),
      fixed(parseAndCheck.medianMs - generationOnly.medianMs, 0),
      fixed(rate(parseAndCheck, lines), 0),
    ],
    [
      "tsc --noEmit (same shape, in-process)",
      String(tsLines),
      fixed(tsc.medianMs, 0),
      fixed(rate(tsc, tsLines, 0), 0),
    ],
  ];
  const speedup = rate(parseAndCheck, lines) / rate(tsc, tsLines, 0);
  const memoryLine =
    memory === undefined
      ? "(page faults are counted on Linux only)"
      : `One parse + check: ${memory.faults} page faults (${fixed((memory.faults * 4096) / 1e6, 0)} MB first touched), ` +
        `at ${fixed(touch, 1)} µs per fresh page measured now, about ${fixed((memory.faults * touch) / 1000, 0)} ms; ` +
        `${fixed(memory.cpuMs, 0)} ms of CPU in all threads.`;
  return [
    `### Front end: parse + check (${MODULES} modules, ${lines} lines)`,
    "",
    table(["what", "lines", "median ms", "lines/s"], rows),
    "",
    `Spindle parse + check is ${fixed(speedup)}× the line rate of tsc on the same machine in the same run.`,
    "",
    memoryLine,
  ].join("\n");
}
