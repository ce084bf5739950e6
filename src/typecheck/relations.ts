// Type equivalence, subtyping and assignability as the Modula-3 report defines them (2.2, 2.3.1).
import {
  BOOLEAN,
  INTEGER,
  MAX_INT,
  MIN_INT,
  type EnumType,
  type IntegerType,
  type ObjectType,
  type OpaqueType,
  type ProcedureType,
  type RaisesSet,
  type Type,
  typeName,
} from "./types.js";
import { sameValue, type ConstValue } from "./values.js";

/**
 * What the unit being checked knows of opaque types: which have a visible full revelation, and,
 * for the others, the most specific supertype a visible partial revelation (`REVEAL T <: P`)
 * gives them.
 */
export interface RevelationView {
  readonly visible: ReadonlySet<OpaqueType>;
  readonly partial: ReadonlyMap<OpaqueType, Type>;
}

export const NO_REVELATIONS: RevelationView = { visible: new Set(), partial: new Map() };

/**
 * The nearest supertype of an opaque type that this unit knows: its most specific visible partial
 * revelation, else the supertype its declaration names.
 */
export function knownSuper(t: OpaqueType, view: RevelationView): Type {
  return view.partial.get(t) ?? t.super;
}

/** Peels BITS n FOR and visible full revelations: the type as the current unit sees it. */
export function concrete(t: Type, view: RevelationView): Type {
  for (;;) {
    if (t.kind === "Packed") t = t.base;
    else if (t.kind === "Opaque" && t.revealed && view.visible.has(t)) t = t.revealed;
    else return t;
  }
}

// ---------------------------------------------------------------------------------------------
// Ordinals

export function isOrdinal(t: Type): boolean {
  const k = unpack(t).kind;
  return k === "Integer" || k === "Enum" || k === "Subrange" || k === "Error";
}

export function unpack(t: Type): Type {
  while (t.kind === "Packed") t = t.base;
  return t;
}

/** The base type of an ordinal: INTEGER for integer subranges, the enumeration for enum ones. */
export function ordinalBase(t: Type): IntegerType | EnumType | undefined {
  const u = unpack(t);
  switch (u.kind) {
    case "Integer":
    case "Enum":
      return u;
    case "Subrange":
      return u.base;
    default:
      return undefined;
  }
}

export interface Bounds {
  readonly low: bigint;
  readonly high: bigint;
}

const INTEGER_BOUNDS: Bounds = { low: MIN_INT, high: MAX_INT };
const enumBounds = new WeakMap<EnumType, Bounds>();

/** The range of an ordinal type; allocates nothing (it is asked on every assignment). */
export function ordinalBounds(t: Type): Bounds | undefined {
  const u = unpack(t);
  switch (u.kind) {
    case "Integer":
      return INTEGER_BOUNDS;
    case "Enum": {
      let b = enumBounds.get(u);
      if (!b) {
        b = { low: 0n, high: BigInt(u.count - 1) };
        enumBounds.set(u, b);
      }
      return b;
    }
    case "Subrange":
      // A subrange carries its own bounds.
      return u;
    default:
      return undefined;
  }
}

export function isBoolean(t: Type): boolean {
  const u = unpack(t);
  return u === BOOLEAN || (u.kind === "Subrange" && u.base === BOOLEAN) || u.kind === "Error";
}

export function isInteger(t: Type): boolean {
  return ordinalBase(t) === INTEGER || t.kind === "Error";
}

export function isFloat(t: Type): boolean {
  const u = unpack(t);
  return u.kind === "Float" || u.kind === "Error";
}

/** A traced or untraced reference (what NIL can be assigned to and NARROW can test). */
export function isReference(t: Type, view: RevelationView): boolean {
  const u = concrete(t, view);
  switch (u.kind) {
    case "Ref":
    case "Refany":
    case "Null":
    case "Address":
    case "Object":
    case "Root":
    case "Text":
    case "Opaque":
      return true;
    default:
      return false;
  }
}

