// Expressions and designators: constants, variables (local, up-level, global), field selection,
// dereference, subscripts with their checks, unary and binary operators, constructors.
import binaryen from "binaryen";
import { k64 } from "./layout.js";
import * as abi from "./abi.js";
import type { FunctionGen, Place } from "./frames.js";
import { wasmType, type Repr } from "./layout.js";
import { genCall, callMayAllocate, openPlace } from "./calls.js";
import { fieldAddress, methodOfType } from "./objects.js";
import { narrowTest } from "./type-tests.js";
import { memoryEqual } from "./equality.js";
import { arrayEqual, fixedTypeOf, lengthsOf, openAsFixed } from "./shapes.js";
import type * as ast from "../lang/ast.js";
import type {
  ConstantSymbol,
  ConstValue,
  FormalSymbol,
  Symbol,
  Type,
  VariableSymbol,
} from "../typecheck/index.js";
import { callOf, checksOf, constantOf, symbolOf, typeOf } from "../typecheck/index.js";

type Ref = binaryen.ExpressionRef;
const INTEGER_TYPE: Type = { kind: "Integer" };

export function exprType(f: FunctionGen, e: ast.Expr): Type {
  const known = typeOf(f.mg.program, e);
  if (known) return known;
  // the checker types the head of a selection through its symbol only
  if (e.kind === "Name" || e.kind === "Select") {
    const sym = symbolOf(f.mg.program, e);
    if (
      sym &&
      (sym.kind === "Variable" ||
        sym.kind === "Formal" ||
        sym.kind === "Constant" ||
        sym.kind === "Field" ||
        sym.kind === "EnumValue")
    )
      return sym.type;
    if (sym && sym.kind === "Procedure") return sym.signature;
  }
  if (e.kind === "Paren") return exprType(f, e.inner);
  const L = f.mg.layouts;
  if (e.kind === "Call") {
    const info = callOf(f.mg.program, e);
    const target = info?.target;
    if (target?.kind === "Builtin" && target.typeArgument) return target.typeArgument;
    if (target?.kind === "Builtin" && target.builtin === "NARROW") {
      const arg = e.args[1]?.value;
      if (arg) return typeOf(f.mg.program, arg) ?? INTEGER_TYPE;
    }
    const result =
      info?.signature?.result ??
      (target?.kind === "Procedure"
        ? target.procedure.signature.result
        : target?.kind === "Method"
          ? target.method.signature.result
          : undefined);
    if (result) return result;
  }
  if (e.kind === "Index") {
    let t = exprType(f, e.array);
    for (let k = 0; k < e.indexes.length; k++) {
      let u = L.concrete(t);
      if (u.kind === "Ref") u = L.concrete(u.target);
      t = u.kind === "Array" || u.kind === "OpenArray" ? u.element : t;
    }
    return t;
  }
  if (e.kind === "Deref") {
    const u = L.concrete(exprType(f, e.operand));
    return u.kind === "Ref" ? u.target : INTEGER_TYPE;
  }
  if (e.kind === "Select") {
    let u = L.concrete(exprType(f, e.object));
    if (u.kind === "Ref") u = L.concrete(u.target);
    if (u.kind === "Record")
      return u.fields.find((x) => x.name === e.field.name)?.type ?? INTEGER_TYPE;
    if (u.kind === "Object" || u.kind === "Opaque") {
      const fields = L.objectLayout(u);
      const i = fields.names.lastIndexOf(e.field.name);
      return fields.types[i] ?? INTEGER_TYPE;
    }
  }
  return INTEGER_TYPE;
}

export function reprOf(f: FunctionGen, t: Type): Repr {
  return f.mg.layouts.reprOf(t);
}

export function isTraced(f: FunctionGen, t: Type): boolean {
  return f.mg.layouts.isTracedRef(t);
}

// ---------------------------------------------------------------------------------------------
// Loads and stores

export function load(f: FunctionGen, t: Type, addr: Ref): Ref {
  const m = f.m;
  const L = f.mg.layouts;
  const repr = L.reprOf(t);
  const size = L.size(t);
  switch (repr) {
    case "i64": {
      const signed = L.isSigned(t);
      if (size >= 8) return m.i64.load(0, 8, addr);
      if (size === 4) return signed ? m.i64.load32_s(0, 4, addr) : m.i64.load32_u(0, 4, addr);
      if (size === 2) return signed ? m.i64.load16_s(0, 2, addr) : m.i64.load16_u(0, 2, addr);
      return signed ? m.i64.load8_s(0, 1, addr) : m.i64.load8_u(0, 1, addr);
    }
    case "i32":
      if (size >= 4) return m.i32.load(0, 4, addr);
      if (size === 2) return m.i32.load16_u(0, 2, addr);
      return m.i32.load8_u(0, 1, addr);
    case "f32":
      return m.f32.load(0, 4, addr);
    case "f64":
      return m.f64.load(0, 8, addr);
    case "agg":
    case "open":
      return addr;
    case "none":
      return m.nop();
    default: {
      const unreachable: never = repr;
      return unreachable;
    }
  }
}

export function store(f: FunctionGen, t: Type, addr: Ref, value: Ref): Ref {
  const m = f.m;
  const L = f.mg.layouts;
  const repr = L.reprOf(t);
  const size = L.size(t);
  switch (repr) {
    case "i64":
      if (size >= 8) return m.i64.store(0, 8, addr, value);
      if (size === 4) return m.i64.store32(0, 4, addr, value);
      if (size === 2) return m.i64.store16(0, 2, addr, value);
      return m.i64.store8(0, 1, addr, value);
    case "i32":
      if (size >= 4) return m.i32.store(0, 4, addr, value);
      if (size === 2) return m.i32.store16(0, 2, addr, value);
      return m.i32.store8(0, 1, addr, value);
    case "f32":
      return m.f32.store(0, 4, addr, value);
    case "f64":
      return m.f64.store(0, 8, addr, value);
    case "agg":
      return m.memory.copy(addr, value, m.i32.const(size), "0", "0");
    case "open":
      // An open array value is its data address only: storing it would copy nothing. Every
      // path that moves one copies its elements (shapes.ts); one that does not must not compile.
      f.mg.unsupported("storing an open array value as a whole");
      return m.unreachable();
    case "none":
      return m.nop();
    default: {
      const unreachable: never = repr;
      return unreachable;
    }
  }
}

export function read(f: FunctionGen, p: Place): Ref {
  switch (p.kind) {
    case "local":
      return f.get(p.index, reprOf(f, p.type));
    case "mem":
      return load(f, p.type, p.addr());
    case "value":
      return p.get();
    case "open":
      return p.data();
    default: {
      const unreachable: never = p;
      return unreachable;
    }
  }
}

