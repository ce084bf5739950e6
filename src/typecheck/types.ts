// The type representation: a discriminated union of the report's types, shared with code generation.
// Recursive types are finite cyclic graphs: a REF, OBJECT or PROCEDURE node is created before its
// components are resolved, so `T = REF RECORD next: T END` points back at the same Ref node.
import type { Expr } from "../lang/ast.js";
import type { ConstValue } from "./values.js";

export type Type =
  | IntegerType
  | EnumType
  | SubrangeType
  | FloatType
  | ArrayType
  | OpenArrayType
  | RecordType
  | SetType
  | RefType
  | ObjectType
  | RootType
  | ProcedureType
  | RefanyType
  | NullType
  | AddressType
  | TextType
  | OpaqueType
  | PackedType
  | ErrorType;

export interface IntegerType {
  readonly kind: "Integer";
}

/** User enumerations, and BOOLEAN and CHAR, which the report defines as enumerations. */
export interface EnumType {
  readonly kind: "Enum";
  /** Element names in order; CHAR has 256 unnamed elements and an empty list. */
  readonly names: readonly string[];
  readonly count: number;
  readonly builtin?: "BOOLEAN" | "CHAR";
}

/** `[low..high]` of an ordinal base (INTEGER or an enumeration); CARDINAL is one of these. */
export interface SubrangeType {
  readonly kind: "Subrange";
  readonly base: IntegerType | EnumType;
  readonly low: bigint;
  readonly high: bigint;
  /** Set for CARDINAL only, so messages can say "CARDINAL". */
  readonly name?: "CARDINAL";
}

export interface FloatType {
  readonly kind: "Float";
  readonly precision: "REAL" | "LONGREAL" | "EXTENDED";
}

/** Fixed array; `ARRAY I, J OF T` is expanded to `ARRAY I OF ARRAY J OF T` as the report says. */
export interface ArrayType {
  readonly kind: "Array";
  readonly index: Type;
  readonly element: Type;
}

export interface OpenArrayType {
  readonly kind: "OpenArray";
  readonly element: Type;
}

export interface FieldType {
  readonly name: string;
  type: Type;
  /** The folded default, when it is constant (it always is in a record type). */
  defaultValue?: ConstValue;
  defaultExpr?: Expr;
}

export interface RecordType {
  readonly kind: "Record";
  fields: FieldType[];
}

export interface SetType {
  readonly kind: "Set";
  readonly element: Type;
}

export interface RefType {
  readonly kind: "Ref";
  readonly traced: boolean;
  /** Explicit brand text, or a unique invented one for an anonymous `BRANDED`. */
  readonly brand?: string;
  target: Type;
}

export interface MethodType {
  readonly name: string;
  /** The method's signature without the receiver. */
  signature: ProcedureType;
  /** The procedure bound by default, when the declaration gives one (a procedure constant or NIL). */
  defaultValue?: ConstValue;
}

export interface OverrideType {
  readonly name: string;
  value?: ConstValue;
}

export interface ObjectType {
  readonly kind: "Object";
  /** ROOT, UNTRACED ROOT, another object type, or an opaque object type. */
  super: Type;
  readonly traced: boolean;
  readonly brand?: string;
  fields: FieldType[];
  methods: MethodType[];
  overrides: OverrideType[];
  /** A name for messages (the declaration that introduced it), not part of the type's identity. */
  displayName?: string;
}

export interface RootType {
  readonly kind: "Root";
  readonly traced: boolean;
}

export type FormalMode = "VALUE" | "VAR" | "READONLY";

export interface FormalType {
  readonly name: string;
  readonly mode: FormalMode;
  type: Type;
  defaultValue?: ConstValue;
  defaultExpr?: Expr;
}

/** A RAISES set: ANY, or a list of exceptions (empty for a procedure that raises nothing). */
export type RaisesSet =
  { readonly kind: "Any" } | { readonly kind: "List"; exceptions: ExceptionRef[] };

/** An exception as types see it: its qualified name and identity. */
export interface ExceptionRef {
  readonly id: number;
  readonly qualifiedName: string;
  argument?: Type;
}

export type Qualifier = "FUNCTIONAL" | "EPHEMERAL";

export interface ProcedureType {
  readonly kind: "Procedure";
  formals: FormalType[];
  result?: Type;
  raises: RaisesSet;
  qualifiers: Qualifier[];
}

export interface RefanyType {
  readonly kind: "Refany";
}

/** The type of NIL. */
export interface NullType {
  readonly kind: "Null";
}

export interface AddressType {
  readonly kind: "Address";
}

/**
 * TEXT. The report makes it an opaque subtype of REFANY; Spindle gives it the builtin revelation
 * `TEXT = BRANDED "Spindle.Text" REF ARRAY OF CHAR`, which code generation implements natively.
 */
export interface TextType {
  readonly kind: "Text";
}

/** `T <: Super` in an interface; `revealed` is the concrete type once a `REVEAL T = …` is seen. */
export interface OpaqueType {
  readonly kind: "Opaque";
  readonly id: number;
  readonly qualifiedName: string;
  super: Type;
  revealed?: Type;
}

export interface PackedType {
  readonly kind: "Packed";
  readonly bits: number;
  readonly base: Type;
}

/** The type of an erroneous expression: compatible with everything, so one mistake reports once. */
export interface ErrorType {
  readonly kind: "Error";
}

// ---------------------------------------------------------------------------------------------
// Predeclared types

