// The module ABI shared by the runtime, the code generator and the linker: names, memory map,
// object and descriptor layouts, frame protocol and fault codes. docs/abi.md explains each one.

/** Bumped whenever anything in this file changes meaning; recorded in every module's meta. */
export const ABI_VERSION = 2;

// ---------------------------------------------------------------------------------------------
// Import and export names

/** Import module for linker-provided memory, table, bases and the shadow stack pointer. */
export const ENV_MODULE = "env";
export const ENV_MEMORY = "memory";
export const ENV_TABLE = "__indirect_function_table";
export const ENV_MEMORY_BASE = "__memory_base";
export const ENV_TABLE_BASE = "__table_base";
export const ENV_STACK_POINTER = "__stack_pointer";

/** Import module for runtime procedures and the exception tag; a colon keeps it apart from any Modula-3 interface name. */
export const RUNTIME_MODULE = "spindle:rt";
/** Import module for the host half (faults, console, clock, exit); bound per module instance. */
export const HOST_MODULE = "spindle:host";

/** Export every module provides: data relocation, root registration, then the module body. */
export const INIT_EXPORT = "__spindle_init";
/** Custom section carrying the module's metadata (src/codegen/meta.ts). */
export const META_SECTION = "spindle.meta";

/** Wasm export name of procedure `name` of interface `iface` in the module that exports it. */
export function exportName(iface: string, name: string): string {
  return `${iface}.${name}`;
}

/** Runtime exports, imported by modules as (RUNTIME_MODULE, field). */
export const RuntimeExport = {
  exceptionTag: "exception",
  init: "init",
  alloc: "alloc",
  allocOpen: "alloc_open",
  collect: "collect",
  recover: "recover",
  raise: "raise",
  registerRoots: "register_roots",
  unregisterRoots: "unregister_roots",
  rootNew: "root_new",
  rootGet: "root_get",
  rootSet: "root_set",
  rootFree: "root_free",
  setDomain: "set_domain",
  staticAlloc: "static_alloc",
  textNew: "text_new",
  textCat: "text_cat",
  textEqual: "text_equal",
  textCompare: "text_compare",
  textHash: "text_hash",
  textSub: "text_sub",
  divInt: "div_i64",
  modInt: "mod_i64",
  setUnion: "set_union",
  setIntersection: "set_inter",
  setDifference: "set_diff",
  setSymmetricDifference: "set_symdiff",
  setEqual: "set_eq",
  setSubset: "set_le",
  exit: "exit",
  domainAllocCount: "domain_alloc_count",
  domainAllocBytes: "domain_alloc_bytes",
  domainLiveBytes: "domain_live_bytes",
} as const;

/** Host imports, (HOST_MODULE, field). */
export const HostImport = {
  fault: "fault",
  clockMs: "clock_ms",
  exit: "exit",
  write: "write",
  flush: "flush",
  read: "read",
  argCount: "arg_count",
  argLength: "arg_length",
  argCopy: "arg_copy",
  /** raised_at(site): the RAISE about to run, so an exception that escapes names its position. */
  raisedAt: "raised_at",
} as const;

/** Stream numbers for HostImport.write / flush / read. */
export const Stream = { stdin: 0, stdout: 1, stderr: 2 } as const;

// ---------------------------------------------------------------------------------------------
// Memory map: fixed addresses owned by the runtime (every module may rely on them as constants)

export const PAGE_SIZE = 65536;
/** [0, NULL_GUARD_END) is never a valid object or datum. */
export const NULL_GUARD_END = 4096;

/** Free-list head per size class, i32 each. */
export const FREE_LIST_HEADS = 4096;
/** i32: the current owning domain id. */
export const CURRENT_DOMAIN = 4352;
/** i32: address of the current domain's counter entry in DOMAIN_TABLE. */
export const CURRENT_DOMAIN_ENTRY = 4356;
/** i32: CURRENT_DOMAIN << 16, or-ed into every new header word. */
export const HEADER_DOMAIN_BITS = 4360;
/** i64 statistics. */
export const STAT_COLLECTIONS = 4368;
export const STAT_LIVE_BYTES = 4376;
export const STAT_PEAK_HEAP_BYTES = 4384;
/** f64: milliseconds spent collecting, measured with the host clock. */
export const STAT_GC_MS = 4392;
/** i32 */
export const STAT_HEAP_PAGES = 4400;
export const STAT_LIMIT_PAGES = 4404;
/** i32: exception id and argument of the most recent RAISE (the argument is a GC root). */
export const LAST_RAISE_ID = 4408;
export const LAST_RAISE_ARG = 4412;
/** i64: objects freed by all collections. */
export const STAT_FREED_OBJECTS = 4416;
/** i32: the static link a closure call hands to the closure's entry (section 1, closures). */
export const CLOSURE_LINK = 4424;
/** A procedure value with this bit set is the address of a closure record {table index, link}. */
export const CLOSURE_TAG = 0x80000000;

