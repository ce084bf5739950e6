// The runtime's bytes and compiled module for the loader: the prebuilt copy when it was built
// from today's WAT, so a run never loads Binaryen; otherwise (a tree whose WAT was edited) built
// here, once per process.
import { createHash } from "node:crypto";
import { RUNTIME_WASM_BASE64, RUNTIME_WAT_SHA256 } from "./prebuilt.js";
import { wasm, type WasmModule } from "./wasm-api.js";
import { runtimeWat } from "./wat.js";

/** Digest identifying a runtime WAT text; prebuilt.ts records the one its bytes came from. */
export function watDigest(wat: string): string {
  return createHash("sha256").update(wat).digest("hex");
}

const wat = runtimeWat();
const bytes: Uint8Array =
  watDigest(wat) === RUNTIME_WAT_SHA256
    ? new Uint8Array(Buffer.from(RUNTIME_WASM_BASE64, "base64"))
    : (await import("./build.js")).buildRuntimeBytes(wat);

let compiled: WasmModule | undefined;

/** The runtime's bytes; identical on every call and in every process. */
export function runtimeBytes(): Uint8Array {
  return bytes;
}

/** The compiled runtime, shared by every program linked in this process. */
export function runtimeModule(): WasmModule {
  compiled ??= new wasm.Module(bytes);
  return compiled;
}
