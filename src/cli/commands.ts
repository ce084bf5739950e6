// The registry of subcommands; a command is listed here only once it works end to end.
import type { SpindleCommand } from "./command.js";
import { checkCommand } from "./commands/check.js";

export const commands: readonly SpindleCommand[] = [checkCommand];
