// Array shapes (report 2.3.1): an array value is assignable to an array variable with the same
// element type when their lengths agree, which is known only at run time when either is open. A
// fixed array is its elements' address, an open array that address plus one length per open
// dimension (docs/abi.md), so copying between them takes the data address once the lengths are
// checked (fault 13, "open array shapes differ").
import binaryen from "binaryen";
import * as abi from "./abi.js";
import { elementsEqual } from "./equality.js";
import type { FunctionGen, Place } from "./frames.js";
import { openPlace } from "./calls.js";
import { addressOf, constant, expr, exprType, openDims, store } from "./exprs.js";
import type * as ast from "../lang/ast.js";
import type { Span } from "../lang/source.js";
import type { ConstValue, Type } from "../typecheck/index.js";
import { checksOf, constantOf } from "../typecheck/index.js";

type Ref = binaryen.ExpressionRef;

/** The length of one dimension: static for a fixed array, an i32 at run time for an open one. */
export type Length = number | (() => Ref);

/**
 * An array-valued expression as a place: a designator or SUBARRAY (openPlace), an open array
 * constant in static data, or an open array constructor built in the frame.
 */
export function arrayValue(f: FunctionGen, e: ast.Expr, setup: Ref[]): Place | undefined {
  return openPlace(f, e, setup) ?? constantArray(f, e) ?? openConstructor(f, e);
}

/** The lengths of the first n dimensions of an array of type t whose open lengths are `open`. */
export function lengthsOf(
  f: FunctionGen,
  t: Type,
  open: readonly (() => Ref)[],
  n: number,
): Length[] {
  const L = f.mg.layouts;
  const out: Length[] = [];
  let element = t;
  for (let k = 0; k < n; k++) {
    const u = L.concrete(element);
    const len = open[k];
    if (u.kind === "Array") out.push(L.arrayCount(u));
    else if (u.kind === "OpenArray" && len) out.push(len);
    else break;
    element = u.element;
  }
  return out;
}

export function placeLengths(f: FunctionGen, p: Place, n: number): Length[] {
  return lengthsOf(f, p.type, p.kind === "open" ? p.lens : [], n);
}

/** The element type of t after n array dimensions. */
export function elementAfter(f: FunctionGen, t: Type, n: number): Type {
  let element = t;
  for (let k = 0; k < n; k++) {
    const u = f.mg.layouts.concrete(element);
    if (u.kind !== "Array" && u.kind !== "OpenArray") break;
    element = u.element;
  }
  return element;
}

export function lengthRef(f: FunctionGen, len: Length): Ref {
  return typeof len === "number" ? f.m.i32.const(len) : len();
}

/**
 * The check that two shapes agree, dimension by dimension: nothing when all lengths are static and
 * equal, an unconditional fault when two static ones differ, else a test.
 */
export function shapeCheck(
  f: FunctionGen,
  a: readonly Length[],
  b: readonly Length[],
  site: Span,
): Ref[] {
  const m = f.m;
  let differ: Ref | undefined;
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const x = a[k] ?? 0;
    const y = b[k] ?? 0;
    if (typeof x === "number" && typeof y === "number") {
      if (x !== y) return [f.mg.fault(abi.FaultCode.shapeMismatch, site)];
      continue;
    }
    const ne = m.i32.ne(lengthRef(f, x), lengthRef(f, y));
    differ = differ ? m.i32.or(differ, ne) : ne;
  }
  return differ ? [m.if(differ, f.mg.fault(abi.FaultCode.shapeMismatch, site))] : [];
}

/** The fixed array type that an open array value bound by a Shape check must fit, if any. */
function fixedShapeTarget(f: FunctionGen, e: ast.Expr): Type | undefined {
  for (const c of checksOf(f.mg.program, e)) {
    if (c.kind !== "Shape" || f.mg.layouts.concrete(c.target).kind !== "Array") continue;
    if (openDims(f, exprType(f, e)) > 0) return c.target;
  }
  return undefined;
}

/**
 * An open array value bound for a fixed array variable (assignment, initialiser, VALUE or
 * READONLY actual, RETURN) as that fixed array's value: the address of its elements, once its
 * lengths are checked against the target's (reported at `site`). Undefined for other values.
 * The value of an open array on its own is its data address only, so without this a constant
 * would be laid out as an open array and a designator would go unchecked.
 */
