// A TEST DOUBLE compiler for the worker pool: synchronous like the real one, and `LOOP` never returns.
import { createHash } from "node:crypto";
import type {
  ServiceCompileRequest,
  ServiceCompileResult,
} from "../../../src/signer/service/compiler.js";

/** The smallest valid module: magic and version only. */
const EMPTY_MODULE = Uint8Array.of(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);

export function compile(request: ServiceCompileRequest): ServiceCompileResult {
  const text = request.module.text;
  if (text.includes("LOOP")) for (;;);
  if (text.includes("THROW")) throw new Error("the test double was told to throw");
  return {
    wasm: EMPTY_MODULE,
    diagnostics: [],
    attributes: {
      compiler: { name: "looping-test-double", version: "0.1.0" },
      moduleName: /MODULE\s+(\w+)/.exec(text)?.[1] ?? "Unnamed",
      sources: [
        {
          name: request.module.path,
          sha256: new Uint8Array(createHash("sha256").update(text).digest()),
        },
      ],
      interfaces: [],
    },
  };
}
