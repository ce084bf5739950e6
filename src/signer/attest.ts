// Compiles one module and states what went into it (source and interface digests), the input to
// signing. Both `spindle compile --sign` and the shared service compile through here, so a
// signature always describes bytes this compiler produced from these exact sources.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { COMPILER_NAME, COMPILER_VERSION, generate } from "../codegen/index.js";
import { error, hasErrors, type Diagnostic } from "../lang/diagnostics.js";
import { fileSpan, type SourceFile } from "../lang/source.js";
import { check } from "../typecheck/index.js";
import type { SigningAttributes } from "./sign.js";
import type { NamedDigest } from "./statement.js";

export interface AttestedCompileRequest {
  readonly module: SourceFile;
  /** Folders searched for imported interfaces; the standard library is always searched last. */
  readonly searchPath: readonly string[];
  /** Where interface texts come from; default the file system. */
  readonly readFile?: (path: string) => string | undefined;
  readonly optimize?: 0 | 1 | 2 | 3;
}

export interface AttestedCompileResult {
  readonly wasm?: Uint8Array;
  readonly diagnostics: readonly Diagnostic[];
  readonly attributes?: SigningAttributes;
}

function sha256(text: string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(text, "utf8").digest());
}

function readFromDisk(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

export function compileAttested(request: AttestedCompileRequest): AttestedCompileResult {
  const read = request.readFile ?? readFromDisk;
  // Every interface text the checker reads is recorded, so the statement names exactly those.
  const interfaceTexts = new Map<string, string>();
  const recordingRead = (path: string): string | undefined => {
    const text = read(path);
    if (text !== undefined) interfaceTexts.set(path, text);
    return text;
  };
  const checked = check({
    units: [request.module],
    searchPath: request.searchPath,
    readFile: recordingRead,
  });
  if (hasErrors(checked.diagnostics)) return { diagnostics: checked.diagnostics };
  const unit = checked.program.units.find(
    (u) => u.kind === "Module" && u.file === request.module.path,
  );
  if (!unit) {
    return {
      diagnostics: [
        ...checked.diagnostics,
        error("E4010", "only a MODULE can be compiled and signed", fileSpan(request.module.path)),
      ],
    };
  }
  const generated = generate(checked.program, unit.name, {
    optimize: request.optimize ?? 2,
    sourceText: request.module.text,
  });
  const diagnostics = [...checked.diagnostics, ...generated.diagnostics];
  if (!generated.bytes || hasErrors(diagnostics)) return { diagnostics };
  const interfaces: NamedDigest[] = checked.program.units
    .filter((u) => u.kind === "Interface")
    .map((u) => ({ name: u.name, sha256: sha256(interfaceTexts.get(u.file) ?? "") }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    wasm: generated.bytes,
    diagnostics,
    attributes: {
      compiler: { name: COMPILER_NAME, version: COMPILER_VERSION },
      moduleName: unit.name,
      sources: [{ name: unit.name + ".m3", sha256: sha256(request.module.text) }],
      interfaces,
    },
  };
}
