// The `spindle.meta` custom section: what a module provides and needs, encoded as canonical JSON
// (sorted keys, stable order) so compilation is byte-identical, decoded with strict validation.
import { META_SECTION } from "./abi.js";

export const META_VERSION = 2;

export type DeclarationKind = "procedure" | "variable" | "exception" | "type" | "constant";
const DECLARATION_KINDS: readonly string[] = [
  "procedure",
  "variable",
  "exception",
  "type",
  "constant",
];

/** One declaration of an interface, as exported by its implementing module or used by an importer. */
export interface MetaDeclaration {
  readonly interface: string;
  readonly name: string;
  readonly kind: DeclarationKind;
  /** The type checker's fingerprint, hex, kept as a string. */
  readonly fingerprint: string;
  /** Variables only, in exports: byte offset of the variable from the module's __memory_base. */
  readonly offset?: number;
}

export type TypeSummaryKind = "fixed" | "openArray" | "object" | "text";
const TYPE_KINDS: readonly string[] = ["fixed", "openArray", "object", "text"];

export interface MetaTypeSummary {
  /** 32-bit type id (abi.typeIdOf of the fingerprint). */
  readonly id: number;
  readonly name: string;
  readonly fingerprint: string;
  readonly kind: TypeSummaryKind;
  /** Offset of the descriptor from __memory_base. */
  readonly descriptorOffset: number;
  readonly size: number;
  readonly pointerCount: number;
}

export interface MetaException {
  /** abi.exceptionId(name) */
  readonly id: number;
  /** Qualified `Interface.Name` or `Module.Name`. */
  readonly name: string;
}

export type ModuleKind = "module" | "unsafe-module";
const MODULE_KINDS: readonly string[] = ["module", "unsafe-module"];

export interface ModuleMeta {
  readonly version: number;
  readonly abiVersion: number;
  readonly module: string;
  readonly kind: ModuleKind;
  readonly sourceFile: string;
  /** SHA-256 of the source text, lowercase hex. */
  readonly sourceDigest: string;
  readonly compiler: { readonly name: string; readonly version: string };
  readonly exportedInterfaces: readonly string[];
  /** Interfaces this module imports: the modules exporting them are its dependencies. */
  readonly importedInterfaces: readonly string[];
  readonly exports: readonly MetaDeclaration[];
  readonly imports: readonly MetaDeclaration[];
  readonly exceptions: readonly MetaException[];
  readonly types: readonly MetaTypeSummary[];
  /** [line, column] per fault site index, in index order. */
  readonly faultSites: readonly (readonly [number, number])[];
  /**
   * [function name, fault site of its declaration] per procedure: where a stack overflow that V8
   * reports by function name (the binary's name section) happened.
   */
  readonly procedures: readonly (readonly [string, number])[];
  /** Bytes of static data (initialised and zeroed) to reserve at __memory_base. */
  readonly dataSize: number;
  /** Function table slots to reserve at __table_base. */
  readonly tableSize: number;
}

export type MetaResult =
  { readonly ok: true; readonly meta: ModuleMeta } | { readonly ok: false; readonly error: string };

// ---------------------------------------------------------------------------------------------
// Encoding

function byDeclaration(a: MetaDeclaration, b: MetaDeclaration): number {
  return (
    compareStrings(a.interface, b.interface) ||
    compareStrings(a.name, b.name) ||
    compareStrings(a.kind, b.kind)
  );
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Canonical JSON: object keys sorted, no whitespace. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareStrings(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The section's bytes; sets and lists whose order carries no meaning are sorted. */
export function encodeMeta(meta: ModuleMeta): Uint8Array {
  const normalised: ModuleMeta = {
    ...meta,
    exportedInterfaces: [...new Set(meta.exportedInterfaces)].sort(compareStrings),
    importedInterfaces: [...new Set(meta.importedInterfaces)].sort(compareStrings),
    exports: [...meta.exports].sort(byDeclaration),
    imports: [...meta.imports].sort(byDeclaration),
    exceptions: [...meta.exceptions].sort((a, b) => compareStrings(a.name, b.name)),
    types: [...meta.types].sort(
      (a, b) => a.id - b.id || compareStrings(a.fingerprint, b.fingerprint),
    ),
  };
  return new TextEncoder().encode(canonical(normalised));
}

// ---------------------------------------------------------------------------------------------
// Decoding: every failure is a value

class MetaError {
  constructor(readonly message: string) {}
}

type Json = Record<string, unknown>;

function object(
  value: unknown,
  where: string,
  keys: readonly string[],
  optional: readonly string[] = [],
): Json {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new MetaError(`${where} must be an object`);
  }
  const record = value as Json;
  for (const key of Object.keys(record)) {
    if (!keys.includes(key) && !optional.includes(key))
      throw new MetaError(`${where} has unknown field '${key}'`);
  }
  for (const key of keys) {
    if (!(key in record)) throw new MetaError(`${where} lacks field '${key}'`);
  }
  return record;
}

function string(value: unknown, where: string): string {
  if (typeof value !== "string") throw new MetaError(`${where} must be a string`);
  return value;
}

function identifier(value: unknown, where: string): string {
  const text = string(value, where);
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(text))
    throw new MetaError(`${where} '${text}' is not an identifier`);
  return text;
}

