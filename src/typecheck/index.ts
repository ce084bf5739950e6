// The type checker's entry: `check(request)` parses the named units, finds their imports on the
// search path (stdlib last), checks everything once and returns the CheckedProgram and diagnostics.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type * as ast from "../lang/ast.js";
import { error, sortDiagnostics, type Diagnostic } from "../lang/diagnostics.js";
import { parse } from "../lang/index.js";
import { fileSpan, type SourceFile } from "../lang/source.js";
import { Checker, type UnitState } from "./context.js";
import { DEFERRED_SYNTAX_ERROR, parseUncheckedBodies } from "./decls.js";
import { entrySymbol } from "./names.js";
import { interfaceFingerprints } from "./fingerprint.js";
import type { CheckedProgram, CheckedUnit } from "./program.js";
import type { Symbol } from "./symbols.js";
import { checkUnit, loadInterface, type KnownSources } from "./units.js";

export interface CheckRequest {
  /** The .m3/.i3 files named by the user. */
  readonly units: readonly SourceFile[];
  /** -I dirs; the standard library's folder is always searched last. */
  readonly searchPath: readonly string[];
  /** UNSAFE units and ADR are allowed only when true. */
  readonly trusted?: boolean;
  /** For tests and the signing service (sources sent over HTTP); default node:fs. */
  readonly readFile?: (path: string) => string | undefined;
  /**
   * "discard": each procedure body of the named units is parsed only when its turn to be checked
   * comes, and dropped after, with every fact about it. The diagnostics are the same; the program
   * has no bodies (code generation refuses it) and the run keeps about a fifth of the memory, for
   * callers that want only diagnostics (`spindle check`). Default "keep".
   */
  readonly bodies?: "keep" | "discard";
}

export interface CheckResult {
  readonly program: CheckedProgram;
  readonly diagnostics: Diagnostic[];
}

/** The folder of the standard library's interfaces (works from both src/ and dist/). */
export const STDLIB_DIR = fileURLToPath(new URL("../../stdlib/", import.meta.url));

