import { describe, expect, it } from "vitest";
import { parsePolicy, validatePolicy } from "../../src/signer/policy.js";
import { formatVerifierKey, noteVerifier } from "../../src/signer/log/note.js";
import { fixedKey, keyEntry } from "./fixtures.js";

const key = fixedKey(1);
const identityKey = Buffer.from("01" + "00".repeat(31), "hex").toString("base64");
const orderEight = Buffer.from(
  "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
  "hex",
).toString("base64");

function errorsOf(json: unknown): readonly string[] {
  const result = validatePolicy(json);
  return result.ok ? [] : result.errors;
}

describe("trust policy files", () => {
  it("accepts a complete policy with a shared key and its log key", () => {
    const log = fixedKey(9);
    const result = validatePolicy({
      version: 1,
      minCompilerVersion: "0.1.0",
      keys: [
        keyEntry(key, {
          modules: ["Net*"],
          notBefore: "2026-01-01T00:00:00Z",
          notAfter: "2027-01-01T00:00:00Z",
        }),
        keyEntry(fixedKey(2), {
          scope: "shared",
          requireLogProof: true,
          logKey: formatVerifierKey(noteVerifier("spindle.test/log", log.publicKey)),
          revokedAt: "2026-06-01T00:00:00+02:00",
        }),
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy.keys[1]).toMatchObject({
      scope: "shared",
      requireLogProof: true,
      revokedAt: 1780264800,
    });
    expect(result.policy.keys[1]?.logKey?.name).toBe("spindle.test/log");
  });

  it("refuses small-order public keys when they enter the policy", () => {
    expect(
      errorsOf({
        version: 1,
        keys: [{ id: "0000000000000000", publicKey: identityKey, scope: "local" }],
      }),
    ).toContain(
      "keys[0].publicKey: public key is a small-order point (it would accept forged signatures)",
    );
    expect(
      errorsOf({
        version: 1,
        keys: [{ id: "0000000000000000", publicKey: orderEight, scope: "local" }],
      }),
    ).toContain(
      "keys[0].publicKey: public key is a small-order point (it would accept forged signatures)",
    );
  });

  it("reports every problem with its JSON path", () => {
    expect(
      errorsOf({
        version: 2,
        extra: true,
        keys: [
          keyEntry(key, {
            id: "0123456789abcdef",
            scope: "global",
            notAfter: "tomorrow",
            requireLogProof: true,
            mode: 1,
          }),
        ],
      }),
    ).toEqual([
      "extra: unknown field",
      "version: must be 1, not 2",
      "keys[0].mode: unknown field",
      `keys[0].id: 0123456789abcdef is not the id of this public key (${Buffer.from(key.keyId).toString("hex")})`,
      'keys[0].scope: must be "local" or "shared", not "global"',
      'keys[0].notAfter: must be an RFC 3339 time such as "2026-01-31T00:00:00Z", not "tomorrow"',
      "keys[0].logKey: required when requireLogProof is true (the log's checkpoint verifier key)",
    ]);
  });

  it("refuses a log proof requirement on a local key and a key listed twice", () => {
    expect(
      errorsOf({ version: 1, keys: [keyEntry(key, { requireLogProof: true, logKey: "x" })] }),
    ).toEqual([
      "keys[0].requireLogProof: only a shared key has a log; a local key cannot require a log proof",
      'keys[0].logKey: "x" is not a verifier key of the form name+keyid+key',
    ]);
    expect(errorsOf({ version: 1, keys: [keyEntry(key), keyEntry(key)] })).toEqual([
      `keys[1].id: key ${Buffer.from(key.keyId).toString("hex")} is listed twice`,
    ]);
  });

  it("refuses an empty module list, which would silently match nothing", () => {
    expect(errorsOf({ version: 1, keys: [keyEntry(key, { modules: [] })] })).toEqual([
      "keys[0].modules: must be a glob or a non-empty list of globs, not an array",
    ]);
  });

  it("reports text that is not JSON", () => {
    const result = parsePolicy("{ keys: ");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^not valid JSON: /);
  });
});

describe("module-name globs", () => {
  it("match * and ? without regular-expression surprises", async () => {
    const { globMatches } = await import("../../src/signer/policy.js");
    expect(globMatches("Net*", "NetDriver")).toBe(true);
    expect(globMatches("Net*", "Console")).toBe(false);
    expect(globMatches("a?c", "abc")).toBe(true);
    expect(globMatches("a.c", "abc")).toBe(false);
    expect(globMatches("*a*a*a*a*b", "a".repeat(1000))).toBe(false);
    expect(globMatches("*", "")).toBe(true);
  });
});
