// Verification: from the exact bytes that will be linked and a trust policy to a graded verdict; never throws.
import { createHash } from "node:crypto";
import { bytesEqual, toHex } from "./codec.js";
import { verifyEd25519 } from "./ed25519-strict.js";
import { logEntryLeafHash } from "./log/entry.js";
import { verifyTlogProof } from "./log/proof.js";
import { globMatches, type TrustPolicy, type TrustedKey } from "./policy.js";
import { compareVersions } from "./semver.js";
import {
  decodeSignatureContent,
  locateSignature,
  type SignatureSection,
} from "./signature-section.js";
import { decodeStatement, type Statement } from "./statement.js";
import type { Verdict } from "./verdict.js";

/** Clocks of the signer and the verifier may disagree by this much. */
export const CLOCK_SKEW_SECONDS = 3600;

/** `now` is in Unix seconds: a signature claiming a time beyond now + skew is refused. */
export function verifyModule(
  bytes: Uint8Array,
  policy: TrustPolicy,
  now: number = Math.floor(Date.now() / 1000),
): Verdict {
  try {
    return verifyChecked(bytes, policy, now);
  } catch (caught) {
    // Unreachable by design (the property test hunts for it); a verifier bug must still refuse.
    return {
      kind: "malformed",
      reason: `internal verifier error: ${caught instanceof Error ? caught.message : String(caught)}`,
    };
  }
}

function verifyChecked(bytes: Uint8Array, policy: TrustPolicy, now: number): Verdict {
  const located = locateSignature(bytes);
  if (located.kind === "malformed") return { kind: "malformed", reason: located.error };
  if (located.kind === "unsigned") return { kind: "unsigned" };
  const content = decodeSignatureContent(located.content);
  if (!content.ok) return { kind: "malformed", reason: `spindle.sig: ${content.error}` };
  const decoded = decodeStatement(content.section.statementBytes);
  if (!decoded.ok) return { kind: "malformed", reason: `statement: ${decoded.error}` };
  const statement = decoded.statement;
  const keyId = toHex(statement.keyId);
  const key = policy.keys.find((k) => k.id === keyId);
  if (!key) return { kind: "unknown-key", keyId };
  const signature = verifyEd25519(
    key.publicKey,
    content.section.statementBytes,
    content.section.signature,
  );
  if (!signature.ok) return { kind: "bad-signature", keyId, reason: signature.reason };
  const digest = new Uint8Array(createHash("sha512").update(located.signedBytes).digest());
  if (!bytesEqual(digest, statement.moduleDigest)) return { kind: "digest-mismatch", keyId };
  return applyPolicy(statement, content.section, key, policy, now);
}

function applyPolicy(
  statement: Statement,
  section: SignatureSection,
  key: TrustedKey,
  policy: TrustPolicy,
  now: number,
): Verdict {
  const keyId = key.id;
  if (statement.scope !== key.scope) {
    return {
      kind: "out-of-scope",
      keyId,
      reason: `the signature claims scope ${statement.scope} but the policy lists the key as ${key.scope}`,
    };
  }
  if (!key.modules.some((glob) => globMatches(glob, statement.moduleName))) {
    return {
      kind: "out-of-scope",
      keyId,
      reason: `module ${statement.moduleName} matches none of ${key.modules.map((m) => JSON.stringify(m)).join(", ")}`,
    };
  }
  let logProofChecked = false;
  if (section.logProof !== undefined && key.logKey) {
    const leaf = logEntryLeafHash(section.statementBytes, section.signature);
    const inclusion = verifyTlogProof(section.logProof, leaf, key.logKey);
    if (!inclusion.ok) return { kind: "bad-log-proof", keyId, reason: inclusion.error };
    if (inclusion.value.index !== statement.logIndex) {
      return {
        kind: "bad-log-proof",
        keyId,
        reason: `the proof is for entry ${inclusion.value.index} but the signature names entry ${statement.logIndex ?? "none"}`,
      };
    }
    logProofChecked = true;
  } else if (key.requireLogProof) {
    return { kind: "no-log-proof", keyId };
  }
  if (statement.time > now + CLOCK_SKEW_SECONDS) {
    return { kind: "signed-in-future", keyId, time: statement.time, now };
  }
  if (key.notBefore !== undefined && statement.time < key.notBefore) {
    return { kind: "not-yet-valid", keyId, time: statement.time, notBefore: key.notBefore };
  }
  if (key.notAfter !== undefined && statement.time > key.notAfter) {
    return { kind: "expired", keyId, time: statement.time, notAfter: key.notAfter };
  }
  // The log index is bound by a checked inclusion proof (the policy requires one with this field),
  // so unlike the signing time it cannot be backdated by whoever holds the key.
  if (key.revokedFromLogIndex !== undefined) {
    if (!logProofChecked) return { kind: "no-log-proof", keyId };
    const logIndex = statement.logIndex ?? 0;
    if (logIndex >= key.revokedFromLogIndex) {
      return {
        kind: "revoked-in-log",
        keyId,
        logIndex,
        revokedFromLogIndex: key.revokedFromLogIndex,
      };
    }
  }
  if (key.revokedAt !== undefined && statement.time >= key.revokedAt) {
    return { kind: "revoked", keyId, time: statement.time, revokedAt: key.revokedAt };
  }
  for (const minimum of [policy.minCompilerVersion, key.minCompilerVersion]) {
    if (minimum === undefined) continue;
    const order = compareVersions(statement.compiler.version, minimum);
    if (order === undefined || order < 0) {
      return { kind: "compiler-too-old", keyId, version: statement.compiler.version, minimum };
    }
  }
  return { kind: "ok", keyId, scope: key.scope, statement, logProofChecked };
}
