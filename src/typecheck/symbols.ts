// Symbols: what a name denotes once resolved (variable, formal, constant, type, procedure, …).
import type * as ast from "../lang/ast.js";
import type { Span } from "../lang/source.js";
import type { ExceptionRef, FormalMode, ProcedureType, Qualifier, Type } from "./types.js";
import type { ConstValue } from "./values.js";

export type Symbol =
  | VariableSymbol
  | FormalSymbol
  | ConstantSymbol
  | TypeSymbol
  | ProcedureSymbol
  | ExceptionSymbol
  | FieldSymbol
  | MethodSymbol
  | EnumValueSymbol
  | BuiltinSymbol
  | InterfaceSymbol;

interface SymbolBase {
  readonly name: string;
  /** Where it was declared; predeclared names have none. */
  readonly span?: Span;
}

/**
 * Where a variable lives. `global`: a unit-level VAR; `local`: a procedure or block VAR;
 * `for`: a FOR control variable (read-only); `with`: a WITH binding (an alias when `aliases`);
 * `handler`: an exception handler's argument; `typecase`: a TYPECASE arm's binding.
 */
export type Storage = "global" | "local" | "for" | "with" | "handler" | "typecase";

export interface VariableSymbol extends SymbolBase {
  readonly kind: "Variable";
  readonly id: number;
  readonly storage: Storage;
  type: Type;
  readonly writable: boolean;
  /** For WITH: true when the binding names a writable designator and aliases it. */
  readonly aliases: boolean;
  /** The unit that declares it (qualified name prefix for globals). */
  readonly unit: string;
  /** The procedure whose frame holds it, when it is not global. */
  readonly owner?: ProcedureSymbol;
  /** The initialiser of a VAR, or the bound expression of a WITH. */
  readonly initExpr?: ast.Expr;
  readonly pragmas: readonly string[];
}

export interface FormalSymbol extends SymbolBase {
  readonly kind: "Formal";
  readonly id: number;
  readonly mode: FormalMode;
  readonly index: number;
  type: Type;
  readonly owner: ProcedureSymbol;
}

export interface ConstantSymbol extends SymbolBase {
  readonly kind: "Constant";
  readonly unit: string;
  type: Type;
  value: ConstValue;
}

export interface TypeSymbol extends SymbolBase {
  readonly kind: "Type";
  readonly unit: string;
  type: Type;
}

export interface ProcedureSymbol extends SymbolBase {
  readonly kind: "Procedure";
  readonly id: number;
  readonly unit: string;
  /** `Unit.Name` for top-level procedures, `Unit.Outer.Inner` for nested ones. */
  readonly qualifiedName: string;
  signature: ProcedureType;
  readonly qualifiers: readonly Qualifier[];
  readonly decl?: ast.ProcedureDecl;
  /** The enclosing procedure of a nested procedure. */
  readonly parent?: ProcedureSymbol;
  /** For an interface procedure: the module procedure that implements it, once checked. */
  implementation?: ProcedureSymbol;
  /** For a module procedure that implements an interface procedure: that procedure. */
  implements?: ProcedureSymbol;
  readonly formals: FormalSymbol[];
  readonly locals: VariableSymbol[];
  readonly pragmas: readonly string[];
}

export interface ExceptionSymbol extends SymbolBase {
  readonly kind: "Exception";
  readonly unit: string;
  readonly exception: ExceptionRef;
}

export interface FieldSymbol extends SymbolBase {
  readonly kind: "Field";
  readonly type: Type;
  /** Index in the record's (or object's full, inherited-first) field list. */
  readonly index: number;
  readonly of: Type;
}

export interface MethodSymbol extends SymbolBase {
  readonly kind: "Method";
  readonly signature: ProcedureType;
  /** Index in the object's full method table (inherited methods first). */
  readonly index: number;
  readonly of: Type;
}

export interface EnumValueSymbol extends SymbolBase {
  readonly kind: "EnumValue";
  readonly type: Type;
  readonly ordinal: number;
}

export type BuiltinName =
  | "ABS"
  | "ADR"
  | "BITSIZE"
  | "BYTESIZE"
  | "CEILING"
  | "DEC"
  | "DISPOSE"
  | "FIRST"
  | "FLOAT"
  | "FLOOR"
  | "INC"
  | "ISTYPE"
  | "LAST"
  | "LOOPHOLE"
  | "MAX"
  | "MIN"
  | "NARROW"
  | "NEW"
  | "NUMBER"
  | "ORD"
  | "ROUND"
  | "SUBARRAY"
  | "TRUNC"
  | "TYPECODE"
  | "VAL"
  | "ADRSIZE";

export interface BuiltinSymbol extends SymbolBase {
  readonly kind: "Builtin";
  readonly name: BuiltinName;
}

export interface InterfaceSymbol extends SymbolBase {
  readonly kind: "Interface";
  /** The interface's real name (the symbol's name is the alias under `IMPORT X AS Y`). */
  readonly interfaceName: string;
}