/** Traced references and objects: the ones that carry a typecode (NARROW, ISTYPE, TYPECASE). */
export function isTracedReference(t: Type, view: RevelationView): boolean {
  const u = concrete(t, view);
  switch (u.kind) {
    case "Ref":
    case "Object":
    case "Root":
      return u.traced;
    case "Refany":
    case "Null":
    case "Text":
      return true;
    case "Opaque":
      return isTracedReference(knownSuper(u, view), view);
    default:
      return false;
  }
}

export function isObject(t: Type, view: RevelationView): boolean {
  const u = concrete(t, view);
  if (u.kind === "Object" || u.kind === "Root") return true;
  if (u.kind === "Opaque") return isObject(knownSuper(u, view), view);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Equivalence

/**
 * Pairs currently assumed equal while comparing recursive types (coinduction). Created on the
 * first REF, RECORD, OBJECT or PROCEDURE pair, so most comparisons allocate nothing.
 */
type Assumptions = Map<Type, Set<Type>>;

export function sameType(a: Type, b: Type, view: RevelationView = NO_REVELATIONS): boolean {
  return a === b || same(a, b, view, undefined);
}

/** Records that a = b is assumed; undefined when it already was (so the pair compares equal). */
function assume(assumed: Assumptions | undefined, a: Type, b: Type): Assumptions | undefined {
  const map = assumed ?? new Map<Type, Set<Type>>();
  let set = map.get(a);
  if (set?.has(b)) return undefined;
  if (!set) {
    set = new Set();
    map.set(a, set);
  }
  set.add(b);
  return map;
}

function same(a: Type, b: Type, view: RevelationView, assumed: Assumptions | undefined): boolean {
  if (a === b) return true;
  if (a.kind === "Error" || b.kind === "Error") return true;
  if (a.kind === "Opaque" && a.revealed && view.visible.has(a))
    return same(a.revealed, b, view, assumed);
  if (b.kind === "Opaque" && b.revealed && view.visible.has(b))
    return same(a, b.revealed, view, assumed);
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "Integer":
    case "Refany":
    case "Null":
    case "Address":
    case "Text":
      return true;
    case "Root":
      return a.traced === (b as typeof a).traced;
    case "Enum": {
      const e = b as typeof a;
      if (a.builtin || e.builtin) return a.builtin === e.builtin;
      return a.count === e.count && a.names.every((n, i) => n === e.names[i]);
    }
    case "Subrange": {
      const s = b as typeof a;
      return a.low === s.low && a.high === s.high && same(a.base, s.base, view, assumed);
    }
    case "Float":
      return a.precision === (b as typeof a).precision;
    case "Opaque":
      return false;
    case "Packed": {
      const p = b as typeof a;
      return a.bits === p.bits && same(a.base, p.base, view, assumed);
    }
    case "Array": {
      const r = b as typeof a;
      return same(a.index, r.index, view, assumed) && same(a.element, r.element, view, assumed);
    }
    case "OpenArray":
    case "Set":
      return same(a.element, (b as typeof a).element, view, assumed);
    case "Record": {
      const r = b as typeof a;
      if (a.fields.length !== r.fields.length) return false;
      const inner = assume(assumed, a, b);
      if (!inner) return true;
      for (let i = 0; i < a.fields.length; i++) {
        const f = a.fields[i]!;
        const g = r.fields[i]!;
        if (f.name !== g.name || !same(f.type, g.type, view, inner)) return false;
        if (!sameDefault(f.defaultValue, g.defaultValue)) return false;
      }
      return true;
    }
    case "Ref": {
      const r = b as typeof a;
      if (a.traced !== r.traced || a.brand !== r.brand) return false;
      if (a.target === r.target) return true;
      const inner = assume(assumed, a, b);
      return !inner || same(a.target, r.target, view, inner);
    }
    case "Object": {
      const o = b as typeof a;
      if (a.traced !== o.traced || a.brand !== o.brand) return false;
      const inner = assume(assumed, a, b);
      return !inner || sameObject(a, o, view, inner);
    }
    case "Procedure": {
      const p = b as typeof a;
      const inner = assume(assumed, a, b);
      return !inner || (sameSignature(a, p, view, inner, true) && sameQualifiers(a, p));
    }
    default: {
      const unreachable: never = a;
      return unreachable;
    }
  }
}

