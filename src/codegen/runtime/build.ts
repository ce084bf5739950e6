// Assembles the runtime's bytes from its WAT with Binaryen. Only the freshness test and a tree
// whose prebuilt runtime is stale load this file; running a program uses prebuilt.ts instead.
import binaryen from "binaryen";
import { SPINDLE_FEATURES } from "./features.js";
import { runtimeWat } from "./wat.js";

/**
 * Builds the runtime afresh, optimised at -O3. The WAT is written readably, with small helpers
 * (`$pageEntry`, `$classSize`, `$charge`, the collector's mark steps); V8 does not inline across
 * Wasm functions, so Binaryen's inliner is what makes the allocation and collection paths one
 * function each. The optimiser's cost (about a second) falls only on the prebuilt test and on a
 * tree whose WAT was edited: a run loads the prebuilt bytes.
 */
export function buildRuntimeBytes(wat: string = runtimeWat()): Uint8Array {
  let bytes: Uint8Array;
  const module = binaryen.parseText(wat);
  try {
    module.setFeatures(SPINDLE_FEATURES);
    if (!module.validate()) throw new Error("the Spindle runtime failed Binaryen validation");
    const options = { optimize: binaryen.getOptimizeLevel(), shrink: binaryen.getShrinkLevel() };
    binaryen.setOptimizeLevel(3);
    binaryen.setShrinkLevel(0);
    try {
      module.optimize();
    } finally {
      binaryen.setOptimizeLevel(options.optimize);
      binaryen.setShrinkLevel(options.shrink);
    }
    bytes = module.emitBinary();
  } finally {
    module.dispose();
  }
  return bytes;
}
