// Test fixtures: small real Wasm modules built with Binaryen, keys, policies and signed modules.
import binaryen from "binaryen";
import { toBase64 } from "../../src/signer/codec.js";
import { keyPairOfSeed, type KeyPair } from "../../src/signer/keys.js";
import { validatePolicy, type TrustPolicy } from "../../src/signer/policy.js";
import { sha256Of, signModule, type SigningAttributes } from "../../src/signer/sign.js";

/** A valid module exporting `answer() = value`, with a `spindle.meta` section naming it. */
export function buildModule(
  name = "Hello",
  value = 42,
  padding = 0,
  meta?: Uint8Array,
): Uint8Array {
  const module = new binaryen.Module();
  try {
    module.addFunction("answer", binaryen.none, binaryen.i32, [], module.i32.const(value));
    module.addFunctionExport("answer", "answer");
    if (padding > 0) {
      module.setMemory(2, 2, null, [
        { offset: module.i32.const(0), data: new Uint8Array(padding).fill(7), passive: false },
      ]);
    }
    module.addCustomSection(
      "spindle.meta",
      meta ?? new TextEncoder().encode(JSON.stringify({ module: name })),
    );
    if (!module.validate()) throw new Error("fixture module does not validate");
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}

export function fixedKey(byte: number): KeyPair {
  return keyPairOfSeed(new Uint8Array(32).fill(byte));
}

export function attributesFor(moduleName: string, version = "0.1.0"): SigningAttributes {
  return {
    compiler: { name: "spindle", version },
    moduleName,
    sources: [
      { name: `${moduleName}.m3`, sha256: sha256Of(`MODULE ${moduleName}; END ${moduleName}.`) },
    ],
    interfaces: [{ name: "IO", sha256: sha256Of("INTERFACE IO; END IO.") }],
  };
}

export const SIGN_TIME = Date.UTC(2026, 0, 15, 12, 0, 0) / 1000;

export function signedModule(key: KeyPair, name = "Hello", version = "0.1.0"): Uint8Array {
  const signed = signModule(buildModule(name), key, attributesFor(name, version), SIGN_TIME);
  if (!signed.ok) throw new Error(signed.error);
  return signed.value;
}

export function keyEntry(
  key: KeyPair,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: Buffer.from(key.keyId).toString("hex"),
    publicKey: toBase64(key.publicKey),
    scope: "local",
    ...extra,
  };
}

export function policyOf(...keys: Record<string, unknown>[]): TrustPolicy {
  const result = validatePolicy({ version: 1, keys });
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.policy;
}
