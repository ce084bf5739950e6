// The checker's state for one run: side tables being filled, the unit and procedure being checked,
// and the helpers every pass uses to report diagnostics.
import type * as ast from "../lang/ast.js";
import { error, warning, type Diagnostic, type DiagnosticExtras } from "../lang/diagnostics.js";
import type { SourceFile, Span } from "../lang/source.js";
import type { CheckedNode, Revelation, RuntimeCheck } from "./program.js";
import type { Bounds, RevelationView } from "./relations.js";
import type { Scope } from "./scope.js";
import type {
  ConstantSymbol,
  ExceptionSymbol,
  InterfaceSymbol,
  ProcedureSymbol,
  Symbol,
  TypeSymbol,
  VariableSymbol,
} from "./symbols.js";
import type { OpaqueType, Qualifier, RaisesSet, Type } from "./types.js";
import { computeMembers, type ObjectMembers } from "./objects.js";
import { NodeTables, type NodeFacts } from "./tables.js";
import type { ConstValue } from "./values.js";

/**
 * The checks without operands, one object each for every node that needs one: they are immutable,
 * and an object per node (about 10,000 per 50,000 lines) would be kept to the end of the run.
 */
export const NIL_CHECK: RuntimeCheck = { kind: "Nil" };
export const DIVIDE_BY_ZERO_CHECK: RuntimeCheck = { kind: "DivideByZero" };
export const CASE_NO_ARM_CHECK: RuntimeCheck = { kind: "CaseNoArm" };
export const TYPECASE_NO_ARM_CHECK: RuntimeCheck = { kind: "TypeCaseNoArm" };
export const MISSING_RETURN_CHECK: RuntimeCheck = { kind: "MissingReturn" };

export interface ImportRecord {
  readonly name: string;
  readonly symbol: Symbol;
  readonly span: Span;
  /** `IMPORT X` (the interface) or `FROM X IMPORT n` (one name). */
  readonly kind: "interface" | "name";
}

export interface UnitState {
  readonly name: string;
  readonly kind: "Interface" | "Module";
  readonly file: string;
  readonly ast: ast.Unit;
  readonly scope: Scope;
  readonly visible: Set<OpaqueType>;
  /** The most specific supertype each opaque type has by a partial revelation seen so far. */
  readonly partial: Map<OpaqueType, Type>;
  readonly view: RevelationView;
  readonly unsafe: boolean;
  readonly imports: ImportRecord[];
  readonly importedUnits: UnitState[];
  readonly exportedUnits: UnitState[];
  readonly constants: ConstantSymbol[];
  readonly types: TypeSymbol[];
  readonly globals: VariableSymbol[];
  readonly exceptions: ExceptionSymbol[];
  readonly procedures: ProcedureSymbol[];
  readonly revelations: Revelation[];
  /** Exceptions named by `<*FATAL …*>` in this unit; `fatalAny` for `<*FATAL ANY*>`. */
  readonly fatal: Set<number>;
  fatalAny: boolean;
}

/** One TRY EXCEPT being checked: the exceptions its handlers catch. */
export interface HandlerFrame {
  readonly any: boolean;
  readonly ids: ReadonlySet<number>;
}

export interface ProcState {
  /** Undefined for a module's main body. */
  readonly symbol?: ProcedureSymbol;
  readonly name: string;
  readonly result?: Type;
  readonly raises: RaisesSet;
  readonly qualifiers: readonly Qualifier[];
  loopDepth: number;
  readonly handlers: HandlerFrame[];
}

export interface CheckerOptions {
  readonly searchPath: readonly string[];
  readonly trusted: boolean;
  readonly readFile: (path: string) => string | undefined;
  readonly parse: (file: SourceFile) => { unit?: ast.Unit; diagnostics: readonly Diagnostic[] };
}

