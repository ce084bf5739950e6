// The registry of subcommands; a command is listed here only once it works end to end.
import type { SpindleCommand } from "./command.js";
import { checkCommand } from "./commands/check.js";
import { compileCommand } from "./commands/compile.js";
import { inspectCommand } from "./commands/inspect.js";
import { keygenCommand } from "./commands/keygen.js";
import { runCommand } from "./commands/run.js";
import { signerCommand } from "./commands/signer.js";
import { verifyCommand } from "./commands/verify.js";
import type { ServiceCompiler } from "../signer/service/compiler.js";
import type { workerCompilerPool } from "../signer/service/worker-compiler.js";

let pool: Promise<ReturnType<typeof workerCompilerPool>> | undefined;

/**
 * The service compiles in worker threads, so a runaway compile is stopped at its time bound.
 * The pool (and its module) loads on the first request, so no other command pays for it.
 */
const serviceCompiler: ServiceCompiler = async (request, signal) => {
  pool ??= import("../signer/service/worker-compiler.js").then((loaded) =>
    loaded.workerCompilerPool({
      moduleUrl: new URL("../signer/service/spindle-compiler.js", import.meta.url).href,
    }),
  );
  return (await pool).compiler(request, signal);
};

export const commands: readonly SpindleCommand[] = [
  checkCommand,
  compileCommand,
  runCommand,
  keygenCommand,
  verifyCommand,
  inspectCommand,
  signerCommand(serviceCompiler),
];
