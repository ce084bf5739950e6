// A typed view of the WebAssembly JS API as Node 20 provides it (tags and exceptions included);
// the project's lib setting (ES2022, no DOM) declares no WebAssembly types of its own.

export type WasmValueType = "i32" | "i64" | "f32" | "f64" | "externref" | "anyfunc";

export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(deltaPages: number): number;
}

export interface WasmTable {
  readonly length: number;
  get(index: number): unknown;
  grow(delta: number): number;
  set(index: number, value: unknown): void;
}

export interface WasmGlobal {
  value: number | bigint;
}

export type WasmTag = object;

export interface WasmException {
  is(tag: WasmTag): boolean;
  getArg(tag: WasmTag, index: number): unknown;
}

export type WasmModule = object;

export interface WasmInstance {
  readonly exports: Readonly<Record<string, unknown>>;
}

export type WasmImportValue = unknown;
export type WasmImports = Record<string, Record<string, WasmImportValue>>;

export interface WasmImportDescriptor {
  readonly module: string;
  readonly name: string;
  readonly kind: "function" | "global" | "memory" | "table" | "tag";
}

export interface WasmExportDescriptor {
  readonly name: string;
  readonly kind: "function" | "global" | "memory" | "table" | "tag";
}

interface WasmJsApi {
  Memory: new (descriptor: { initial: number; maximum?: number }) => WasmMemory;
  Table: new (descriptor: { element: "anyfunc"; initial: number; maximum?: number }) => WasmTable;
  Global: new (
    descriptor: { value: WasmValueType; mutable?: boolean },
    value?: number | bigint,
  ) => WasmGlobal;
  Tag: new (descriptor: { parameters: WasmValueType[] }) => WasmTag;
  Exception: abstract new (...args: never[]) => WasmException;
  Module: {
    new (bytes: Uint8Array): WasmModule;
    customSections(module: WasmModule, name: string): ArrayBuffer[];
    imports(module: WasmModule): WasmImportDescriptor[];
    exports(module: WasmModule): WasmExportDescriptor[];
  };
  Instance: new (module: WasmModule, imports?: WasmImports) => WasmInstance;
  RuntimeError: abstract new (...args: never[]) => Error;
  LinkError: abstract new (...args: never[]) => Error;
  CompileError: abstract new (...args: never[]) => Error;
}

/** The host's WebAssembly object, typed. */
export const wasm: WasmJsApi = (globalThis as unknown as { WebAssembly: WasmJsApi }).WebAssembly;

export function isWasmException(value: unknown): value is WasmException {
  return value instanceof wasm.Exception;
}
