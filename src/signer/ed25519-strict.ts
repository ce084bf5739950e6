// Ed25519 with the checks the libraries skip: canonical S (S < L) and no small-order public keys.
import {
  createPrivateKey,
  createPublicKey,
  sign as nodeSign,
  verify as nodeVerify,
  type KeyObject,
} from "node:crypto";

const P = 2n ** 255n - 19n;
/** The order of the prime-order subgroup. */
export const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const D = mod(-121665n * inverse(121666n));
const SQRT_M1 = power(2n, (P - 1n) / 4n);

const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

export type Check = { readonly ok: true } | { readonly ok: false; readonly reason: string };

function mod(a: bigint): bigint {
  const r = a % P;
  return r >= 0n ? r : r + P;
}

function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
    e >>= 1n;
  }
  return result;
}

function inverse(a: bigint): bigint {
  return power(a, P - 2n);
}

function littleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i] ?? 0);
  return n;
}

interface Extended {
  readonly x: bigint;
  readonly y: bigint;
  readonly z: bigint;
}

/** RFC 8032 §5.1.3 decoding, refusing non-canonical y; undefined when not a curve point. */
function decodePoint(bytes: Uint8Array): Extended | undefined {
  if (bytes.length !== 32) return undefined;
  const sign = ((bytes[31] ?? 0) >> 7) & 1;
  const copy = Uint8Array.from(bytes);
  copy[31] = (copy[31] ?? 0) & 0x7f;
  const y = littleEndian(copy);
  if (y >= P) return undefined;
  const u = mod(y * y - 1n);
  const v = mod(D * y * y + 1n);
  let x = mod(u * power(v, 3n) * power(u * power(v, 7n), (P - 5n) / 8n));
  const vx2 = mod(v * x * x);
  if (vx2 === mod(-u)) x = mod(x * SQRT_M1);
  else if (vx2 !== u) return undefined;
  if (x === 0n && sign === 1) return undefined;
  if (Number(x & 1n) !== sign) x = P - x;
  return { x, y, z: 1n };
}

function double(point: Extended): Extended {
  const a = mod(point.x * point.x);
  const b = mod(point.y * point.y);
  const c = mod(2n * point.z * point.z);
  const h = a + b;
  const e = mod(h - (point.x + point.y) ** 2n);
  const g = mod(a - b);
  const f = mod(c + g);
  return { x: mod(e * f), y: mod(g * h), z: mod(f * g) };
}

function isIdentity(point: Extended): boolean {
  return point.x === 0n && mod(point.y - point.z) === 0n;
}

const keyChecks = new Map<string, Check>();

/**
 * A public key is acceptable when it is a canonical encoding of a curve point whose order is not
 * small: [8]A is the identity exactly for the eight points of the torsion subgroup.
 */
export function checkPublicKey(publicKey: Uint8Array): Check {
  if (publicKey.length !== 32) {
    return { ok: false, reason: `public key is ${publicKey.length} bytes, expected 32` };
  }
  const memo = Buffer.from(publicKey.buffer, publicKey.byteOffset, publicKey.byteLength).toString(
    "hex",
  );
  const known = keyChecks.get(memo);
  if (known) return known;
  const point = decodePoint(publicKey);
  let result: Check;
  if (!point)
    result = { ok: false, reason: "public key is not a canonically encoded Ed25519 point" };
  else if (isIdentity(double(double(double(point))))) {
    result = {
      ok: false,
      reason: "public key is a small-order point (it would accept forged signatures)",
    };
  } else result = { ok: true };
  if (keyChecks.size > 4096) keyChecks.clear();
  keyChecks.set(memo, result);
  return result;
}

/** L as 32 little-endian bytes, for comparing S without big-integer arithmetic. */
const L_BYTES = Uint8Array.from({ length: 32 }, (_, i) => Number((L >> BigInt(8 * i)) & 0xffn));

/** S, the second half of a signature, must be fully reduced modulo L (RFC 8032 §5.1.7). */
export function hasCanonicalS(signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  for (let i = 31; i >= 0; i--) {
    const s = signature[32 + i] ?? 0;
    const l = L_BYTES[i] ?? 0;
    if (s !== l) return s < l;
  }
  return false;
}

const keyObjects = new Map<string, KeyObject>();

/** Building a KeyObject costs more than a verification, so verified keys are kept. */
export function publicKeyObject(publicKey: Uint8Array): KeyObject {
  const memo = Buffer.from(publicKey.buffer, publicKey.byteOffset, publicKey.byteLength).toString(
    "hex",
  );
  let key = keyObjects.get(memo);
  if (!key) {
    key = createPublicKey({
      key: Buffer.concat([SPKI_PREFIX, publicKey]),
      format: "der",
      type: "spki",
    });
    if (keyObjects.size > 4096) keyObjects.clear();
    keyObjects.set(memo, key);
  }
  return key;
}

const privateKeys = new WeakMap<Uint8Array, KeyObject>();

/** Cached by the seed array's identity, so the key object lives exactly as long as the key pair. */
export function privateKeyObject(seed: Uint8Array): KeyObject {
  let key = privateKeys.get(seed);
  if (!key) {
    key = createPrivateKey({
      key: Buffer.concat([PKCS8_PREFIX, seed]),
      format: "der",
      type: "pkcs8",
    });
    privateKeys.set(seed, key);
  }
  return key;
}

/** The raw 32-byte public key of a 32-byte private seed. */
export function publicKeyOfSeed(seed: Uint8Array): Uint8Array {
  const der = createPublicKey(privateKeyObject(seed)).export({ format: "der", type: "spki" });
  return new Uint8Array(der.subarray(SPKI_PREFIX.length));
}

export function signEd25519(seed: Uint8Array, message: Uint8Array): Uint8Array {
  return new Uint8Array(nodeSign(null, message, privateKeyObject(seed)));
}

/** Strict verification; never throws. */
export function verifyEd25519(
  publicKey: Uint8Array,
  message: Uint8Array,
  signature: Uint8Array,
): Check {
  if (signature.length !== 64)
    return { ok: false, reason: `signature is ${signature.length} bytes, expected 64` };
  if (!hasCanonicalS(signature)) {
    return { ok: false, reason: "signature is not canonical (S is not reduced modulo L)" };
  }
  const key = checkPublicKey(publicKey);
  if (!key.ok) return key;
  try {
    if (nodeVerify(null, message, publicKeyObject(publicKey), signature)) return { ok: true };
  } catch {
    return { ok: false, reason: "the Ed25519 signature could not be checked" };
  }
  return { ok: false, reason: "the Ed25519 signature does not match" };
}
