// Builds the runtime module once per process: assembles its WAT, parses, validates and optimises
// it with Binaryen, and caches the bytes and the compiled WebAssembly.Module.
import binaryen from "binaryen";
import {
  DescriptorKind,
  EMPTY_TEXT,
  encodeDescriptor,
  ENV_MODULE,
  ENV_MEMORY,
  ENV_STACK_POINTER,
  HEAP_START_PAGE,
  HOST_MODULE,
  HostImport,
  MAX_SMALL_SIZE,
  RuntimeExport,
  SIZE_CLASS_LOOKUP,
  SIZE_CLASS_SIZES,
  SIZE_CLASSES,
  sizeClassFor,
  TEXT_DESCRIPTOR,
  TEXT_TYPE_ID,
} from "../abi.js";
import { collectorWat } from "./wat-collector.js";
import { heapWat } from "./wat-heap.js";
import { supportWat } from "./wat-support.js";
import { wasm, type WasmModule } from "./wasm-api.js";

/** Features every Spindle module may use; the runtime and generated code are built with them. */
export const SPINDLE_FEATURES =
  binaryen.Features.MVP |
  binaryen.Features.MutableGlobals |
  binaryen.Features.BulkMemory |
  binaryen.Features.BulkMemoryOpt |
  binaryen.Features.SignExt |
  binaryen.Features.NontrappingFPToInt |
  binaryen.Features.ExceptionHandling;

function watBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => "\\" + b.toString(16).padStart(2, "0")).join("");
}

function u32Bytes(values: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(4 * values.length);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setUint32(4 * i, v >>> 0, true));
  return bytes;
}

function staticData(): string {
  const textDescriptor = encodeDescriptor({
    typeId: TEXT_TYPE_ID,
    kind: DescriptorKind.text,
    openDims: 0,
    display: [TEXT_TYPE_ID],
    size: 12,
    pointerOffsets: [],
  });
  const emptyText = u32Bytes([TEXT_DESCRIPTOR, 0, 0]);
  const lookup = new Uint8Array(MAX_SMALL_SIZE / 16 + 1);
  for (let k = 0; k < lookup.length; k++) lookup[k] = sizeClassFor(Math.max(1, k * 16)) ?? 0;
  return [
    `(data (i32.const ${TEXT_DESCRIPTOR}) "${watBytes(textDescriptor)}")`,
    `(data (i32.const ${EMPTY_TEXT}) "${watBytes(emptyText)}")`,
    `(data (i32.const ${SIZE_CLASS_LOOKUP}) "${watBytes(lookup)}")`,
    `(data (i32.const ${SIZE_CLASS_SIZES}) "${watBytes(u32Bytes(SIZE_CLASSES))}")`,
  ].join("\n ");
}

/** The runtime's complete WAT text (exposed for inspection and tests). */
export function runtimeWat(): string {
  return `(module
 (import "${ENV_MODULE}" "${ENV_MEMORY}" (memory ${HEAP_START_PAGE}))
 (import "${ENV_MODULE}" "${ENV_STACK_POINTER}" (global $sp (mut i32)))
 (import "${HOST_MODULE}" "${HostImport.fault}" (func $fault (param i32 i32)))
 (import "${HOST_MODULE}" "${HostImport.clockMs}" (func $clock (result f64)))
 (import "${HOST_MODULE}" "${HostImport.exit}" (func $hostExit (param i32)))
 (tag $exception (export "${RuntimeExport.exceptionTag}") (param i64))
 ${staticData()}
 ${heapWat}
 ${collectorWat}
 ${supportWat}
)`;
}

let cachedBytes: Uint8Array | undefined;
let cachedModule: WasmModule | undefined;

/** The runtime's bytes, built on first use; identical on every call and in every process. */
export function runtimeBytes(): Uint8Array {
  cachedBytes ??= buildRuntimeBytes();
  return cachedBytes;
}

/**
 * Builds the runtime afresh, bypassing the cache (for the determinism test). The WAT is written
 * by hand to be fast as it stands; Binaryen's optimiser shrank it by about 5% but cost more than
 * a second of start-up (measured), so it is not run.
 */
export function buildRuntimeBytes(): Uint8Array {
  let bytes: Uint8Array;
  const module = binaryen.parseText(runtimeWat());
  try {
    module.setFeatures(SPINDLE_FEATURES);
    if (!module.validate()) throw new Error("the Spindle runtime failed Binaryen validation");
    bytes = module.emitBinary();
  } finally {
    module.dispose();
  }
  return bytes;
}

/** The compiled runtime, shared by every program linked in this process. */
export function runtimeModule(): WasmModule {
  cachedModule ??= new wasm.Module(runtimeBytes());
  return cachedModule;
}