function sameDefault(a: ConstValue | undefined, b: ConstValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return sameValue(a, b);
}

function sameObject(
  a: ObjectType,
  b: ObjectType,
  view: RevelationView,
  assumed: Assumptions | undefined,
): boolean {
  if (!same(a.super, b.super, view, assumed)) return false;
  if (a.fields.length !== b.fields.length || a.methods.length !== b.methods.length) return false;
  if (a.overrides.length !== b.overrides.length) return false;
  for (let i = 0; i < a.fields.length; i++) {
    const f = a.fields[i]!;
    const g = b.fields[i]!;
    if (f.name !== g.name || !same(f.type, g.type, view, assumed)) return false;
    if (!sameDefault(f.defaultValue, g.defaultValue)) return false;
  }
  for (let i = 0; i < a.methods.length; i++) {
    const m = a.methods[i]!;
    const n = b.methods[i]!;
    if (m.name !== n.name || !same(m.signature, n.signature, view, assumed)) return false;
    if (!sameDefault(m.defaultValue, n.defaultValue)) return false;
  }
  for (let i = 0; i < a.overrides.length; i++) {
    const m = a.overrides[i]!;
    const n = b.overrides[i]!;
    if (m.name !== n.name || !sameDefault(m.value, n.value)) return false;
  }
  return true;
}

/**
 * Signatures: with `exact`, names, defaults and raises sets must agree (type identity); without,
 * only modes, types and results (the "same except for parameter names and defaults" of 2.2.10).
 */
function sameSignature(
  a: ProcedureType,
  b: ProcedureType,
  view: RevelationView,
  assumed: Assumptions | undefined,
  exact: boolean,
): boolean {
  if (a.formals.length !== b.formals.length) return false;
  for (let i = 0; i < a.formals.length; i++) {
    const f = a.formals[i]!;
    const g = b.formals[i]!;
    if (f.mode !== g.mode || !same(f.type, g.type, view, assumed)) return false;
    if (exact && (f.name !== g.name || !sameDefault(f.defaultValue, g.defaultValue))) return false;
  }
  if ((a.result === undefined) !== (b.result === undefined)) return false;
  if (a.result && b.result && !same(a.result, b.result, view, assumed)) return false;
  if (exact) return raisesWithin(a.raises, b.raises) && raisesWithin(b.raises, a.raises);
  return true;
}

function sameQualifiers(a: ProcedureType, b: ProcedureType): boolean {
  return (
    a.qualifiers.length === b.qualifiers.length &&
    a.qualifiers.every((q) => b.qualifiers.includes(q))
  );
}

/**
 * Report 2.5.3 and 2.2.8: an interface's signature `outer` covers a module's `inner` when both
 * take as many parameters, of the same modes and types, give the same result, and `outer` may
 * raise every exception `inner` may. Names and defaults do not count (the module's apply within
 * the module, the interface's everywhere else). What differs first, in words, or undefined.
 */
