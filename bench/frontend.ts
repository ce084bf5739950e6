// Front-end throughput: parse + type-check of a generated 50,000-line program, against the
// TypeScript compiler checking a TypeScript program of the same shape and size on the same
// machine. Each case runs in a process of its own (see frontend-cases.ts), one after the other.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { MODULES, pageTouchMicros, type CaseName, type CaseResult } from "./frontend-cases.js";
import { fixed, table } from "./harness.js";

const CASES_FILE = fileURLToPath(new URL("./frontend-cases.ts", import.meta.url));

function runCase(name: CaseName): CaseResult {
  const child = spawnSync(process.execPath, ["--import", "tsx", CASES_FILE, name], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`front-end case ${name} failed:\n${child.stderr}`);
  const lastLine = child.stdout.trim().split("\n").pop() ?? "";
  return JSON.parse(lastLine) as CaseResult;
}

export async function frontendBenchmark(): Promise<string> {
  const parseOnly = runCase("parse");
  const checked = runCase("check");
  const kept = runCase("check-kept");
  const tsc = runCase("tsc");
  const touch = pageTouchMicros();

  const rate = (c: CaseResult) => c.lines / (c.medianMs / 1000);
  const row = (what: string, c: CaseResult) => [
    what,
    String(c.lines),
    fixed(c.medianMs, 0),
    fixed(rate(c), 0),
  ];
  const rows = [
    row("Spindle parse", parseOnly),
    row("Spindle parse + check (`spindle check`: each body dropped once checked)", checked),
    row("Spindle parse + check, bodies kept (what `spindle compile` generates code from)", kept),
    row("tsc --noEmit (same shape, in-process)", tsc),
  ];
  const memoryLine = (what: string, c: CaseResult): string =>
    c.faults === undefined || c.cpuMs === undefined
      ? "(page faults are counted on Linux only)"
      : `${what}: ${c.faults} page faults (${fixed((c.faults * 4096) / 1e6, 0)} MB first touched), ` +
        `at ${fixed(touch, 1)} µs per fresh page measured now, about ${fixed((c.faults * touch) / 1000, 0)} ms; ` +
        `${fixed(c.cpuMs, 0)} ms of CPU in all threads.`;
  return [
    `### Front end: parse + check (${MODULES} modules, ${checked.lines} lines)`,
    "",
    table(["what", "lines", "median ms", "lines/s"], rows),
    "",
    `Spindle parse + check is ${fixed(rate(checked) / rate(tsc))}× the line rate of tsc on the same machine ` +
      `(${fixed(rate(kept) / rate(tsc))}× with the bodies kept). Each case ran in a process of its own.`,
    "",
    memoryLine("One parse + check", checked),
    "",
    memoryLine("One parse + check, bodies kept", kept),
  ].join("\n");
}
