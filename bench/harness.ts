// Benchmark plumbing: repeated timing with warm-up, medians, and ratios against a baseline run
// in the same process, because absolute times on shared machines are noise.
import { performance } from "node:perf_hooks";

export interface Measurement {
  readonly name: string;
  /** Median wall time of one run, in milliseconds. */
  readonly medianMs: number;
  readonly runs: number;
}

export interface MeasureOptions {
  readonly warmup?: number;
  readonly runs?: number;
  /** Stop adding runs after this much total time, but always do at least 3. */
  readonly budgetMs?: number;
}

export async function measure(
  name: string,
  run: () => unknown | Promise<unknown>,
  options: MeasureOptions = {},
): Promise<Measurement> {
  const warmup = options.warmup ?? 2;
  const maxRuns = options.runs ?? 15;
  const budget = options.budgetMs ?? 5_000;
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < 3 || performance.now() - started < budget)) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { name, medianMs: times[times.length >> 1] ?? 0, runs: times.length };
}

export function ratio(subject: Measurement, baseline: Measurement): number {
  return subject.medianMs / baseline.medianMs;
}

export function geometricMean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

/** A markdown table, so results can be pasted into docs/benchmarks.md as they are printed. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function fixed(value: number, digits = 2): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}
