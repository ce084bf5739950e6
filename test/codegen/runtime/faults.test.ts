// Checked run-time errors as a user sees them: the message names the error and the source
// position from the fault-site table; stack and heap exhaustion, escaped exceptions, and exit.
import { describe, expect, it } from "vitest";
import {
  DescriptorKind,
  encodeDescriptor,
  exceptionId,
  FaultCode,
} from "../../../src/codegen/abi.js";
import type { RunOutcome } from "../../../src/codegen/runtime/host.js";
import type { LinkedProgram } from "../../../src/loader/link.js";
import { buildModule, exported, linkOrThrow, metaFor, watData } from "./fixture.js";

const OOPS = exceptionId("Faulty.Oops");
const greeting = new TextEncoder().encode("hello, world\n");
const LINK_DESCRIPTOR = 16;
const staticData = new Uint8Array(64);
staticData.set(greeting, 0);
staticData.set(
  encodeDescriptor({
    typeId: 0x44444444,
    kind: DescriptorKind.fixed,
    openDims: 0,
    display: [0x44444444],
    size: 4000,
    pointerOffsets: [8],
  }),
  LINK_DESCRIPTOR,
);

const faulty = buildModule(
  metaFor({
    module: "Faulty",
    sourceFile: "m.m3",
    faultSites: [
      [3, 1],
      [12, 7],
    ],
    exceptions: [{ id: OOPS, name: "Faulty.Oops" }],
    dataSize: 64,
  }),
  `
 (data (offset (global.get $mb)) "${watData(staticData)}")
 (func (export "__spindle_init"))
 (func (export "Faulty.Subscript")
  (call $fault (i32.const ${FaultCode.subscriptOutOfRange}) (i32.const 1))
  (unreachable))
 (func $recurse (export "Faulty.Recurse") (param $n i64) (result i64)
  (i64.add (call $recurse (i64.add (local.get $n) (i64.const 1))) (local.get $n)))
 (func (export "Faulty.Hog")
  (local $fp i32) (local $node i32)
  (local.set $fp (i32.sub (global.get $sp) (i32.const 16)))
  (i64.store (local.get $fp) (i64.const ${16 + 2 ** 32}))
  (i64.store offset=8 (local.get $fp) (i64.const 0))
  (global.set $sp (local.get $fp))
  (loop $forever
   (local.set $node (call $alloc (i32.add (global.get $mb) (i32.const ${LINK_DESCRIPTOR})) (i32.const 4000)))
   (i32.store offset=8 (local.get $node) (i32.load offset=8 (local.get $fp)))
   (i32.store offset=8 (local.get $fp) (local.get $node))
   (br $forever)))
 (func (export "Faulty.Raise")
  (call $raise (i32.const ${OOPS | 0}) (i32.const 0)))
 (func (export "Faulty.ExitInsideTry") (result i32)
  (try (do (call $exit (i32.const 3))) (catch_all))
  (i32.const 1))
 (func (export "Faulty.Print")
  (call $write (i32.const 1) (global.get $mb) (i32.const ${greeting.length})))
`,
  `(import "spindle:host" "write" (func $write (param i32 i32 i32)))`,
);

function run(program: LinkedProgram, name: string, ...args: unknown[]): RunOutcome {
  return program.call(exported(program, "Faulty", name), args);
}

function messageOf(outcome: RunOutcome): string {
  if (outcome.kind !== "failed") throw new Error(`expected a failure, got ${outcome.kind}`);
  return outcome.error.message;
}

describe("checked run-time errors", () => {
  it("report file:line:col from the module's fault-site table", () => {
    const { program } = linkOrThrow([{ name: "m.wasm", bytes: faulty }]);
    expect(messageOf(run(program, "Faulty.Subscript"))).toBe(
      "m.m3:12:7: checked run-time error: subscript out of range",
    );
  });

  it("report stack exhaustion and restore the shadow stack pointer", () => {
    const { program } = linkOrThrow([{ name: "m.wasm", bytes: faulty }]);
    const before = program.stackPointer.value;
    expect(messageOf(run(program, "Faulty.Recurse", 0n))).toBe(
      "checked run-time error: stack exhausted",
    );
    expect(program.stackPointer.value).toBe(before);
  });

  it("report heap exhaustion cleanly, and the program can go on", () => {
    const { program } = linkOrThrow(
      [{ name: "m.wasm", bytes: faulty }],
      4 * 1024 * 1024,
      1024 * 1024,
    );
    const before = program.stackPointer.value;
    expect(messageOf(run(program, "Faulty.Hog"))).toBe("checked run-time error: heap exhausted");
    expect(program.stackPointer.value).toBe(before);
    expect(run(program, "Faulty.Print")).toEqual({ kind: "completed" });
  });

  it("name an exception that escapes", () => {
    const { program } = linkOrThrow([{ name: "m.wasm", bytes: faulty }]);
    expect(messageOf(run(program, "Faulty.Raise"))).toBe(
      "checked run-time error: unhandled exception 'Faulty.Oops'",
    );
  });

  it("let exit through FINALLY-style catch_all handlers with its status", () => {
    const { program } = linkOrThrow([{ name: "m.wasm", bytes: faulty }]);
    expect(run(program, "Faulty.ExitInsideTry")).toEqual({ kind: "exited", status: 3 });
  });
});

describe("console output", () => {
  it("is buffered and written to the given stream as Latin-1", () => {
    const { program, output } = linkOrThrow([{ name: "m.wasm", bytes: faulty }]);
    expect(run(program, "Faulty.Print")).toEqual({ kind: "completed" });
    expect(output.stdout).toBe("hello, world\n");
    expect(output.stderr).toBe("");
  });
});
