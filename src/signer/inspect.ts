// What `spindle inspect` shows: sections, imports, exports, the meta section and the signature's attributes.
import { decodeMeta, type ModuleMeta } from "../codegen/meta.js";
import { printable, toBase64, toHex } from "./codec.js";
import { formatTime } from "./policy.js";
import { META_SECTION, decodeSignatureContent, locateSignature } from "./signature-section.js";
import { decodeStatement, type Statement } from "./statement.js";
import {
  customContent,
  readU32Leb,
  readSections,
  sectionKindName,
  type WasmSection,
} from "./wasm-sections.js";

export interface SectionInfo {
  readonly kind: string;
  readonly name?: string;
  readonly offset: number;
  readonly size: number;
}

export interface ImportInfo {
  readonly module: string;
  readonly name: string;
  readonly kind: string;
}

export interface ExportInfo {
  readonly name: string;
  readonly kind: string;
  readonly index: number;
}

export type MetaInfo =
  /** Decoded and validated by the compiler's own reader (src/codegen/meta.ts). */
  | { readonly kind: "meta"; readonly meta: ModuleMeta }
  /** JSON that the compiler's reader refuses (another compiler version, or damage). */
  | { readonly kind: "json"; readonly value: unknown; readonly error: string }
  | { readonly kind: "opaque"; readonly size: number; readonly error: string };

export type SignatureInfo =
  | { readonly kind: "none" }
  | { readonly kind: "malformed"; readonly error: string }
  | {
      readonly kind: "present";
      readonly attributes: Record<string, unknown>;
      readonly logProof?: string;
    };

export interface ModuleInfo {
  readonly size: number;
  readonly sections: readonly SectionInfo[];
  readonly imports: readonly ImportInfo[] | { readonly error: string };
  readonly exports: readonly ExportInfo[] | { readonly error: string };
  readonly meta?: MetaInfo;
  readonly signature: SignatureInfo;
}

export type ModuleInfoResult =
  { readonly ok: true; readonly info: ModuleInfo } | { readonly ok: false; readonly error: string };

const EXTERNAL_KINDS = ["function", "table", "memory", "global", "tag"];

export function describeModule(bytes: Uint8Array): ModuleInfoResult {
  const parsed = readSections(bytes);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const sections = parsed.sections;
  const importSection = sections.find((s) => s.id === 2);
  const exportSection = sections.find((s) => s.id === 7);
  const metaSection = sections.find((s) => s.name === META_SECTION);
  return {
    ok: true,
    info: {
      size: bytes.length,
      sections: sections.map((s) => ({
        kind: sectionKindName(s.id),
        ...(s.name !== undefined ? { name: s.name } : {}),
        offset: s.start,
        size: s.end - s.start,
      })),
      imports: importSection ? readImports(bytes, importSection) : [],
      exports: exportSection ? readExports(bytes, exportSection) : [],
      ...(metaSection ? { meta: describeMeta(customContent(bytes, metaSection)) } : {}),
      signature: describeSignature(bytes),
    },
  };
}

function describeMeta(content: Uint8Array): MetaInfo {
  const decoded = decodeMeta(content);
  if (decoded.ok) return { kind: "meta", meta: decoded.meta };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(content);
    return { kind: "json", value: JSON.parse(text) as unknown, error: decoded.error };
  } catch {
    return { kind: "opaque", size: content.length, error: decoded.error };
  }
}

function describeSignature(bytes: Uint8Array): SignatureInfo {
  const located = locateSignature(bytes);
  if (located.kind === "unsigned") return { kind: "none" };
  if (located.kind === "malformed") return { kind: "malformed", error: located.error };
  const content = decodeSignatureContent(located.content);
  if (!content.ok) return { kind: "malformed", error: content.error };
  const statement = decodeStatement(content.section.statementBytes);
  if (!statement.ok) return { kind: "malformed", error: statement.error };
  return {
    kind: "present",
    attributes: {
      ...statementToJson(statement.statement),
      signature: toBase64(content.section.signature),
    },
    ...(content.section.logProof !== undefined ? { logProof: content.section.logProof } : {}),
  };
}

