// The registry of subcommands; a command is listed here only once it works end to end.
import type { SpindleCommand } from "./command.js";
import { checkCommand } from "./commands/check.js";
import { compileCommand } from "./commands/compile.js";
import { inspectCommand } from "./commands/inspect.js";
import { keygenCommand } from "./commands/keygen.js";
import { runCommand } from "./commands/run.js";
import { signerCommand } from "./commands/signer.js";
import { verifyCommand } from "./commands/verify.js";
import { workerCompilerPool, type ServiceCompiler } from "../signer/index.js";

let pool: ReturnType<typeof workerCompilerPool> | undefined;

/**
 * The service compiles in worker threads, so a runaway compile is stopped at its time bound.
 * The pool starts on the first request, so no other command pays for it.
 */
const serviceCompiler: ServiceCompiler = (request, signal) => {
  pool ??= workerCompilerPool({
    moduleUrl: new URL("../signer/service/spindle-compiler.js", import.meta.url).href,
  });
  return pool.compiler(request, signal);
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