export function coverageGap(
  outer: ProcedureType,
  inner: ProcedureType,
  view: RevelationView,
): string | undefined {
  if (outer.formals.length !== inner.formals.length)
    return `it takes ${inner.formals.length} parameter(s), the interface's ${outer.formals.length}`;
  for (let i = 0; i < outer.formals.length; i++) {
    const f = inner.formals[i]!;
    const g = outer.formals[i]!;
    if (f.mode !== g.mode)
      return `parameter ${i + 1} ('${f.name}') is ${f.mode} here, ${g.mode} in the interface`;
    if (!sameType(f.type, g.type, view))
      return `parameter ${i + 1} ('${f.name}') has type ${typeName(f.type)} here, ${typeName(g.type)} in the interface`;
  }
  if ((outer.result === undefined) !== (inner.result === undefined))
    return inner.result === undefined
      ? "it returns no result, and the interface's returns one"
      : "it returns a result, and the interface's returns none";
  if (outer.result && inner.result && !sameType(outer.result, inner.result, view))
    return `it returns ${typeName(inner.result)}, the interface's ${typeName(outer.result)}`;
  if (!raisesWithin(inner.raises, outer.raises)) {
    const extra =
      inner.raises.kind === "Any"
        ? "any exception"
        : inner.raises.exceptions
            .filter((e) => !raisesWithin({ kind: "List", exceptions: [e] }, outer.raises))
            .map((e) => e.qualifiedName)
            .join(", ");
    return `it may raise ${extra}, which the interface's RAISES does not list`;
  }
  return undefined;
}

/** Every exception of `inner` is in `outer`. */
export function raisesWithin(inner: RaisesSet, outer: RaisesSet): boolean {
  if (outer.kind === "Any") return true;
  if (inner.kind === "Any") return false;
  return inner.exceptions.every((e) => outer.exceptions.some((o) => o.id === e.id));
}

// ---------------------------------------------------------------------------------------------
// Subtyping

export function isSubtype(a: Type, b: Type, view: RevelationView = NO_REVELATIONS): boolean {
  if (a === b || a.kind === "Error" || b.kind === "Error") return true;
  if (sameType(a, b, view)) return true;
  if (a.kind === "Packed") return isSubtype(a.base, b, view);
  if (b.kind === "Packed") return isSubtype(a, b.base, view);
  switch (b.kind) {
    case "Integer":
    case "Enum":
      return a.kind === "Subrange" && sameType(a.base, b, view);
    case "Subrange":
      return (
        a.kind === "Subrange" &&
        sameType(a.base, b.base, view) &&
        (a.low > a.high || (a.low >= b.low && a.high <= b.high))
      );
    case "OpenArray":
      return (
        (a.kind === "Array" || a.kind === "OpenArray") &&
        arrayElementsFit(a.element, b.element, view)
      );
    case "Array":
      return (
        a.kind === "Array" &&
        sameLength(a.index, b.index) &&
        arrayElementsFit(a.element, b.element, view)
      );
    case "Refany":
      return isTracedReference(a, view);
    case "Address":
      return a.kind === "Null" || (isReference(a, view) && !isTracedReference(a, view));
    case "Procedure":
      if (a.kind === "Null") return true;
      return a.kind === "Procedure" && procedureSubtype(a, b, view);
    case "Ref":
    case "Text":
      return a.kind === "Null";
    case "Root":
    case "Object":
    case "Opaque":
      return a.kind === "Null" || superChainReaches(a, b, view);
    default:
      return false;
  }
}

/** Array subtyping compares element types exactly, except that nested arrays may open up. */
function arrayElementsFit(a: Type, b: Type, view: RevelationView): boolean {
  if (b.kind === "OpenArray" || b.kind === "Array")
    return isSubtype(a, b, view) && (a.kind === "Array" || a.kind === "OpenArray");
  return sameType(a, b, view);
}

function sameLength(a: Type, b: Type): boolean {
  const x = ordinalBounds(a);
  const y = ordinalBounds(b);
  return x !== undefined && y !== undefined && x.high - x.low === y.high - y.low;
}

function superChainReaches(a: Type, b: Type, view: RevelationView): boolean {
  let t: Type | undefined = a;
  for (let guard = 0; t && guard < 1000; guard++) {
    if (sameType(t, b, view)) return true;
    switch (t.kind) {
      case "Object":
        t = t.super;
        break;
      case "Opaque":
        t = t.revealed && view.visible.has(t) ? t.revealed : knownSuper(t, view);
        break;
      default:
        t = undefined;
    }
  }
  return false;
}

