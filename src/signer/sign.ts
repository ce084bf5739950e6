// Signing the module a compiler just produced: build the statement, sign it, append `spindle.sig` last.
import { createHash } from "node:crypto";
import { signEd25519 } from "./ed25519-strict.js";
import type { KeyPair } from "./keys.js";
import { fail, ok, type Result } from "./result.js";
import {
  SIGNATURE_SECTION,
  encodeSignatureContent,
  locateSignature,
  type SignatureSection,
} from "./signature-section.js";
import {
  encodeStatement,
  sortDigests,
  type CompilerIdentity,
  type KeyScope,
  type NamedDigest,
  type Statement,
} from "./statement.js";
import { encodeCustomSection } from "./wasm-sections.js";

/** What the compiler knows about the module it produced. */
export interface SigningAttributes {
  readonly compiler: CompilerIdentity;
  readonly moduleName: string;
  readonly sources: readonly NamedDigest[];
  readonly interfaces: readonly NamedDigest[];
}

export interface Signed {
  readonly statement: Statement;
  readonly statementBytes: Uint8Array;
  readonly signature: Uint8Array;
}

export function sha256Of(bytes: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(bytes).digest());
}

/**
 * Signs a statement about `wasm`, which must be a well-formed module without a signature. The shared
 * service passes the log index it reserved; a local signer passes none.
 */
export function createSignature(
  wasm: Uint8Array,
  key: KeyPair,
  attributes: SigningAttributes,
  scope: KeyScope,
  time: number,
  logIndex?: number,
): Result<Signed> {
  const located = locateSignature(wasm);
  if (located.kind === "malformed") return fail(`cannot sign a malformed module: ${located.error}`);
  if (located.kind === "signed") return fail("the module is already signed");
  if ((scope === "shared") !== (logIndex !== undefined)) {
    return fail("a shared signature needs a log index and a local one must not have one");
  }
  const statement: Statement = {
    moduleDigest: new Uint8Array(createHash("sha512").update(wasm).digest()),
    keyId: key.keyId,
    scope,
    compiler: attributes.compiler,
    moduleName: attributes.moduleName,
    time: Math.floor(time),
    sources: sortDigests(attributes.sources),
    interfaces: sortDigests(attributes.interfaces),
    ...(logIndex !== undefined ? { logIndex } : {}),
  };
  const statementBytes = encodeStatement(statement);
  return ok({ statement, statementBytes, signature: signEd25519(key.seed, statementBytes) });
}

/** Appends the signature section; `wasm` must be exactly the bytes the statement's digest covers. */
export function attachSignature(wasm: Uint8Array, section: SignatureSection): Uint8Array {
  const encoded = encodeCustomSection(SIGNATURE_SECTION, encodeSignatureContent(section));
  const out = new Uint8Array(wasm.length + encoded.length);
  out.set(wasm, 0);
  out.set(encoded, wasm.length);
  return out;
}

/** The local signer: used by `spindle compile` on the bytes it just produced, never on arbitrary Wasm. */
export function signModule(
  wasm: Uint8Array,
  key: KeyPair,
  attributes: SigningAttributes,
  time: number = Math.floor(Date.now() / 1000),
): Result<Uint8Array> {
  const signed = createSignature(wasm, key, attributes, "local", time);
  if (!signed.ok) return signed;
  return ok(
    attachSignature(wasm, {
      statementBytes: signed.value.statementBytes,
      signature: signed.value.signature,
    }),
  );
}
