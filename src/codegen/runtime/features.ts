// The WebAssembly feature set of every Spindle module, as a plain number so that the loader and
// the build cache can name it without loading Binaryen (features.test.ts checks it against Binaryen).

/**
 * Features every Spindle module may use; the runtime and generated code are built with them.
 * Binaryen's flags: MutableGlobals 2 | NontrappingFPToInt 4 | BulkMemory 16 | SignExt 32 |
 * ExceptionHandling 64 | BulkMemoryOpt 524288 (MVP is 0).
 */
export const SPINDLE_FEATURES = 2 | 4 | 16 | 32 | 64 | 524288;