export function write(f: FunctionGen, p: Place, value: Ref): Ref {
  const m = f.m;
  switch (p.kind) {
    case "local":
      if (p.slot === undefined) return m.local.set(p.index, value);
      return m.block(null, [
        m.local.set(p.index, value),
        f.slotStore(p.slot, f.get(p.index, "i32")),
      ]);
    case "mem":
      return store(f, p.type, p.addr(), value);
    case "value":
      if (reprOf(f, p.type) === "agg") return store(f, p.type, p.get(), value);
      return m.drop(value);
    case "open":
      return m.nop();
    default: {
      const unreachable: never = p;
      return unreachable;
    }
  }
}

/** Address of a designator in memory, or undefined when it lives in a Wasm local. */
export function addressOf(p: Place): (() => Ref) | undefined {
  switch (p.kind) {
    case "mem":
      return p.addr;
    case "value":
      return p.get;
    case "open":
      return p.data;
    case "local":
      return undefined;
    default: {
      const unreachable: never = p;
      return unreachable;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Allocation analysis: which subexpressions may reach the collector

export function mayAllocate(f: FunctionGen, e: ast.Expr): boolean {
  switch (e.kind) {
    case "Call":
      return callMayAllocate(f, e) || e.args.some((a) => mayAllocate(f, a.value));
    case "Binary":
      if (e.op === "&" && constantOf(f.mg.program, e) === undefined) return true;
      return mayAllocate(f, e.left) || mayAllocate(f, e.right);
    case "Unary":
      return mayAllocate(f, e.operand);
    case "Paren":
      return mayAllocate(f, e.inner);
    case "Select":
      return mayAllocate(f, e.object);
    case "Deref":
      return mayAllocate(f, e.operand);
    case "Index":
      return mayAllocate(f, e.array) || e.indexes.some((i) => mayAllocate(f, i));
    case "Constructor":
      return e.elements.some((el) =>
        el.kind === "ElementRange"
          ? mayAllocate(f, el.low) || mayAllocate(f, el.high)
          : mayAllocate(f, el.value),
      );
    case "Name":
    case "IntLiteral":
    case "RealLiteral":
    case "CharLiteral":
    case "TextLiteral":
    case "TypeExpr":
      return false;
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}

/**
 * Evaluates operands left to right; a traced reference computed before a later operand that may
 * allocate is kept in a rooted temporary so a collection in between cannot free it.
 */
export function operands(
  f: FunctionGen,
  items: readonly {
    readonly expr: ast.Expr;
    readonly gen: () => Ref;
    readonly repr: Repr;
    readonly traced: boolean;
  }[],
): { setup: Ref[]; values: Ref[] } {
  const setup: Ref[] = [];
  const values: Ref[] = [];
  items.forEach((item, i) => {
    const later = items.slice(i + 1).some((x) => mayAllocate(f, x.expr));
    const value = item.gen();
    if (later && (item.traced || item.repr !== "none")) {
      if (isSimple(f, item.expr)) {
        values.push(value);
        return;
      }
      const t = f.temp(value, item.repr === "none" ? "i32" : item.repr, item.traced);
      setup.push(t.set);
      values.push(t.get());
    } else {
      values.push(value);
    }
  });
  // Values computed after setup must not be evaluated before it; once an operand was spilled,
  // everything before it is also spilled, so order is preserved.
  return { setup, values };
}

/** Expressions whose evaluation has no effect and whose value cannot change under a call. */
function isSimple(f: FunctionGen, e: ast.Expr): boolean {
  if (constantOf(f.mg.program, e) !== undefined) return true;
  if (
    e.kind === "TextLiteral" ||
    e.kind === "IntLiteral" ||
    e.kind === "CharLiteral" ||
    e.kind === "RealLiteral"
  )
    return true;
  if (e.kind === "Paren") return isSimple(f, e.inner);
  return false;
}

// ---------------------------------------------------------------------------------------------
// Constants

export function constant(f: FunctionGen, v: ConstValue, t: Type): Ref {
  const m = f.m;
  const repr = reprOf(f, t);
  switch (v.kind) {
    case "Int":
      return repr === "i32"
        ? m.i32.const(Number(BigInt.asIntN(32, v.value)))
        : i64const(f, v.value);
    case "Bool":
      return repr === "i64" ? i64const(f, v.value ? 1n : 0n) : m.i32.const(v.value ? 1 : 0);
    case "Char":
      return repr === "i64" ? i64const(f, BigInt(v.value)) : m.i32.const(v.value);
    case "Enum":
      return repr === "i64" ? i64const(f, BigInt(v.ordinal)) : m.i32.const(v.ordinal);
    case "Float":
      if (repr === "f32") return m.f32.const(v.value);
      return m.f64.const(v.value);
    case "Text":
      return f.mg.staticAddress(f.mg.textLiteral(v.value));
    case "Nil":
      return m.i32.const(0);
    case "Procedure":
      return procedureValue(f, v.procedure);
    case "Set": {
      if (repr === "i64") return i64const(f, setBits(f, v.members, t));
      return f.mg.staticAddress(f.mg.data.put(constantBytes(f, v, t), 8));
    }
    case "Array":
    case "Record":
      if (holdsReferences(v)) return materialize(f, v, t);
      return f.mg.staticAddress(f.mg.data.put(constantBytes(f, v, t), 8));
    default: {
      const unreachable: never = v;
      return unreachable;
    }
  }
}

function holdsReferences(v: ConstValue): boolean {
  if (v.kind === "Text" || v.kind === "Procedure") return true;
  if (v.kind === "Array") return v.elements.some(holdsReferences);
  if (v.kind === "Record") return v.fields.some(holdsReferences);
  return false;
}

/** An aggregate constant with TEXT or procedure members, built in the frame at run time. */
function materialize(f: FunctionGen, v: ConstValue, t: Type): Ref {
  const m = f.m;
  const L = f.mg.layouts;
  const offset = f.memAlloc(L.size(t), L.align(t), L.pointerOffsets(t));
  const stores: Ref[] = [];
  const put = (value: ConstValue, type: Type, at: number): void => {
    const u = L.concrete(type);
    if (value.kind === "Array" && u.kind === "Array") {
      const es = L.size(u.element);
      value.elements.forEach((el, i) => put(el, u.element, at + i * es));
    } else if (value.kind === "Record" && u.kind === "Record") {
      const layout = L.recordLayout(u);
      value.fields.forEach((fv, i) => {
        const ft = u.fields[i];
        if (ft) put(fv, ft.type, at + (layout.fields[i]?.offset ?? 0));
      });
    } else {
      stores.push(store(f, type, f.memAddr(at), constant(f, value, type)));
    }
  };
  put(v, t, offset);
  return m.block(null, [...stores, f.memAddr(offset)], binaryen.i32);
}

export function i64const(f: FunctionGen, value: bigint): Ref {
  return k64(f.m, value);
}

function setElementLow(f: FunctionGen, t: Type): bigint {
  const u = f.mg.layouts.concrete(t);
  if (u.kind !== "Set") return 0n;
  return f.mg.layouts.bounds(u.element)?.low ?? 0n;
}

function setBits(f: FunctionGen, members: readonly bigint[], t: Type): bigint {
  const low = setElementLow(f, t);
  let bits = 0n;
  for (const x of members) bits |= 1n << (x - low);
  return BigInt.asUintN(64, bits);
}

/** Static image of an aggregate constant (no references but NIL allowed). */
export function constantBytes(f: FunctionGen, v: ConstValue, t: Type): Uint8Array {
  const L = f.mg.layouts;
  const bytes = new Uint8Array(Math.max(1, L.size(t)));
  const view = new DataView(bytes.buffer);
  const put = (value: ConstValue, type: Type, at: number): void => {
    const u = L.concrete(type);
    const size = L.size(type);
    switch (value.kind) {
      case "Int":
      case "Bool":
      case "Char":
      case "Enum": {
        const n =
          value.kind === "Int"
            ? value.value
            : value.kind === "Bool"
              ? value.value
                ? 1n
                : 0n
              : value.kind === "Char"
                ? BigInt(value.value)
                : BigInt(value.ordinal);
        const w = BigInt.asUintN(64, n);
        for (let i = 0; i < size && i < 8; i++)
          view.setUint8(at + i, Number((w >> BigInt(8 * i)) & 0xffn));
        return;
      }
      case "Float":
        if (size === 4) view.setFloat32(at, value.value, true);
        else view.setFloat64(at, value.value, true);
        return;
      case "Set": {
        const low = u.kind === "Set" ? (L.bounds(u.element)?.low ?? 0n) : 0n;
        for (const x of value.members) {
          const bit = Number(x - low);
          const byte = at + (bit >> 3);
          view.setUint8(byte, view.getUint8(byte) | (1 << (bit & 7)));
        }
        return;
      }
      case "Array": {
        if (u.kind !== "Array") return;
        const es = L.size(u.element);
        value.elements.forEach((el, i) => put(el, u.element, at + i * es));
        return;
      }
      case "Record": {
        if (u.kind !== "Record") return;
        const layout = L.recordLayout(u);
        value.fields.forEach((fv, i) => {
          const fl = layout.fields[i];
          const ft = u.fields[i];
          if (fl && ft) put(fv, ft.type, at + fl.offset);
        });
        return;
      }
      case "Nil":
        return;
      case "Text":
      case "Procedure":
        f.mg.unsupported("TEXT or procedure constants inside structured constants");
        return;
      default: {
        const unreachable: never = value;
        return unreachable;
      }
    }
  };
  put(v, t, 0);
  return bytes;
}

export function procedureValue(
  f: FunctionGen,
  procedure: import("../typecheck/index.js").ProcedureSymbol,
): Ref {
  if (procedure.parent) return closureValue(f, procedure);
  const target = f.mg.procedureFunction(procedure);
  return f.mg.procedureValue(target);
}

/**
 * A nested procedure as a value (only ever an actual parameter, so it cannot outlive f's frame):
 * a record {table index of its closure entry, static link} in f's frame, tagged with CLOSURE_TAG.
 */
function closureValue(
  f: FunctionGen,
  procedure: import("../typecheck/index.js").ProcedureSymbol,
): Ref {
  const m = f.m;
  const mg = f.mg;
  const parent = procedure.parent;
  if (!parent) return m.unreachable();
  const record = mg.closureRecord(f, procedure);
  const entry = mg.closureEntry(procedure);
  return m.block(
    null,
    [
      m.i32.store(0, 4, f.memAddr(record), m.i32.sub(mg.procedureValue(entry), m.i32.const(1))),
      m.i32.store(4, 4, f.memAddr(record), mg.staticLinkFor(f, parent)),
      m.i32.or(f.memAddr(record), m.i32.const(abi.CLOSURE_TAG)),
    ],
    binaryen.i32,
  );
}

// ---------------------------------------------------------------------------------------------
// Expressions

/** The value of e (aggregates: their address), with the value checks the checker recorded on e. */
export function expr(f: FunctionGen, e: ast.Expr): Ref {
  const asFixed = openAsFixed(f, e, e);
  if (asFixed !== undefined) return asFixed;
  const t = exprType(f, e);
  let value = rawExpr(f, e, t);
  for (const check of checksOf(f.mg.program, e)) {
    switch (check.kind) {
      case "Range":
        value = rangeChecked(f, value, reprOf(f, t), check.low, check.high, e.span);
        break;
      case "Narrow":
        value = narrowChecked(f, value, check.target, e.span);
        break;
      default:
        break;
    }
  }
  return value;
}

export function rangeChecked(
  f: FunctionGen,
  value: Ref,
  repr: Repr,
  low: bigint,
  high: bigint,
  span: ast.Expr["span"],
): Ref {
  const m = f.m;
  const t = f.localOf(repr);
  const get = (): Ref => f.get(t, repr);
  let outside: Ref;
  if (repr === "i64") {
    outside = m.i64.gt_u(m.i64.sub(get(), i64const(f, low)), i64const(f, high - low));
  } else {
    outside = m.i32.gt_u(
      m.i32.sub(get(), m.i32.const(Number(BigInt.asIntN(32, low)))),
      m.i32.const(Number(BigInt.asIntN(32, high - low))),
    );
  }
  return m.block(
    null,
    [m.local.set(t, value), m.if(outside, f.mg.fault(abi.FaultCode.valueOutOfRange, span)), get()],
    wasmType(repr),
  );
}

function narrowChecked(f: FunctionGen, value: Ref, target: Type, span: ast.Expr["span"]): Ref {
  const m = f.m;
  const t = f.localOf("i32");
  const get = (): Ref => m.local.get(t, binaryen.i32);
  return m.block(
    null,
    [
      m.local.set(t, value),
      m.if(
        m.i32.eqz(narrowTest(f, get, target, true)),
        f.mg.fault(abi.FaultCode.narrowFailed, span),
      ),
      get(),
    ],
    binaryen.i32,
  );
}

function rawExpr(f: FunctionGen, e: ast.Expr, t: Type): Ref {
  const m = f.m;
  const folded = constantOf(f.mg.program, e);
  if (folded !== undefined && folded.kind !== "Procedure") return constant(f, folded, t);
  switch (e.kind) {
    case "IntLiteral":
      return constant(f, { kind: "Int", value: e.value }, t);
    case "RealLiteral":
      return e.precision === "REAL" ? m.f32.const(e.value) : m.f64.const(e.value);
    case "CharLiteral":
      return m.i32.const(e.value);
    case "TextLiteral":
      return f.mg.staticAddress(f.mg.textLiteral(e.value));
    case "Paren":
      return expr(f, e.inner);
    case "Name":
    case "Select":
    case "Deref":
    case "Index": {
      const sym = e.kind === "Name" || e.kind === "Select" ? symbolOf(f.mg.program, e) : undefined;
      if (sym && sym.kind === "Procedure") return procedureValue(f, sym);
      if (sym && sym.kind === "Constant") return constant(f, sym.value, t);
      if (sym && sym.kind === "EnumValue")
        return constant(f, { kind: "Enum", ordinal: sym.ordinal }, t);
      // `T.m`, a method of an object type: its binding, from T's method suite when not constant
      if (sym && sym.kind === "Method") {
        if (folded?.kind === "Procedure") return constant(f, folded, t);
        return methodOfType(f.mg, sym.of, sym.index);
      }
      const pre: Ref[] = [];
      const reported = f.mg.diagnostics.length;
      const p = place(f, e, pre);
      if (!p) {
        // Never a silent trap: whatever could not be placed is reported.
        if (f.mg.diagnostics.length === reported) f.mg.unsupported("this designator", e.span);
        return m.unreachable();
      }
      const repr = reprOf(f, p.type);
      return withPre(f, pre, read(f, p), wasmType(repr === "none" ? "i32" : repr));
    }
    case "Call":
      return genCall(f, e, t);
    case "Unary":
      return unary(f, e, t);
    case "Binary":
      return binary(f, e, t);
    case "Constructor":
      return constructor(f, e, t);
    case "TypeExpr":
      f.mg.unsupported("a type as a value", e.span);
      return m.unreachable();
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}

function unary(f: FunctionGen, e: ast.UnaryExpr, t: Type): Ref {
  const m = f.m;
  const v = expr(f, e.operand);
  const repr = reprOf(f, t);
  switch (e.op) {
    case "NOT":
      return m.i32.eqz(v);
    case "+":
      return v;
    case "-":
      if (repr === "f32") return m.f32.neg(v);
      if (repr === "f64") return m.f64.neg(v);
      if (repr === "i32") return m.i32.sub(m.i32.const(0), v);
      return m.i64.sub(k64(m, 0n), v);
    default: {
      const unreachable: never = e.op;
      return unreachable;
    }
  }
}

function binary(f: FunctionGen, e: ast.BinaryExpr, t: Type): Ref {
  const m = f.m;
  const L = f.mg.layouts;
  if (e.op === "AND") return m.if(expr(f, e.left), expr(f, e.right), m.i32.const(0));
  if (e.op === "OR") return m.if(expr(f, e.left), m.i32.const(1), expr(f, e.right));
  const lt = exprType(f, e.left);
  const rt = exprType(f, e.right);
  const lrepr = reprOf(f, lt);
  const rrepr = reprOf(f, rt);
  // an open array's value is its data address alone: comparing needs its lengths too
  if ((e.op === "=" || e.op === "#") && (lrepr === "open" || rrepr === "open"))
    return arrayEqual(f, e.left, e.right, e.op === "#", e.span);
  const ops = operands(f, [
    { expr: e.left, gen: () => expr(f, e.left), repr: lrepr, traced: isTraced(f, lt) },
    { expr: e.right, gen: () => expr(f, e.right), repr: rrepr, traced: isTraced(f, rt) },
  ]);
  const [a, b] = ops.values as [Ref, Ref];
  const wrap = (r: Ref, type: binaryen.Type): Ref =>
    ops.setup.length ? m.block(null, [...ops.setup, r], type) : r;
  // the checker does not type every parenthesised operand: derive the result from the operator
  const comparison = ["=", "#", "<", "<=", ">", ">=", "IN"].includes(e.op);
  const result = comparison
    ? binaryen.i32
    : wasmType(lrepr === "agg" || lrepr === "open" || lrepr === "none" ? reprOf(f, t) : lrepr);
  if (e.op === "&")
    return wrap(
      m.call(f.mg.runtime(abi.RuntimeExport.textCat), [a, b], binaryen.i32),
      binaryen.i32,
    );
  if (e.op === "IN") {
    const low = setElementLow(f, rt);
    let index = lrepr === "i64" ? a : m.i64.extend_u(a);
    if (low !== 0n) index = m.i64.sub(index, i64const(f, low));
    if (rrepr !== "i64") {
      // a set in memory: bit (index mod 64) of word (index div 64); outside the range is not IN
      const i = f.localOf("i64");
      const words = f.mg.layouts.setWords(rt);
      return wrap(
        m.block(
          null,
          [
            m.local.set(i, index),
            m.if(
              m.i64.ge_u(f.get(i, "i64"), k64(m, BigInt(64 * words))),
              m.i32.const(0),
              m.i64.ne(
                m.i64.and(
                  m.i64.shr_u(
                    m.i64.load(
                      0,
                      8,
                      m.i32.add(
                        b,
                        m.i32.shl(
                          m.i32.wrap(m.i64.shr_u(f.get(i, "i64"), k64(m, 6n))),
                          m.i32.const(3),
                        ),
                      ),
                    ),
                    f.get(i, "i64"),
                  ),
                  k64(m, 1n),
                ),
                k64(m, 0n),
              ),
            ),
          ],
          binaryen.i32,
        ),
        binaryen.i32,
      );
    }
    return wrap(m.i64.ne(m.i64.and(m.i64.shr_u(b, index), k64(m, 1n)), k64(m, 0n)), binaryen.i32);
  }
  const u = L.concrete(lt);
  if (u.kind === "Set" && lrepr !== "i64")
    return wrap(bigSetBinary(f, e, a, b, lt), comparison ? binaryen.i32 : binaryen.i32);
  if (u.kind === "Set") return wrap(setBinary(f, e, a, b, lrepr), result);
  if (
    (e.op === "=" || e.op === "#") &&
    (u.kind === "Procedure" || L.concrete(rt).kind === "Procedure")
  ) {
    const eq = m.call(f.mg.helper("proceq"), [a, b], binaryen.i32);
    return wrap(e.op === "=" ? eq : m.i32.eqz(eq), binaryen.i32);
  }
  if (lrepr === "agg") {
    if (e.op === "=" || e.op === "#") {
      const eq = memoryEqual(f.mg, a, b, lt);
      return wrap(e.op === "=" ? eq : m.i32.eqz(eq), binaryen.i32);
    }
  }
  return wrap(arith(f, e, a, b, lrepr, lt), result);
}

/** Sets of more than 64 elements live in memory; the runtime combines and compares their words. */
function bigSetBinary(f: FunctionGen, e: ast.BinaryExpr, a: Ref, b: Ref, t: Type): Ref {
  const m = f.m;
  const words = f.mg.layouts.setWords(t);
  const n = m.i32.const(words);
  const x = f.localOf("i32");
  const y = f.localOf("i32");
  const gx = (): Ref => f.get(x, "i32");
  const gy = (): Ref => f.get(y, "i32");
  const setup = [m.local.set(x, a), m.local.set(y, b)];
  const rt = (name: string, args: Ref[], result: binaryen.Type): Ref =>
    m.call(f.mg.runtime(name), args, result);
  const combine = (name: string): Ref => {
    const offset = f.memAlloc(8 * words, 8);
    return m.block(
      null,
      [...setup, rt(name, [f.memAddr(offset), gx(), gy(), n], binaryen.none), f.memAddr(offset)],
      binaryen.i32,
    );
  };
  const predicate = (value: Ref): Ref => m.block(null, [...setup, value], binaryen.i32);
  const eq = (): Ref =>
    rt(abi.RuntimeExport.setEqual, [gx(), gy(), m.i32.const(words)], binaryen.i32);
  switch (e.op) {
    case "+":
      return combine(abi.RuntimeExport.setUnion);
    case "*":
      return combine(abi.RuntimeExport.setIntersection);
    case "-":
      return combine(abi.RuntimeExport.setDifference);
    case "/":
      return combine(abi.RuntimeExport.setSymmetricDifference);
    case "=":
      return predicate(eq());
    case "#":
      return predicate(m.i32.eqz(eq()));
    case "<=":
      return predicate(
        rt(abi.RuntimeExport.setSubset, [gx(), gy(), m.i32.const(words)], binaryen.i32),
      );
    case ">=":
      return predicate(
        rt(abi.RuntimeExport.setSubset, [gy(), gx(), m.i32.const(words)], binaryen.i32),
      );
    case "<":
      return predicate(
        m.i32.and(
          rt(abi.RuntimeExport.setSubset, [gx(), gy(), m.i32.const(words)], binaryen.i32),
          m.i32.eqz(eq()),
        ),
      );
    case ">":
      return predicate(
        m.i32.and(
          rt(abi.RuntimeExport.setSubset, [gy(), gx(), m.i32.const(words)], binaryen.i32),
          m.i32.eqz(eq()),
        ),
      );
    default:
      f.mg.unsupported(`set operator ${e.op}`, e.span);
      return m.unreachable();
  }
}

function setBinary(f: FunctionGen, e: ast.BinaryExpr, a: Ref, b: Ref, repr: Repr): Ref {
  const m = f.m;
  if (repr !== "i64") {
    f.mg.unsupported("operations on sets with more than 64 elements", e.span);
    return m.unreachable();
  }
  const not = (x: Ref): Ref => m.i64.xor(x, k64(m, -1n));
  switch (e.op) {
    case "+":
      return m.i64.or(a, b);
    case "*":
      return m.i64.and(a, b);
    case "-":
      return m.i64.and(a, not(b));
    case "/":
      return m.i64.xor(a, b);
    case "=":
      return m.i64.eq(a, b);
    case "#":
      return m.i64.ne(a, b);
    case "<=":
      return m.i64.eqz(m.i64.and(a, not(b)));
    case ">=":
      return m.i64.eqz(m.i64.and(b, not(a)));
    case "<":
      return properSubset(f, a, b, "left");
    case ">":
      return properSubset(f, a, b, "right");
    default:
      f.mg.unsupported(`set operator ${e.op}`, e.span);
      return m.unreachable();
  }
}

function arith(f: FunctionGen, e: ast.BinaryExpr, a: Ref, b: Ref, repr: Repr, lt: Type): Ref {
  const m = f.m;
  const op = e.op;
  if (repr === "f32" || repr === "f64") {
    const F = repr === "f32" ? m.f32 : m.f64;
    switch (op) {
      case "+":
        return F.add(a, b);
      case "-":
        return F.sub(a, b);
      case "*":
        return F.mul(a, b);
      case "/":
        return F.div(a, b);
      case "=":
        return F.eq(a, b);
      case "#":
        return F.ne(a, b);
      case "<":
        return F.lt(a, b);
      case "<=":
        return F.le(a, b);
      case ">":
        return F.gt(a, b);
      case ">=":
        return F.ge(a, b);
      default:
        break;
    }
  } else if (repr === "i64") {
    const I = m.i64;
    switch (op) {
      case "+":
        return I.add(a, b);
      case "-":
        return I.sub(a, b);
      case "*":
        return I.mul(a, b);
      case "DIV":
      case "MOD":
        return divMod(f, e, a, b);
      case "=":
        return I.eq(a, b);
      case "#":
        return I.ne(a, b);
      case "<":
        return I.lt_s(a, b);
      case "<=":
        return I.le_s(a, b);
      case ">":
        return I.gt_s(a, b);
      case ">=":
        return I.ge_s(a, b);
      default:
        break;
    }
  } else {
    const I = m.i32;
    const unsigned = f.mg.layouts.concrete(lt).kind !== "Subrange" || !f.mg.layouts.isSigned(lt);
    switch (op) {
      case "+":
        return I.add(a, b);
      case "-":
        return I.sub(a, b);
      case "*":
        return I.mul(a, b);
      case "=":
        return I.eq(a, b);
      case "#":
        return I.ne(a, b);
      case "<":
        return unsigned ? I.lt_u(a, b) : I.lt_s(a, b);
      case "<=":
        return unsigned ? I.le_u(a, b) : I.le_s(a, b);
      case ">":
        return unsigned ? I.gt_u(a, b) : I.gt_s(a, b);
      case ">=":
        return unsigned ? I.ge_u(a, b) : I.ge_s(a, b);
      default:
        break;
    }
  }
  f.mg.unsupported(`operator ${op} on ${repr}`, e.span);
  return m.unreachable();
}

/** Floor DIV and MOD; the divisor is checked for zero where the checker asked. */
function divMod(f: FunctionGen, e: ast.BinaryExpr, a: Ref, b: Ref): Ref {
  const m = f.m;
  const divisor = constantOf(f.mg.program, e.right);
  const check = checksOf(f.mg.program, e).some((c) => c.kind === "DivideByZero");
  if (divisor && divisor.kind === "Int" && divisor.value > 0n) {
    const d = divisor.value;
    if ((d & (d - 1n)) === 0n) {
      const shift = BigInt(d.toString(2).length - 1);
      if (e.op === "DIV") return m.i64.shr_s(a, i64const(f, shift));
      return m.i64.and(a, i64const(f, d - 1n));
    }
  }
  const helper = f.mg.helper(e.op === "DIV" ? "div" : "mod");
  if (!check) return m.call(helper, [a, b], binaryen.i64);
  const t = f.localOf("i64");
  return m.block(
    null,
    [
      m.local.set(t, b),
      m.if(m.i64.eqz(f.get(t, "i64")), f.mg.fault(abi.FaultCode.divisionByZero, e.span)),
      m.call(helper, [a, f.get(t, "i64")], binaryen.i64),
    ],
    binaryen.i64,
  );
}

// ---------------------------------------------------------------------------------------------
// Designators: `place` pushes the work that computes the location (once) onto `pre`; the place's
// accessors are then pure and may be used any number of times after `pre` has run.

export function withPre(f: FunctionGen, pre: readonly Ref[], value: Ref, type: binaryen.Type): Ref {
  return pre.length === 0 ? value : f.m.block(null, [...pre, value], type);
}

export function place(f: FunctionGen, e: ast.Expr, pre: Ref[]): Place | undefined {
  const m = f.m;
  const L = f.mg.layouts;
  switch (e.kind) {
    case "Paren":
      return place(f, e.inner, pre);
    case "Name": {
      const sym = symbolOf(f.mg.program, e);
      if (!sym) return undefined;
      return symbolPlace(f, sym, e.span);
    }
    case "Select": {
      const sym = symbolOf(f.mg.program, e);
      // `I.x`: a variable, or a constant of an imported interface, laid out here like a local one
      if (sym && (sym.kind === "Variable" || sym.kind === "Formal" || sym.kind === "Constant"))
        return symbolPlace(f, sym, e.span);
      const objType = exprType(f, e.object);
      const u = L.concrete(objType);
      const t = exprType(f, e);
      if (u.kind === "Record") {
        const base = place(f, e.object, pre);
        if (!base) return undefined;
        const baseAddr = addressOf(base);
        if (!baseAddr) return undefined;
        return offsetPlace(f, baseAddr, fieldOffset(f, u, e.field.name), t);
      }
      if (u.kind === "Ref") {
        const target = L.concrete(u.target);
        if (target.kind === "Record") {
          const r = checkedRef(f, expr(f, e.object), e, pre);
          return offsetPlace(f, r, abi.HEADER_SIZE + fieldOffset(f, target, e.field.name), t);
        }
      }
      if (u.kind === "Object" || u.kind === "Opaque" || u.kind === "Root") {
        const fields = L.objectLayout(objType);
        const at = fields.offsets[fields.names.lastIndexOf(e.field.name)];
        if (!at) {
          f.mg.unsupported(
            `field '${e.field.name}' of an object whose type is opaque here`,
            e.span,
          );
          return undefined;
        }
        const r = checkedRef(f, expr(f, e.object), e, pre);
        // below an opaque ancestor revealed elsewhere, the offset adds its run-time size
        if (at.base)
          return offsetPlace(f, () => fieldAddress(f.mg, r(), { ...at, offset: 0 }), at.offset, t);
        return offsetPlace(f, r, at.offset, t);
      }
      f.mg.unsupported(`selection from ${u.kind}`, e.span);
      return undefined;
    }
    case "Deref":
      return derefPlace(f, expr(f, e.operand), exprType(f, e.operand), e, pre);
    case "Index": {
      let base = indexedPlace(f, e.array, pre);
      let baseType = exprType(f, e.array);
      if (!base) return undefined;
      const checks = checksOf(f.mg.program, e);
      let dimension = 0;
      for (const ix of e.indexes) {
        const u = L.concrete(baseType);
        if (u.kind === "Ref") {
          base = derefPlace(f, read(f, base), baseType, e, pre);
          baseType = u.target;
          if (!base) return undefined;
        }
        const next = indexPlace(
          f,
          base,
          baseType,
          ix,
          checks.some((c) => c.kind === "Index" && c.dimension === dimension),
          e,
          pre,
        );
        if (!next) return undefined;
        base = next.place;
        baseType = next.type;
        dimension++;
      }
      return base;
    }
    default: {
      const t = exprType(f, e);
      const repr = reprOf(f, t);
      if (repr === "agg") {
        const tmp = f.localOf("i32");
        pre.push(m.local.set(tmp, expr(f, e)));
        return { kind: "value", type: t, get: () => f.get(tmp, "i32") };
      }
      return undefined;
    }
  }
}

/**
 * What a subscript applies to: a designator, a SUBARRAY, or the value of any other expression of
 * a REF array type (a call's result, subscripted through the implicit `^`).
 */
function indexedPlace(f: FunctionGen, e: ast.Expr, pre: Ref[]): Place | undefined {
  const p = openPlace(f, e, pre);
  if (p) return p;
  const t = exprType(f, e);
  if (f.mg.layouts.concrete(t).kind !== "Ref") return undefined;
  const local = f.localOf("i32");
  pre.push(f.m.local.set(local, expr(f, e)));
  return { kind: "value", type: t, get: () => f.get(local, "i32") };
}

function offsetPlace(f: FunctionGen, baseAddr: () => Ref, offset: number, t: Type): Place {
  const m = f.m;
  return {
    kind: "mem",
    type: t,
    addr: () => (offset === 0 ? baseAddr() : m.i32.add(baseAddr(), m.i32.const(offset))),
  };
}

function fieldOffset(f: FunctionGen, record: Type, name: string): number {
  const u = f.mg.layouts.concrete(record);
  if (u.kind !== "Record") return 0;
  const layout = f.mg.layouts.recordLayout(u);
  const i = u.fields.findIndex((x) => x.name === name);
  return layout.fields[i]?.offset ?? 0;
}

/** Evaluates a reference once into a local, NIL-checked when the checker asked for it. */
function checkedRef(f: FunctionGen, value: Ref, e: ast.Expr, pre: Ref[]): () => Ref {
  const m = f.m;
  const index = f.localOf("i32");
  const get = (): Ref => m.local.get(index, binaryen.i32);
  pre.push(m.local.set(index, value));
  if (checksOf(f.mg.program, e).some((c) => c.kind === "Nil")) {
    pre.push(m.if(m.i32.eqz(get()), f.mg.fault(abi.FaultCode.nilDereference, e.span)));
  }
  return get;
}

export function openDims(f: FunctionGen, t: Type): number {
  let n = 0;
  let u = f.mg.layouts.concrete(t);
  while (u.kind === "OpenArray") {
    n++;
    u = f.mg.layouts.concrete(u.element);
  }
  return n;
}

/** The open view of a heap open array `r` (already NIL-checked). */
export function openView(f: FunctionGen, r: () => Ref, t: Type, pre: Ref[]): Place {
  const m = f.m;
  const dims = openDims(f, t);
  const start = abi.openArrayElementsOffset(dims);
  const lens = Array.from({ length: dims }, (_, k) => {
    const l = f.localOf("i32");
    pre.push(m.local.set(l, m.i32.load(abi.OPEN_ARRAY_LENGTHS + 4 * k, 4, r())));
    return () => f.get(l, "i32");
  });
  return { kind: "open", type: t, data: () => m.i32.add(r(), m.i32.const(start)), lens };
}

function derefPlace(
  f: FunctionGen,
  ref: Ref,
  refType: Type,
  e: ast.Expr,
  pre: Ref[],
): Place | undefined {
  const L = f.mg.layouts;
  const u = L.concrete(refType);
  if (u.kind !== "Ref") {
    f.mg.unsupported(`dereferencing ${u.kind}`, e.span);
    return undefined;
  }
  const r = checkedRef(f, ref, e, pre);
  const tu = L.concrete(u.target);
  if (tu.kind === "OpenArray") return openView(f, r, tu, pre);
  return offsetPlace(f, r, abi.HEADER_SIZE, u.target);
}

function indexPlace(
  f: FunctionGen,
  base: Place,
  baseType: Type,
  ix: ast.Expr,
  checked: boolean,
  e: ast.Expr,
  pre: Ref[],
): { place: Place; type: Type } | undefined {
  const m = f.m;
  const L = f.mg.layouts;
  const u = L.concrete(baseType);
  const irepr = reprOf(f, exprType(f, ix));
  const iv = expr(f, ix);
  const idx = f.localOf("i32");
  const getIdx = (): Ref => f.get(idx, "i32");
  if (u.kind === "Array") {
    const bounds = L.bounds(u.index) ?? { low: 0n, high: -1n };
    const count = BigInt(L.arrayCount(u));
    const elementSize = L.size(u.element);
    const baseAddr = addressOf(base);
    if (!baseAddr) return undefined;
    if (irepr === "i64") {
      const wide = f.localOf("i64");
      pre.push(m.local.set(wide, bounds.low === 0n ? iv : m.i64.sub(iv, i64const(f, bounds.low))));
      if (checked)
        pre.push(
          m.if(
            m.i64.ge_u(f.get(wide, "i64"), i64const(f, count)),
            f.mg.fault(abi.FaultCode.subscriptOutOfRange, ix.span),
          ),
        );
      pre.push(m.local.set(idx, m.i32.wrap(f.get(wide, "i64"))));
    } else {
      pre.push(
        m.local.set(idx, bounds.low === 0n ? iv : m.i32.sub(iv, m.i32.const(Number(bounds.low)))),
      );
      if (checked)
        pre.push(
          m.if(
            m.i32.ge_u(getIdx(), m.i32.const(Number(count))),
            f.mg.fault(abi.FaultCode.subscriptOutOfRange, ix.span),
          ),
        );
    }
    const addr = f.localOf("i32");
    pre.push(
      m.local.set(
        addr,
        m.i32.add(
          baseAddr(),
          elementSize === 1 ? getIdx() : m.i32.mul(getIdx(), m.i32.const(elementSize)),
        ),
      ),
    );
    return {
      place: { kind: "mem", type: u.element, addr: () => f.get(addr, "i32") },
      type: u.element,
    };
  }
  if (u.kind === "OpenArray" && base.kind === "open") {
    const len0 = base.lens[0];
    if (!len0) return undefined;
    const rest = base.lens.slice(1);
    const element = u.element;
    const innerSize = L.size(innermost(f, element));
    if (irepr === "i64") {
      const wide = f.localOf("i64");
      pre.push(m.local.set(wide, iv));
      if (checked)
        pre.push(
          m.if(
            m.i64.ge_u(f.get(wide, "i64"), m.i64.extend_u(len0())),
            f.mg.fault(abi.FaultCode.subscriptOutOfRange, ix.span),
          ),
        );
      pre.push(m.local.set(idx, m.i32.wrap(f.get(wide, "i64"))));
    } else {
      pre.push(m.local.set(idx, iv));
      if (checked)
        pre.push(
          m.if(
            m.i32.ge_u(getIdx(), len0()),
            f.mg.fault(abi.FaultCode.subscriptOutOfRange, ix.span),
          ),
        );
    }
    let stride: Ref = m.i32.const(innerSize);
    for (const l of rest) stride = m.i32.mul(stride, l());
    const addr = f.localOf("i32");
    pre.push(
      m.local.set(
        addr,
        m.i32.add(
          base.data(),
          innerSize === 1 && rest.length === 0 ? getIdx() : m.i32.mul(getIdx(), stride),
        ),
      ),
    );
    const get = (): Ref => f.get(addr, "i32");
    if (rest.length > 0)
      return { place: { kind: "open", type: element, data: get, lens: rest }, type: element };
    return { place: { kind: "mem", type: element, addr: get }, type: element };
  }
  f.mg.unsupported(`subscripting ${u.kind}`, e.span);
  return undefined;
}

function innermost(f: FunctionGen, t: Type): Type {
  let u = f.mg.layouts.concrete(t);
  while (u.kind === "OpenArray") u = f.mg.layouts.concrete(u.element);
  return u;
}

export function symbolPlace(
  f: FunctionGen,
  sym: Symbol,
  span: ast.Expr["span"],
): Place | undefined {
  const own = f.places.get(sym);
  if (own) return own;
  if (sym.kind === "Constant") return constantPlace(f, sym);
  if (sym.kind === "Variable" && sym.storage === "global") {
    const g = f.mg.global(sym);
    return { kind: "mem", type: sym.type, addr: () => f.mg.globalAddress(g) };
  }
  if (sym.kind === "Variable" || sym.kind === "Formal") {
    const up = f.mg.uplevelPlace(f, sym as VariableSymbol | FormalSymbol);
    if (up) return up;
  }
  f.mg.unsupported(`the variable '${sym.name}' here`, span);
  return undefined;
}

/**
 * A structured constant used as a designator (`C[i]`, `K.Nums[i]`, an actual for an open-array
 * formal), declared here or in an interface: its image in this module's static data, made once,
 * or rebuilt in the frame at each use when it holds TEXT or procedures, whose addresses are only
 * known at run time. A constant of an open array type is laid out as a fixed array of its length.
 */
function constantPlace(f: FunctionGen, sym: ConstantSymbol): Place {
  const mg = f.mg;
  const fixed = fixedTypeOf(f, sym.value, sym.type);
  const t = fixed ?? sym.type;
  const rebuilt = holdsReferences(sym.value);
  let data: () => Ref;
  if (rebuilt) data = () => constant(f, sym.value, t);
  else {
    const offset = mg.constantData.get(sym) ?? mg.data.put(constantBytes(f, sym.value, t), 8);
    mg.constantData.set(sym, offset);
    data = () => mg.staticAddress(offset);
  }
  if (fixed) {
    const lengths = lengthsOf(f, fixed, [], openDims(f, sym.type)) as number[];
    const lens = lengths.map((length) => () => f.m.i32.const(length));
    return { kind: "open", type: sym.type, data, lens };
  }
  return rebuilt ? { kind: "value", type: t, get: data } : { kind: "mem", type: t, addr: data };
}

// ---------------------------------------------------------------------------------------------
// Constructors

function constructor(f: FunctionGen, e: ast.ConstructorExpr, t: Type): Ref {
  const m = f.m;
  const L = f.mg.layouts;
  const u = L.concrete(t);
  if (u.kind === "Set" && reprOf(f, u) !== "i64") return bigSetConstructor(f, e, u);
  if (u.kind === "Set") {
    const low = L.bounds(u.element)?.low ?? 0n;
    let bits: Ref = k64(m, 0n);
    const ord = (x: ast.Expr): Ref => {
      const v = expr(f, x);
      const w = reprOf(f, exprType(f, x)) === "i64" ? v : m.i64.extend_u(v);
      return low === 0n ? w : m.i64.sub(w, i64const(f, low));
    };
    for (const el of e.elements) {
      if (el.kind === "ElementValue") bits = m.i64.or(bits, m.i64.shl(k64(m, 1n), ord(el.value)));
      else if (el.kind === "ElementRange") {
        const lo = f.localOf("i64");
        const hi = f.localOf("i64");
        // bits lo..hi: (~0 << lo) & (~0 >>> (63 - hi)), empty when hi < lo
        const mask = m.block(
          null,
          [
            m.local.set(lo, ord(el.low)),
            m.local.set(hi, ord(el.high)),
            m.if(
              m.i64.gt_s(f.get(lo, "i64"), f.get(hi, "i64")),
              k64(m, 0n),
              m.i64.and(
                m.i64.shl(k64(m, -1n), f.get(lo, "i64")),
                m.i64.shr_u(k64(m, -1n), m.i64.sub(k64(m, 63n), f.get(hi, "i64"))),
              ),
            ),
          ],
          binaryen.i64,
        );
        bits = m.i64.or(bits, mask);
      }
    }
    return bits;
  }
  const size = L.size(u);
  const offset = f.memAlloc(size, L.align(u), L.pointerOffsets(u));
  const addr = (): Ref => f.memAddr(offset);
  const stmts: Ref[] = [];
  if (u.kind === "Array") {
    const es = L.size(u.element);
    const count = L.arrayCount(u);
    const values = e.elements.filter(
      (el): el is Extract<ast.ConstructorElement, { kind: "ElementValue" }> =>
        el.kind === "ElementValue",
    );
    values.forEach((el, i) =>
      stmts.push(store(f, u.element, m.i32.add(addr(), m.i32.const(i * es)), expr(f, el.value))),
    );
    const last = values[values.length - 1];
    if (e.repeatLast && last && count > values.length) {
      for (let i = values.length; i < count; i++) {
        stmts.push(
          store(
            f,
            u.element,
            m.i32.add(addr(), m.i32.const(i * es)),
            load(f, u.element, m.i32.add(addr(), m.i32.const((values.length - 1) * es))),
          ),
        );
      }
    }
  } else if (u.kind === "Record") {
    const layout = L.recordLayout(u);
    const given = new Map<number, ast.Expr>();
    let position = 0;
    for (const el of e.elements) {
      if (el.kind === "ElementField") {
        const i = u.fields.findIndex((x) => x.name === el.name.name);
        if (i >= 0) given.set(i, el.value);
      } else if (el.kind === "ElementValue") {
        given.set(position++, el.value);
      }
    }
    u.fields.forEach((field, i) => {
      const at = m.i32.add(addr(), m.i32.const(layout.fields[i]?.offset ?? 0));
      const v = given.get(i);
      if (v) stmts.push(store(f, field.type, at, expr(f, v)));
      else if (field.defaultValue)
        stmts.push(store(f, field.type, at, constant(f, field.defaultValue, field.type)));
    });
  } else {
    f.mg.unsupported(`constructors of ${u.kind}`, e.span);
  }
  return m.block(null, [...stmts, addr()], binaryen.i32);
}

/** A constructor of a set in memory: zeroed words in the frame, then one bit or range at a time. */
function bigSetConstructor(f: FunctionGen, e: ast.ConstructorExpr, t: Type): Ref {
  const m = f.m;
  const L = f.mg.layouts;
  const u = L.concrete(t);
  const words = L.setWords(u);
  const low = u.kind === "Set" ? (L.bounds(u.element)?.low ?? 0n) : 0n;
  const offset = f.memAlloc(8 * words, 8);
  const base = (): Ref => f.memAddr(offset);
  const ord = (x: ast.Expr): Ref => {
    const v = expr(f, x);
    const w = reprOf(f, exprType(f, x)) === "i64" ? v : m.i64.extend_u(v);
    return low === 0n ? w : m.i64.sub(w, i64const(f, low));
  };
  const i = f.localOf("i64");
  const hi = f.localOf("i64");
  const setBit = (): Ref => {
    const word = m.i32.add(
      base(),
      m.i32.shl(m.i32.wrap(m.i64.shr_u(f.get(i, "i64"), k64(m, 6n))), m.i32.const(3)),
    );
    const w = f.localOf("i32");
    return m.block(null, [
      m.local.set(w, word),
      m.i64.store(
        0,
        8,
        f.get(w, "i32"),
        m.i64.or(m.i64.load(0, 8, f.get(w, "i32")), m.i64.shl(k64(m, 1n), f.get(i, "i64"))),
      ),
    ]);
  };
  const stmts: Ref[] = [m.memory.fill(base(), m.i32.const(0), m.i32.const(8 * words), "0")];
  for (const el of e.elements) {
    if (el.kind === "ElementValue") stmts.push(m.local.set(i, ord(el.value)), setBit());
    else if (el.kind === "ElementRange") {
      const label = f.mg.freshLabel("setrange");
      const exit = f.mg.freshLabel("setdone");
      stmts.push(
        m.local.set(i, ord(el.low)),
        m.local.set(hi, ord(el.high)),
        m.block(exit, [
          m.loop(
            label,
            m.block(null, [
              m.br(exit, m.i64.gt_s(f.get(i, "i64"), f.get(hi, "i64"))),
              setBit(),
              m.local.set(i, m.i64.add(f.get(i, "i64"), k64(m, 1n))),
              m.br(label),
            ]),
          ),
        ]),
      );
    }
  }
  return m.block(null, [...stmts, base()], binaryen.i32);
}

/**
 * `a < b` or `a > b` on word-sized sets: one operand's members all lie in the other and the two
 * differ. Both operands are evaluated once, left to right, whichever is the subset.
 */
function properSubset(f: FunctionGen, a: Ref, b: Ref, subset: "left" | "right"): Ref {
  const m = f.m;
  const x = f.localOf("i64");
  const y = f.localOf("i64");
  const [sub, sup] = subset === "left" ? [x, y] : [y, x];
  const outside = m.i64.and(f.get(sub, "i64"), m.i64.xor(f.get(sup, "i64"), k64(m, -1n)));
  return m.block(
    null,
    [
      m.local.set(x, a),
      m.local.set(y, b),
      m.i32.and(m.i64.eqz(outside), m.i64.ne(f.get(x, "i64"), f.get(y, "i64"))),
    ],
    binaryen.i32,
  );
}
