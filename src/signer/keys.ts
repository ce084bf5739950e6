// Signing keys: key ids, generation, and the key files in the user's config folder (private file 0600).
import { createHash, generateKeyPairSync } from "node:crypto";
import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  statSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { fromBase64, toBase64, toHex } from "./codec.js";
import { checkPublicKey, publicKeyOfSeed } from "./ed25519-strict.js";
import { cannotRead, readTextFile } from "./files.js";
import { fail, ok, type Result } from "./result.js";

export const PRIVATE_KEY_FORMAT = "spindle-ed25519-private-key-v1";
export const PUBLIC_KEY_FORMAT = "spindle-ed25519-public-key-v1";

/** File base names: `spindle` for the module-signing key, `log` for a service's checkpoint key. */
export type KeyRole = "spindle" | "log";

export interface KeyPair {
  /** The 32-byte RFC 8032 private key (seed). */
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
  readonly keyId: Uint8Array;
}

export interface PublicKey {
  readonly publicKey: Uint8Array;
  readonly keyId: Uint8Array;
}

/** Key id = the first 8 bytes of SHA-256(0x01 || public key); 0x01 is the signed-note Ed25519 type byte. */
export function keyIdOf(publicKey: Uint8Array): Uint8Array {
  const hash = createHash("sha256").update(Uint8Array.of(0x01)).update(publicKey).digest();
  return new Uint8Array(hash.subarray(0, 8));
}

export function keyIdHex(publicKey: Uint8Array): string {
  return toHex(keyIdOf(publicKey));
}

export function generateKeyPair(): KeyPair {
  const { privateKey } = generateKeyPairSync("ed25519");
  const jwk = privateKey.export({ format: "jwk" });
  const seed = new Uint8Array(Buffer.from(jwk.d ?? "", "base64url"));
  return keyPairOfSeed(seed);
}

export function keyPairOfSeed(seed: Uint8Array): KeyPair {
  const publicKey = publicKeyOfSeed(seed);
  return { seed, publicKey, keyId: keyIdOf(publicKey) };
}

/** `$XDG_CONFIG_HOME/spindle`, else `~/.config/spindle`; undefined when neither can be found. */
export function defaultKeyDir(
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  const xdg = env["XDG_CONFIG_HOME"];
  if (xdg !== undefined && xdg !== "") return join(xdg, "spindle");
  const home = env["HOME"];
  if (home !== undefined && home !== "") return join(home, ".config", "spindle");
  return undefined;
}

export function keyPaths(
  dir: string,
  role: KeyRole = "spindle",
): { privatePath: string; publicPath: string } {
  return { privatePath: join(dir, `${role}.key`), publicPath: join(dir, `${role}.pub`) };
}

export interface WrittenKey {
  readonly keyId: string;
  readonly privatePath: string;
  readonly publicPath: string;
}

/** Writes both key files (private 0600 in a 0700 folder), refusing to replace a key unless `force`. */
export function writeKeyPair(
  dir: string,
  pair: KeyPair,
  force: boolean,
  role: KeyRole = "spindle",
): Result<WrittenKey> {
  const { privatePath, publicPath } = keyPaths(dir, role);
  if (!force) {
    for (const path of [privatePath, publicPath]) {
      if (existsSync(path)) return fail(`${path} already exists; pass --force to replace the key`);
    }
  }
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const keyId = toHex(pair.keyId);
    const publicKey = toBase64(pair.publicKey);
    writeSynced(
      privatePath,
      JSON.stringify(
        { format: PRIVATE_KEY_FORMAT, keyId, publicKey, privateKey: toBase64(pair.seed) },
        null,
        2,
      ) + "\n",
      0o600,
    );
    const mode = statSync(privatePath).mode & 0o777;
    if (mode !== 0o600) {
      return fail(
        `${privatePath} has mode ${mode.toString(8)} instead of 600; the key is not safe to use`,
      );
    }
    writeSynced(
      publicPath,
      JSON.stringify({ format: PUBLIC_KEY_FORMAT, keyId, publicKey }, null, 2) + "\n",
      0o644,
    );
    return ok({ keyId, privatePath, publicPath });
  } catch (caught) {
    return fail(
      `cannot write the key to ${dir}: ${caught instanceof Error ? caught.message : String(caught)}`,
    );
  }
}

function writeSynced(path: string, text: string, mode: number): void {
  // Truncating an existing file keeps its old mode, so the mode is set again explicitly.
  const fd = openSync(path, "w", mode);
  try {
    chmodSync(path, mode);
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function readJsonObject(path: string): Result<Record<string, unknown>> {
  const text = readTextFile(path);
  if (!text.ok) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.value);
  } catch {
    return fail(`${path} is not JSON`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return fail(`${path} is not a JSON object`);
  }
  return ok(parsed as Record<string, unknown>);
}

function decodeKeyBytes(path: string, field: string, value: unknown): Result<Uint8Array> {
  const bytes = typeof value === "string" ? fromBase64(value) : undefined;
  if (!bytes || bytes.length !== 32) return fail(`${path}: "${field}" must be 32 bytes in base64`);
  return ok(bytes);
}

export function readPublicKeyFile(path: string): Result<PublicKey> {
  const json = readJsonObject(path);
  if (!json.ok) return json;
  const format = json.value["format"];
  if (format !== PUBLIC_KEY_FORMAT && format !== PRIVATE_KEY_FORMAT) {
    return fail(`${path}: "format" must be "${PUBLIC_KEY_FORMAT}"`);
  }
  const publicKey = decodeKeyBytes(path, "publicKey", json.value["publicKey"]);
  if (!publicKey.ok) return publicKey;
  const check = checkPublicKey(publicKey.value);
  if (!check.ok) return fail(`${path}: ${check.reason}`);
  const keyId = keyIdOf(publicKey.value);
  if (json.value["keyId"] !== toHex(keyId)) {
    return fail(`${path}: "keyId" does not match the public key (expected ${toHex(keyId)})`);
  }
  return ok({ publicKey: publicKey.value, keyId });
}

export function readPrivateKeyFile(path: string): Result<KeyPair> {
  try {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      return fail(
        `${path} is readable by other users (mode ${mode.toString(8)}); run chmod 600 ${path}`,
      );
    }
  } catch (caught) {
    return cannotRead(path, caught);
  }
  const json = readJsonObject(path);
  if (!json.ok) return json;
  if (json.value["format"] !== PRIVATE_KEY_FORMAT)
    return fail(`${path}: "format" must be "${PRIVATE_KEY_FORMAT}"`);
  const seed = decodeKeyBytes(path, "privateKey", json.value["privateKey"]);
  if (!seed.ok) return seed;
  const pair = keyPairOfSeed(seed.value);
  if (json.value["publicKey"] !== toBase64(pair.publicKey)) {
    return fail(`${path}: "publicKey" does not belong to the private key`);
  }
  return ok(pair);
}
