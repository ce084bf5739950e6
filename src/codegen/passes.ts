// Binaryen's optimisation of one generated module: the level's default pipeline, with the inliner
// told to inline the small leaf procedures this compiler produces (intrinsic wrappers such as
// Fmt's SPINDLE_TEXT_SET, accessors, one-line helpers). V8 inlines no Wasm calls, so a call that
// Binaryen leaves costs a real call at run time, per character when it sits in a loop.
import binaryen from "binaryen";

/**
 * Functions up to this many Binaryen IR nodes are inlined at every call, at any level. Binaryen's
 * default (2) inlines only bodies like `return x`; 8 takes a store through a computed address
 * (6 nodes) or a field read with its NIL check, and nothing with a loop worth keeping apart.
 */
const ALWAYS_INLINE_MAX_SIZE = 8;

/**
 * Runs the default pipeline for `level` (speed over size; 0 leaves the module as generated) on
 * `module`. Binaryen's options are process-wide, so they are restored afterwards.
 */
export function optimizeModule(module: binaryen.Module, level: 0 | 1 | 2 | 3): void {
  if (level === 0) return;
  const previous = {
    optimize: binaryen.getOptimizeLevel(),
    shrink: binaryen.getShrinkLevel(),
    alwaysInline: binaryen.getAlwaysInlineMaxSize(),
  };
  try {
    binaryen.setOptimizeLevel(level);
    binaryen.setShrinkLevel(0);
    binaryen.setAlwaysInlineMaxSize(ALWAYS_INLINE_MAX_SIZE);
    module.optimize();
  } finally {
    binaryen.setOptimizeLevel(previous.optimize);
    binaryen.setShrinkLevel(previous.shrink);
    binaryen.setAlwaysInlineMaxSize(previous.alwaysInline);
  }
}
