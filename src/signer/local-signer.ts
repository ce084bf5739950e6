// The local signer as `spindle compile` uses it: sign the bytes just compiled with this machine's key.
import { existsSync } from "node:fs";
import { toHex } from "./codec.js";
import { defaultKeyDir, keyPaths, readPrivateKeyFile } from "./keys.js";
import { signModule, type SigningAttributes } from "./sign.js";

/** `--sign` is "always", `--no-sign` is "never", neither is "auto" (sign when a machine key exists). */
export type SignMode = "auto" | "always" | "never";

export type LocalSigning =
  | { readonly kind: "signed"; readonly wasm: Uint8Array; readonly keyId: string }
  | { readonly kind: "unsigned"; readonly reason: "disabled" | "no-key" }
  | { readonly kind: "error"; readonly error: string };

export function signAfterCompile(
  wasm: Uint8Array,
  attributes: SigningAttributes,
  env: Readonly<Record<string, string | undefined>>,
  mode: SignMode,
  now: number = Math.floor(Date.now() / 1000),
): LocalSigning {
  if (mode === "never") return { kind: "unsigned", reason: "disabled" };
  const dir = defaultKeyDir(env);
  const privatePath = dir === undefined ? undefined : keyPaths(dir).privatePath;
  if (privatePath === undefined || !existsSync(privatePath)) {
    if (mode === "auto") return { kind: "unsigned", reason: "no-key" };
    return {
      kind: "error",
      error: "--sign needs this machine's key; create it with `spindle keygen`",
    };
  }
  const key = readPrivateKeyFile(privatePath);
  if (!key.ok) return { kind: "error", error: key.error };
  const signed = signModule(wasm, key.value, attributes, now);
  if (!signed.ok) return { kind: "error", error: signed.error };
  return { kind: "signed", wasm: signed.value, keyId: toHex(key.value.keyId) };
}
