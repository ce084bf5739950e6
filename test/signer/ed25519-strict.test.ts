import nacl from "tweetnacl";
import { describe, expect, it } from "vitest";
import {
  checkPublicKey,
  hasCanonicalS,
  L,
  signEd25519,
  verifyEd25519,
} from "../../src/signer/ed25519-strict.js";
import { keyPairOfSeed } from "../../src/signer/keys.js";

const identity = Uint8Array.from(Buffer.from("01" + "00".repeat(31), "hex"));
// A point of order 8 (from the list every careful Ed25519 library blocks).
const orderEight = Uint8Array.from(
  Buffer.from("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05", "hex"),
);
// The point of order 2: y = p - 1.
const orderTwo = Uint8Array.from(Buffer.from("ec" + "ff".repeat(30) + "7f", "hex"));

function addLToS(signature: Uint8Array): Uint8Array {
  const out = Uint8Array.from(signature);
  let s = 0n;
  for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(out[i] ?? 0);
  s += L;
  for (let i = 32; i < 64; i++) {
    out[i] = Number(s & 0xffn);
    s >>= 8n;
  }
  if (s !== 0n) throw new Error("S + L does not fit in 32 bytes for this signature");
  return out;
}

describe("strict Ed25519", () => {
  const key = keyPairOfSeed(new Uint8Array(32).fill(3));
  const message = new TextEncoder().encode("a statement");
  const signature = signEd25519(key.seed, message);

  it("agrees with tweetnacl on an honest signature", () => {
    expect(nacl.sign.detached.verify(message, signature, key.publicKey)).toBe(true);
    expect(
      Buffer.from(nacl.sign.detached(message, nacl.sign.keyPair.fromSeed(key.seed).secretKey)),
    ).toEqual(Buffer.from(signature));
    expect(verifyEd25519(key.publicKey, message, signature)).toEqual({ ok: true });
  });

  it("rejects the S + L variant that tweetnacl accepts", () => {
    const malleated = addLToS(signature);
    expect(nacl.sign.detached.verify(message, malleated, key.publicKey)).toBe(true);
    expect(hasCanonicalS(malleated)).toBe(false);
    expect(verifyEd25519(key.publicKey, message, malleated)).toEqual({
      ok: false,
      reason: "signature is not canonical (S is not reduced modulo L)",
    });
  });

  it("rejects the identity key, under which tweetnacl accepts a forgery for any message", () => {
    const forged = Uint8Array.from([...identity, ...new Uint8Array(32)]);
    expect(
      nacl.sign.detached.verify(new TextEncoder().encode("anything at all"), forged, identity),
    ).toBe(true);
    expect(verifyEd25519(identity, new TextEncoder().encode("anything at all"), forged)).toEqual({
      ok: false,
      reason: "public key is a small-order point (it would accept forged signatures)",
    });
  });

  it("classifies small-order points and accepts ordinary keys", () => {
    expect(checkPublicKey(identity).ok).toBe(false);
    expect(checkPublicKey(orderEight)).toEqual({
      ok: false,
      reason: "public key is a small-order point (it would accept forged signatures)",
    });
    expect(checkPublicKey(orderTwo).ok).toBe(false);
    expect(checkPublicKey(key.publicKey)).toEqual({ ok: true });
    expect(checkPublicKey(new Uint8Array(32).fill(0xff))).toEqual({
      ok: false,
      reason: "public key is not a canonically encoded Ed25519 point",
    });
  });

  it("rejects a signature by another key and a changed message", () => {
    const other = keyPairOfSeed(new Uint8Array(32).fill(4));
    expect(verifyEd25519(other.publicKey, message, signature)).toEqual({
      ok: false,
      reason: "the Ed25519 signature does not match",
    });
    expect(verifyEd25519(key.publicKey, new TextEncoder().encode("another"), signature).ok).toBe(
      false,
    );
  });
});
