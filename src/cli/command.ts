// The shape of a subcommand: it declares itself on the program and runs with a resolved context.
import type { Command } from "commander";
import type { CliContext } from "./context.js";

export type RunCommand = (context: CliContext) => Promise<number>;

/** Called by a command's action with the commander node that was invoked and the work to run. */
export type Dispatch = (invoked: Command, run: RunCommand) => Promise<void>;

export interface SpindleCommand {
  register(program: Command, dispatch: Dispatch): void;
}
