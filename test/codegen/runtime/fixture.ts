// Builds small modules that follow the Spindle ABI exactly (standing in for code-generator
// output) and links them, so runtime and loader tests exercise the real contract.
import binaryen from "binaryen";
import { ABI_VERSION, META_SECTION } from "../../../src/codegen/abi.js";
import { encodeMeta, META_VERSION, type ModuleMeta } from "../../../src/codegen/meta.js";
import { SPINDLE_FEATURES } from "../../../src/codegen/runtime/features.js";
import { link, type LinkedProgram } from "../../../src/loader/link.js";

/** The imports every fixture module starts with: env, the runtime procedures it may call, fault. */
export const PRELUDE = `
 (import "env" "memory" (memory 0))
 (import "env" "__indirect_function_table" (table 0 funcref))
 (import "env" "__memory_base" (global $mb i32))
 (import "env" "__table_base" (global $tb i32))
 (import "env" "__stack_pointer" (global $sp (mut i32)))
 (import "spindle:rt" "alloc" (func $alloc (param i32 i32) (result i32)))
 (import "spindle:rt" "alloc_open" (func $alloc_open (param i32 i32) (result i32)))
 (import "spindle:rt" "collect" (func $collect))
 (import "spindle:rt" "register_roots" (func $register_roots (param i32 i32)))
 (import "spindle:rt" "raise" (func $raise (param i32 i32)))
 (import "spindle:rt" "exit" (func $exit (param i32)))
 (import "spindle:rt" "exception" (tag $exc (param i64)))
 (import "spindle:host" "fault" (func $fault (param i32 i32)))
`;

export function metaFor(partial: Partial<ModuleMeta> & { module: string }): ModuleMeta {
  return {
    version: META_VERSION,
    abiVersion: ABI_VERSION,
    kind: "module",
    sourceFile: `${partial.module}.m3`,
    sourceDigest: "0".repeat(64),
    compiler: { name: "spindle-test", version: "0.0.0" },
    exportedInterfaces: [partial.module],
    importedInterfaces: [],
    exports: [],
    imports: [],
    exceptions: [],
    types: [],
    faultSites: [],
    procedures: [],
    dataSize: 0,
    tableSize: 0,
    ...partial,
  };
}

/** Parses WAT (imports first, then the given body), validates it and attaches the meta section. */
export function buildModule(meta: ModuleMeta, body: string, imports = ""): Uint8Array {
  const module = binaryen.parseText(`(module ${PRELUDE} ${imports} ${body})`);
  try {
    module.setFeatures(SPINDLE_FEATURES);
    if (!module.validate()) throw new Error(`fixture module '${meta.module}' is invalid`);
    module.addCustomSection(META_SECTION, encodeMeta(meta));
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}

/** WAT string literal for raw bytes. */
export function watData(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => "\\" + b.toString(16).padStart(2, "0")).join("");
}

export interface Captured {
  stdout: string;
  stderr: string;
}

export function linkOrThrow(
  modules: readonly { name: string; bytes: Uint8Array }[],
  heapLimitBytes = 64 * 1024 * 1024,
  gcThresholdBytes?: number,
): { program: LinkedProgram; output: Captured } {
  const output: Captured = { stdout: "", stderr: "" };
  const result = link(modules, {
    heapLimitBytes,
    ...(gcThresholdBytes !== undefined ? { gcThresholdBytes } : {}),
    host: {
      stdout: { write: (s: string) => (output.stdout += s) },
      stderr: { write: (s: string) => (output.stderr += s) },
    },
  });
  if (!result.program)
    throw new Error(result.diagnostics.map((d) => `${d.code}: ${d.message}`).join("\n"));
  return { program: result.program, output };
}

/** A function exported by a linked module. */
export function exported<T extends (...args: never[]) => unknown>(
  program: LinkedProgram,
  module: string,
  name: string,
): T {
  const value = program.module(module)?.instance.exports[name];
  if (typeof value !== "function") throw new Error(`no export ${module}:${name}`);
  return value as T;
}