/** Built-in type descriptors and objects. */
export const TEXT_DESCRIPTOR = 8192;
/** A static, empty TEXT object (never collected). */
export const EMPTY_TEXT = 8256;
/** u8 per 16 bytes of size: size class index for sizes up to MAX_SMALL_SIZE. */
export const SIZE_CLASS_LOOKUP = 12288;
/** i32 per size class: the cell size. */
export const SIZE_CLASS_SIZES = 13312;
/** (base, pointer-map) pairs registered by modules, 8 bytes each. */
export const GLOBAL_ROOT_TABLE = 16384;
export const MAX_GLOBAL_ROOT_REGIONS = 4096;
/** Host-held handles: i32 each; a free slot holds (next << 1) | 1. */
export const ROOT_SLOTS = 49152;
export const MAX_ROOT_SLOTS = 16384;
/** 32-byte entry per domain: allocCount i64, allocBytes i64, liveBytes i64, liveObjects i64. */
export const DOMAIN_TABLE = 114688;
export const DOMAIN_ENTRY_SIZE = 32;
export const MAX_DOMAINS = 1024;
export const MARK_STACK = 147456;
export const MARK_STACK_ENTRIES = 65536;
/** One i32 per 64 KiB page of the 4 GiB address space. */
export const PAGE_TABLE = 458752;
/** The shadow stack grows down from SHADOW_STACK_TOP; a frame below SHADOW_STACK_LIMIT is stack exhaustion. */
export const SHADOW_STACK_LIMIT = 720896;
export const SHADOW_STACK_TOP = 1769472;
/** First page of the heap; memory's initial size is this many pages. */
export const HEAP_START_PAGE = SHADOW_STACK_TOP / PAGE_SIZE;

/** Page table entry kinds (low 8 bits); the upper bits carry the size class or run length. */
export const PageKind = {
  none: 0,
  free: 1,
  small: 2,
  large: 3,
  largeContinuation: 4,
  static: 5,
} as const;

// ---------------------------------------------------------------------------------------------
// Heap objects

/** Every heap object begins with an 8-byte header: descriptor address, then the GC word. */
export const HEADER_SIZE = 8;
export const HEADER_DESCRIPTOR = 0;
export const HEADER_GC_WORD = 4;
/** GC word: bit 0 mark, bits 8..15 size class + 1 (0 = large object), bits 16..31 owning domain. */
export const GC_MARK_BIT = 1;
export const GC_CLASS_SHIFT = 8;
export const GC_DOMAIN_SHIFT = 16;

/** Cell sizes (bytes, header included) of the small-object size classes. */
export const SIZE_CLASSES: readonly number[] = [
  16, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 320, 384, 448, 512, 640,
  768, 896, 1024, 1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192,
];
export const MAX_SMALL_SIZE = 8192;

/** The size class index for an object of `bytes` (header included), or undefined when large. */
export function sizeClassFor(bytes: number): number | undefined {
  if (bytes > MAX_SMALL_SIZE) return undefined;
  const index = SIZE_CLASSES.findIndex((size) => size >= bytes);
  return index < 0 ? undefined : index;
}

/** Open arrays: i32 length per open dimension after the header, elements 8-aligned after them. */
export const OPEN_ARRAY_LENGTHS = 8;
export function openArrayElementsOffset(openDims: number): number {
  return HEADER_SIZE + align(4 * openDims, 8);
}

/** TEXT: i32 length at 8, Latin-1 bytes from 12, no terminator. */
export const TEXT_LENGTH = 8;
export const TEXT_CHARS = 12;

// ---------------------------------------------------------------------------------------------
// Type descriptors (static data, 4-aligned, position independent)

export const DescriptorField = {
  typeId: 0,
  /** u8 DescriptorKind */
  kind: 4,
  /** u8 */
  openDims: 5,
  /** u16: objects' inheritance depth, ROOT = 0 */
  depth: 6,
  /** fixed and object: object size in bytes including the header; open array: element size */
  size: 8,
  ptrCount: 12,
  /** byte offset from the descriptor to its i32 pointer offsets */
  ptrOffsetsAt: 16,
  /** absolute address of the method suite (objects), written by the module's init */
  methods: 20,
  /** i32 display[depth + 1]: ancestor type ids by depth, display[depth] = typeId */
  display: 24,
} as const;

/**
 * The i32 before an object type's method suite holds its method count, so that a module adding a
 * subtype of an opaque type revealed elsewhere knows where its own slots start (section 6).
 */
export const METHOD_COUNT_SIZE = 4;

export const DescriptorKind = { fixed: 1, openArray: 2, object: 3, text: 4 } as const;
export type DescriptorKind = (typeof DescriptorKind)[keyof typeof DescriptorKind];

/** Type ids of built-in types; other ids come from typeIdOf(fingerprint). */
export const TEXT_TYPE_ID = 0x54455854;
export const ROOT_TYPE_ID = 0x524f4f54;