export const INTEGER: IntegerType = { kind: "Integer" };
export const BOOLEAN: EnumType = {
  kind: "Enum",
  names: ["FALSE", "TRUE"],
  count: 2,
  builtin: "BOOLEAN",
};
export const CHAR: EnumType = { kind: "Enum", names: [], count: 256, builtin: "CHAR" };
export const MAX_INT = (1n << 63n) - 1n;
export const MIN_INT = -(1n << 63n);
export const CARDINAL: SubrangeType = {
  kind: "Subrange",
  base: INTEGER,
  low: 0n,
  high: MAX_INT,
  name: "CARDINAL",
};
export const REAL: FloatType = { kind: "Float", precision: "REAL" };
export const LONGREAL: FloatType = { kind: "Float", precision: "LONGREAL" };
export const EXTENDED: FloatType = { kind: "Float", precision: "EXTENDED" };
export const REFANY: RefanyType = { kind: "Refany" };
export const NULL: NullType = { kind: "Null" };
export const ADDRESS: AddressType = { kind: "Address" };
export const TEXT: TextType = { kind: "Text" };
export const ROOT: RootType = { kind: "Root", traced: true };
export const UNTRACED_ROOT: RootType = { kind: "Root", traced: false };
export const ERROR: ErrorType = { kind: "Error" };
/** MUTEX is `OBJECT END` opaque in the report; Spindle reveals it as a plain branded object. */
export const MUTEX: OpaqueType = { kind: "Opaque", id: 0, qualifiedName: "MUTEX", super: ROOT };

export function isError(t: Type): boolean {
  return t.kind === "Error";
}

// ---------------------------------------------------------------------------------------------
// Names for messages

const nameCache = new WeakMap<Type, string>();

/** A short readable rendering of a type for diagnostics; recursive types print their names. */
export function typeName(t: Type): string {
  const cached = nameCache.get(t);
  if (cached !== undefined) return cached;
  const name = render(t, 0);
  nameCache.set(t, name);
  return name;
}

/** Lets declarations give a type the name it was declared with, used in messages. */
export function nameType(t: Type, name: string): void {
  if (!nameCache.has(t) && !isPredeclared(t)) nameCache.set(t, name);
}

function isPredeclared(t: Type): boolean {
  return (
    t === INTEGER ||
    t === BOOLEAN ||
    t === CHAR ||
    t === CARDINAL ||
    t === REAL ||
    t === LONGREAL ||
    t === EXTENDED ||
    t === REFANY ||
    t === NULL ||
    t === ADDRESS ||
    t === TEXT ||
    t === ROOT ||
    t === UNTRACED_ROOT ||
    t === MUTEX
  );
}

/** The type's own structure, even when it has a declared name (components still print by name). */
export function typeStructure(t: Type): string {
  return render(t, 0, true);
}

function render(t: Type, depth: number, structure = false): string {
  const cached = structure ? undefined : nameCache.get(t);
  if (cached !== undefined) return cached;
  if (depth > 3) return "…";
  const sub = (u: Type): string => render(u, depth + 1);
  switch (t.kind) {
    case "Integer":
      return "INTEGER";
    case "Enum":
      if (t.builtin) return t.builtin;
      return `{${t.names.join(", ")}}`;
    case "Subrange":
      if (t.name) return t.name;
      if (t.base.kind === "Enum" && t.base.builtin === "CHAR")
        return `[${charName(t.low)}..${charName(t.high)}]`;
      if (t.base.kind === "Enum" && !t.base.builtin)
        return `[${t.base.names[Number(t.low)] ?? t.low}..${t.base.names[Number(t.high)] ?? t.high}]`;
      return `[${t.low}..${t.high}]`;
    case "Float":
      return t.precision;
    case "Array":
      return `ARRAY ${sub(t.index)} OF ${sub(t.element)}`;
    case "OpenArray":
      return `ARRAY OF ${sub(t.element)}`;
    case "Record":
      return `RECORD ${t.fields.map((f) => `${f.name}: ${sub(f.type)}`).join("; ")} END`;
    case "Set":
      return `SET OF ${sub(t.element)}`;
    case "Ref":
      return `${t.traced ? "" : "UNTRACED "}${t.brand !== undefined ? "BRANDED " : ""}REF ${sub(t.target)}`;
    case "Object":
      if (t.displayName !== undefined && !structure) return t.displayName;
      return `${t.super.kind === "Root" ? "" : sub(t.super) + " "}${t.brand !== undefined ? "BRANDED " : ""}OBJECT ${t.fields
        .map((f) => `${f.name}: ${sub(f.type)}; `)
        .join("")}METHODS ${t.methods.map((m) => `${m.name}(); `).join("")}END`;
    case "Root":
      return t.traced ? "ROOT" : "UNTRACED ROOT";
    case "Procedure": {
      const formals = t.formals.map(
        (f) => `${f.mode === "VALUE" ? "" : f.mode + " "}${f.name}: ${sub(f.type)}`,
      );
      const result = t.result ? `: ${sub(t.result)}` : "";
      // RAISES {} is the default, and not written; the set is part of the type (report 2.2.8).
      const raises =
        t.raises.kind === "Any"
          ? " RAISES ANY"
          : t.raises.exceptions.length > 0
            ? ` RAISES {${t.raises.exceptions.map((e) => e.qualifiedName).join(", ")}}`
            : "";
      return `${t.qualifiers.map((q) => q + " ").join("")}PROCEDURE (${formals.join("; ")})${result}${raises}`;
    }
    case "Refany":
      return "REFANY";
    case "Null":
      return "NULL";
    case "Address":
      return "ADDRESS";
    case "Text":
      return "TEXT";
    case "Opaque":
      return t.qualifiedName;
    case "Packed":
      return `BITS ${t.bits} FOR ${sub(t.base)}`;
    case "Error":
      return "<error>";
    default: {
      const unreachable: never = t;
      return unreachable;
    }
  }
}

function charName(code: bigint): string {
  const c = Number(code);
  return c >= 32 && c < 127 ? `'${String.fromCharCode(c)}'` : `VAL(${c}, CHAR)`;
}