export function openAsFixed(
  f: FunctionGen,
  e: ast.Expr,
  site: { readonly span: Span },
): Ref | undefined {
  const target = fixedShapeTarget(f, e);
  if (!target) return undefined;
  const m = f.m;
  const setup: Ref[] = [];
  const p = arrayValue(f, e, setup);
  const addr = p && addressOf(p);
  if (!p || !addr) {
    f.mg.unsupported("this open-array value", e.span);
    return m.unreachable();
  }
  const n = openDims(f, exprType(f, e));
  // the value is evaluated (a constructor's elements included) before its shape is checked
  const data = f.localOf("i32");
  return m.block(
    null,
    [
      ...setup,
      m.local.set(data, addr()),
      ...shapeCheck(f, placeLengths(f, p, n), lengthsOf(f, target, [], n), site.span),
      f.get(data, "i32"),
    ],
    binaryen.i32,
  );
}

/** A constant open array (a folded `ARRAY OF T{…}`) as a fixed array of its length. */
function constantArray(f: FunctionGen, e: ast.Expr): Place | undefined {
  const v = constantOf(f.mg.program, e);
  const fixed = v && fixedTypeOf(f, v, exprType(f, e));
  if (!v || !fixed) return undefined;
  return { kind: "value", type: fixed, get: () => constant(f, v, fixed) };
}

/**
 * `ARRAY [0..n-1] OF T` for an open array constant of n elements; with more open dimensions, the
 * fixed array of its shape, when every element has the same one (undefined otherwise, or empty).
 */
export function fixedTypeOf(f: FunctionGen, v: ConstValue, t: Type): Type | undefined {
  const u = f.mg.layouts.concrete(t);
  if (v.kind !== "Array" || u.kind !== "OpenArray") return undefined;
  if (openDims(f, u.element) === 0) return fixedArrayOf(u.element, v.elements.length);
  const rows = v.elements.map((element) => fixedTypeOf(f, element, u.element));
  const first = rows[0];
  if (first === undefined) return undefined;
  const shape = (row: Type | undefined): string =>
    row === undefined ? "?" : lengthsOf(f, row, [], openDims(f, u.element)).join(",");
  if (!rows.every((row) => shape(row) === shape(first))) return undefined;
  return fixedArrayOf(first, v.elements.length);
}

function fixedArrayOf(element: Type, count: number): Type {
  return {
    kind: "Array",
    index: { kind: "Subrange", base: { kind: "Integer" }, low: 0n, high: BigInt(count - 1) },
    element,
  };
}

/** `ARRAY OF T{…}`: an open-array constructor, built as a fixed array of its element count. */
export function openConstructor(f: FunctionGen, e: ast.Expr): Place | undefined {
  const inner = e.kind === "Paren" ? e.inner : e;
  if (inner.kind !== "Constructor") return undefined;
  const u = f.mg.layouts.concrete(exprType(f, inner));
  if (u.kind !== "OpenArray") return undefined;
  if (openDims(f, u.element) > 0) return nestedOpenConstructor(f, inner, u.element);
  const fixed = fixedArrayOf(u.element, inner.elements.length);
  const L = f.mg.layouts;
  const offset = f.memAlloc(L.size(fixed), L.align(fixed), L.pointerOffsets(fixed));
  const es = L.size(u.element);
  const stores = inner.elements.map((el, i) =>
    el.kind === "ElementValue"
      ? store(f, u.element, f.memAddr(offset + i * es), expr(f, el.value))
      : f.m.nop(),
  );
  const addr = f.localOf("i32");
  const m = f.m;
  return {
    kind: "value",
    type: fixed,
    get: () =>
      m.block(
        null,
        [...stores.splice(0), m.local.tee(addr, f.memAddr(offset), binaryen.i32)],
        binaryen.i32,
      ),
  };
}

/**
 * `x = y` (or `#`, `negate`) where either array is open (report 2.6.11): equal when every
 * dimension has the same length and the elements are equal. The elements are compared as for
 * fixed arrays (equality.ts: TEXT and references by identity, floats as floats, the rest by their
 * bytes); a length mismatch makes them unequal, never a fault. Both operands are evaluated first.
 */
