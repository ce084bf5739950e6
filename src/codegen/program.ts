// Building a whole program: the user's units, then the implementation (X.m3 on the search path,
// stdlib last) of every interface they import, each module compiled separately and cached by
// content (source digests + compiler version + options) so the standard library is built once.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Diagnostic } from "../lang/diagnostics.js";
import type { SourceFile } from "../lang/source.js";

/**
 * Part of every build-cache key and of each module's meta; bump when generated code changes.
 * Declared here, not beside the code generator, so a cache hit needs no Binaryen to name it.
 */
export const COMPILER_VERSION = "0.1.0-cg13";

export interface ModuleBuild {
  readonly name: string;
  readonly file: string;
  readonly bytes: Uint8Array;
}

export interface BuildRequest {
  readonly files: readonly string[];
  readonly searchPath: readonly string[];
  readonly optimize: 0 | 1 | 2 | 3;
  /** Folder of the build cache; undefined disables caching. */
  readonly cacheDir?: string;
  readonly stdlibDir: string;
  readonly compilerVersion: string;
  /** Interfaces needed besides the files' imports (those of an already compiled module). */
  readonly imports?: readonly string[];
}

export interface BuildResult {
  readonly modules: ModuleBuild[];
  readonly diagnostics: Diagnostic[];
  /** Every source text read, for rendering diagnostics. */
  readonly sources: Map<string, string>;
}

/** Where the build cache lives: $XDG_CACHE_HOME/spindle, or .spindle-cache in the working directory. */
export function defaultCacheDir(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string {
  const xdg = env["XDG_CACHE_HOME"];
  return xdg ? join(xdg, "spindle") : join(cwd, ".spindle-cache");
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

const IMPORT_RE =
  /\bIMPORT\s+([^;]*);|\bFROM\s+([A-Za-z_][A-Za-z0-9_]*)\s+IMPORT\b|\bEXPORTS\s+([^;]*);/g;

/** Interfaces a unit names in IMPORT / FROM … IMPORT (a cheap scan; the checker does the real work). */
function importedNames(text: string): { imports: string[]; exports: string[] } {
  const stripped = text.replace(/\(\*[\s\S]*?\*\)/g, " ").replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const imports: string[] = [];
  const exports: string[] = [];
  for (const match of stripped.matchAll(IMPORT_RE)) {
    if (match[1])
      for (const item of match[1].split(",")) imports.push(item.trim().split(/\s+/)[0] ?? "");
    if (match[2]) imports.push(match[2]);
    if (match[3]) for (const item of match[3].split(",")) exports.push(item.trim());
  }
  return { imports: imports.filter(Boolean), exports: exports.filter(Boolean) };
}

function moduleName(text: string): string | undefined {
  const stripped = text.replace(/\(\*[\s\S]*?\*\)/g, " ");
  return /\bMODULE\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(stripped)?.[1];
}

function find(name: string, ext: string, dirs: readonly string[]): string | undefined {
  for (const d of dirs) {
    const path = join(d, `${name}${ext}`);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** The closure of modules to link: the named ones, then implementations of imported interfaces. */
export function programModules(
  request: BuildRequest,
  sources: Map<string, string>,
): { modules: string[]; interfaces: string[] } {
  const dirs = [...request.searchPath, request.stdlibDir];
  const modules: string[] = [];
  const interfaces: string[] = [];
  const provided = new Set<string>();
  const wanted: string[] = [];
  const visit = (path: string): void => {
    const text = sources.get(path) ?? read(path);
    if (text === undefined) return;
    sources.set(path, text);
    const names = importedNames(text);
    if (path.endsWith(".m3")) {
      const own = moduleName(text);
      for (const e of names.exports.length > 0 ? names.exports : own ? [own] : []) provided.add(e);
      modules.push(path);
    } else {
      interfaces.push(path);
    }
    wanted.push(...names.imports);
  };
  for (const file of request.files) visit(file);
  wanted.push(...(request.imports ?? []));
  // Main's interface is implemented by the program itself
  provided.add("Main");
  while (wanted.length > 0) {
    const name = wanted.shift() ?? "";
    if (provided.has(name)) continue;
    const impl = find(name, ".m3", dirs);
    provided.add(name);
    if (impl && !modules.includes(impl)) visit(impl);
    const iface = find(name, ".i3", dirs);
    if (iface && !interfaces.includes(iface)) {
      const text = read(iface);
      if (text !== undefined) {
        sources.set(iface, text);
        wanted.push(...importedNames(text).imports);
      }
    }
  }
  return { modules, interfaces };
}

function digest(parts: readonly string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\u0000");
  return h.digest("hex");
}

/** Compiles (or fetches from the cache) every module of the program. */
export async function buildProgram(request: BuildRequest): Promise<BuildResult> {
  const sources = new Map<string, string>();
  const { modules } = programModules(request, sources);
  const diagnostics: Diagnostic[] = [];
  const built: ModuleBuild[] = [];
  // all interface texts visible on the search path take part in the key (fingerprints depend on them)
  const interfaceTexts = [...sources]
    .filter(([p]) => p.endsWith(".i3"))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([p, t]) => `${p}\n${t}`);
  for (const path of modules) {
    const text = sources.get(path) ?? "";
    const key = digest([
      request.compilerVersion,
      String(request.optimize),
      path,
      text,
      ...interfaceTexts,
      ...request.searchPath,
    ]);
    const cached = request.cacheDir ? read(join(request.cacheDir, `${key}.wasm.b64`)) : undefined;
    const name = moduleName(text) ?? path;
    if (cached !== undefined) {
      built.push({ name, file: path, bytes: new Uint8Array(Buffer.from(cached, "base64")) });
      continue;
    }
    const result = await compileModule(path, text, request);
    diagnostics.push(...result.diagnostics);
    if (!result.bytes) continue;
    built.push({ name, file: path, bytes: result.bytes });
    if (request.cacheDir)
      writeCache(
        join(request.cacheDir, `${key}.wasm.b64`),
        Buffer.from(result.bytes).toString("base64"),
      );
  }
  return { modules: built, diagnostics, sources };
}

function writeCache(path: string, contents: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, contents);
    renameSync(temp, path);
  } catch {
    // a cache that cannot be written only costs time
  }
}

/** Checks one module (with the interfaces it reaches) and generates its Wasm; loads the compiler lazily. */
export async function compileModule(
  path: string,
  text: string,
  request: Pick<BuildRequest, "searchPath" | "optimize">,
): Promise<{ bytes?: Uint8Array; diagnostics: Diagnostic[]; name?: string }> {
  const { check } = await import("../typecheck/index.js");
  const { generate } = await import("./index.js");
  const file: SourceFile = { path, text };
  const checked = check({ units: [file], searchPath: request.searchPath });
  const errors = checked.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) return { diagnostics: checked.diagnostics };
  const unit = checked.program.units.find((u) => u.kind === "Module" && u.file === path);
  if (!unit) return { diagnostics: checked.diagnostics };
  const generated = generate(checked.program, unit.name, {
    optimize: request.optimize,
    sourceText: text,
  });
  return {
    ...(generated.bytes ? { bytes: generated.bytes } : {}),
    diagnostics: [...checked.diagnostics, ...generated.diagnostics],
    name: unit.name,
  };
}
