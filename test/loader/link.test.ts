// Linking separately built modules into one memory, table and heap: calls, shared objects and
// exceptions across modules, initialisation order, and the refusals a user must be able to act on.
import { describe, expect, it } from "vitest";
import { DescriptorKind, encodeDescriptor, exceptionId } from "../../src/codegen/abi.js";
import type { MetaDeclaration } from "../../src/codegen/meta.js";
import { link, type LinkInput } from "../../src/loader/link.js";
import {
  buildModule,
  exported,
  linkOrThrow,
  metaFor,
  watData,
} from "../codegen/runtime/fixture.js";

const E = exceptionId("Lib.E");
const libExports: MetaDeclaration[] = [
  { interface: "Lib", name: "Make", kind: "procedure", fingerprint: "aaaa1111" },
  { interface: "Lib", name: "Value", kind: "procedure", fingerprint: "bbbb2222" },
  { interface: "Lib", name: "Fail", kind: "procedure", fingerprint: "cccc3333" },
  { interface: "Lib", name: "ValueSlot", kind: "procedure", fingerprint: "cccc4444" },
  { interface: "Lib", name: "E", kind: "exception", fingerprint: "dddd4444" },
  { interface: "Lib", name: "counter", kind: "variable", fingerprint: "eeee5555", offset: 32 },
];

const libData = new Uint8Array(64);
libData.set(
  encodeDescriptor({
    typeId: 0x55555555,
    kind: DescriptorKind.fixed,
    openDims: 0,
    display: [0x55555555],
    size: 24,
    pointerOffsets: [8],
  }),
  0,
);
libData.set(new TextEncoder().encode("L"), 48);

const write = `(import "spindle:host" "write" (func $write (param i32 i32 i32)))`;

function lib(): LinkInput {
  const meta = metaFor({
    module: "Lib",
    exports: libExports,
    exceptions: [{ id: E, name: "Lib.E" }],
    dataSize: 64,
    tableSize: 1,
  });
  return {
    name: "Lib.wasm",
    bytes: buildModule(
      meta,
      `
 (data (offset (global.get $mb)) "${watData(libData)}")
 (elem (global.get $tb) $value)
 (func (export "__spindle_init")
  (i64.store offset=32 (global.get $mb) (i64.const 7))
  (call $write (i32.const 1) (i32.add (global.get $mb) (i32.const 48)) (i32.const 1)))
 (func $make (export "Lib.Make") (param $v i64) (result i32)
  (local $r i32)
  (local.set $r (call $alloc (global.get $mb) (i32.const 24)))
  (i64.store offset=16 (local.get $r) (local.get $v))
  (local.get $r))
 (func $value (export "Lib.Value") (param $r i32) (result i64) (i64.load offset=16 (local.get $r)))
 (func (export "Lib.ValueSlot") (result i32) (global.get $tb))
 (func (export "Lib.Fail") (param $v i64)
  (call $raise (i32.const ${E | 0}) (call $make (local.get $v))))
`,
      write,
    ),
  };
}

function mainModule(
  imports: MetaDeclaration[] = libExports.filter((d) => d.name !== "E"),
  importedInterfaces = ["Lib"],
): LinkInput {
  const meta = metaFor({
    module: "Main",
    imports,
    importedInterfaces,
    exceptions: [{ id: E, name: "Lib.E" }],
    dataSize: 16,
  });
  return {
    name: "Main.wasm",
    bytes: buildModule(
      meta,
      `
 (data (offset (global.get $mb)) "M")
 (type $valueOf (func (param i32) (result i64)))
 (func (export "__spindle_init")
  (call $write (i32.const 1) (global.get $mb) (i32.const 1)))
 ;; Make(41) survives a collection in this frame; Fail(1000) raises Lib.E with a fresh object,
 ;; caught here; the counter is Lib's exported variable (7). Returns 41 + 1000 + 7 + 41.
 (func (export "Main.Run") (result i64)
  (local $fp i32) (local $payload i64) (local $v1 i64) (local $v2 i64)
  (local.set $fp (i32.sub (global.get $sp) (i32.const 16)))
  (i64.store (local.get $fp) (i64.const ${16 + 2 * 2 ** 32}))
  (i64.store offset=8 (local.get $fp) (i64.const 0))
  (global.set $sp (local.get $fp))
  (i32.store offset=8 (local.get $fp) (call $Make (i64.const 41)))
  (call $collect)
  (local.set $v1 (call $Value (i32.load offset=8 (local.get $fp))))
  (local.set $v2
   (try (result i64)
    (do (call $Fail (i64.const 1000)) (i64.const -1))
    (catch $exc
     (local.set $payload)
     (global.set $sp (local.get $fp))
     (if (result i64) (i64.eq (i64.shr_u (local.get $payload) (i64.const 32)) (i64.const ${E}))
      (then
       (i32.store offset=12 (local.get $fp) (i32.wrap_i64 (local.get $payload)))
       (call $collect)
       (call $Value (i32.load offset=12 (local.get $fp))))
      (else (i64.const -2))))))
  (global.set $sp (i32.add (local.get $fp) (i32.const 16)))
  (i64.add (i64.add (local.get $v1) (local.get $v2))
   (i64.add (i64.load (global.get $counter))
            (call_indirect (type $valueOf) (i32.load offset=8 (local.get $fp)) (call $ValueSlot)))))
`,
      `${write}
 (import "Lib" "Make" (func $Make (param i64) (result i32)))
 (import "Lib" "Value" (func $Value (param i32) (result i64)))
 (import "Lib" "Fail" (func $Fail (param i64)))
 (import "Lib" "ValueSlot" (func $ValueSlot (result i32)))
 (import "Lib" "counter" (global $counter i32))`,
    ),
  };
}