export class Checker {
  readonly diagnostics: Diagnostic[] = [];
  /** The side tables; the fields below are its per-table views. */
  readonly tables = new NodeTables();
  readonly exprTypes = this.tables.exprTypes;
  readonly typeNodes = this.tables.typeNodes;
  readonly symbols = this.tables.symbols;
  readonly constants = this.tables.constants;
  readonly checks = this.tables.checks;
  readonly calls = this.tables.calls;
  readonly procedureDecls = this.tables.procedures;
  /** Interface symbols of IMPORT statements, marked when a qualified name goes through them. */
  readonly usedInterfaces = new Set<InterfaceSymbol>();
  /** Interfaces by name: loaded, being loaded (import cycle), or missing. */
  readonly interfaces = new Map<string, UnitState | "loading" | "missing">();
  /** Units in the order they finished checking (imports before importers). */
  readonly finished: UnitState[] = [];
  /** Components of REF/OBJECT/PROCEDURE types, resolved after the declaration that built them. */
  readonly deferred: (() => void)[] = [];
  /** Symbols declared with `<*OBSOLETE*>`. */
  readonly obsolete = new Set<Symbol>();
  /** Type declarations already reported as illegally recursive (one message each). */
  readonly recursionReported = new Set<ast.Decl>();
  /** Method defaults and overrides, checked once the unit's declarations are all resolved. */
  readonly objectChecks: (() => void)[] = [];
  /** Local variables per scope, reported as unused when the scope's checking ends. */
  readonly localsByScope = new Map<Scope, VariableSymbol[]>();
  /** Deferred bodies parsed and checked (see `parseUncheckedBodies`). */
  readonly checkedBodies = new Set<ast.DeferredBlock>();
  /** Parser diagnostics of every file parsed in the run. */
  readonly parseDiagnostics: Diagnostic[] = [];
  /** Symbols used by the unit being checked (for unused FROM-imports). */
  unitUsed = new Set<Symbol>();
  /** Names already reported as undeclared in the unit being checked. */
  undeclared = new Set<string>();
  /** The type declaration being resolved, for stable names of anonymous brands. */
  brandContext: { name: string; count: number } | undefined;
  /** Object members as seen while checking bodies; cleared whenever types may still change. */
  readonly membersCache = new Map<Type, ObjectMembers>();
  /**
   * Constants for integer literals by value and for procedures by symbol: constants are immutable,
   * so one object serves every literal with the value and every use of the procedure's name (an
   * object per node was kept to the end of the run, about 40,000 per 50,000 lines).
   */
  private readonly intValues = new Map<bigint, ConstValue>();
  private readonly procedureValues = new Map<ProcedureSymbol, ConstValue>();
  /** Subscript checks by index bounds, then dimension: shared for the same reason. */
  private readonly indexChecks = new Map<Bounds, RuntimeCheck[]>();
  typeDepth = 0;
  unit!: UnitState;
  proc: ProcState | undefined;
  private nextId = 1;

  constructor(readonly options: CheckerOptions) {}

  freshId(): number {
    return this.nextId++;
  }

  error(code: string, message: string, span: Span | undefined, extras?: DiagnosticExtras): void {
    this.diagnostics.push(error(code, message, span, extras));
  }

  warn(code: string, message: string, span: Span | undefined, extras?: DiagnosticExtras): void {
    this.diagnostics.push(warning(code, message, span, extras));
  }

  /** `f`, when given, is the node's record in the side tables (saves a lookup). */
  addCheck(node: CheckedNode, check: RuntimeCheck, f: NodeFacts = this.tables.node(node)): void {
    if (f.checks) f.checks.push(check);
    else f.checks = [check];
  }

  intValue(value: bigint): ConstValue {
    let v = this.intValues.get(value);
    if (v === undefined) {
      v = { kind: "Int", value };
      this.intValues.set(value, v);
    }
    return v;
  }

  procedureValue(procedure: ProcedureSymbol): ConstValue {
    let v = this.procedureValues.get(procedure);
    if (v === undefined) {
      v = { kind: "Procedure", procedure };
      this.procedureValues.set(procedure, v);
    }
    return v;
  }

  /** The check that subscript `dimension` lies in `bounds` (of a fixed array's index type). */
  indexCheck(bounds: Bounds, dimension: number): RuntimeCheck {
    let byDimension = this.indexChecks.get(bounds);
    if (byDimension === undefined) {
      byDimension = [];
      this.indexChecks.set(bounds, byDimension);
    }
    let check = byDimension[dimension];
    // A shared check must still say what this one would (bounds are fixed once resolved).
    if (check?.kind !== "Index" || check.low !== bounds.low || check.high !== bounds.high) {
      check = { kind: "Index", dimension, open: false, low: bounds.low, high: bounds.high };
      byDimension[dimension] = check;
    }
    return check;
  }

  get view(): RevelationView {
    return this.unit.view;
  }

  members(t: Type): ObjectMembers {
    let m = this.membersCache.get(t);
    if (!m) {
      m = computeMembers(t, this.unit.view);
      this.membersCache.set(t, m);
    }
    return m;
  }

  /** Runs the deferred type components once no type declaration is half-built. */
  drainDeferred(): void {
    if (this.typeDepth > 0) return;
    if (this.deferred.length > 0) this.membersCache.clear();
    while (this.deferred.length > 0) {
      const next = this.deferred.shift()!;
      this.typeDepth++;
      next();
      this.typeDepth--;
    }
  }
}
