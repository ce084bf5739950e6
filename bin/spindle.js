#!/usr/bin/env node
// The installed `spindle` command: hands the process's arguments to the compiled CLI.
import { runCli } from "../dist/cli/main.js";

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
