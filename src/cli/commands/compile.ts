// `spindle compile FILE.m3 [-I DIR]… [-o OUT.wasm] [-O N] [--sign|--no-sign] [--signer URL --token-file F]`:
// one module to one linkable .wasm, signed by this machine's key or by a shared signing service.
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import type { SpindleCommand } from "../command.js";
import { ExitCode, UsageError, type CliContext } from "../context.js";
import { error, hasErrors, type Diagnostic } from "../../lang/diagnostics.js";
import { fileSpan, type SourceFile } from "../../lang/source.js";
import type { SignMode } from "../../signer/local-signer.js";
import { collectRepeated, searchPathFor } from "../options.js";
import { parseOptimize } from "./run.js";

interface CompileOptions {
  include: string[];
  output?: string;
  optimize: string;
  /** commander's --sign/--no-sign pair: undefined when neither was given. */
  sign?: boolean;
  signer?: string;
  tokenFile?: string;
}

export const compileCommand: SpindleCommand = {
  register(program: Command, dispatch) {
    program
      .command("compile")
      .description(
        "compile one MODULE to a linkable .wasm with its spindle.meta section, and sign it",
      )
      .argument("<file>", "the module's .m3 file")
      .option(
        "-I, --include <dir>",
        "search DIR for imported interfaces (repeatable)",
        collectRepeated,
        [],
      )
      .option("-o, --output <file>", "output file (default: FILE with .wasm)")
      .option("-O, --optimize <level>", "optimisation level 0-3", "2")
      .option("--sign", "sign with this machine's key (the default when the key exists)")
      .option("--no-sign", "write the module unsigned")
      .option("--signer <url>", "have this shared signing service compile and sign the module")
      .option("--token-file <file>", "bearer token for --signer")
      .action(async (file: string, options: CompileOptions, invoked: Command) => {
        await dispatch(invoked, (context) => compileFile(context, file, options));
      });
  },
};

function readModule(context: CliContext, file: string): SourceFile | Diagnostic {
  if (!file.endsWith(".m3")) throw new UsageError(`compile takes a .m3 module, not '${file}'`);
  try {
    const text = readFileSync(file, "utf8");
    context.rememberSource(file, text);
    return { path: file, text };
  } catch {
    return error("E3010", `cannot read '${file}'`, fileSpan(file));
  }
}

export async function compileFile(
  context: CliContext,
  file: string,
  options: CompileOptions,
): Promise<number> {
  const optimize = parseOptimize(options.optimize);
  if (options.signer !== undefined && options.sign === false) {
    throw new UsageError("--signer and --no-sign contradict each other");
  }
  if (options.signer === undefined && options.tokenFile !== undefined) {
    throw new UsageError("--token-file goes with --signer");
  }
  const module = readModule(context, file);
  if ("severity" in module) {
    context.diagnostics([module]);
    return ExitCode.inputErrors;
  }
  const output = options.output ?? file.replace(/\.m3$/, ".wasm");
  return options.signer !== undefined
    ? compileWithService(context, module, output, options.signer, options)
    : compileLocally(context, module, output, optimize, options);
}

async function compileLocally(
  context: CliContext,
  module: SourceFile,
  output: string,
  optimize: 0 | 1 | 2 | 3,
  options: CompileOptions,
): Promise<number> {
  // Binaryen and the checker load only here, so other commands start fast.
  const { compileAttested } = await import("../../signer/attest.js");
  const { signAfterCompile } = await import("../../signer/local-signer.js");
  const searchPath = searchPathFor(options.include, [module.path]);
  const result = compileAttested({ module, searchPath, optimize });
  context.diagnostics(result.diagnostics);
  if (!result.wasm || !result.attributes) return ExitCode.inputErrors;
  const mode: SignMode =
    options.sign === true ? "always" : options.sign === false ? "never" : "auto";
  const signing = signAfterCompile(result.wasm, result.attributes, context.io.env, mode);
  if (signing.kind === "error") {
    context.diagnostics([error("E4011", `cannot sign ${output}: ${signing.error}`)]);
    return ExitCode.inputErrors;
  }
  const bytes = signing.kind === "signed" ? signing.wasm : result.wasm;
  writeOutput(output, bytes);
  const how =
    signing.kind === "signed"
      ? `signed by key ${signing.keyId} (local)`
      : signing.reason === "no-key"
        ? "unsigned: no machine key (run `spindle keygen`)"
        : "unsigned";
  context.result(
    `wrote ${output} (${bytes.length} bytes, module ${result.attributes.moduleName}, ${how})`,
    {
      type: "compiled",
      file: module.path,
      output,
      bytes: bytes.length,
      module: result.attributes.moduleName,
      signed: signing.kind === "signed",
      ...(signing.kind === "signed" ? { keyId: signing.keyId, scope: "local" } : {}),
    },
  );
  return ExitCode.ok;
}

/**
 * The service compiles the source itself; the client sends the module and the interfaces it
 * imports from -I folders (the service has its own standard library), found by checking locally.
 */
async function compileWithService(
  context: CliContext,
  module: SourceFile,
  output: string,
  url: string,
  options: CompileOptions,
): Promise<number> {
  if (options.tokenFile === undefined) throw new UsageError("--signer needs --token-file");
  // The HTTP client loads only for a remote compile, so other commands start fast.
  const { compileRemotely, readTokenFile } = await import("../../signer/service/client.js");
  const token = readTokenFile(options.tokenFile);
  if (!token.ok) throw new UsageError(token.error);
  const { check, STDLIB_DIR } = await import("../../typecheck/index.js");
  const interfaces = new Map<string, string>();
  const checked = check({
    units: [module],
    searchPath: searchPathFor(options.include, [module.path]),
    readFile: (path) => {
      let text: string | undefined;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        return undefined;
      }
      if (!path.startsWith(STDLIB_DIR)) interfaces.set(basename(path), text);
      return text;
    },
  });
  if (hasErrors(checked.diagnostics)) {
    context.diagnostics(checked.diagnostics);
    return ExitCode.inputErrors;
  }
  const sent = [...interfaces].map(([path, text]) => ({ path, text }));
  const remote = await compileRemotely(url, token.value, module, sent);
  if (!remote.ok) {
    context.diagnostics([error("E4012", remote.error)]);
    return ExitCode.inputErrors;
  }
  context.diagnostics(remote.value.diagnostics);
  if (!remote.value.module) return ExitCode.inputErrors;
  writeOutput(output, remote.value.module);
  const where = `key ${remote.value.keyId ?? "?"} (shared), log index ${remote.value.logIndex ?? "?"}`;
  context.result(`wrote ${output} (${remote.value.module.length} bytes, signed by ${where})`, {
    type: "compiled",
    file: module.path,
    output,
    bytes: remote.value.module.length,
    signed: true,
    scope: "shared",
    ...(remote.value.keyId ? { keyId: remote.value.keyId } : {}),
    ...(remote.value.logIndex !== undefined ? { logIndex: remote.value.logIndex } : {}),
  });
  return ExitCode.ok;
}

/** The one place compiled bytes reach the disk. */
export function writeOutput(path: string, bytes: Uint8Array): void {
  writeFileSync(path, bytes);
}
