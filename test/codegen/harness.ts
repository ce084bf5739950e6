// Runs the real `run` and `compile` commands through the registered CLI, in-process.
export { spindle, type CliRun as Captured } from "../support/cli.js";