function messages(inputs: LinkInput[]): string[] {
  const result = link(inputs, {
    heapLimitBytes: 16 * 1024 * 1024,
    host: { stdout: { write: () => 0 }, stderr: { write: () => 0 } },
  });
  expect(result.program).toBeUndefined();
  return result.diagnostics.map((d) => `${d.code} ${d.message}`);
}

describe("linking separately built modules", () => {
  it("shares memory, table, heap and exceptions, and runs imported bodies first", () => {
    const { program, output } = linkOrThrow([mainModule(), lib()]);
    expect(program.modules.map((m) => m.name)).toEqual(["Lib", "Main"]);
    const [libModule, main] = program.modules;
    expect(libModule?.memoryBase).not.toBe(main?.memoryBase);
    expect(libModule?.tableBase).toBe(0);
    expect(program.run()).toEqual({ kind: "completed" });
    expect(output.stdout).toBe("LM");
    const run = exported<() => bigint>(program, "Main", "Main.Run");
    expect(run()).toBe(41n + 1000n + 7n + 41n);
  });

  it("refuses a fingerprint mismatch, naming the declaration", () => {
    const stale = libExports
      .map((d) => (d.name === "Make" ? { ...d, fingerprint: "ffff9999" } : d))
      .filter((d) => d.name !== "E");
    expect(messages([mainModule(stale), lib()])).toEqual([
      "E5005 interface 'Lib', procedure 'Make': module 'Main' was compiled against fingerprint ffff9999, but 'Lib' provides aaaa1111 (in module 'Lib')",
    ]);
  });

  it("names a declaration the exporting module lacks", () => {
    const wanting = [
      ...libExports.filter((d) => d.name !== "E"),
      { interface: "Lib", name: "Gone", kind: "procedure" as const, fingerprint: "1234" },
    ];
    expect(messages([mainModule(wanting), lib()])).toEqual([
      "E5004 module 'Main' needs procedure 'Lib.Gone', but module 'Lib' (exporting 'Lib') does not provide it",
    ]);
  });

  it("names an interface no module exports", () => {
    expect(messages([mainModule()])).toEqual([
      "E5003 module 'Main' imports interface 'Lib', but no module in the link exports it",
    ]);
  });

  it("rejects input without valid meta", () => {
    expect(messages([{ name: "junk.wasm", bytes: new Uint8Array([1, 2, 3]) }])).toEqual([
      "E5001 'junk.wasm': not a WebAssembly binary",
    ]);
    const bare = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    expect(messages([{ name: "bare.wasm", bytes: bare }])).toEqual([
      "E5001 'bare.wasm': no spindle.meta section",
    ]);
  });

  it("refuses the same module twice", () => {
    expect(messages([lib(), lib()])).toContain("E5002 module 'Lib' is linked twice");
  });
});

function pingPong(self: string, other: string): LinkInput {
  const fp = (name: string) => ({
    interface: name,
    name: name === "A" ? "Ping" : "Pong",
    kind: "procedure" as const,
    fingerprint: "abcd",
  });
  const mine = self === "A" ? "Ping" : "Pong";
  const theirs = other === "A" ? "Ping" : "Pong";
  return {
    name: `${self}.wasm`,
    bytes: buildModule(
      metaFor({
        module: self,
        exports: [fp(self)],
        imports: [fp(other)],
        importedInterfaces: [other],
      }),
      `
 (func (export "__spindle_init"))
 (func (export "${self}.${mine}") (param $n i64) (result i64)
  (if (result i64) (i64.eqz (local.get $n))
   (then (i64.const 0))
   (else (i64.add (call $other (i64.sub (local.get $n) (i64.const 1))) (i64.const 1)))))`,
      `(import "${other}" "${theirs}" (func $other (param i64) (result i64)))`,
    ),
  };
}

describe("linking, continued", () => {
  it("resolves an import cycle between two modules", () => {
    const { program } = linkOrThrow([pingPong("B", "A"), pingPong("A", "B")]);
    // depth-first from A (first by name): its import B runs first; B reaches A through a trampoline
    expect(program.modules.map((m) => m.name)).toEqual(["B", "A"]);
    expect(program.run()).toEqual({ kind: "completed" });
    expect(exported<(n: bigint) => bigint>(program, "A", "A.Ping")(11n)).toBe(11n);
  });

  it("adds modules to a running program, sharing its heap", () => {
    const { program, output } = linkOrThrow([lib()]);
    expect(program.run()).toEqual({ kind: "completed" });
    expect(program.add([mainModule()])).toEqual([]);
    expect(program.run()).toEqual({ kind: "completed" });
    expect(output.stdout).toBe("LM");
    expect(exported<() => bigint>(program, "Main", "Main.Run")()).toBe(1089n);
  });

  it("refuses two exceptions with one id", () => {
    const clash = buildModule(
      metaFor({ module: "Clash", exceptions: [{ id: E, name: "Clash.Other" }] }),
      `(func (export "__spindle_init"))`,
    );
    expect(messages([lib(), { name: "Clash.wasm", bytes: clash }])).toEqual([
      `E5007 exceptions 'Lib.E' and 'Clash.Other' have the same id ${(E >>> 0).toString(16).padStart(8, "0")}`,
    ]);
  });
});