export function statementToJson(statement: Statement): Record<string, unknown> {
  return {
    keyId: toHex(statement.keyId),
    scope: statement.scope,
    module: statement.moduleName,
    compiler: `${statement.compiler.name} ${statement.compiler.version}`,
    time: formatTime(statement.time),
    moduleSha512: toHex(statement.moduleDigest),
    sources: statement.sources.map((d) => ({ name: d.name, sha256: toHex(d.sha256) })),
    interfaces: statement.interfaces.map((d) => ({ name: d.name, sha256: toHex(d.sha256) })),
    ...(statement.logIndex !== undefined ? { logIndex: statement.logIndex } : {}),
  };
}

/** A cursor over one section's payload for the two vectors inspect decodes. */
class Cursor {
  constructor(
    private readonly bytes: Uint8Array,
    public offset: number,
    private readonly end: number,
  ) {}

  u32(): number | undefined {
    const leb = readU32Leb(this.bytes, this.offset, this.end);
    if (!leb) return undefined;
    this.offset = leb.next;
    return leb.value;
  }

  byte(): number | undefined {
    if (this.offset >= this.end) return undefined;
    return this.bytes[this.offset++];
  }

  name(): string | undefined {
    const length = this.u32();
    if (length === undefined || this.offset + length > this.end) return undefined;
    const text = new TextDecoder().decode(this.bytes.subarray(this.offset, this.offset + length));
    this.offset += length;
    return text;
  }

  /** Skips a LEB128 of any width (memory64 limits use u64). */
  skipLeb(): boolean {
    for (let i = 0; i < 10; i++) {
      const b = this.byte();
      if (b === undefined) return false;
      if ((b & 0x80) === 0) return true;
    }
    return false;
  }

  limits(): boolean {
    const flags = this.byte();
    if (flags === undefined) return false;
    if (!this.skipLeb()) return false;
    return (flags & 1) === 0 || this.skipLeb();
  }

  valueType(): boolean {
    const type = this.byte();
    if (type === undefined) return false;
    // Typed references (0x63/0x64) carry a heap type after the prefix.
    return type === 0x63 || type === 0x64 ? this.skipLeb() : true;
  }
}

function readImports(bytes: Uint8Array, section: WasmSection): ImportInfo[] | { error: string } {
  const cursor = new Cursor(bytes, section.payloadStart, section.end);
  const count = cursor.u32();
  if (count === undefined) return { error: "cannot read the import count" };
  const imports: ImportInfo[] = [];
  for (let i = 0; i < count; i++) {
    const module = cursor.name();
    const name = cursor.name();
    const kind = cursor.byte();
    if (module === undefined || name === undefined || kind === undefined)
      return { error: `cannot read import ${i}` };
    let okay: boolean;
    switch (kind) {
      case 0:
        okay = cursor.u32() !== undefined;
        break;
      case 1:
        okay = cursor.valueType() && cursor.limits();
        break;
      case 2:
        okay = cursor.limits();
        break;
      case 3:
        okay = cursor.valueType() && cursor.byte() !== undefined;
        break;
      case 4:
        okay = cursor.byte() !== undefined && cursor.u32() !== undefined;
        break;
      default:
        okay = false;
    }
    if (!okay) return { error: `cannot read import ${i} (${module}.${name})` };
    imports.push({ module, name, kind: EXTERNAL_KINDS[kind] ?? "unknown" });
  }
  return imports;
}

function readExports(bytes: Uint8Array, section: WasmSection): ExportInfo[] | { error: string } {
  const cursor = new Cursor(bytes, section.payloadStart, section.end);
  const count = cursor.u32();
  if (count === undefined) return { error: "cannot read the export count" };
  const exports: ExportInfo[] = [];
  for (let i = 0; i < count; i++) {
    const name = cursor.name();
    const kind = cursor.byte();
    const index = cursor.u32();
    if (name === undefined || kind === undefined || index === undefined)
      return { error: `cannot read export ${i}` };
    exports.push({ name, kind: EXTERNAL_KINDS[kind] ?? "unknown", index });
  }
  return exports;
}

