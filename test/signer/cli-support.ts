// Runs the signer's commands on a commander program built here, since src/cli/commands.ts is the lead's.
import { Command, CommanderError } from "commander";
import type { SpindleCommand } from "../../src/cli/command.js";
import { CliContext } from "../../src/cli/context.js";
import { inspectCommand } from "../../src/cli/commands/inspect.js";
import { keygenCommand } from "../../src/cli/commands/keygen.js";
import { verifyCommand } from "../../src/cli/commands/verify.js";

export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function run(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
  commands: readonly SpindleCommand[] = [keygenCommand, verifyCommand, inspectCommand],
  onStdout: (text: string) => void = () => undefined,
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  let code = 0;
  const io = {
    stdout: {
      write: (s: string) => {
        stdout += s;
        onStdout(stdout);
      },
    },
    stderr: { write: (s: string) => (stderr += s) },
    env,
  };
  const program = new Command("spindle")
    .option("--json", "", false)
    .option("-q, --quiet", "", false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => (stdout += s), writeErr: (s) => (stderr += s) });
  for (const command of commands) {
    command.register(program, async (invoked, work) => {
      const raw = invoked.optsWithGlobals<{ json?: boolean; quiet?: boolean }>();
      code = await work(
        new CliContext(io, {
          json: raw.json === true,
          quiet: raw.quiet === true,
          color: false,
          debug: false,
        }),
      );
    });
  }
  for (const sub of program.commands) sub.exitOverride();
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (caught) {
    if (!(caught instanceof CommanderError)) throw caught;
    code = caught.exitCode === 0 ? 0 : 2;
  }
  return { code, stdout, stderr };
}