function procedureSubtype(a: ProcedureType, b: ProcedureType, view: RevelationView): boolean {
  if (!sameSignature(a, b, view, undefined, false)) return false;
  if (!raisesWithin(a.raises, b.raises)) return false;
  // A FUNCTIONAL procedure can stand wherever any procedure can; not the other way round.
  return b.qualifiers.every(
    (q) => a.qualifiers.includes(q) || (q === "EPHEMERAL" && a.qualifiers.includes("FUNCTIONAL")),
  );
}

// ---------------------------------------------------------------------------------------------
// Assignability

/** What assigning a value of one type to a variable of another requires at run time. */
export type Assignability =
  | { readonly kind: "No" }
  | { readonly kind: "Yes" }
  /** Ordinal value that must lie in [low..high]. */
  | { readonly kind: "Range"; readonly low: bigint; readonly high: bigint }
  /** Reference whose allocated type must be a subtype of the target (implicit NARROW). */
  | { readonly kind: "Narrow" }
  /** Array whose shape must match the target's (open arrays involved). */
  | { readonly kind: "Shape" };

const YES: Assignability = { kind: "Yes" };
const NO: Assignability = { kind: "No" };
const NARROW: Assignability = { kind: "Narrow" };
const SHAPE: Assignability = { kind: "Shape" };

/** Report 2.3.1: when is a value of type `from` assignable to a variable of type `to`. */
export function assignability(
  from: Type,
  to: Type,
  view: RevelationView = NO_REVELATIONS,
): Assignability {
  if (from.kind === "Error" || to.kind === "Error") return YES;
  const f = unpack(from);
  const t = unpack(to);
  if (isOrdinal(f) && isOrdinal(t)) {
    const fb = ordinalBase(f);
    const tb = ordinalBase(t);
    if (!fb || !tb || !sameType(fb, tb, view)) return NO;
    const fr = ordinalBounds(f);
    const tr = ordinalBounds(t);
    if (!fr || !tr) return YES;
    if (fr.low >= tr.low && fr.high <= tr.high) return YES;
    if (fr.high < tr.low || fr.low > tr.high) return NO;
    return { kind: "Range", low: tr.low, high: tr.high };
  }
  if (isSubtype(f, t, view)) {
    if (t.kind === "OpenArray" || f.kind === "OpenArray") {
      return f.kind === "OpenArray" && t.kind !== "OpenArray" ? SHAPE : YES;
    }
    return YES;
  }
  if (isReference(f, view) && concrete(f, view).kind !== "Address" && isSubtype(t, f, view)) {
    return NARROW;
  }
  if (
    (f.kind === "Array" || f.kind === "OpenArray") &&
    (t.kind === "Array" || t.kind === "OpenArray")
  ) {
    if (shapesCompatible(f, t, view)) return SHAPE;
  }
  return NO;
}

/** Same element type and, where both dimensions are fixed, the same lengths. */
function shapesCompatible(a: Type, b: Type, view: RevelationView): boolean {
  const aArr = a.kind === "Array" || a.kind === "OpenArray";
  const bArr = b.kind === "Array" || b.kind === "OpenArray";
  if (!aArr || !bArr) return !aArr && !bArr && sameType(a, b, view);
  if (a.kind === "Array" && b.kind === "Array" && !sameLength(a.index, b.index)) return false;
  return shapesCompatible(a.element, b.element, view);
}

/** Number of elements of a fixed array's index type. */
export function indexCount(t: Type): bigint | undefined {
  const b = ordinalBounds(t);
  return b ? (b.high < b.low ? 0n : b.high - b.low + 1n) : undefined;
}

export function objectOf(t: Type, view: RevelationView): ObjectType | undefined {
  const u = concrete(t, view);
  return u.kind === "Object" ? u : undefined;
}
