// The trust policy: which keys may sign which modules, when, with which compiler; parsed strictly from JSON.
import { fromBase64, toHex } from "./codec.js";
import { checkPublicKey } from "./ed25519-strict.js";
import { keyIdOf } from "./keys.js";
import { parseVerifierKey, type NoteVerifier } from "./log/note.js";
import { parseVersion } from "./semver.js";
import type { KeyScope } from "./statement.js";

export interface TrustedKey {
  /** Hex key id, as printed by `spindle keygen`. */
  readonly id: string;
  readonly publicKey: Uint8Array;
  readonly scope: KeyScope;
  /** Globs (`*`, `?`) over module names this key may sign. */
  readonly modules: readonly string[];
  /** Unix seconds. */
  readonly notBefore?: number;
  readonly notAfter?: number;
  /** Signatures made at or after this time are refused; earlier ones stay valid. */
  readonly revokedAt?: number;
  /** Shared keys with requireLogProof: log entries from this index on are refused. */
  readonly revokedFromLogIndex?: number;
  readonly minCompilerVersion?: string;
  readonly requireLogProof: boolean;
  readonly logKey?: NoteVerifier;
}

export interface TrustPolicy {
  readonly keys: readonly TrustedKey[];
  readonly minCompilerVersion?: string;
}

export type PolicyResult =
  | { readonly ok: true; readonly policy: TrustPolicy }
  | { readonly ok: false; readonly errors: readonly string[] };

