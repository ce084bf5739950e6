// What the service appends to its log for each signature: the statement and the signature over it.
import { leafHash, type Hash } from "./merkle.js";

/** Entry bytes = statement bytes || 64-byte signature; the statement begins with its purpose string. */
export function logEntryOf(statementBytes: Uint8Array, signature: Uint8Array): Uint8Array {
  const entry = new Uint8Array(statementBytes.length + signature.length);
  entry.set(statementBytes, 0);
  entry.set(signature, statementBytes.length);
  return entry;
}

export function logEntryLeafHash(statementBytes: Uint8Array, signature: Uint8Array): Hash {
  return leafHash(logEntryOf(statementBytes, signature));
}
