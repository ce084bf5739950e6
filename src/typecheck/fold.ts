// Constant folding of operators: exact 64-bit integer arithmetic with overflow detection, Modula-3's
// DIV/MOD (rounding toward minus infinity), reals, booleans, sets and text concatenation.
import type { BinaryOp, UnaryOp } from "../lang/ast.js";
import { MAX_INT, MIN_INT } from "./types.js";
import { ordinalOf, type ConstValue } from "./values.js";

export type FoldResult =
  | { readonly kind: "Value"; readonly value: ConstValue }
  | { readonly kind: "Overflow"; readonly exact: bigint }
  | { readonly kind: "DivideByZero" }
  | { readonly kind: "NotConstant" };

const NOT: FoldResult = { kind: "NotConstant" };

function int(value: bigint): FoldResult {
  if (value > MAX_INT || value < MIN_INT) return { kind: "Overflow", exact: value };
  return { kind: "Value", value: { kind: "Int", value } };
}

function bool(value: boolean): FoldResult {
  return { kind: "Value", value: { kind: "Bool", value } };
}

export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

export function floorMod(a: bigint, b: bigint): bigint {
  return a - b * floorDiv(a, b);
}

export function foldUnary(op: UnaryOp, v: ConstValue): FoldResult {
  switch (op) {
    case "NOT":
      return v.kind === "Bool" ? bool(!v.value) : NOT;
    case "-":
      if (v.kind === "Int") return int(-v.value);
      if (v.kind === "Float")
        return { kind: "Value", value: { ...v, value: roundTo(v.precision, -v.value) } };
      return NOT;
    case "+":
      return v.kind === "Int" || v.kind === "Float" ? { kind: "Value", value: v } : NOT;
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
}

function roundTo(precision: "REAL" | "LONGREAL" | "EXTENDED", x: number): number {
  return precision === "REAL" ? Math.fround(x) : x;
}

export function foldBinary(op: BinaryOp, a: ConstValue, b: ConstValue): FoldResult {
  if (a.kind === "Int" && b.kind === "Int") return foldInt(op, a.value, b.value);
  if (a.kind === "Float" && b.kind === "Float") return foldFloat(op, a.precision, a.value, b.value);
  if (a.kind === "Set" && b.kind === "Set") return foldSet(op, a.members, b.members);
  if (a.kind === "Text" && b.kind === "Text") {
    if (op === "&") return { kind: "Value", value: { kind: "Text", value: a.value + b.value } };
    if (op === "=" || op === "#") return bool((a.value === b.value) === (op === "="));
    return NOT;
  }
  if (a.kind === "Bool" && b.kind === "Bool") {
    if (op === "AND") return bool(a.value && b.value);
    if (op === "OR") return bool(a.value || b.value);
  }
  if (op === "IN" && b.kind === "Set") {
    const o = ordinalOf(a);
    return o === undefined ? NOT : bool(b.members.includes(o));
  }
  const x = ordinalOf(a);
  const y = ordinalOf(b);
  if (x !== undefined && y !== undefined) return compare(op, x, y);
  if (a.kind === "Nil" && b.kind === "Nil") return compare(op, 0n, 0n);
  return NOT;
}

/** Comparisons fold alike for integers and reals. */
function compare<T extends bigint | number>(op: BinaryOp, x: T, y: T): FoldResult {
  switch (op) {
    case "=":
      return bool(x === y);
    case "#":
      return bool(x !== y);
    case "<":
      return bool(x < y);
    case "<=":
      return bool(x <= y);
    case ">":
      return bool(x > y);
    case ">=":
      return bool(x >= y);
    default:
      return NOT;
  }
}

function foldInt(op: BinaryOp, x: bigint, y: bigint): FoldResult {
  switch (op) {
    case "+":
      return int(x + y);
    case "-":
      return int(x - y);
    case "*":
      return int(x * y);
    case "DIV":
      return y === 0n ? { kind: "DivideByZero" } : int(floorDiv(x, y));
    case "MOD":
      return y === 0n ? { kind: "DivideByZero" } : int(floorMod(x, y));
    default:
      return compare(op, x, y);
  }
}

function foldFloat(
  op: BinaryOp,
  precision: "REAL" | "LONGREAL" | "EXTENDED",
  x: number,
  y: number,
): FoldResult {
  const real = (v: number): FoldResult => ({
    kind: "Value",
    value: { kind: "Float", precision, value: roundTo(precision, v) },
  });
  switch (op) {
    case "+":
      return real(x + y);
    case "-":
      return real(x - y);
    case "*":
      return real(x * y);
    case "/":
      return y === 0 ? { kind: "DivideByZero" } : real(x / y);
    default:
      return compare(op, x, y);
  }
}

function foldSet(op: BinaryOp, a: readonly bigint[], b: readonly bigint[]): FoldResult {
  const setOf = (members: bigint[]): FoldResult => ({
    kind: "Value",
    value: { kind: "Set", members: members.sort((p, q) => (p < q ? -1 : p > q ? 1 : 0)) },
  });
  const inB = new Set(b);
  const inA = new Set(a);
  switch (op) {
    case "+":
      return setOf([...new Set([...a, ...b])]);
    case "-":
      return setOf(a.filter((x) => !inB.has(x)));
    case "*":
      return setOf(a.filter((x) => inB.has(x)));
    case "/":
      return setOf([...a.filter((x) => !inB.has(x)), ...b.filter((x) => !inA.has(x))]);
    case "=":
      return bool(a.length === b.length && a.every((x) => inB.has(x)));
    case "#":
      return bool(!(a.length === b.length && a.every((x) => inB.has(x))));
    case "<=":
      return bool(a.every((x) => inB.has(x)));
    case "<":
      return bool(a.every((x) => inB.has(x)) && a.length < b.length);
    case ">=":
      return bool(b.every((x) => inA.has(x)));
    case ">":
      return bool(b.every((x) => inA.has(x)) && b.length < a.length);
    default:
      return NOT;
  }
}
