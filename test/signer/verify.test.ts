import { describe, expect, it } from "vitest";
import { verifyModule } from "../../src/signer/verify.js";
import { verdictMessage, type Verdict } from "../../src/signer/verdict.js";
import { attachSignature, createSignature, signModule } from "../../src/signer/sign.js";
import { encodeCustomSection, readSections } from "../../src/signer/wasm-sections.js";
import { parseRfc3339 } from "../../src/signer/policy.js";
import {
  attributesFor,
  buildModule,
  fixedKey,
  keyEntry,
  policyOf,
  SIGN_TIME,
  signedModule,
} from "./fixtures.js";

const key = fixedKey(1);
const keyId = Buffer.from(key.keyId).toString("hex");
const trusting = policyOf(keyEntry(key));
const signed = signedModule(key);

function message(bytes: Uint8Array, policy = trusting): string {
  return verdictMessage(verifyModule(bytes, policy, SIGN_TIME));
}

function sigSectionStart(bytes: Uint8Array): number {
  const parsed = readSections(bytes);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.sections[parsed.sections.length - 1]?.start ?? 0;
}

describe("verifying a signed module", () => {
  it("accepts the module its key signed, with a one-line summary", () => {
    const verdict = verifyModule(signed, trusting, SIGN_TIME);
    expect(verdict.kind).toBe("ok");
    expect(verdictMessage(verdict)).toBe(
      `Module Hello signed by key ${keyId} (local) at 2026-01-15T12:00:00Z with spindle 0.1.0`,
    );
  });

  it("reports an unsigned module", () => {
    expect(verifyModule(buildModule(), trusting).kind).toBe("unsigned");
    expect(message(buildModule())).toBe("the module has no spindle.sig section");
  });

  it("rejects a flipped byte in the code, in the meta section and in the signature", () => {
    const start = sigSectionStart(signed);
    const codeFlip = Uint8Array.from(signed);
    codeFlip[start - 30] = (codeFlip[start - 30] ?? 0) ^ 0x01;
    expect(verifyModule(codeFlip, trusting).kind).not.toBe("ok");
    const metaFlip = Uint8Array.from(signed);
    metaFlip[start - 3] = (metaFlip[start - 3] ?? 0) ^ 0x20;
    expect(message(metaFlip)).toBe(
      `the module's bytes were changed after key ${keyId} signed them (SHA-512 differs)`,
    );
    const sigFlip = Uint8Array.from(signed);
    sigFlip[signed.length - 10] = (sigFlip[signed.length - 10] ?? 0) ^ 0x01;
    expect(message(sigFlip)).toBe(
      `the signature by key ${keyId} is invalid: the Ed25519 signature does not match`,
    );
  });

  it("rejects a signature section that is not last", () => {
    const start = sigSectionStart(signed);
    const moved = Uint8Array.from([...signed, ...encodeCustomSection("trailer", Uint8Array.of(1))]);
    expect(message(moved)).toBe(
      "the module or its signature section is malformed: the spindle.sig section is not the last section",
    );
    expect(start).toBeGreaterThan(0);
  });

  it("rejects a duplicated signature section", () => {
    const start = sigSectionStart(signed);
    const twice = Uint8Array.from([...signed, ...signed.subarray(start)]);
    expect(message(twice)).toBe(
      "the module or its signature section is malformed: the spindle.sig section appears 2 times; it must appear once",
    );
  });

  it("rejects a truncated signature section", () => {
    expect(message(signed.subarray(0, signed.length - 1))).toMatch(
      /^the module or its signature section is malformed: section at byte \d+ claims \d+ bytes but only \d+ remain$/,
    );
  });

  it("rejects an oversized signature section", () => {
    const unsigned = buildModule();
    const huge = Uint8Array.from([
      ...unsigned,
      ...encodeCustomSection("spindle.sig", new Uint8Array(200 * 1024)),
    ]);
    expect(message(huge)).toMatch(
      /spindle\.sig section is \d+ bytes, more than the 163840 allowed$/,
    );
  });

  it("rejects a key the policy does not list", () => {
    expect(message(signed, policyOf(keyEntry(fixedKey(2))))).toBe(
      `the module is signed by key ${keyId}, which the trust policy does not list`,
    );
  });

  it("rejects a signature outside the key's validity window", () => {
    const expired = policyOf(keyEntry(key, { notAfter: "2026-01-01T00:00:00Z" }));
    expect(message(signed, expired)).toBe(
      `key ${keyId} expired at 2026-01-01T00:00:00Z; the signature is from 2026-01-15T12:00:00Z`,
    );
    const early = policyOf(keyEntry(key, { notBefore: "2026-02-01T00:00:00Z" }));
    expect(verifyModule(signed, early).kind).toBe("not-yet-valid");
  });

  it("rejects a signature that claims a time more than an hour after now", () => {
    expect(verdictMessage(verifyModule(signed, trusting, SIGN_TIME - 7200))).toBe(
      `the signature by key ${keyId} claims to be from 2026-01-15T12:00:00Z, later than now (2026-01-15T10:00:00Z)`,
    );
    expect(verifyModule(signed, trusting, SIGN_TIME - 1800).kind).toBe("ok");
  });

  it("rejects signatures made at or after revocation and keeps earlier ones", () => {
    const revokedBefore = policyOf(keyEntry(key, { revokedAt: "2026-01-10T00:00:00Z" }));
    expect(message(signed, revokedBefore)).toBe(
      `key ${keyId} was revoked at 2026-01-10T00:00:00Z; the signature is from 2026-01-15T12:00:00Z`,
    );
    const revokedAfter = policyOf(keyEntry(key, { revokedAt: "2026-01-20T00:00:00Z" }));
    expect(verifyModule(signed, revokedAfter).kind).toBe("ok");
  });

  it("rejects a wrong key scope and a module name the key may not sign", () => {
    expect(message(signed, policyOf(keyEntry(key, { scope: "shared" })))).toBe(
      `key ${keyId} may not sign this module: the signature claims scope local but the policy lists the key as shared`,
    );
    expect(message(signed, policyOf(keyEntry(key, { modules: ["Net*", "Console"] })))).toBe(
      `key ${keyId} may not sign this module: module Hello matches none of "Net*", "Console"`,
    );
    expect(verifyModule(signed, policyOf(keyEntry(key, { modules: "He?lo" }))).kind).toBe("ok");
  });

  it("rejects a compiler below the minimum version, by semver order", () => {
    expect(message(signed, policyOf(keyEntry(key, { minCompilerVersion: "0.10.0" })))).toBe(
      "the module was compiled by version 0.1.0, older than the minimum 0.10.0",
    );
    const prerelease = signedModule(key, "Hello", "1.0.0-rc.1");
    expect(
      verifyModule(prerelease, policyOf(keyEntry(key, { minCompilerVersion: "1.0.0" }))).kind,
    ).toBe("compiler-too-old");
    expect(
      verifyModule(prerelease, policyOf(keyEntry(key, { minCompilerVersion: "0.9.9" }))).kind,
    ).toBe("ok");
  });

  it("refuses to sign a module twice or a malformed one", () => {
    expect(signModule(signed, key, attributesFor("Hello"))).toEqual({
      ok: false,
      error: "the module is already signed",
    });
    expect(signModule(Uint8Array.of(1, 2, 3), key, attributesFor("Hello"))).toEqual({
      ok: false,
      error: "cannot sign a malformed module: the file is 3 bytes, too short for a Wasm header",
    });
  });

  it("checks the exact bytes: a statement for other bytes does not verify", () => {
    const other = createSignature(
      buildModule("Hello", 43),
      key,
      attributesFor("Hello"),
      "local",
      SIGN_TIME,
    );
    if (!other.ok) throw new Error(other.error);
    const grafted = attachSignature(buildModule("Hello", 42), {
      statementBytes: other.value.statementBytes,
      signature: other.value.signature,
    });
    expect(verifyModule(grafted, trusting).kind).toBe("digest-mismatch");
  });

  it("escapes control characters from a module name before printing it", () => {
    const evil = signModule(buildModule("Evil"), key, attributesFor("Evil\u001b[2J"), SIGN_TIME);
    if (!evil.ok) throw new Error(evil.error);
    expect(message(evil.value)).toBe(
      `Module Evil\\u001b[2J signed by key ${keyId} (local) at 2026-01-15T12:00:00Z with spindle 0.1.0`,
    );
  });

  it("refuses a small-order key even when a policy was built without the parser", () => {
    const identity = Uint8Array.from(Buffer.from("01" + "00".repeat(31), "hex"));
    const forged = policyOf(keyEntry(key));
    const weak = { keys: [{ ...forged.keys[0]!, publicKey: identity }] };
    expect(message(signed, weak)).toBe(
      `the signature by key ${keyId} is invalid: public key is a small-order point (it would accept forged signatures)`,
    );
  });

  it("parses policy times as RFC 3339", () => {
    expect(parseRfc3339("2026-01-15T12:00:00Z")).toBe(SIGN_TIME);
    expect(parseRfc3339("2026-01-15 12:00")).toBeUndefined();
  });
});

