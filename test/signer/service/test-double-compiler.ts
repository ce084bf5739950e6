// A TEST DOUBLE standing in for the real compiler: builds a tiny valid module named after `MODULE X;`.
import { error } from "../../../src/lang/diagnostics.js";
import { sha256Of } from "../../../src/signer/sign.js";
import type { ServiceCompiler } from "../../../src/signer/service/compiler.js";
import { buildModule } from "../fixtures.js";

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** `SLOW` in the source waits `slowMs`; `HANG` waits 60 s (until aborted); no `MODULE X;` is an error. */
export function testDoubleCompiler(slowMs = 100): ServiceCompiler {
  return async (request, signal) => {
    const text = request.module.text;
    if (text.includes("HANG")) await sleep(60_000, signal);
    if (text.includes("SLOW")) await sleep(slowMs, signal);
    const name = /MODULE\s+([A-Za-z][A-Za-z0-9_]*)\s*;/.exec(text)?.[1];
    if (name === undefined) {
      return {
        diagnostics: [
          error("E1001", "expected MODULE <name>;", {
            file: request.module.path,
            start: 0,
            end: 1,
            line: 1,
            column: 1,
          }),
        ],
      };
    }
    return {
      wasm: buildModule(name, text.length),
      diagnostics: [],
      attributes: {
        compiler: { name: "test-double-compiler", version: "0.1.0" },
        moduleName: name,
        sources: [{ name: request.module.path, sha256: sha256Of(text) }],
        interfaces: request.interfaces.map((f) => ({ name: f.path, sha256: sha256Of(f.text) })),
      },
    };
  };
}
