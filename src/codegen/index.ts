// Code generation's entry: one MODULE of a checked program → one linkable .wasm carrying the
// `spindle.meta` section, validated and optimised by Binaryen, byte-identical for the same input.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import binaryen from "binaryen";
import { ABI_VERSION, META_SECTION } from "./abi.js";
import { encodeMeta, META_VERSION, type ModuleMeta } from "./meta.js";
import { SPINDLE_FEATURES } from "./runtime/features.js";
import { CodegenCode, ModuleGen } from "./module.js";
import { COMPILER_VERSION } from "./program.js";
import { optimizeModule } from "./passes.js";
import { analyseUplevel, generateInit, generateProcedure } from "./procedures.js";
import { generateAllocators } from "./objects.js";
import { error, type Diagnostic } from "../lang/diagnostics.js";
import { unitNamed, type CheckedProgram } from "../typecheck/index.js";

export const COMPILER_NAME = "spindle";
export { COMPILER_VERSION };

export interface GenerateOptions {
  /** Binaryen optimisation level; default 2. */
  readonly optimize: 0 | 1 | 2 | 3;
  /** The module's source text, for the digest in its meta (default: read from the unit's file). */
  readonly sourceText?: string;
}

export interface GenerateResult {
  readonly bytes?: Uint8Array;
  readonly diagnostics: Diagnostic[];
}

export function generate(
  program: CheckedProgram,
  module: string,
  options: GenerateOptions = { optimize: 2 },
): GenerateResult {
  const unit = program.units.find((u) => u.kind === "Module" && u.name === module);
  if (!unit)
    return {
      diagnostics: [error(CodegenCode.noModule, `there is no checked MODULE named '${module}'`)],
    };
  if (unit.procedures.some((p) => p.decl?.body?.kind === "DeferredBlock"))
    return {
      diagnostics: [
        error(
          CodegenCode.noModule,
          `module '${module}' was checked without its procedure bodies (check's bodies: "discard"); check it with bodies kept to compile it`,
        ),
      ],
    };
  const mg = new ModuleGen(program, unit);
  try {
    analyseUplevel(mg);
    for (const proc of unit.procedures) generateProcedure(mg, proc);
    generateAllocators(mg);
    generateInit(mg);
    if (mg.diagnostics.length > 0) return { diagnostics: mg.diagnostics };
    mg.finishSegments();
    mg.m.setFeatures(SPINDLE_FEATURES);
    if (!mg.m.validate()) {
      return {
        diagnostics: [
          error(
            CodegenCode.invalid,
            `internal compiler error: the code generated for module '${module}' is not valid WebAssembly`,
          ),
        ],
      };
    }
    optimizeModule(mg.m, options.optimize);
    const meta: ModuleMeta = {
      version: META_VERSION,
      abiVersion: ABI_VERSION,
      module: unit.name,
      kind: unit.unsafe ? "unsafe-module" : "module",
      sourceFile: unit.file,
      sourceDigest: sha256(options.sourceText ?? readSource(unit.file)),
      compiler: { name: COMPILER_NAME, version: COMPILER_VERSION },
      exportedInterfaces: unit.exports,
      importedInterfaces: unit.imports.filter((name) => needsExporter(program, name)),
      exports: mg.metaExports,
      imports: mg.metaImports,
      exceptions: [...mg.exceptions.values()],
      types: mg.types,
      procedures: unit.procedures.flatMap((p): [string, number][] =>
        p.decl ? [[mg.procedureFunction(p), mg.faultSite(p.decl.span)]] : [],
      ),
      faultSites: mg.faultSites,
      dataSize: Math.ceil(mg.data.size / 16) * 16,
      tableSize: mg.tableEntries.length,
    };
    mg.m.addCustomSection(META_SECTION, encodeMeta(meta));
    return { bytes: emitWithNames(mg.m), diagnostics: [] };
  } finally {
    mg.m.dispose();
  }
}

/**
 * The binary with its name section, so that V8 names our procedures in the stack trace of a stack
 * overflow and the host can report where it happened (meta.procedures).
 */
function emitWithNames(m: binaryen.Module): Uint8Array {
  const previous = binaryen.getDebugInfo();
  try {
    binaryen.setDebugInfo(true);
    return m.emitBinary();
  } finally {
    binaryen.setDebugInfo(previous);
  }
}

function readSource(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Whether the program needs a module exporting interface `name`: one that declares procedures or
 * variables does, for their code and storage. Types, constants, exceptions and revelations need
 * neither, so an interface of only those (a partial revelation's `Rep` interface) has no module.
 */
function needsExporter(program: CheckedProgram, name: string): boolean {
  const unit = unitNamed(program, name);
  return unit === undefined || unit.procedures.length > 0 || unit.globals.length > 0;
}