describe("the verifier under random mutation", () => {
  it("rejects every single-bit flip at every byte of a signed module", () => {
    for (let at = 0; at < signed.length; at++) {
      for (const bit of [0x01, 0x80]) {
        const mutant = Uint8Array.from(signed);
        mutant[at] = (mutant[at] ?? 0) ^ bit;
        expect(verifyModule(mutant, trusting, SIGN_TIME).kind, `byte ${at} bit ${bit}`).not.toBe(
          "ok",
        );
      }
    }
  });

  const iterations = Number(process.env["SPINDLE_MUTATIONS"] ?? 10_000);

  it(`rejects every one of ${iterations} mutants with a reason and never throws`, () => {
    let seed = 0x5eed;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const counts = new Map<Verdict["kind"], number>();
    for (let i = 0; i < iterations; i++) {
      const mutant = mutate(signed, random);
      const verdict = verifyModule(mutant, trusting, SIGN_TIME);
      counts.set(verdict.kind, (counts.get(verdict.kind) ?? 0) + 1);
      if (verdict.kind === "ok") {
        expect.fail(`mutant ${i} was accepted: ${Buffer.from(mutant).toString("hex")}`);
      }
      expect(verdictMessage(verdict)).not.toMatch(/internal verifier error/);
    }
    expect(counts.get("ok")).toBeUndefined();
    expect(counts.get("malformed")).toBeGreaterThan(0);
    expect(counts.get("bad-signature")).toBeGreaterThan(0);
  });
});

function mutate(bytes: Uint8Array, random: (n: number) => number): Uint8Array {
  switch (random(4)) {
    case 0: {
      const out = Uint8Array.from(bytes);
      const at = random(out.length);
      out[at] = (out[at] ?? 0) ^ (1 + random(255));
      return out;
    }
    case 1:
      return bytes.subarray(0, random(bytes.length));
    case 2: {
      const at = random(bytes.length + 1);
      return Uint8Array.from([...bytes.subarray(0, at), random(256), ...bytes.subarray(at)]);
    }
    default: {
      const parsed = readSections(bytes);
      if (!parsed.ok) return bytes.subarray(1);
      const sections = parsed.sections.map((s) => bytes.subarray(s.start, s.end));
      const a = random(sections.length);
      let b = random(sections.length);
      if (b === a) b = (a + 1) % sections.length;
      const swapped = [...sections];
      [swapped[a], swapped[b]] = [sections[b] ?? new Uint8Array(), sections[a] ?? new Uint8Array()];
      return Uint8Array.from([...bytes.subarray(0, 8), ...swapped.flatMap((s) => [...s])]);
    }
  }
}
