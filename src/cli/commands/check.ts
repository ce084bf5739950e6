// `spindle check FILE… [-I DIR]… [--syntax-only] [--dump-ast] [--dump-types]`: reports every
// syntax and type error in the named units, checked together as one program.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import type { SpindleCommand } from "../command.js";
import { ExitCode, type CliContext } from "../context.js";
import { collectRepeated, searchPathFor } from "../options.js";
import { error, hasErrors, type Diagnostic } from "../../lang/diagnostics.js";
import type { Unit } from "../../lang/ast.js";
import { fileSpan, type SourceFile } from "../../lang/source.js";

export interface CheckOptions {
  /** Folders searched for imported interfaces (`-I`, repeatable, in order). */
  readonly include: readonly string[];
  readonly syntaxOnly: boolean;
  readonly dumpAst: boolean;
  readonly dumpTypes: boolean;
  /** With --dump-ast: show each node's line:column. */
  readonly spans: boolean;
}

interface RawOptions {
  include?: string[];
  syntaxOnly?: boolean;
  dumpAst?: boolean;
  dumpTypes?: boolean;
  spans?: boolean;
}

export const checkCommand: SpindleCommand = {
  register(program: Command, dispatch) {
    program
      .command("check")
      .description("report every syntax and type error in Modula-3 interfaces and modules")
      .argument("<files...>", ".i3 interfaces and .m3 modules")
      .option(
        "-I, --include <dir>",
        "search DIR for imported interfaces (repeatable)",
        collectRepeated,
        [],
      )
      .option("--syntax-only", "stop after parsing; imports are not resolved", false)
      .option("--dump-ast", "print each file's syntax tree (JSON under --json)", false)
      .option("--spans", "with --dump-ast, show where each node starts", false)
      .option("--dump-types", "print each unit's declarations with their types", false)
      .action(async (files: string[], raw: RawOptions, invoked: Command) => {
        const options: CheckOptions = {
          include: raw.include ?? [],
          syntaxOnly: raw.syntaxOnly === true,
          dumpAst: raw.dumpAst === true,
          dumpTypes: raw.dumpTypes === true,
          spans: raw.spans === true,
        };
        await dispatch(invoked, (context) => runCheck(context, files, options));
      });
  },
};

/** Reads the named files; an unreadable one becomes a diagnostic, not an exception. */
export function readSources(
  context: CliContext,
  paths: readonly string[],
): { sources: SourceFile[]; diagnostics: Diagnostic[] } {
  const sources: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of paths) {
    try {
      const text = readFileSync(path, "utf8");
      context.rememberSource(path, text);
      sources.push({ path, text });
    } catch (caught) {
      const reason =
        caught instanceof Error && "code" in caught && caught.code === "ENOENT"
          ? "no such file"
          : String(caught);
      diagnostics.push(error("E1000", `cannot read '${path}': ${reason}`, fileSpan(path)));
    }
  }
  return { sources, diagnostics };
}

export async function runCheck(
  context: CliContext,
  files: readonly string[],
  options: CheckOptions,
): Promise<number> {
  // The parser and checker load only when a command needs them, so other commands start fast.
  const { parse } = await import("../../lang/index.js");
  const { check, dumpTypes } = await import("../../typecheck/index.js");
  const { sources, diagnostics } = readSources(context, files);
  if (options.syntaxOnly || options.dumpAst) {
    for (const source of sources) {
      const parsed = parse(source);
      if (options.dumpAst && parsed.unit) {
        await printAst(context, source.path, parsed.unit, options);
      }
      if (options.syntaxOnly) diagnostics.push(...parsed.diagnostics);
    }
  }
  if (!options.syntaxOnly && sources.length > 0) {
    const checked = check({
      units: sources,
      searchPath: searchPathFor(
        options.include,
        sources.map((s) => s.path),
      ),
      // Only diagnostics and declarations are printed: each body is dropped once checked.
      bodies: "discard",
    });
    diagnostics.push(...checked.diagnostics);
    if (options.dumpTypes) {
      for (const unit of checked.program.units) {
        if (!sources.some((s) => s.path === unit.file)) continue;
        const text = dumpTypes({ ...checked.program, units: [unit] }).trimEnd();
        context.result(text, {
          type: "types",
          unit: unit.name,
          kind: unit.kind,
          fingerprint: unit.fingerprint,
          fingerprints: Object.fromEntries(unit.fingerprints),
          text,
        });
      }
    }
  }
  context.diagnostics(diagnostics);
  if (hasErrors(diagnostics)) return ExitCode.inputErrors;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const noun = files.length === 1 ? "file" : "files";
  context.info(
    `checked ${files.length} ${noun}: no errors${warnings ? `, ${warnings} warning${warnings === 1 ? "" : "s"}` : ""}`,
  );
  return ExitCode.ok;
}

async function printAst(
  context: CliContext,
  path: string,
  unit: Unit,
  options: CheckOptions,
): Promise<void> {
  const { astToJson, dumpAst } = await import("../../lang/dump.js");
  const dumpOptions = { spans: options.spans };
  context.result(dumpAst(unit, dumpOptions), {
    type: "ast",
    file: path,
    ast: astToJson(unit, dumpOptions),
  });
}
