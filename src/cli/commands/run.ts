// `spindle run FILE… [-I DIR]… [--gc-stats] [-O N] [-- args]`: builds the program (cached), links
// it with the standard library, runs every module body and exits with the program's status.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import type { SpindleCommand } from "../command.js";
import { ExitCode, UsageError, type CliContext } from "../context.js";
import { error } from "../../lang/diagnostics.js";
import { fileSpan } from "../../lang/source.js";
import {
  buildProgram,
  COMPILER_VERSION,
  defaultCacheDir,
  type ModuleBuild,
} from "../../codegen/program.js";
import { readMeta } from "../../codegen/meta.js";

interface RunOptions {
  include: string[];
  gcStats?: boolean;
  optimize: string;
  heap: string;
  cache: boolean;
}

const STDLIB_DIR = fileURLToPath(new URL("../../../stdlib/", import.meta.url));

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
        collect,
        [],
      )
      .option("-O, --optimize <level>", "optimisation level 0-3", "2")
      .option("--gc-stats", "print collector statistics to stderr after the run", false)
      .option("--heap <MiB>", "heap limit in MiB", "64")
      .option("--no-cache", "do not read or write the build cache")
      .action(async (files: string[], options: RunOptions, invoked: Command) => {
        const dash = files.indexOf("--");
        const units =
          dash >= 0 ? files.slice(0, dash) : files.filter((f) => /\.(m3|i3|wasm)$/.test(f));
        const args =
          dash >= 0 ? files.slice(dash + 1) : files.filter((f) => !/\.(m3|i3|wasm)$/.test(f));
        await dispatch(invoked, (context) => runProgram(context, units, args, options));
      });
  },
};

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
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
  void args;
  const { link } = await import("../../loader/index.js");
  const linked = link(
    modules.map((m) => ({ name: m.file, bytes: m.bytes })),
    {
      heapLimitBytes: Number(options.heap) * 1024 * 1024,
      host: { stdout: context.io.stdout, stderr: context.io.stderr },
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

function request(
  context: CliContext,
  files: readonly string[],
  options: RunOptions,
  optimize: 0 | 1 | 2 | 3,
) {
  return {
    files,
    searchPath: options.include,
    optimize,
    stdlibDir: STDLIB_DIR,
    compilerVersion: COMPILER_VERSION,
    ...(options.cache === false
      ? {}
      : { cacheDir: defaultCacheDir(context.io.env, process.cwd()) }),
  };
}
