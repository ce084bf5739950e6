// The runtime module's WAT text, assembled from the ABI's constants and the hand-written parts;
// free of Binaryen so that checking the prebuilt runtime's freshness costs no start-up time.
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
