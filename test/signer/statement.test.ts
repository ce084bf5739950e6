import { describe, expect, it } from "vitest";
import { toHex } from "../../src/signer/codec.js";
import { decodeStatement, encodeStatement, type Statement } from "../../src/signer/statement.js";

const statement: Statement = {
  moduleDigest: new Uint8Array(64).fill(0xaa),
  keyId: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8),
  scope: "local",
  compiler: { name: "spindle", version: "0.1.0" },
  moduleName: "Hello",
  time: 1768478400,
  sources: [{ name: "Hello.m3", sha256: new Uint8Array(32).fill(0x11) }],
  interfaces: [],
};

describe("signed statement encoding", () => {
  it("starts with the length-prefixed purpose string and round-trips", () => {
    const bytes = encodeStatement(statement);
    expect(toHex(bytes.subarray(0, 31))).toBe(
      "0000001b" + Buffer.from("spindle-module-signature-v1").toString("hex"),
    );
    const decoded = decodeStatement(bytes);
    expect(decoded.ok && decoded.statement).toEqual(statement);
  });

  it("matches the byte layout documented in docs/signing.md", () => {
    const bytes = encodeStatement({ ...statement, sources: [], scope: "shared", logIndex: 7 });
    // purpose, digest, key id, scope, compiler name, version, module name, time, 2 counts, log index
    expect(bytes.length).toBe(
      4 + 27 + 4 + 64 + 4 + 8 + 4 + 6 + 4 + 7 + 4 + 5 + 4 + 5 + 8 + 4 + 4 + 1 + 8,
    );
    expect(toHex(bytes.subarray(bytes.length - 9))).toBe("010000000000000007");
  });

  it("rejects stray bytes, truncation, a wrong purpose and unsorted digests", () => {
    const bytes = encodeStatement(statement);
    expect(decodeStatement(Uint8Array.of(...bytes, 0))).toEqual({
      ok: false,
      error: "1 stray bytes after the statement",
    });
    expect(decodeStatement(bytes.subarray(0, 40))).toEqual({
      ok: false,
      error: "truncated: module digest needs 64 bytes, 5 remain",
    });
    const wrongPurpose = Uint8Array.from(bytes);
    wrongPurpose[30] = 0x32;
    expect(decodeStatement(wrongPurpose)).toEqual({
      ok: false,
      error: 'unknown statement purpose "spindle-module-signature-v2"',
    });
    const twoSources = encodeStatement({
      ...statement,
      sources: [
        { name: "b.m3", sha256: new Uint8Array(32) },
        { name: "a.m3", sha256: new Uint8Array(32) },
      ],
    });
    expect(decodeStatement(twoSources)).toEqual({
      ok: false,
      error: "source digests are not sorted by name without duplicates",
    });
  });

  it("requires a log index exactly for shared scope", () => {
    expect(decodeStatement(encodeStatement({ ...statement, scope: "shared" }))).toEqual({
      ok: false,
      error: "a shared-key statement must carry a log index",
    });
    expect(decodeStatement(encodeStatement({ ...statement, logIndex: 3 }))).toEqual({
      ok: false,
      error: "a local-key statement must not carry a log index",
    });
  });
});