function hex(value: unknown, where: string, length?: number): string {
  const text = string(value, where);
  if (!/^[0-9a-f]+$/.test(text) || (length !== undefined && text.length !== length)) {
    throw new MetaError(`${where} must be ${length ?? "some"} lowercase hex digits`);
  }
  return text;
}

function natural(value: unknown, where: string, max = 0xffffffff): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    throw new MetaError(`${where} must be an integer in [0, ${max}]`);
  }
  return value;
}

function oneOf<T extends string>(value: unknown, where: string, allowed: readonly string[]): T {
  const text = string(value, where);
  if (!allowed.includes(text)) throw new MetaError(`${where} must be one of ${allowed.join(", ")}`);
  return text as T;
}

function list<T>(value: unknown, where: string, item: (v: unknown, w: string) => T): T[] {
  if (!Array.isArray(value)) throw new MetaError(`${where} must be an array`);
  return value.map((v, i) => item(v, `${where}[${i}]`));
}

function declaration(value: unknown, where: string): MetaDeclaration {
  const d = object(value, where, ["interface", "name", "kind", "fingerprint"], ["offset"]);
  const kind = oneOf<DeclarationKind>(d["kind"], `${where}.kind`, DECLARATION_KINDS);
  const result: MetaDeclaration = {
    interface: identifier(d["interface"], `${where}.interface`),
    name: identifier(d["name"], `${where}.name`),
    kind,
    fingerprint: hex(d["fingerprint"], `${where}.fingerprint`),
    ...(d["offset"] !== undefined ? { offset: natural(d["offset"], `${where}.offset`) } : {}),
  };
  return result;
}

function typeSummary(value: unknown, where: string): MetaTypeSummary {
  const t = object(value, where, [
    "id",
    "name",
    "fingerprint",
    "kind",
    "descriptorOffset",
    "size",
    "pointerCount",
  ]);
  return {
    id: natural(t["id"], `${where}.id`),
    name: string(t["name"], `${where}.name`),
    fingerprint: hex(t["fingerprint"], `${where}.fingerprint`),
    kind: oneOf<TypeSummaryKind>(t["kind"], `${where}.kind`, TYPE_KINDS),
    descriptorOffset: natural(t["descriptorOffset"], `${where}.descriptorOffset`),
    size: natural(t["size"], `${where}.size`),
    pointerCount: natural(t["pointerCount"], `${where}.pointerCount`),
  };
}

function exception(value: unknown, where: string): MetaException {
  const e = object(value, where, ["id", "name"]);
  const name = string(e["name"], `${where}.name`);
  if (!/^[A-Za-z][A-Za-z0-9_]*\.[A-Za-z][A-Za-z0-9_]*$/.test(name)) {
    throw new MetaError(`${where}.name '${name}' is not a qualified name`);
  }
  return { id: natural(e["id"], `${where}.id`), name };
}

function site(value: unknown, where: string): readonly [number, number] {
  if (!Array.isArray(value) || value.length !== 2)
    throw new MetaError(`${where} must be [line, column]`);
  return [natural(value[0], `${where}[0]`), natural(value[1], `${where}[1]`)];
}

function procedureSite(value: unknown, where: string): readonly [string, number] {
  if (!Array.isArray(value) || value.length !== 2)
    throw new MetaError(`${where} must be [function name, site]`);
  return [string(value[0], `${where}[0]`), natural(value[1], `${where}[1]`)];
}

