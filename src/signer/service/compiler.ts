// The compiler the signing service runs: injected by the CLI, so the service never signs Wasm it did not build.
import type { Diagnostic } from "../../lang/diagnostics.js";
import type { SourceFile } from "../../lang/source.js";
import type { SigningAttributes } from "../sign.js";

export interface ServiceCompileRequest {
  /** The MODULE to compile. */
  readonly module: SourceFile;
  /** Interfaces it needs beyond the service's own standard library. */
  readonly interfaces: readonly SourceFile[];
}

export interface ServiceCompileResult {
  /** Present only when compilation succeeded without errors. */
  readonly wasm?: Uint8Array;
  readonly diagnostics: readonly Diagnostic[];
  /** What the signature will state; only read when `wasm` is present. */
  readonly attributes?: SigningAttributes;
}

/**
 * Compiles one request. The signal fires when the service's compile time bound is reached; a compiler
 * that runs synchronously cannot be interrupted and should run in a worker to honour it.
 */
export type ServiceCompiler = (
  request: ServiceCompileRequest,
  signal: AbortSignal,
) => Promise<ServiceCompileResult>;
