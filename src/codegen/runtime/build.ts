// Assembles the runtime's bytes from its WAT with Binaryen. Only the freshness test and a tree
// whose prebuilt runtime is stale load this file; running a program uses prebuilt.ts instead.
import binaryen from "binaryen";
import { SPINDLE_FEATURES } from "./features.js";
import { runtimeWat } from "./wat.js";

/**
 * Builds the runtime afresh. The WAT is written by hand to be fast as it stands; Binaryen's
 * optimiser shrank it by about 5% but cost more than a second of start-up (measured), so it is
 * not run.
 */
export function buildRuntimeBytes(wat: string = runtimeWat()): Uint8Array {
  let bytes: Uint8Array;
  const module = binaryen.parseText(wat);
  try {
    module.setFeatures(SPINDLE_FEATURES);
    if (!module.validate()) throw new Error("the Spindle runtime failed Binaryen validation");
    bytes = module.emitBinary();
  } finally {
    module.dispose();
  }
  return bytes;
}
