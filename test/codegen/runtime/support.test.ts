// The runtime's support procedures as generated code will call them: TEXT helpers, floor
// DIV/MOD, set operations, host-held root slots, and the determinism of the runtime's bytes.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  EMPTY_TEXT,
  RuntimeExport,
  TEXT_CHARS,
  TEXT_DESCRIPTOR,
  TEXT_LENGTH,
} from "../../../src/codegen/abi.js";
import { buildRuntimeBytes } from "../../../src/codegen/runtime/build.js";
import type { LinkedProgram } from "../../../src/loader/link.js";
import { linkOrThrow } from "./fixture.js";
import { listsModule } from "./lists.js";

type Fn = (...args: never[]) => unknown;

function runtime(): { program: LinkedProgram; fn: <T extends Fn>(name: string) => T } {
  const { program } = linkOrThrow([listsModule()]);
  return {
    program,
    fn: <T extends Fn>(name: string) => program.runtime.instance.exports[name] as T,
  };
}

function makeText(program: LinkedProgram, value: string): number {
  const textNew = program.runtime.instance.exports[RuntimeExport.textNew] as (n: number) => number;
  const t = textNew(value.length);
  new Uint8Array(program.memory.buffer, t + TEXT_CHARS, value.length).set(
    Buffer.from(value, "latin1"),
  );
  return t;
}

function readText(program: LinkedProgram, t: number): string {
  const view = new DataView(program.memory.buffer);
  expect(view.getUint32(t, true)).toBe(TEXT_DESCRIPTOR);
  const length = view.getUint32(t + TEXT_LENGTH, true);
  return Buffer.from(new Uint8Array(program.memory.buffer, t + TEXT_CHARS, length)).toString(
    "latin1",
  );
}

describe("runtime support", () => {
  it("concatenates, compares, hashes and slices TEXT", () => {
    const { program, fn } = runtime();
    const a = makeText(program, "Hello, ");
    const b = makeText(program, "wörld");
    const cat = fn<(a: number, b: number) => number>(RuntimeExport.textCat)(a, b);
    expect(readText(program, cat)).toBe("Hello, wörld");
    const equal = fn<(a: number, b: number) => number>(RuntimeExport.textEqual);
    expect(equal(cat, makeText(program, "Hello, wörld"))).toBe(1);
    expect(equal(cat, a)).toBe(0);
    const compare = fn<(a: number, b: number) => number>(RuntimeExport.textCompare);
    expect([compare(a, b), compare(b, a), compare(a, a), compare(a, cat)]).toEqual([-1, 1, 0, -1]);
    const hash = fn<(t: number) => number>(RuntimeExport.textHash);
    expect(hash(cat) >>> 0).toBe(hash(makeText(program, "Hello, wörld")) >>> 0);
    const sub = fn<(t: number, start: number, length: number) => number>(RuntimeExport.textSub);
    expect(readText(program, sub(cat, 7, 100))).toBe("wörld");
    expect(sub(cat, 50, 2)).toBe(EMPTY_TEXT);
  });

  it("divides and takes modulus rounding toward minus infinity", () => {
    const { fn } = runtime();
    const div = fn<(a: bigint, b: bigint) => bigint>(RuntimeExport.divInt);
    const mod = fn<(a: bigint, b: bigint) => bigint>(RuntimeExport.modInt);
    expect([div(7n, 2n), div(-7n, 2n), div(7n, -2n), div(-7n, -2n)]).toEqual([3n, -4n, -4n, 3n]);
    expect([mod(7n, 2n), mod(-7n, 2n), mod(7n, -2n), mod(-7n, -2n)]).toEqual([1n, 1n, -1n, -1n]);
    expect(div(-(2n ** 63n), -1n)).toBe(-(2n ** 63n));
  });

  it("operates on sets as 64-bit words", () => {
    const { program, fn } = runtime();
    const base = program.runtime.staticAlloc(64);
    const words = new BigUint64Array(program.memory.buffer, base, 6);
    words.set([0b1100n, 1n, 0b1010n, 3n]);
    fn<(d: number, a: number, b: number, n: number) => void>(RuntimeExport.setUnion)(
      base + 32,
      base,
      base + 16,
      2,
    );
    expect([words[4], words[5]]).toEqual([0b1110n, 3n]);
    const subset = fn<(a: number, b: number, n: number) => number>(RuntimeExport.setSubset);
    expect([subset(base, base + 32, 2), subset(base + 32, base, 2)]).toEqual([1, 0]);
  });

  it("keeps objects held in host root slots alive until freed", () => {
    const { program } = runtime();
    const kept = makeText(program, "kept by the host");
    const slot = program.runtime.rootNew(kept);
    program.runtime.collect();
    expect(program.runtime.rootGet(slot)).toBe(kept);
    expect(readText(program, kept)).toBe("kept by the host");
    const live = program.gcStats().liveBytesAfterLastCollection;
    program.runtime.rootFree(slot);
    program.runtime.collect();
    expect(program.gcStats().liveBytesAfterLastCollection).toBeLessThan(live);
    expect(program.runtime.rootGet(slot)).toBe(0);
  });

  it("is built to the same bytes every time", () => {
    const digest = (bytes: Uint8Array): string => createHash("sha256").update(bytes).digest("hex");
    expect(digest(buildRuntimeBytes())).toBe(digest(buildRuntimeBytes()));
  });
});
