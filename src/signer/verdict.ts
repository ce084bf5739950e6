// The graded result of verifying a module, for the loader's policy to act on, with a message for people.
import { printable } from "./codec.js";
import { formatTime } from "./policy.js";
import type { KeyScope, Statement } from "./statement.js";

export type Verdict =
  | {
      readonly kind: "ok";
      readonly keyId: string;
      readonly scope: KeyScope;
      readonly statement: Statement;
      /** True when a log inclusion proof was present and checked against the policy's log key. */
      readonly logProofChecked: boolean;
    }
  | { readonly kind: "unsigned" }
  | { readonly kind: "malformed"; readonly reason: string }
  | { readonly kind: "unknown-key"; readonly keyId: string }
  | { readonly kind: "bad-signature"; readonly keyId: string; readonly reason: string }
  | { readonly kind: "digest-mismatch"; readonly keyId: string }
  | {
      readonly kind: "signed-in-future";
      readonly keyId: string;
      readonly time: number;
      readonly now: number;
    }
  | {
      readonly kind: "not-yet-valid";
      readonly keyId: string;
      readonly time: number;
      readonly notBefore: number;
    }
  | {
      readonly kind: "expired";
      readonly keyId: string;
      readonly time: number;
      readonly notAfter: number;
    }
  | {
      readonly kind: "revoked";
      readonly keyId: string;
      readonly time: number;
      readonly revokedAt: number;
    }
  | {
      readonly kind: "revoked-in-log";
      readonly keyId: string;
      readonly logIndex: number;
      readonly revokedFromLogIndex: number;
    }
  | { readonly kind: "out-of-scope"; readonly keyId: string; readonly reason: string }
  | {
      readonly kind: "compiler-too-old";
      readonly keyId: string;
      readonly version: string;
      readonly minimum: string;
    }
  | { readonly kind: "no-log-proof"; readonly keyId: string }
  | { readonly kind: "bad-log-proof"; readonly keyId: string; readonly reason: string };

export type VerdictKind = Verdict["kind"];

/** The verdict for people; text taken from the module is escaped so it cannot drive the terminal. */
export function verdictMessage(verdict: Verdict): string {
  return printable(describe(verdict));
}

function describe(verdict: Verdict): string {
  switch (verdict.kind) {
    case "ok": {
      const s = verdict.statement;
      const log =
        s.logIndex === undefined
          ? ""
          : `, log entry ${s.logIndex}${verdict.logProofChecked ? " (inclusion proof checked)" : " (proof not checked)"}`;
      return (
        `Module ${s.moduleName} signed by key ${verdict.keyId} (${verdict.scope}) at ${formatTime(s.time)}` +
        ` with ${s.compiler.name} ${s.compiler.version}${log}`
      );
    }
    case "unsigned":
      return "the module has no spindle.sig section";
    case "malformed":
      return `the module or its signature section is malformed: ${verdict.reason}`;
    case "unknown-key":
      return `the module is signed by key ${verdict.keyId}, which the trust policy does not list`;
    case "bad-signature":
      return `the signature by key ${verdict.keyId} is invalid: ${verdict.reason}`;
    case "digest-mismatch":
      return `the module's bytes were changed after key ${verdict.keyId} signed them (SHA-512 differs)`;
    case "signed-in-future":
      return `the signature by key ${verdict.keyId} claims to be from ${formatTime(verdict.time)}, later than now (${formatTime(verdict.now)})`;
    case "not-yet-valid":
      return `key ${verdict.keyId} is not valid until ${formatTime(verdict.notBefore)}; the signature is from ${formatTime(verdict.time)}`;
    case "expired":
      return `key ${verdict.keyId} expired at ${formatTime(verdict.notAfter)}; the signature is from ${formatTime(verdict.time)}`;
    case "revoked":
      return `key ${verdict.keyId} was revoked at ${formatTime(verdict.revokedAt)}; the signature is from ${formatTime(verdict.time)}`;
    case "revoked-in-log":
      return `key ${verdict.keyId} is revoked from log entry ${verdict.revokedFromLogIndex} on; the signature is entry ${verdict.logIndex}`;
    case "out-of-scope":
      return `key ${verdict.keyId} may not sign this module: ${verdict.reason}`;
    case "compiler-too-old":
      return `the module was compiled by version ${verdict.version}, older than the minimum ${verdict.minimum}`;
    case "no-log-proof":
      return `the policy requires a transparency-log inclusion proof for key ${verdict.keyId}, and the module carries none`;
    case "bad-log-proof":
      return `the transparency-log proof for key ${verdict.keyId} is invalid: ${verdict.reason}`;
    default: {
      const unreachable: never = verdict;
      return unreachable;
    }
  }
}
