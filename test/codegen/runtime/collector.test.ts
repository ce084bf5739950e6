// The collector as generated code will meet it: collections in the middle of a call with roots
// only on the shadow stack, module globals as roots, deep lists, per-domain accounting, stress.
import { describe, expect, it } from "vitest";
import { exported, linkOrThrow } from "./fixture.js";
import { listsModule } from "./lists.js";

const MiB = 1024 * 1024;

function lists(heapLimit = 64 * MiB, threshold = 1 * MiB) {
  const { program } = linkOrThrow([listsModule()], heapLimit, threshold);
  expect(program.run()).toEqual({ kind: "completed" });
  return {
    program,
    build: exported<(n: number) => bigint>(program, "Lists", "Lists.Build"),
    fill: exported<(n: number) => void>(program, "Lists", "Lists.Fill"),
    garbage: exported<(n: number) => void>(program, "Lists", "Lists.Garbage"),
    sum: exported<() => bigint>(program, "Lists", "Lists.Sum"),
    drop: exported<() => void>(program, "Lists", "Lists.Drop"),
    wide: exported<(n: number) => void>(program, "Lists", "Lists.Wide"),
    wideSum: exported<() => bigint>(program, "Lists", "Lists.WideSum"),
    stress: exported<(budget: bigint, ring: number) => number>(program, "Lists", "Lists.Stress"),
  };
}

const triangle = (n: number): bigint => (BigInt(n) * BigInt(n - 1)) / 2n;

describe("the collector", () => {
  it("collects in the middle of a call, keeping what the shadow stack reaches", () => {
    const { program, build } = lists();
    const n = 40_000;
    expect(build(n)).toBe(triangle(n));
    const during = program.gcStats();
    expect(during.collections).toBeGreaterThan(3);
    expect(during.freedObjects).toBeGreaterThan(2 * n);
    program.runtime.collect();
    const after = program.gcStats();
    // the list died with the frame; nothing but the (empty) globals remains
    expect(after.liveBytesAfterLastCollection).toBeLessThan(64 * 1024);
    expect(after.allocations).toBe(4 * n);
  });

  it("treats registered module globals as roots", () => {
    const { program, fill, garbage, sum, drop } = lists();
    fill(50_000);
    garbage(200_000);
    program.runtime.collect();
    expect(sum()).toBe(triangle(50_000));
    expect(program.gcStats().liveBytesAfterLastCollection).toBeGreaterThanOrEqual(50_000 * 32);
    drop();
    program.runtime.collect();
    expect(program.gcStats().liveBytesAfterLastCollection).toBeLessThan(64 * 1024);
  });

  it("marks a list of 1,000,000 nodes without overflowing any stack", () => {
    const { program, fill, sum } = lists(128 * MiB, 64 * MiB);
    fill(1_000_000);
    program.runtime.collect();
    expect(program.gcStats().liveBytesAfterLastCollection).toBeGreaterThanOrEqual(32_000_000);
    expect(sum()).toBe(triangle(1_000_000));
  });

  it("recovers when an object has more unmarked children than the mark stack holds", () => {
    const { program, wide, wideSum, garbage } = lists();
    wide(100_000);
    program.runtime.collect();
    garbage(100_000);
    program.runtime.collect();
    expect(program.gcStats().liveBytesAfterLastCollection).toBeGreaterThanOrEqual(100_000 * 32);
    expect(wideSum()).toBe(triangle(100_000));
  });

  it("charges allocations to the current domain", () => {
    const { program, fill, garbage } = lists();
    expect(program.runtime.setDomain(5)).toBe(0);
    fill(1000);
    expect(program.runtime.setDomain(7)).toBe(5);
    garbage(10);
    program.runtime.setDomain(0);
    program.runtime.collect();
    expect(program.domainCounters(5)).toEqual({
      allocations: 1000,
      allocatedBytes: 1000 * 32,
      liveBytes: 1000 * 32,
      liveObjects: 1000,
    });
    expect(program.domainCounters(7)).toMatchObject({
      allocations: 10,
      allocatedBytes: 10 * 128,
      liveObjects: 0,
    });
  });

  it("keeps the live set intact while 256 MiB pass through a 64 MiB heap", () => {
    const full = process.env["SPINDLE_GC_STRESS_FULL"] === "1";
    const budget = full ? 2048 * MiB : 256 * MiB;
    const { program, stress } = lists(64 * MiB, 16 * MiB);
    const started = performance.now();
    expect(stress(BigInt(budget), 8192)).toBe(0);
    const stats = program.gcStats();
    if (full) {
      console.log(
        `GC stress ${budget / MiB} MiB: ${(performance.now() - started).toFixed(0)} ms, ${stats.collections} collections, ${stats.gcMilliseconds.toFixed(0)} ms in GC`,
      );
    }
    expect(stats.allocatedBytes).toBeGreaterThanOrEqual(budget);
    expect(stats.peakHeapBytes).toBeLessThanOrEqual(64 * MiB);
    expect(stats.liveBytesAfterLastCollection).toBeLessThanOrEqual(32 * MiB);
    expect(stats.collections).toBeGreaterThan(5);
  });
});