export function arrayEqual(
  f: FunctionGen,
  x: ast.Expr,
  y: ast.Expr,
  negate: boolean,
  site: Span,
): Ref {
  const m = f.m;
  const setup: Ref[] = [];
  const px = arrayValue(f, x, setup);
  const py = arrayValue(f, y, setup);
  const ax = px && addressOf(px);
  const ay = py && addressOf(py);
  if (!px || !py || !ax || !ay) {
    f.mg.unsupported("this open-array comparison", site);
    return m.unreachable();
  }
  const tx = exprType(f, x);
  const depth = Math.max(openDims(f, tx), openDims(f, exprType(f, y)));
  const lx = placeLengths(f, px, depth);
  const ly = placeLengths(f, py, depth);
  const dx = f.localOf("i32");
  const dy = f.localOf("i32");
  setup.push(m.local.set(dx, ax()), m.local.set(dy, ay()));
  // same shape: lengths that are both static decide now, the others at run time
  let sameShape: Ref | undefined;
  for (let k = 0; k < depth; k++) {
    const a = lx[k] ?? 0;
    const b = ly[k] ?? 0;
    if (typeof a === "number" && typeof b === "number") {
      if (a !== b) return m.block(null, [...setup, m.i32.const(negate ? 1 : 0)], binaryen.i32);
      continue;
    }
    const eq = m.i32.eq(lengthRef(f, a), lengthRef(f, b));
    sameShape = sameShape ? m.i32.and(sameShape, eq) : eq;
  }
  let count: Ref = m.i32.const(1);
  for (const len of lx) count = m.i32.mul(lengthRef(f, len), count);
  const element = elementAfter(f, tx, depth);
  const contents = elementsEqual(f.mg, f.get(dx, "i32"), f.get(dy, "i32"), count, element);
  const eq = sameShape ? m.if(sameShape, contents, m.i32.const(0)) : contents;
  return m.block(null, [...setup, negate ? m.i32.eqz(eq) : eq], binaryen.i32);
}

/**
 * `ARRAY OF ARRAY OF T{a, b, …}`: the elements are open arrays themselves, so the constructor is
 * built as the fixed array of their shape, which must be the same for all (report 2.6.8; a
 * difference is a checked run-time error). Their lengths must be known when compiling: elements
 * that are constructors, constants or fixed arrays. Undefined (after reporting) otherwise.
 */
function nestedOpenConstructor(
  f: FunctionGen,
  ctor: ast.ConstructorExpr,
  element: Type,
): Place | undefined {
  const m = f.m;
  const L = f.mg.layouts;
  const dims = openDims(f, element);
  const setup: Ref[] = [];
  const values: { place: Place; lengths: number[]; span: Span }[] = [];
  for (const el of ctor.elements) {
    // A constant first: named, it would be a designator of unknown length.
    const place =
      el.kind === "ElementValue"
        ? (constantArray(f, el.value) ?? arrayValue(f, el.value, setup))
        : undefined;
    const lengths = place ? placeLengths(f, place, dims) : [];
    if (!place || lengths.length < dims || !lengths.every((n) => typeof n === "number")) {
      f.mg.unsupported(
        "an open array constructor whose elements' lengths are not constant",
        el.span,
      );
      return undefined;
    }
    values.push({ place, lengths: lengths as number[], span: el.span });
  }
  const shape = values[0]?.lengths ?? Array.from({ length: dims }, () => 0);
  let row = elementAfter(f, element, dims);
  for (let k = dims - 1; k >= 0; k--) row = fixedArrayOf(row, shape[k] ?? 0);
  const fixed = fixedArrayOf(row, values.length);
  const offset = f.memAlloc(L.size(fixed), L.align(fixed), L.pointerOffsets(fixed));
  const rowSize = L.size(row);
  const stores = values.map((v, i) => {
    const differs = v.lengths.some((n, k) => n !== shape[k]);
    if (differs) return f.mg.fault(abi.FaultCode.shapeMismatch, v.span);
    const from = addressOf(v.place);
    return from ? store(f, row, f.memAddr(offset + i * rowSize), from()) : m.unreachable();
  });
  return {
    kind: "value",
    type: fixed,
    get: () =>
      m.block(null, [...setup.splice(0), ...stores.splice(0), f.memAddr(offset)], binaryen.i32),
  };
}
