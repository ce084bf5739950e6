// `spindle run FILE… [-I DIR]… [--gc-stats] [-O N] [-- args]`: builds the program (cached), links
// it with the standard library, runs every module body with the given arguments and the
// process's standard input, and exits with the program's status.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import type { SpindleCommand } from "../command.js";
import { ExitCode, UsageError, type CliContext } from "../context.js";
import { collectRepeated, searchPathFor } from "../options.js";
import { STDLIB_DIR } from "../paths.js";
import { error } from "../../lang/diagnostics.js";
import { fileSpan } from "../../lang/source.js";
import {
  buildProgram,
  COMPILER_VERSION,
  defaultCacheDir,
  type ModuleBuild,
} from "../../codegen/program.js";
import { readMeta } from "../../codegen/meta.js";
import type { StdinSource } from "../../codegen/runtime/host.js";

interface RunOptions {
  include: string[];
  gcStats?: boolean;
  optimize: string;
  heap: string;
  cache: boolean;
}

export const runCommand: SpindleCommand = {
  register(program: Command, dispatch) {
    program
      .command("run")
      .description("compile (cached), link with the standard library and run a program")
      .argument(
        "<files...>",
        "the program's .m3/.i3 units, or one compiled .wasm; arguments after --",
      )
      .option(
        "-I, --include <dir>",
        "search folder for imported interfaces (repeatable)",
        collectRepeated,
        [],
      )
      .option("-O, --optimize <level>", "optimisation level 0-3", "2")
      .option("--gc-stats", "print collector statistics to stderr after the run", false)
      .option("--heap <MiB>", "heap limit in MiB", "64")
      .option("--no-cache", "do not read or write the build cache")
      .action(async (operands: string[], options: RunOptions, invoked: Command) => {
        const { units, args } = splitOperands(operands, afterDoubleDash(invoked));
        await dispatch(invoked, (context) => runProgram(context, units, args, options));
      });
  },
};

/**
 * Commander drops `--` from the operands; the root command's raw argv says how many operands
 * followed it. Without that, the program's arguments start at the first operand that is not a
 * unit (.m3/.i3/.wasm).
 */
function afterDoubleDash(invoked: Command): number | undefined {
  let root: Command = invoked;
  while (root.parent) root = root.parent;
  if (!("rawArgs" in root) || !Array.isArray(root.rawArgs)) return undefined;
  const raw: unknown[] = root.rawArgs;
  const dash = raw.indexOf("--");
  return dash >= 0 ? raw.length - dash - 1 : undefined;
}

export function splitOperands(
  operands: readonly string[],
  argCount: number | undefined,
): { units: string[]; args: string[] } {
  const split =
    argCount !== undefined
      ? operands.length - argCount
      : operands.findIndex((f) => !/\.(m3|i3|wasm)$/.test(f));
  const at = split < 0 ? operands.length : split;
  return { units: operands.slice(0, at), args: operands.slice(at) };
}

export function parseOptimize(level: string): 0 | 1 | 2 | 3 {
  if (level === "0" || level === "1" || level === "2" || level === "3")
    return Number(level) as 0 | 1 | 2 | 3;
  throw new UsageError(`-O takes 0, 1, 2 or 3, not '${level}'`);
}

export async function runProgram(
  context: CliContext,
  files: readonly string[],
  args: readonly string[],
  options: RunOptions,
): Promise<number> {
  const optimize = parseOptimize(options.optimize);
  if (files.length === 0) throw new UsageError("run needs at least one .m3 file or a .wasm module");
  let modules: ModuleBuild[];
  if (files.length === 1 && files[0]?.endsWith(".wasm")) {
    const file = files[0];
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(file));
    } catch {
      context.diagnostics([error("E3010", `cannot read '${file}'`, fileSpan(file))]);
      return ExitCode.inputErrors;
    }
    const meta = readMeta(bytes);
    const imports = meta.ok
      ? [...meta.meta.importedInterfaces, ...meta.meta.imports.map((d) => d.interface)]
      : [];
    const built = await buildProgram({ ...request(context, [], options, optimize), imports });
    context.diagnostics(built.diagnostics);
    modules = [...built.modules, { name: file, file, bytes }];
  } else {
    const built = await buildProgram(request(context, files, options, optimize));
    for (const [path, text] of built.sources) context.rememberSource(path, text);
    context.diagnostics(built.diagnostics);
    if (built.diagnostics.some((d) => d.severity === "error")) return ExitCode.inputErrors;
    modules = built.modules;
  }
  const { link } = await import("../../loader/index.js");
  const linked = link(
    modules.map((m) => ({ name: m.file, bytes: m.bytes })),
    {
      heapLimitBytes: Number(options.heap) * 1024 * 1024,
      host: {
        stdout: context.io.stdout,
        stderr: context.io.stderr,
        argv: [programName(modules), ...args],
        stdin: stdinOf(context),
      },
    },
  );
  if (!linked.program) {
    context.diagnostics(linked.diagnostics);
    return ExitCode.inputErrors;
  }
  const outcome = linked.program.run();
  if (options.gcStats) {
    const stats = linked.program.gcStats();
    context.io.stderr.write(`gc: ${JSON.stringify(stats)}\n`);
  }
  switch (outcome.kind) {
    case "completed":
      return ExitCode.ok;
    case "exited":
      return outcome.status;
    case "failed":
      context.io.stderr.write(`${outcome.error.message}\n`);
      return ExitCode.inputErrors;
    default: {
      const unreachable: never = outcome;
      return unreachable;
    }
  }
}

/** Params.Get(0): the name of the module that exports Main (the last one initialised). */
function programName(modules: readonly ModuleBuild[]): string {
  // the program's own modules come last: look there first
  for (const m of [...modules].reverse()) {
    const meta = readMeta(m.bytes);
    if (meta.ok && meta.meta.exportedInterfaces.includes("Main")) return meta.meta.module;
  }
  return basename(modules[modules.length - 1]?.file ?? "main").replace(/\.(m3|wasm)$/, "");
}

/**
 * The program's standard input: the process's (fd 0), unless the caller of the CLI supplied the
 * bytes as `io.stdin` (in-process runs, tests).
 */
function stdinOf(context: CliContext): StdinSource {
  return context.io.stdin ?? { fd: 0 };
}

function request(
  context: CliContext,
  files: readonly string[],
  options: RunOptions,
  optimize: 0 | 1 | 2 | 3,
) {
  return {
    files,
    searchPath: searchPathFor(options.include, files),
    optimize,
    stdlibDir: STDLIB_DIR,
    compilerVersion: COMPILER_VERSION,
    ...(options.cache === false
      ? {}
      : { cacheDir: defaultCacheDir(context.io.env, process.cwd()) }),
  };
}
