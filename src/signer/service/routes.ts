// The service's endpoints: which request is which, and the read-only answers (key, log head, entries).
import { toBase64, toHex } from "../codec.js";
import { statementToJson } from "../inspect.js";
import { formatVerifierKey } from "../log/note.js";
import { decodeStatement } from "../statement.js";
import type { SharedSigner } from "./shared-signer.js";

export type Route =
  | { readonly kind: "compile" }
  | { readonly kind: "key" }
  | { readonly kind: "head" }
  | { readonly kind: "entry"; readonly index: number }
  | { readonly kind: "consistency"; readonly first: number; readonly second: number }
  | { readonly kind: "not-found" }
  | { readonly kind: "method-not-allowed"; readonly allow: string };

export function routeOf(method: string, url: string): Route {
  const path = url.split("?")[0] ?? "";
  const expect = (allowed: string, route: Route): Route =>
    method === allowed ? route : { kind: "method-not-allowed", allow: allowed };
  if (path === "/v1/compile") return expect("POST", { kind: "compile" });
  if (path === "/v1/key") return expect("GET", { kind: "key" });
  if (path === "/v1/log/head") return expect("GET", { kind: "head" });
  const entry = /^\/v1\/log\/entries\/(0|[1-9][0-9]{0,15})$/.exec(path);
  if (entry) return expect("GET", { kind: "entry", index: Number(entry[1]) });
  const consistency = /^\/v1\/log\/consistency\/(0|[1-9][0-9]{0,15})\/(0|[1-9][0-9]{0,15})$/.exec(
    path,
  );
  if (consistency) {
    return expect("GET", {
      kind: "consistency",
      first: Number(consistency[1]),
      second: Number(consistency[2]),
    });
  }
  return { kind: "not-found" };
}

export interface Reply {
  readonly status: number;
  readonly body: string;
  readonly contentType: "application/json" | "text/plain; charset=utf-8";
  readonly headers?: Readonly<Record<string, string>>;
  readonly logIndex?: number;
}

export function jsonReply(status: number, value: unknown, headers?: Record<string, string>): Reply {
  return {
    status,
    body: JSON.stringify(value) + "\n",
    contentType: "application/json",
    ...(headers ? { headers } : {}),
  };
}

export function errorReply(
  status: number,
  message: string,
  headers?: Record<string, string>,
): Reply {
  return jsonReply(status, { error: message }, headers);
}

export function keyReply(signer: SharedSigner): Reply {
  return jsonReply(200, {
    keyId: toHex(signer.key.keyId),
    publicKey: toBase64(signer.key.publicKey),
    scope: "shared",
    logOrigin: signer.log.origin,
    logKey: formatVerifierKey(signer.log.verifier),
  });
}

export function headReply(signer: SharedSigner): Reply {
  const note = signer.log.checkpoint();
  if (!note.ok) return errorReply(500, note.error);
  return { status: 200, body: note.value, contentType: "text/plain; charset=utf-8" };
}

export function entryReply(signer: SharedSigner, index: number): Reply {
  const entry = signer.log.entry(index);
  if (!entry)
    return errorReply(404, `no log entry ${index}; the log has ${signer.log.size} entries`);
  const proof = signer.log.proof(index);
  if (!proof.ok) return errorReply(500, proof.error);
  // The entry is statement || 64-byte signature (see log/entry.ts).
  const statement = decodeStatement(entry.subarray(0, entry.length - 64));
  return jsonReply(200, {
    index,
    entry: toBase64(entry),
    ...(statement.ok ? { statement: statementToJson(statement.statement) } : {}),
    proof: proof.value,
  });
}

/** A consistency proof between two tree sizes, for monitors holding an older checkpoint. */
export function consistencyReply(signer: SharedSigner, first: number, second: number): Reply {
  if (first > second || second > signer.log.size) {
    return errorReply(400, `need first <= second <= ${signer.log.size} (the log's size)`);
  }
  return jsonReply(200, {
    first,
    second,
    proof: signer.log.consistencyProof(first, second).map(toBase64),
  });
}
