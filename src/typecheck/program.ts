// CheckedProgram: the checker's output and code generation's input, as plain data plus accessors.
// Every table is keyed by AST node identity; nothing here refers back to the checker's internals.
import type * as ast from "../lang/ast.js";
import type { RevelationView } from "./relations.js";
import type {
  BuiltinName,
  ConstantSymbol,
  ExceptionSymbol,
  MethodSymbol,
  ProcedureSymbol,
  Symbol,
  TypeSymbol,
  VariableSymbol,
} from "./symbols.js";
import type { FormalMode, OpaqueType, ProcedureType, Type } from "./types.js";
import type { ConstValue } from "./values.js";

export interface CheckedUnit {
  readonly kind: "Interface" | "Module";
  readonly name: string;
  readonly file: string;
  readonly ast: ast.Unit;
  readonly unsafe: boolean;
  /** Interfaces named by IMPORT and FROM … IMPORT, in source order, without duplicates. */
  readonly imports: readonly string[];
  /** For a module: the interfaces it exports (its own name when there is no EXPORTS list). */
  readonly exports: readonly string[];
  /** Unit-level declarations by name (for a module, also the declarations of its exported interfaces). */
  readonly scope: ReadonlyMap<string, Symbol>;
  readonly constants: readonly ConstantSymbol[];
  readonly types: readonly TypeSymbol[];
  readonly globals: readonly VariableSymbol[];
  readonly exceptions: readonly ExceptionSymbol[];
  /** Every procedure declared in the unit, nested ones included, outer before inner. */
  readonly procedures: readonly ProcedureSymbol[];
  readonly revelations: readonly Revelation[];
  /** Which full revelations this unit sees (its own and those of interfaces it imports). */
  readonly view: RevelationView;
  /** Interfaces only: declaration name → fingerprint (hex), and the whole interface's. */
  readonly fingerprints: ReadonlyMap<string, string>;
  readonly fingerprint: string;
}

export interface Revelation {
  readonly opaque: OpaqueType;
  readonly type: Type;
  readonly partial: boolean;
  readonly span: ast.RevealDecl["span"];
}

/** An actual bound to a formal, in formal order: the written expression or the formal's default. */
export type BoundArgument =
  | {
      readonly kind: "Expr";
      readonly expr: ast.Expr;
      readonly mode: FormalMode;
      readonly formalType: Type;
    }
  | {
      readonly kind: "Default";
      readonly value?: ConstValue;
      readonly expr?: ast.Expr;
      readonly mode: FormalMode;
      readonly formalType: Type;
    };

export type CallTarget =
  /** A procedure constant: a direct call. */
  | { readonly kind: "Procedure"; readonly procedure: ProcedureSymbol }
  /** `o.m(…)`: dispatch through the object's method table; `receiver` is `o`. */
  | { readonly kind: "Method"; readonly method: MethodSymbol; readonly receiver: ast.Expr }
  /** A procedure value (variable, field, formal, or `T.m`): an indirect call. */
  | { readonly kind: "Indirect"; readonly callee: ast.Expr }
  | { readonly kind: "Builtin"; readonly builtin: BuiltinName; readonly typeArgument?: Type };

export interface CallInfo {
  readonly target: CallTarget;
  readonly signature?: ProcedureType;
  readonly arguments: readonly BoundArgument[];
  /** NEW(T, f := v): field initialisers by field name; NEW(T, n, m): open-array sizes. */
  readonly fieldInits?: readonly { readonly name: string; readonly expr: ast.Expr }[];
  readonly sizes?: readonly ast.Expr[];
}

/** A run-time check code generation must emit; recorded only where the checker could not prove it. */
export type RuntimeCheck =
  /** The dereferenced reference (explicit `^`, implicit in `r.f`, `r[i]`, or a method call) is not NIL. */
  | { readonly kind: "Nil" }
  /** Subscript `dimension` of an Index node lies in [low..high], or in [0..NUMBER-1] when `open`. */
  | {
      readonly kind: "Index";
      readonly dimension: number;
      readonly open: boolean;
      readonly low: bigint;
      readonly high: bigint;
    }
  /** The value converted to a subrange lies in [low..high]. */
  | { readonly kind: "Range"; readonly low: bigint; readonly high: bigint }
  /** The reference's allocated type is a subtype of `target` (NARROW, or implicit on assignment). */
  | { readonly kind: "Narrow"; readonly target: Type }
  /** The array's shape matches `target`'s (open arrays). */
  | { readonly kind: "Shape"; readonly target: Type }
  /** CASE without ELSE: the selector matched no arm. */
  | { readonly kind: "CaseNoArm" }
  /** TYPECASE without ELSE: no arm's type matched. */
  | { readonly kind: "TypeCaseNoArm" }
  /** Integer DIV or MOD whose divisor is not a non-zero constant. */
  | { readonly kind: "DivideByZero" }
  /** A function procedure may fall off its end without RETURN. */
  | { readonly kind: "MissingReturn" };

export type CheckedNode = ast.Expr | ast.Stmt | ast.ProcedureDecl;
export type NamedNode = ast.NameExpr | ast.SelectExpr | ast.QualIdent | ast.Ident;

export interface CheckedProgram {
  /** Interfaces first, each after the interfaces it imports; then the modules in request order. */
  readonly units: readonly CheckedUnit[];
  readonly exprTypes: ReadonlyMap<ast.Expr, Type>;
  readonly typeNodes: ReadonlyMap<ast.TypeNode, Type>;
  /** Uses (Name, Select, QualIdent) and defining identifiers (Ident) to what they denote. */
  readonly symbols: ReadonlyMap<NamedNode, Symbol>;
  readonly constants: ReadonlyMap<ast.Expr, ConstValue>;
  readonly checks: ReadonlyMap<CheckedNode, readonly RuntimeCheck[]>;
  readonly calls: ReadonlyMap<ast.CallExpr, CallInfo>;
  readonly procedures: ReadonlyMap<ast.ProcedureDecl, ProcedureSymbol>;
}

export function typeOf(program: CheckedProgram, e: ast.Expr): Type | undefined {
  return program.exprTypes.get(e);
}

export function typeOfNode(program: CheckedProgram, t: ast.TypeNode): Type | undefined {
  return program.typeNodes.get(t);
}

export function symbolOf(program: CheckedProgram, n: NamedNode): Symbol | undefined {
  return program.symbols.get(n);
}

export function constantOf(program: CheckedProgram, e: ast.Expr): ConstValue | undefined {
  return program.constants.get(e);
}

export function checksOf(program: CheckedProgram, n: CheckedNode): readonly RuntimeCheck[] {
  return program.checks.get(n) ?? [];
}

export function callOf(program: CheckedProgram, call: ast.CallExpr): CallInfo | undefined {
  return program.calls.get(call);
}

export function unitNamed(program: CheckedProgram, name: string): CheckedUnit | undefined {
  return program.units.find((u) => u.name === name);
}
