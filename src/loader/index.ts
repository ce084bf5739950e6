// The loader's entry: link compiled modules into one memory, table and heap, and run them.
export { link, LinkCode, LinkedProgram } from "./link.js";
export type { LinkInput, LinkOptions, LinkResult, LinkedModule, RuntimeApi } from "./link.js";
export type { HostOptions, RunOutcome } from "../codegen/runtime/host.js";
export { SpindleRuntimeError } from "../codegen/runtime/errors.js";
export type { GcStats, DomainCounters } from "../codegen/runtime/stats.js";