function validate(root: unknown): ModuleMeta {
  const m = object(root, "meta", [
    "version",
    "abiVersion",
    "module",
    "kind",
    "sourceFile",
    "sourceDigest",
    "compiler",
    "exportedInterfaces",
    "importedInterfaces",
    "exports",
    "imports",
    "exceptions",
    "types",
    "faultSites",
    "procedures",
    "dataSize",
    "tableSize",
  ]);
  const version = natural(m["version"], "meta.version");
  if (version !== META_VERSION)
    throw new MetaError(`meta.version ${version} is not supported (expected ${META_VERSION})`);
  const compiler = object(m["compiler"], "meta.compiler", ["name", "version"]);
  return {
    version,
    abiVersion: natural(m["abiVersion"], "meta.abiVersion"),
    module: identifier(m["module"], "meta.module"),
    kind: oneOf<ModuleKind>(m["kind"], "meta.kind", MODULE_KINDS),
    sourceFile: string(m["sourceFile"], "meta.sourceFile"),
    sourceDigest: hex(m["sourceDigest"], "meta.sourceDigest", 64),
    compiler: {
      name: string(compiler["name"], "meta.compiler.name"),
      version: string(compiler["version"], "meta.compiler.version"),
    },
    exportedInterfaces: list(m["exportedInterfaces"], "meta.exportedInterfaces", identifier),
    importedInterfaces: list(m["importedInterfaces"], "meta.importedInterfaces", identifier),
    exports: list(m["exports"], "meta.exports", declaration),
    imports: list(m["imports"], "meta.imports", declaration),
    exceptions: list(m["exceptions"], "meta.exceptions", exception),
    types: list(m["types"], "meta.types", typeSummary),
    faultSites: list(m["faultSites"], "meta.faultSites", site),
    procedures: list(m["procedures"], "meta.procedures", procedureSite),
    dataSize: natural(m["dataSize"], "meta.dataSize", 0x7fffffff),
    tableSize: natural(m["tableSize"], "meta.tableSize", 10_000_000),
  };
}

/** Decodes and validates a section's bytes; never throws. */
export function decodeMeta(bytes: Uint8Array): MetaResult {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: "spindle.meta is not valid UTF-8" };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: "spindle.meta is not valid JSON" };
  }
  try {
    return { ok: true, meta: validate(parsed) };
  } catch (caught) {
    if (caught instanceof MetaError) return { ok: false, error: caught.message };
    return { ok: false, error: "spindle.meta could not be validated" };
  }
}

// ---------------------------------------------------------------------------------------------
// Finding the section in a binary without compiling it

function readLeb(bytes: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  let shift = 0;
  for (let i = at; i < bytes.length && shift < 35; i++) {
    const byte = bytes[i] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) return { value, next: i + 1 };
  }
  return undefined;
}

/** The payloads of every custom section called `name`, in order; undefined if the binary is malformed. */
export function customSections(bytes: Uint8Array, name: string): Uint8Array[] | undefined {
  const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (bytes.length < 8 || header.some((b, i) => bytes[i] !== b)) return undefined;
  const found: Uint8Array[] = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const size = readLeb(bytes, at + 1);
    if (id === undefined || !size || size.next + size.value > bytes.length) return undefined;
    const end = size.next + size.value;
    if (id === 0) {
      const nameLength = readLeb(bytes, size.next);
      if (!nameLength || nameLength.next + nameLength.value > end) return undefined;
      const sectionName = new TextDecoder().decode(
        bytes.subarray(nameLength.next, nameLength.next + nameLength.value),
      );
      if (sectionName === name) found.push(bytes.slice(nameLength.next + nameLength.value, end));
    }
    at = end;
  }
  return found;
}

/** The module's meta, read straight from its bytes; never throws. */
export function readMeta(bytes: Uint8Array): MetaResult {
  const sections = customSections(bytes, META_SECTION);
  if (!sections) return { ok: false, error: "not a WebAssembly binary" };
  const [first, ...rest] = sections;
  if (!first) return { ok: false, error: `no ${META_SECTION} section` };
  if (rest.length > 0) return { ok: false, error: `more than one ${META_SECTION} section` };
  return decodeMeta(first);
}