export interface DescriptorLayout {
  readonly typeId: number;
  readonly kind: DescriptorKind;
  readonly openDims: number;
  /** Ancestors' type ids from ROOT (depth 0) down to the type itself; [typeId] for non-objects. */
  readonly display: readonly number[];
  readonly size: number;
  /** Offsets of reference fields: from the object's start, or from the element's start for open arrays. */
  readonly pointerOffsets: readonly number[];
}

/** The bytes of a type descriptor, for a code generator's static data. */
export function encodeDescriptor(layout: DescriptorLayout): Uint8Array {
  const depth = layout.display.length - 1;
  const ptrAt = DescriptorField.display + 4 * layout.display.length;
  const bytes = new Uint8Array(ptrAt + 4 * layout.pointerOffsets.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(DescriptorField.typeId, layout.typeId >>> 0, true);
  view.setUint8(DescriptorField.kind, layout.kind);
  view.setUint8(DescriptorField.openDims, layout.openDims);
  view.setUint16(DescriptorField.depth, Math.max(0, depth), true);
  view.setUint32(DescriptorField.size, layout.size, true);
  view.setUint32(DescriptorField.ptrCount, layout.pointerOffsets.length, true);
  view.setUint32(DescriptorField.ptrOffsetsAt, ptrAt, true);
  view.setUint32(DescriptorField.methods, 0, true);
  layout.display.forEach((id, i) =>
    view.setUint32(DescriptorField.display + 4 * i, id >>> 0, true),
  );
  layout.pointerOffsets.forEach((off, i) => view.setUint32(ptrAt + 4 * i, off, true));
  return bytes;
}

/** A pointer map (global root regions, frame maps): i32 count, then i32 offsets. */
export function encodePointerMap(offsets: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(4 + 4 * offsets.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, offsets.length, true);
  offsets.forEach((off, i) => view.setUint32(4 + 4 * i, off, true));
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// Shadow-stack frames

/** Frame header: i32 frame size (bytes, multiple of 8, header included), i32 ref info. */
export const FRAME_HEADER_SIZE = 8;
/** Ref info: low 31 bits N = ref slots at frame+8 .. frame+8+4N; this bit: a pointer-map address follows them. */
export const FRAME_HAS_MAP = 0x80000000;

// ---------------------------------------------------------------------------------------------
// Exceptions

/** The one tag for Modula-3 exceptions: a single i64 payload (id << 32) | argument address. */
export const EXCEPTION_TAG_PARAMS = ["i64"] as const;

/** Exception id from the exception's qualified name `Interface.Name` (FNV-1a, never 0). */
export function exceptionId(qualifiedName: string): number {
  const id = fnv1a32(qualifiedName);
  return id === 0 ? 1 : id;
}

/** 32-bit type id from the type checker's hex fingerprint (its first 8 hex digits, never 0). */
export function typeIdOf(fingerprint: string): number {
  const id = parseInt(fingerprint.slice(0, 8).padEnd(8, "0"), 16) >>> 0;
  return id === 0 || Number.isNaN(id) ? fnv1a32(fingerprint) || 1 : id;
}

export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i) & 0xff;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Checked run-time errors: fault(code, site) then `unreachable`

export const FaultCode = {
  nilDereference: 1,
  subscriptOutOfRange: 2,
  valueOutOfRange: 3,
  narrowFailed: 4,
  noCaseArm: 5,
  noTypecaseArm: 6,
  divisionByZero: 7,
  stackExhausted: 8,
  heapExhausted: 9,
  assertionFailed: 10,
  exceptionNotInRaises: 11,
  functionWithoutReturn: 12,
  shapeMismatch: 13,
  negativeLength: 14,
  corruptFrame: 15,
  rootTableFull: 16,
  badDomain: 17,
  nestedProcedureStored: 18,
} as const;
export type FaultCode = (typeof FaultCode)[keyof typeof FaultCode];

const FAULT_MESSAGES: Readonly<Record<number, string>> = {
  1: "attempt to dereference NIL",
  2: "subscript out of range",
  3: "value out of range",
  4: "NARROW failed",
  5: "no CASE arm for the value",
  6: "no TYPECASE arm for the value",
  7: "integer division by zero",
  8: "stack exhausted",
  9: "heap exhausted",
  10: "assertion failed",
  11: "exception not listed in RAISES clause",
  12: "function ended without RETURN",
  13: "open array shapes differ",
  14: "negative open array length",
  15: "corrupt shadow-stack frame (compiler bug)",
  16: "too many host-held references",
  17: "domain id out of range",
  18: "a nested procedure cannot be assigned",
};

export function faultMessage(code: number): string {
  return FAULT_MESSAGES[code] ?? `unknown run-time error ${code}`;
}

/** Site index for faults raised by the runtime itself, which has no source position. */
export const NO_SITE = -1;

export function align(value: number, to: number): number {
  return Math.ceil(value / to) * to;
}
