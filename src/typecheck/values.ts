// Constant values produced by folding: what code generation emits for every constant expression.
import type { ProcedureSymbol } from "./symbols.js";

export type ConstValue =
  | { readonly kind: "Int"; readonly value: bigint }
  | { readonly kind: "Bool"; readonly value: boolean }
  | { readonly kind: "Char"; readonly value: number }
  /** An element of a user enumeration. */
  | { readonly kind: "Enum"; readonly ordinal: number }
  | {
      readonly kind: "Float";
      readonly value: number;
      readonly precision: "REAL" | "LONGREAL" | "EXTENDED";
    }
  | { readonly kind: "Text"; readonly value: string }
  /** Members as ordinals of the set's element type, ascending, no duplicates. */
  | { readonly kind: "Set"; readonly members: readonly bigint[] }
  | { readonly kind: "Nil" }
  | { readonly kind: "Procedure"; readonly procedure: ProcedureSymbol }
  | { readonly kind: "Array"; readonly elements: readonly ConstValue[] }
  | { readonly kind: "Record"; readonly fields: readonly ConstValue[] };

/** The ordinal of an ordinal constant (integers, enumerations, BOOLEAN, CHAR). */
export function ordinalOf(v: ConstValue): bigint | undefined {
  switch (v.kind) {
    case "Int":
      return v.value;
    case "Bool":
      return v.value ? 1n : 0n;
    case "Char":
      return BigInt(v.value);
    case "Enum":
      return BigInt(v.ordinal);
    default:
      return undefined;
  }
}

export function sameValue(a: ConstValue, b: ConstValue): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "Int":
    case "Bool":
    case "Char":
    case "Text":
      return a.value === (b as typeof a).value;
    case "Enum":
      return a.ordinal === (b as typeof a).ordinal;
    case "Float":
      return Object.is(a.value, (b as typeof a).value);
    case "Set": {
      const m = (b as typeof a).members;
      return a.members.length === m.length && a.members.every((x, i) => x === m[i]);
    }
    case "Nil":
      return true;
    case "Procedure":
      return a.procedure === (b as typeof a).procedure;
    case "Array": {
      const e = (b as typeof a).elements;
      return a.elements.length === e.length && a.elements.every((x, i) => sameValue(x, e[i]!));
    }
    case "Record": {
      const f = (b as typeof a).fields;
      return a.fields.length === f.length && a.fields.every((x, i) => sameValue(x, f[i]!));
    }
    default: {
      const unreachable: never = a;
      return unreachable;
    }
  }
}

/** A canonical text for fingerprints and messages. */
export function showValue(v: ConstValue): string {
  switch (v.kind) {
    case "Int":
      return v.value.toString();
    case "Bool":
      return v.value ? "TRUE" : "FALSE";
    case "Char":
      return `VAL(${v.value}, CHAR)`;
    case "Enum":
      return `#${v.ordinal}`;
    case "Float":
      return `${v.precision}:${v.value}`;
    case "Text":
      return JSON.stringify(v.value);
    case "Set":
      return `{${v.members.join(",")}}`;
    case "Nil":
      return "NIL";
    case "Procedure":
      return `PROC ${v.procedure.qualifiedName}`;
    case "Array":
      return `[${v.elements.map(showValue).join(",")}]`;
    case "Record":
      return `(${v.fields.map(showValue).join(",")})`;
    default: {
      const unreachable: never = v;
      return unreachable;
    }
  }
}
