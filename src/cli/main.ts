// The `spindle` command line: parses arguments with commander and hands them to one command per file.
import { readFileSync } from "node:fs";
import { Command, CommanderError, Option } from "commander";
import { CliContext, ExitCode, UsageError, resolveColor, type CliIo } from "./context.js";
import { commands } from "./commands.js";
import { PACKAGE_JSON } from "./paths.js";

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  the input has errors (diagnostics were printed)
  2  usage error (bad command, option or argument)
  3  internal error in Spindle itself (please report it; --debug shows the stack)`;

export function packageVersion(): string {
  const parsed: unknown = JSON.parse(readFileSync(PACKAGE_JSON, "utf8"));
  if (typeof parsed === "object" && parsed !== null && "version" in parsed) {
    return String(parsed.version);
  }
  return "0.0.0";
}

interface RawGlobals {
  json?: boolean;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

/** Runs one invocation and returns its exit code; never throws and never calls process.exit. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = ExitCode.ok;
  let debug = argv.includes("--debug");
  const program = new Command("spindle");
  program
    .description("Compile, sign, verify and load Modula-3 extensions into a simulated SPIN kernel.")
    .version(packageVersion(), "-V, --version", "print the version and exit")
    .option("--json", "machine-readable output: one JSON object per line", false)
    .option("-q, --quiet", "print only errors and primary results", false)
    .addOption(new Option("--color", "force coloured output"))
    .addOption(new Option("--no-color", "never colour output"))
    .option("--debug", "show internal stack traces", false)
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", EXIT_CODES_HELP)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });

  const contextFor = (command: Command): CliContext => {
    const raw = command.optsWithGlobals<RawGlobals>();
    debug = raw.debug === true;
    return new CliContext(io, {
      json: raw.json === true,
      quiet: raw.quiet === true,
      color: resolveColor(raw.color, io.stderr, io.env),
      debug,
    });
  };

  for (const command of commands) {
    command.register(program, async (invoked, run) => {
      exitCode = await run(contextFor(invoked));
    });
  }
  for (const sub of program.commands) sub.exitOverride().addHelpText("after", EXIT_CODES_HELP);

  try {
    await program.parseAsync([...argv], { from: "user" });
    return exitCode;
  } catch (caught) {
    return exitCodeForFailure(caught, io, debug);
  }
}

function exitCodeForFailure(caught: unknown, io: CliIo, debug: boolean): number {
  if (caught instanceof CommanderError) {
    if (
      caught.code === "commander.helpDisplayed" ||
      caught.code === "commander.version" ||
      caught.code === "commander.help"
    ) {
      return ExitCode.ok;
    }
    return caught.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (caught instanceof UsageError) {
    io.stderr.write(`spindle: ${caught.message}\n`);
    return ExitCode.usage;
  }
  const message = caught instanceof Error ? caught.message : String(caught);
  io.stderr.write(
    `spindle: internal error: ${message}\n` +
      "This is a bug in Spindle. Please report it with the command you ran" +
      (debug ? ".\n" : " and the output of the same command with --debug.\n"),
  );
  if (debug && caught instanceof Error && caught.stack) io.stderr.write(caught.stack + "\n");
  return ExitCode.internal;
}
