// The `spindle.sig` custom section: where it must be in a module, and its content's byte layout.
import { ByteReader, ByteWriter } from "./codec.js";
import { readSections, customContent, type WasmSection } from "./wasm-sections.js";

export const SIGNATURE_SECTION = "spindle.sig";
export const META_SECTION = "spindle.meta";
export const SIGNATURE_FORMAT_VERSION = 1;

const MAX_STATEMENT = 64 * 1024;
const MAX_LOG_PROOF = 64 * 1024;
/** No honest section comes near this; a bound keeps a hostile file from costing memory or time. */
export const MAX_SIGNATURE_SECTION = 160 * 1024;

export interface SignatureSection {
  readonly statementBytes: Uint8Array;
  readonly signature: Uint8Array;
  /** The tlog-proof text, absent for local signatures. */
  readonly logProof?: string;
}

export function encodeSignatureContent(section: SignatureSection): Uint8Array {
  return new ByteWriter()
    .u8(SIGNATURE_FORMAT_VERSION)
    .bytes(section.statementBytes)
    .bytes(section.signature)
    .text(section.logProof ?? "")
    .finish();
}

export type SignatureContentResult =
  | { readonly ok: true; readonly section: SignatureSection }
  | { readonly ok: false; readonly error: string };

export function decodeSignatureContent(content: Uint8Array): SignatureContentResult {
  const reader = new ByteReader(content);
  const version = reader.u8("format version");
  if (version !== undefined && version !== SIGNATURE_FORMAT_VERSION) {
    return { ok: false, error: `unknown signature format version ${version}` };
  }
  const statementBytes = reader.bytes("statement", MAX_STATEMENT);
  const signature = reader.bytes("signature", 64);
  const logProof = reader.text("log proof", MAX_LOG_PROOF);
  if (reader.failure !== undefined) return { ok: false, error: reader.failure };
  if (reader.remaining !== 0) {
    return { ok: false, error: `${reader.remaining} stray bytes after the log proof` };
  }
  if (statementBytes === undefined || signature === undefined || logProof === undefined) {
    return { ok: false, error: "incomplete signature section" };
  }
  if (signature.length !== 64) {
    return { ok: false, error: `signature is ${signature.length} bytes, expected 64` };
  }
  return {
    ok: true,
    section: { statementBytes, signature, ...(logProof !== "" ? { logProof } : {}) },
  };
}

/** Where the signature lies in a module and what the signature covers. */
export type LocatedSignature =
  | { readonly kind: "unsigned"; readonly sections: readonly WasmSection[] }
  | { readonly kind: "malformed"; readonly error: string }
  | {
      readonly kind: "signed";
      readonly sections: readonly WasmSection[];
      readonly section: WasmSection;
      /** Every byte before the signature section: what the module digest covers. */
      readonly signedBytes: Uint8Array;
      readonly content: Uint8Array;
    };

export function locateSignature(bytes: Uint8Array): LocatedSignature {
  const parsed = readSections(bytes);
  if (!parsed.ok) return { kind: "malformed", error: parsed.error };
  const signatures = parsed.sections.filter((s) => s.name === SIGNATURE_SECTION);
  const first = signatures[0];
  if (!first) return { kind: "unsigned", sections: parsed.sections };
  if (signatures.length > 1) {
    return {
      kind: "malformed",
      error: `the ${SIGNATURE_SECTION} section appears ${signatures.length} times; it must appear once`,
    };
  }
  if (first !== parsed.sections[parsed.sections.length - 1]) {
    return { kind: "malformed", error: `the ${SIGNATURE_SECTION} section is not the last section` };
  }
  if (first.end - first.start > MAX_SIGNATURE_SECTION) {
    return {
      kind: "malformed",
      error: `the ${SIGNATURE_SECTION} section is ${first.end - first.start} bytes, more than the ${MAX_SIGNATURE_SECTION} allowed`,
    };
  }
  if (!first.minimalEncoding) {
    return {
      kind: "malformed",
      error: `the ${SIGNATURE_SECTION} section's framing is not minimally encoded`,
    };
  }
  return {
    kind: "signed",
    sections: parsed.sections,
    section: first,
    signedBytes: bytes.subarray(0, first.start),
    content: customContent(bytes, first),
  };
}