/** The human-readable form of `spindle inspect`. */
export function renderModuleInfo(file: string, info: ModuleInfo): string {
  const lines = [`${file}: ${info.size} bytes, ${info.sections.length} sections`, "sections:"];
  for (const s of info.sections) {
    lines.push(
      `  ${(s.name === undefined ? s.kind : `custom ${s.name}`).padEnd(24)} at ${String(s.offset).padStart(7)}  ${s.size} bytes`,
    );
  }
  lines.push(...renderList("imports", info.imports, (i) => `${i.module}.${i.name} (${i.kind})`));
  lines.push(...renderList("exports", info.exports, (e) => `${e.name} (${e.kind} ${e.index})`));
  if (info.meta) lines.push(...renderMeta(info.meta));
  lines.push(...renderSignature(info.signature));
  // Names and attributes come from the file, signed or not: escape them before they reach a terminal.
  return lines.map(printable).join("\n");
}

function renderMeta(meta: MetaInfo): string[] {
  switch (meta.kind) {
    case "meta": {
      const m = meta.meta;
      const declaration = (d: ModuleMeta["exports"][number]): string =>
        `    ${d.interface}.${d.name} (${d.kind}) fingerprint ${d.fingerprint}`;
      return [
        "meta (spindle.meta):",
        `  module: ${m.module} (${m.kind}), from ${m.sourceFile} sha256 ${m.sourceDigest}`,
        `  compiler: ${m.compiler.name} ${m.compiler.version}, ABI ${m.abiVersion}`,
        `  exports interfaces: ${m.exportedInterfaces.join(", ") || "none"}`,
        `  imports interfaces: ${m.importedInterfaces.join(", ") || "none"}`,
        `  exported declarations:${m.exports.length === 0 ? " none" : ""}`,
        ...m.exports.map(declaration),
        `  imported declarations:${m.imports.length === 0 ? " none" : ""}`,
        ...m.imports.map(declaration),
      ];
    }
    case "json":
      return [
        `meta (spindle.meta, not understood by this compiler: ${meta.error}):`,
        ...JSON.stringify(meta.value, null, 2)
          .split("\n")
          .map((l) => `  ${l}`),
      ];
    case "opaque":
      return [`meta (spindle.meta): ${meta.size} bytes, ${meta.error}`];
    default: {
      const unreachable: never = meta;
      return unreachable;
    }
  }
}

function renderList<T>(
  title: string,
  list: readonly T[] | { readonly error: string },
  show: (item: T) => string,
): string[] {
  if (!Array.isArray(list)) return [`${title}: ${(list as { error: string }).error}`];
  if (list.length === 0) return [`${title}: none`];
  return [`${title}:`, ...list.map((item: T) => `  ${show(item)}`)];
}

function renderSignature(signature: SignatureInfo): string[] {
  switch (signature.kind) {
    case "none":
      return ["signature: none (unsigned)"];
    case "malformed":
      return [`signature: malformed: ${signature.error}`];
    case "present": {
      const a = signature.attributes;
      const lines = ["signature (spindle.sig):"];
      for (const [key, value] of Object.entries(a)) {
        if (Array.isArray(value)) {
          lines.push(`  ${key}:${value.length === 0 ? " none" : ""}`);
          for (const d of value as { name: string; sha256: string }[])
            lines.push(`    ${d.name} sha256 ${d.sha256}`);
        } else lines.push(`  ${key}: ${String(value)}`);
      }
      lines.push(
        `  log proof: ${signature.logProof === undefined ? "none" : "present (checked by spindle verify with a policy naming the log key)"}`,
      );
      return lines;
    }
    default: {
      const unreachable: never = signature;
      return unreachable;
    }
  }
}
