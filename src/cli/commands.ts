// The registry of subcommands; a command is listed here only once it works end to end.
import type { SpindleCommand } from "./command.js";
import { checkCommand } from "./commands/check.js";
import { inspectCommand } from "./commands/inspect.js";
import { keygenCommand } from "./commands/keygen.js";
import { signerCommand } from "./commands/signer.js";
import { verifyCommand } from "./commands/verify.js";

export const commands: readonly SpindleCommand[] = [
  checkCommand,
  keygenCommand,
  verifyCommand,
  inspectCommand,
  signerCommand(undefined),
];
