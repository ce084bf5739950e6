// A real `spindle` process for tests that need the process's own streams (stdin from a pipe):
// the same hand-over as bin/spindle.js, but from the sources (run with `node --import tsx`).
import { runCli } from "../../src/cli/main.js";

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