function readFromDisk(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

type Parsed = { unit?: ast.Unit; diagnostics: readonly Diagnostic[] };

/**
 * Parsed units are immutable, so a text seen before (stdlib, tests) is parsed only once per
 * process. Keyed by text, then path: a text string caches its own hash, where a key built by
 * concatenation would be flattened and hashed again (a few ms for a large program) on every run.
 */
const parseCache = new Map<string, Map<string, Parsed>>();
let cachedChars = 0;

/**
 * What the cache may hold, in characters of source: a tree takes 25-30 bytes per character, so
 * about 30 MB of trees (the standard library is 80,000 characters). A count of files was no bound: a long-lived process (the signing
 * service, the benchmarks) kept up to a hundred large programs' trees alive.
 */
const PARSE_CACHE_CHARS = 1024 * 1024;

/** Keys of trees with deferred bodies: not the trees of the same file with every body parsed. */
const DEFERRED_KEY = "\0deferred";

function cachedParse(file: SourceFile, deferBodies = false): Parsed {
  const key = deferBodies ? file.path + DEFERRED_KEY : file.path;
  const hit = parseCache.get(file.text)?.get(key);
  if (hit) return hit;
  const result = parse(file, { deferBodies });
  if (file.text.length > PARSE_CACHE_CHARS) return result;
  if (cachedChars + file.text.length > PARSE_CACHE_CHARS) {
    parseCache.clear();
    cachedChars = 0;
  }
  let byPath = parseCache.get(file.text);
  if (!byPath) {
    byPath = new Map();
    parseCache.set(file.text, byPath);
  }
  byPath.set(key, result);
  cachedChars += file.text.length;
  return result;
}

/** Never throws: a failure inside the checker itself becomes an internal-error diagnostic. */
export function check(request: CheckRequest): CheckResult {
  try {
    return checkProgram(request);
  } catch (caught) {
    if (caught === DEFERRED_SYNTAX_ERROR) return check({ ...request, bodies: "keep" });
    const message = caught instanceof Error ? caught.message : String(caught);
    if (process.env["SPINDLE_DEBUG_CHECK"]) console.error(caught);
    const empty: CheckedProgram = {
      units: [],
      exprTypes: new Map(),
      typeNodes: new Map(),
      symbols: new Map(),
      constants: new Map(),
      checks: new Map(),
      calls: new Map(),
      procedures: new Map(),
    };
    const where = request.units[0] ? fileSpan(request.units[0].path) : undefined;
    return {
      program: empty,
      diagnostics: [
        error("E2999", `internal error in the type checker: ${message}`, where, {
          hint: "this is a bug in Spindle; please report it with the files that caused it",
        }),
      ],
    };
  }
}

function checkProgram(request: CheckRequest): CheckResult {
  const readFile = request.readFile ?? readFromDisk;
  const c = new Checker({
    searchPath: [...request.searchPath, STDLIB_DIR],
    trusted: request.trusted ?? false,
    readFile,
    parse: (file) => cachedParse(file),
  });
  const known: KnownSources = new Map();
  const modules: { file: SourceFile; unit: ast.ModuleUnit }[] = [];
  const deferBodies = request.bodies === "discard";
  const named: ast.Unit[] = [];
  for (const file of request.units) {
    const parsed = cachedParse(file, deferBodies);
    c.parseDiagnostics.push(...parsed.diagnostics);
    const unit = parsed.unit;
    if (!unit) continue;
    named.push(unit);
    if (unit.kind === "Interface") known.set(unit.name.name, { file, unit });
    else modules.push({ file, unit });
  }
  for (const [name, source] of known) loadInterface(c, name, source.unit.name.span, known);
  for (const m of modules) checkUnit(c, m.file, m.unit, known);
  if (deferBodies) parseUncheckedBodies(c, named);
  const program: CheckedProgram = {
    units: c.finished.map((u) => toCheckedUnit(c, u)),
    exprTypes: c.exprTypes,
    typeNodes: c.typeNodes,
    symbols: c.symbols,
    constants: c.constants,
    checks: c.checks,
    calls: c.calls,
    procedures: c.procedureDecls,
  };
  return { program, diagnostics: sortDiagnostics([...c.parseDiagnostics, ...c.diagnostics]) };
}

function toCheckedUnit(c: Checker, u: UnitState): CheckedUnit {
  const scope = new Map<string, Symbol>();
  const exported = u.kind === "Module" ? u.scope.parent?.entries : undefined;
  if (exported) for (const [name, e] of exported) if (e.kind !== "Pending") scope.set(name, e);
  for (const [name, e] of u.scope.entries) {
    const s = e.kind === "Pending" ? entrySymbol(c, e) : e;
    if (s) scope.set(name, s);
  }
  let fingerprints = new Map<string, string>();
  let fingerprint = "";
  if (u.kind === "Interface") {
    const own = [...scope].filter(
      ([, s]) => s.kind !== "Interface" && "unit" in s && s.unit === u.name,
    );
    const reveals = u.revelations.map((r) => `${r.opaque.qualifiedName}${r.partial ? "<:" : "="}`);
    const fp = interfaceFingerprints(u.name, own, reveals);
    fingerprints = fp.declarations;
    fingerprint = fp.whole;
  }
  return {
    kind: u.kind,
    name: u.name,
    file: u.file,
    ast: u.ast,
    unsafe: u.unsafe,
    imports: [...new Set(u.importedUnits.map((i) => i.name))],
    exports: u.exportedUnits.map((i) => i.name),
    scope,
    constants: u.constants,
    types: u.types,
    globals: u.globals,
    exceptions: u.exceptions,
    procedures: u.procedures,
    revelations: u.revelations,
    view: u.view,
    fingerprints,
    fingerprint,
  };
}

export type {
  CheckedProgram,
  CheckedUnit,
  CallInfo,
  RuntimeCheck,
  BoundArgument,
  CallTarget,
  CheckedNode,
  NamedNode,
  Revelation,
} from "./program.js";
export {
  typeOf,
  typeOfNode,
  symbolOf,
  constantOf,
  checksOf,
  callOf,
  unitNamed,
} from "./program.js";
export type * from "./types.js";
export type * from "./symbols.js";
export type { ConstValue } from "./values.js";
export { ordinalOf } from "./values.js";
export {
  objectMembers,
  type ObjectMembers,
  type MemberField,
  type MemberMethod,
} from "./objects.js";
export {
  layoutOf,
  recordLayout,
  bitSize,
  type Layout,
  type RecordLayout,
  type FieldLayout,
} from "./layout.js";
export { typeFingerprint, declarationFingerprint, encodeType } from "./fingerprint.js";
export {
  sameType,
  isSubtype,
  knownSuper,
  assignability,
  concrete,
  ordinalBounds,
  ordinalBase,
  isOrdinal,
  type Assignability,
  type RevelationView,
} from "./relations.js";
export { typeName, typeStructure } from "./types.js";
export { dumpTypes } from "./dump.js";
