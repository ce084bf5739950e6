// C2SP signed notes (c2sp.org/signed-note) with Ed25519 signatures: signing, opening, verifier keys.
import { bytesEqual, fromBase64, toBase64, toHex } from "../codec.js";
import { checkPublicKey, signEd25519, verifyEd25519 } from "../ed25519-strict.js";
import { fail, ok, type Result } from "../result.js";
import { sha256 } from "./merkle.js";

const ED25519_TYPE = 0x01;
const MAX_SIGNATURES = 64;

/** A note verifier: the key name, its 4-byte id and the Ed25519 public key. */
export interface NoteVerifier {
  readonly name: string;
  readonly keyId: Uint8Array;
  readonly publicKey: Uint8Array;
}

export function validKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name) && !/[\u0000-\u001f]/.test(name);
}

/** key ID = SHA-256(key name || 0x0A || 0x01 || public key)[:4] */
export function noteKeyId(name: string, publicKey: Uint8Array): Uint8Array {
  return sha256(
    new TextEncoder().encode(name),
    Uint8Array.of(0x0a, ED25519_TYPE),
    publicKey,
  ).subarray(0, 4);
}

export function noteVerifier(name: string, publicKey: Uint8Array): NoteVerifier {
  return { name, keyId: noteKeyId(name, publicKey), publicKey };
}

/** The `<name>+<hex key id>+<base64(0x01 || key)>` verifier key string used by Go's note package. */
export function formatVerifierKey(verifier: NoteVerifier): string {
  const typed = new Uint8Array(33);
  typed[0] = ED25519_TYPE;
  typed.set(verifier.publicKey, 1);
  return `${verifier.name}+${toHex(verifier.keyId)}+${toBase64(typed)}`;
}

export function parseVerifierKey(text: string): Result<NoteVerifier> {
  const parts = text.split("+");
  if (parts.length !== 3) return fail(`"${text}" is not a verifier key of the form name+keyid+key`);
  const [name = "", idHex = "", keyBase64 = ""] = parts;
  if (!validKeyName(name))
    return fail(`verifier key name "${name}" is empty or contains spaces or "+"`);
  if (!/^[0-9a-f]{8}$/.test(idHex))
    return fail(`verifier key id "${idHex}" is not 8 lowercase hex digits`);
  const typed = fromBase64(keyBase64);
  if (!typed || typed.length !== 33 || typed[0] !== ED25519_TYPE) {
    return fail("verifier key is not a base64 Ed25519 key (type byte 0x01 and 32 key bytes)");
  }
  const publicKey = typed.subarray(1);
  const check = checkPublicKey(publicKey);
  if (!check.ok) return fail(`verifier key: ${check.reason}`);
  const verifier = noteVerifier(name, publicKey);
  if (toHex(verifier.keyId) !== idHex)
    return fail(
      `verifier key id ${idHex} does not match the key (expected ${toHex(verifier.keyId)})`,
    );
  return ok(verifier);
}

/** Signs `text` (which must end in a newline) and returns the whole signed note. */
export function signNote(
  text: string,
  name: string,
  seed: Uint8Array,
  publicKey: Uint8Array,
): string {
  const signature = signEd25519(seed, new TextEncoder().encode(text));
  const blob = new Uint8Array(4 + signature.length);
  blob.set(noteKeyId(name, publicKey), 0);
  blob.set(signature, 4);
  return `${text}\n\u2014 ${name} ${toBase64(blob)}\n`;
}

/**
 * Verifies a note against one trusted key and returns its text. Signatures by other keys are ignored,
 * as the spec requires; a failing signature by the trusted key rejects the note.
 */
export function openNote(note: string, verifier: NoteVerifier): Result<string> {
  if (/[\u0000-\u0009\u000b-\u001f]/.test(note))
    return fail("the note contains control characters");
  if (!note.endsWith("\n")) return fail("the note does not end with a newline");
  const split = note.lastIndexOf("\n\n");
  if (split < 0) return fail("the note has no blank line before its signatures");
  const text = note.slice(0, split + 1);
  const lines = note.slice(split + 2, -1).split("\n");
  if (lines.length > MAX_SIGNATURES)
    return fail(`the note has more than ${MAX_SIGNATURES} signatures`);
  let verified = false;
  for (const line of lines) {
    const match = /^\u2014 (\S+) (\S+)$/u.exec(line);
    if (!match) return fail(`malformed signature line "${line}"`);
    const blob = fromBase64(match[2] ?? "");
    if (!blob || blob.length < 5)
      return fail(`signature line for ${match[1]} is not base64 of a key id and a signature`);
    if (match[1] !== verifier.name || !bytesEqual(blob.subarray(0, 4), verifier.keyId)) continue;
    const check = verifyEd25519(
      verifier.publicKey,
      new TextEncoder().encode(text),
      blob.subarray(4),
    );
    if (!check.ok)
      return fail(`the signature by ${verifier.name} does not verify: ${check.reason}`);
    verified = true;
  }
  if (!verified) return fail(`the note is not signed by ${verifier.name}+${toHex(verifier.keyId)}`);
  return ok(text);
}