const KEY_FIELDS = new Set([
  "id",
  "publicKey",
  "scope",
  "modules",
  "notBefore",
  "notAfter",
  "revokedAt",
  "revokedFromLogIndex",
  "minCompilerVersion",
  "requireLogProof",
  "logKey",
  "comment",
]);
const POLICY_FIELDS = new Set(["version", "keys", "minCompilerVersion", "comment"]);

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** RFC 3339 date-time to whole Unix seconds; undefined when not exactly that form. */
export function parseRfc3339(text: string): number | undefined {
  if (!RFC3339.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

export function formatTime(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(".000Z", "Z");
}

/** Wildcard match (`*` any run, `?` one character) without regular expressions, so no glob backtracks badly. */
export function globMatches(glob: string, name: string): boolean {
  const g = [...glob];
  const n = [...name];
  let gi = 0;
  let ni = 0;
  let star = -1;
  let resume = 0;
  while (ni < n.length) {
    if (gi < g.length && (g[gi] === "?" || (g[gi] !== "*" && g[gi] === n[ni]))) {
      gi++;
      ni++;
    } else if (gi < g.length && g[gi] === "*") {
      star = gi++;
      resume = ni;
    } else if (star >= 0) {
      gi = star + 1;
      ni = ++resume;
    } else return false;
  }
  while (gi < g.length && g[gi] === "*") gi++;
  return gi === g.length;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  return typeof value === "object" ? "an object" : String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Parses and validates a policy file's text, reporting every problem with its JSON path. */
export function parsePolicy(text: string): PolicyResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (caught) {
    return {
      ok: false,
      errors: [`not valid JSON: ${caught instanceof Error ? caught.message : String(caught)}`],
    };
  }
  return validatePolicy(json);
}

export function validatePolicy(json: unknown): PolicyResult {
  const errors: string[] = [];
  if (!isObject(json))
    return { ok: false, errors: [`the policy must be a JSON object, not ${describe(json)}`] };
  for (const field of Object.keys(json)) {
    if (!POLICY_FIELDS.has(field)) errors.push(`${field}: unknown field`);
  }
  if (json["version"] !== 1) errors.push(`version: must be 1, not ${describe(json["version"])}`);
  const minCompilerVersion = optionalVersion(
    json["minCompilerVersion"],
    "minCompilerVersion",
    errors,
  );
  const rawKeys = json["keys"];
  const keys: TrustedKey[] = [];
  if (!Array.isArray(rawKeys)) errors.push(`keys: must be an array, not ${describe(rawKeys)}`);
  else {
    rawKeys.forEach((raw: unknown, i) => {
      const key = validateKey(raw, `keys[${i}]`, errors);
      if (key) {
        if (keys.some((k) => k.id === key.id))
          errors.push(`keys[${i}].id: key ${key.id} is listed twice`);
        keys.push(key);
      }
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    policy: { keys, ...(minCompilerVersion !== undefined ? { minCompilerVersion } : {}) },
  };
}

function optionalVersion(value: unknown, path: string, errors: string[]): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string" || !parseVersion(value)) {
    errors.push(`${path}: must be a semantic version such as "1.2.3", not ${describe(value)}`);
    return undefined;
  }
  return value;
}

function optionalTime(value: unknown, path: string, errors: string[]): number | undefined {
  if (value === undefined) return undefined;
  const seconds = typeof value === "string" ? parseRfc3339(value) : undefined;
  if (seconds === undefined) {
    errors.push(
      `${path}: must be an RFC 3339 time such as "2026-01-31T00:00:00Z", not ${describe(value)}`,
    );
  }
  return seconds;
}

function validateKey(raw: unknown, path: string, errors: string[]): TrustedKey | undefined {
  if (!isObject(raw)) {
    errors.push(`${path}: must be an object, not ${describe(raw)}`);
    return undefined;
  }
  const before = errors.length;
  for (const field of Object.keys(raw)) {
    if (!KEY_FIELDS.has(field)) errors.push(`${path}.${field}: unknown field`);
  }
  const publicKeyText = raw["publicKey"];
  const publicKey = typeof publicKeyText === "string" ? fromBase64(publicKeyText) : undefined;
  if (!publicKey || publicKey.length !== 32) {
    errors.push(
      `${path}.publicKey: must be a 32-byte Ed25519 public key in base64, not ${describe(publicKeyText)}`,
    );
  } else {
    const check = checkPublicKey(publicKey);
    if (!check.ok) errors.push(`${path}.publicKey: ${check.reason}`);
  }
  const id = raw["id"];
  if (typeof id !== "string" || !/^[0-9a-f]{16}$/.test(id)) {
    errors.push(`${path}.id: must be 16 lowercase hex digits, not ${describe(id)}`);
  } else if (publicKey && publicKey.length === 32 && toHex(keyIdOf(publicKey)) !== id) {
    errors.push(
      `${path}.id: ${id} is not the id of this public key (${toHex(keyIdOf(publicKey))})`,
    );
  }
  const scope = raw["scope"];
  if (scope !== "local" && scope !== "shared") {
    errors.push(`${path}.scope: must be "local" or "shared", not ${describe(scope)}`);
  }
  const modulesRaw = raw["modules"] ?? ["*"];
  const modules: string[] = [];
  if (typeof modulesRaw === "string" && modulesRaw !== "") modules.push(modulesRaw);
  else if (
    Array.isArray(modulesRaw) &&
    modulesRaw.length > 0 &&
    modulesRaw.every((m): m is string => typeof m === "string" && m !== "")
  ) {
    modules.push(...modulesRaw);
  } else
    errors.push(
      `${path}.modules: must be a glob or a non-empty list of globs, not ${describe(modulesRaw)}`,
    );
  const notBefore = optionalTime(raw["notBefore"], `${path}.notBefore`, errors);
  const notAfter = optionalTime(raw["notAfter"], `${path}.notAfter`, errors);
  if (notBefore !== undefined && notAfter !== undefined && notAfter < notBefore) {
    errors.push(`${path}.notAfter: is before notBefore`);
  }
  const revokedAt = optionalTime(raw["revokedAt"], `${path}.revokedAt`, errors);
  const minCompilerVersion = optionalVersion(
    raw["minCompilerVersion"],
    `${path}.minCompilerVersion`,
    errors,
  );
  const requireRaw = raw["requireLogProof"] ?? false;
  if (typeof requireRaw !== "boolean")
    errors.push(`${path}.requireLogProof: must be true or false`);
  const requireLogProof = requireRaw === true;
  if (requireLogProof && scope === "local") {
    errors.push(
      `${path}.requireLogProof: only a shared key has a log; a local key cannot require a log proof`,
    );
  }
  const revokedIndexRaw = raw["revokedFromLogIndex"];
  let revokedFromLogIndex: number | undefined;
  if (revokedIndexRaw !== undefined) {
    if (
      typeof revokedIndexRaw !== "number" ||
      !Number.isSafeInteger(revokedIndexRaw) ||
      revokedIndexRaw < 0
    ) {
      errors.push(
        `${path}.revokedFromLogIndex: must be a log index (an integer >= 0), not ${describe(revokedIndexRaw)}`,
      );
    } else if (!requireLogProof) {
      errors.push(
        `${path}.revokedFromLogIndex: needs requireLogProof, or the index would be unchecked`,
      );
    } else revokedFromLogIndex = revokedIndexRaw;
  }
  let logKey: NoteVerifier | undefined;
  const logKeyRaw = raw["logKey"];
  if (logKeyRaw !== undefined) {
    if (typeof logKeyRaw !== "string")
      errors.push(`${path}.logKey: must be a verifier key string, not ${describe(logKeyRaw)}`);
    else {
      const parsed = parseVerifierKey(logKeyRaw);
      if (parsed.ok) logKey = parsed.value;
      else errors.push(`${path}.logKey: ${parsed.error}`);
    }
  } else if (requireLogProof) {
    errors.push(
      `${path}.logKey: required when requireLogProof is true (the log's checkpoint verifier key)`,
    );
  }
  if (
    errors.length > before ||
    !publicKey ||
    typeof id !== "string" ||
    (scope !== "local" && scope !== "shared")
  ) {
    return undefined;
  }
  return {
    id,
    publicKey,
    scope,
    modules,
    requireLogProof,
    ...(notBefore !== undefined ? { notBefore } : {}),
    ...(notAfter !== undefined ? { notAfter } : {}),
    ...(revokedAt !== undefined ? { revokedAt } : {}),
    ...(revokedFromLogIndex !== undefined ? { revokedFromLogIndex } : {}),
    ...(minCompilerVersion !== undefined ? { minCompilerVersion } : {}),
    ...(logKey ? { logKey } : {}),
  };
}

/** The default policy of `spindle verify`: this machine's own key, for any module. */
export function localKeyPolicy(publicKey: Uint8Array): TrustPolicy {
  return {
    keys: [
      {
        id: toHex(keyIdOf(publicKey)),
        publicKey,
        scope: "local",
        modules: ["*"],
        requireLogProof: false,
      },
    ],
  };
}
