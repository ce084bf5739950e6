#!/usr/bin/env node
// The installed `spindle` command: hands the process's arguments to the compiled CLI.
import { runCli } from "../dist/bundle/main.js";

// When the reader of our output goes away (`spindle … | head`), stop quietly as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
