// A strict, never-throwing reader and writer for the section framing of a Wasm binary (not its contents).
import { decodeUtf8 } from "./codec.js";

export const WASM_MAGIC = Uint8Array.of(0x00, 0x61, 0x73, 0x6d);
export const WASM_VERSION = Uint8Array.of(0x01, 0x00, 0x00, 0x00);
export const WASM_HEADER_SIZE = 8;

/** One section as it lies in the file: offsets are absolute byte positions. */
export interface WasmSection {
  readonly id: number;
  /** Offset of the section id byte. */
  readonly start: number;
  /** Offset just past the section. */
  readonly end: number;
  /** Offset of the first payload byte (after id and size). */
  readonly payloadStart: number;
  /** Custom sections only: the section name. */
  readonly name?: string;
  /** Offset of the first byte after the name (custom sections) or the payload start. */
  readonly contentStart: number;
  /** True when the size (and for custom sections the name length) uses the shortest LEB128. */
  readonly minimalEncoding: boolean;
}

export type SectionsResult =
  | { readonly ok: true; readonly sections: readonly WasmSection[] }
  | { readonly ok: false; readonly error: string };

export const CUSTOM_SECTION_ID = 0;

/**
 * The order the core spec (plus the exception-handling tag section, id 13) requires of
 * non-custom sections; a module that breaks it cannot be instantiated, so it is malformed here too.
 */
const SECTION_ORDER: ReadonlyMap<number, number> = new Map([
  [1, 1], // type
  [2, 2], // import
  [3, 3], // function
  [4, 4], // table
  [5, 5], // memory
  [13, 6], // tag
  [6, 7], // global
  [7, 8], // export
  [8, 9], // start
  [9, 10], // element
  [12, 11], // data count
  [10, 12], // code
  [11, 13], // data
]);

export interface Leb128 {
  readonly value: number;
  readonly next: number;
  readonly minimal: boolean;
}

/** Reads an unsigned 32-bit LEB128 at `offset`, staying below `limit`; undefined if invalid. */
export function readU32Leb(bytes: Uint8Array, offset: number, limit: number): Leb128 | undefined {
  let value = 0;
  let shift = 0;
  for (let i = 0; i < 5; i++) {
    const at = offset + i;
    if (at >= limit) return undefined;
    const byte = bytes[at];
    if (byte === undefined) return undefined;
    // The fifth byte may carry only the top four bits of a u32.
    if (i === 4 && (byte & 0xf0) !== 0) return undefined;
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if ((byte & 0x80) === 0) {
      const length = i + 1;
      return { value, next: at + 1, minimal: length === encodeU32Leb(value).length };
    }
  }
  return undefined;
}

export function encodeU32Leb(value: number): Uint8Array {
  const out: number[] = [];
  let rest = value >>> 0;
  do {
    let byte = rest & 0x7f;
    rest >>>= 7;
    if (rest !== 0) byte |= 0x80;
    out.push(byte);
  } while (rest !== 0);
  return Uint8Array.from(out);
}

/** Splits a module into sections, checking header, framing, names and section order. */
export function readSections(bytes: Uint8Array): SectionsResult {
  if (bytes.length < WASM_HEADER_SIZE) {
    return { ok: false, error: `the file is ${bytes.length} bytes, too short for a Wasm header` };
  }
  for (let i = 0; i < 4; i++) {
    if (bytes[i] !== WASM_MAGIC[i]) return { ok: false, error: "not a Wasm module (bad magic)" };
  }
  for (let i = 0; i < 4; i++) {
    if (bytes[4 + i] !== WASM_VERSION[i]) {
      return { ok: false, error: "unsupported Wasm version (expected 1)" };
    }
  }
  const sections: WasmSection[] = [];
  const seen = new Set<number>();
  let lastRank = 0;
  let offset = WASM_HEADER_SIZE;
  while (offset < bytes.length) {
    const start = offset;
    const id = bytes[offset] ?? 0;
    if (id !== CUSTOM_SECTION_ID && !SECTION_ORDER.has(id)) {
      return { ok: false, error: `unknown section id ${id} at byte ${start}` };
    }
    const size = readU32Leb(bytes, offset + 1, bytes.length);
    if (!size) return { ok: false, error: `bad section size at byte ${start + 1}` };
    const payloadStart = size.next;
    const end = payloadStart + size.value;
    if (end > bytes.length) {
      return {
        ok: false,
        error: `section at byte ${start} claims ${size.value} bytes but only ${bytes.length - payloadStart} remain`,
      };
    }
    if (id === CUSTOM_SECTION_ID) {
      const nameLength = readU32Leb(bytes, payloadStart, end);
      if (!nameLength)
        return { ok: false, error: `bad custom section name at byte ${payloadStart}` };
      const nameEnd = nameLength.next + nameLength.value;
      if (nameEnd > end) {
        return {
          ok: false,
          error: `custom section name at byte ${payloadStart} overruns its section`,
        };
      }
      const name = decodeUtf8(bytes.subarray(nameLength.next, nameEnd));
      if (name === undefined) {
        return { ok: false, error: `custom section name at byte ${payloadStart} is not UTF-8` };
      }
      sections.push({
        id,
        start,
        end,
        payloadStart,
        name,
        contentStart: nameEnd,
        minimalEncoding: size.minimal && nameLength.minimal,
      });
    } else {
      const rank = SECTION_ORDER.get(id) ?? 0;
      if (seen.has(id)) return { ok: false, error: `section id ${id} appears twice` };
      if (rank < lastRank)
        return { ok: false, error: `section id ${id} at byte ${start} is out of order` };
      seen.add(id);
      lastRank = rank;
      sections.push({
        id,
        start,
        end,
        payloadStart,
        contentStart: payloadStart,
        minimalEncoding: size.minimal,
      });
    }
    offset = end;
  }
  return { ok: true, sections };
}

/** The bytes of a custom section with the given name and content, framed with minimal LEB128s. */
export function encodeCustomSection(name: string, content: Uint8Array): Uint8Array {
  const nameBytes = new TextEncoder().encode(name);
  const nameLength = encodeU32Leb(nameBytes.length);
  const payloadSize = nameLength.length + nameBytes.length + content.length;
  const size = encodeU32Leb(payloadSize);
  const out = new Uint8Array(1 + size.length + payloadSize);
  out[0] = CUSTOM_SECTION_ID;
  out.set(size, 1);
  out.set(nameLength, 1 + size.length);
  out.set(nameBytes, 1 + size.length + nameLength.length);
  out.set(content, 1 + size.length + nameLength.length + nameBytes.length);
  return out;
}

/** The content (after the name) of a custom section. */
export function customContent(bytes: Uint8Array, section: WasmSection): Uint8Array {
  return bytes.subarray(section.contentStart, section.end);
}

/** Human name of a section id, for `spindle inspect`. */
export function sectionKindName(id: number): string {
  const names: Record<number, string> = {
    0: "custom",
    1: "type",
    2: "import",
    3: "function",
    4: "table",
    5: "memory",
    6: "global",
    7: "export",
    8: "start",
    9: "element",
    10: "code",
    11: "data",
    12: "datacount",
    13: "tag",
  };
  return names[id] ?? `unknown(${id})`;
}
