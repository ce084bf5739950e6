// Calls: the calling convention (VALUE scalars by value, aggregates and VAR by address, open arrays
// as data address plus lengths, aggregate results through a hidden address, a static link first
// for nested procedures), direct, imported, indirect and method calls, and the built-ins.
import binaryen from "binaryen";
import { k64 } from "./layout.js";
import * as abi from "./abi.js";
import type { FunctionGen, Place } from "./frames.js";
import { wasmType, type Repr } from "./layout.js";
import {
  addressOf,
  constant,
  expr,
  exprType,
  i64const,
  isTraced,
  mayAllocate,
  openDims,
  place,
  read,
  reprOf,
  withPre,
  write,
} from "./exprs.js";
import { allocate, methodEntry } from "./objects.js";
import {
  arrayValue,
  elementAfter,
  lengthRef,
  lengthsOf,
  openAsFixed,
  placeLengths,
  shapeCheck,
} from "./shapes.js";
import { isTypeTest, typeCode, typeCodeOfType } from "./type-tests.js";
import { callMayCollect } from "./procedures.js";
import { WORD_OPS, wordOpResult } from "./word.js";
import type * as ast from "../lang/ast.js";
import type {
  BoundArgument,
  FormalType,
  ProcedureSymbol,
  ProcedureType,
  Type,
} from "../typecheck/index.js";
import { callOf, checksOf, constantOf, symbolOf } from "../typecheck/index.js";

type Ref = binaryen.ExpressionRef;

export interface WasmSignature {
  readonly params: binaryen.Type[];
  readonly result: Repr;
  readonly aggregateResult: boolean;
}

export function formalParams(f: { mg: FunctionGen["mg"] }, formal: FormalType): binaryen.Type[] {
  const L = f.mg.layouts;
  const u = L.concrete(formal.type);
  if (u.kind === "OpenArray") {
    let dims = 0;
    let x = u as Type;
    while (L.concrete(x).kind === "OpenArray") {
      dims++;
      const c = L.concrete(x);
      x = c.kind === "OpenArray" ? c.element : x;
    }
    return [binaryen.i32, ...Array.from({ length: dims }, () => binaryen.i32)];
  }
  if (formal.mode === "VAR") return [binaryen.i32];
  return [wasmType(L.reprOf(formal.type))];
}

export function wasmSignature(
  mg: FunctionGen["mg"],
  sig: ProcedureType,
  staticLink: boolean,
): WasmSignature {
  const params: binaryen.Type[] = staticLink ? [binaryen.i32] : [];
  for (const formal of sig.formals) params.push(...formalParams({ mg }, formal));
  let result: Repr = sig.result ? mg.layouts.reprOf(sig.result) : "none";
  const aggregateResult = result === "agg";
  if (aggregateResult) {
    params.push(binaryen.i32);
    result = "none";
  }
  return { params, result, aggregateResult };
}

/** Built-ins that never allocate (NEW does; the rest are expanded inline). */
export const NON_ALLOCATING_BUILTINS: ReadonlySet<string> = new Set([
  "ABS",
  "FIRST",
  "LAST",
  "NUMBER",
  "ORD",
  "VAL",
  "MIN",
  "MAX",
  "FLOAT",
  "FLOOR",
  "CEILING",
  "ROUND",
  "TRUNC",
  "ISTYPE",
  "NARROW",
  "BYTESIZE",
  "BITSIZE",
  "ADRSIZE",
  "TYPECODE",
  "INC",
  "DEC",
  "SUBARRAY",
  "DISPOSE",
  "LOOPHOLE",
  "ADR",
]);

/**
 * Whether the call itself (its arguments aside) may reach the collector: built-ins by the list
 * above, procedures by the module's allocation analysis (procedures.ts), so that no operand is
 * spilled to a frame slot around, say, a Word operation or a local procedure that only computes.
 */
export function callMayAllocate(f: FunctionGen, e: ast.CallExpr): boolean {
  if (constantOf(f.mg.program, e) !== undefined) return false;
  const info = callOf(f.mg.program, e);
  if (info?.target.kind === "Builtin") return !NON_ALLOCATING_BUILTINS.has(info.target.builtin);
  return callMayCollect(f.mg, e);
}

// ---------------------------------------------------------------------------------------------

export function genCall(f: FunctionGen, e: ast.CallExpr, t: Type | undefined): Ref {
  const m = f.m;
  const info = callOf(f.mg.program, e);
  if (!info) {
    f.mg.unsupported("this call", e.span);
    return m.unreachable();
  }
  const target = info.target;
  switch (target.kind) {
    case "Builtin":
      return builtin(f, e, target.builtin, target.typeArgument, t);
    case "Procedure": {
      const proc = target.procedure;
      const sig = info.signature ?? proc.signature;
      const wordOp = proc.unit === "Word" && !proc.parent ? WORD_OPS[proc.name] : undefined;
      if (wordOp) {
        const args = lowerArguments(f, info.arguments, sig, undefined);
        const op = wordOp(m, args.values, () => f.localOf("i64"));
        return args.setup.length > 0
          ? m.block(null, [...args.setup, op], wordOpResult(proc.name))
          : op;
      }
      const lower = (): LoweredArguments => lowerArguments(f, info.arguments, sig, undefined);
      const inlined = f.inlineCall(proc, lower, e.span);
      if (inlined !== undefined) return inlined;
      const name = f.mg.procedureFunction(proc);
      const ws = wasmSignature(f.mg, sig, proc.parent !== undefined);
      const args = lowerArguments(f, info.arguments, sig, undefined);
      const link = proc.parent ? [f.mg.staticLinkFor(f, proc.parent)] : [];
      return finishCall(f, args, ws, sig, (values) =>
        m.call(name, [...link, ...values], wasmType(ws.result)),
      );
    }
    case "Method": {
      const sig = info.signature ?? target.method.signature;
      const receiverType = exprType(f, target.receiver);
      const full: ProcedureType = {
        ...sig,
        formals: [{ name: "self", mode: "VALUE", type: receiverType }, ...sig.formals],
      };
      const ws = wasmSignature(f.mg, full, false);
      const receiver: BoundArgument = {
        kind: "Expr",
        expr: target.receiver,
        mode: "VALUE",
        formalType: receiverType,
      };
      const args = lowerArguments(f, [receiver, ...info.arguments], full, undefined);
      const self = f.localOf("i32");
      const checkNil = checksOf(f.mg.program, e).some((c) => c.kind === "Nil") || true;
      return finishCall(f, args, ws, full, (values) => {
        const [first, ...rest] = values;
        // below an opaque ancestor revealed elsewhere, the slot adds its run-time method count
        const slot = f.mg.layouts.objectLayout(target.method.of).slots[target.method.index] ?? {
          offset: target.method.index,
        };
        const index = methodEntry(
          f.mg,
          m.i32.load(abi.DescriptorField.methods, 4, m.i32.load(0, 4, f.get(self, "i32"))),
          slot,
        );
        return m.block(
          null,
          [
            m.local.set(self, first ?? m.i32.const(0)),
            checkNil
              ? m.if(
                  m.i32.eqz(f.get(self, "i32")),
                  f.mg.fault(abi.FaultCode.nilDereference, target.receiver.span),
                )
              : m.nop(),
            m.call_indirect(
              "__indirect_function_table",
              index,
              [f.get(self, "i32"), ...rest],
              binaryen.createType(ws.params),
              wasmType(ws.result),
            ),
          ],
          wasmType(ws.result),
        );
      });
    }
    case "Indirect": {
      const sig = info.signature;
      if (!sig) {
        f.mg.unsupported("an indirect call without a signature", e.span);
        return m.unreachable();
      }
      const ws = wasmSignature(f.mg, sig, false);
      const calleeValue = expr(f, target.callee);
      const callee = f.localOf("i32");
      const args = lowerArguments(f, info.arguments, sig, undefined);
      args.setup.unshift(m.local.set(callee, calleeValue));
      args.setup.push(
        m.if(
          m.i32.eqz(f.get(callee, "i32")),
          f.mg.fault(abi.FaultCode.nilDereference, target.callee.span),
        ),
      );
      return finishCall(f, args, ws, sig, (values) =>
        m.call_indirect(
          "__indirect_function_table",
          tableIndexOf(f, callee),
          values,
          binaryen.createType(ws.params),
          wasmType(ws.result),
        ),
      );
    }
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

/**
 * The table index a procedure value calls: value - 1 for a top-level procedure; for a closure
 * (CLOSURE_TAG set) the record's index, after storing its static link at CLOSURE_LINK. Evaluated
 * after the arguments (call_indirect takes its index last), so no other closure call intervenes.
 */
function tableIndexOf(f: FunctionGen, callee: number): Ref {
  const m = f.m;
  const value = (): Ref => f.get(callee, "i32");
  const record = (): Ref => m.i32.and(value(), m.i32.const(~abi.CLOSURE_TAG));
  return m.if(
    m.i32.lt_s(value(), m.i32.const(0)),
    m.block(
      null,
      [
        m.i32.store(0, 4, m.i32.const(abi.CLOSURE_LINK), m.i32.load(4, 4, record())),
        m.i32.load(0, 4, record()),
      ],
      binaryen.i32,
    ),
    m.i32.sub(value(), m.i32.const(1)),
  );
}

interface LoweredArguments {
  readonly setup: Ref[];
  readonly values: Ref[];
  readonly after: Ref[];
}

function finishCall(
  f: FunctionGen,
  args: LoweredArguments,
  ws: WasmSignature,
  sig: ProcedureType,
  call: (values: Ref[]) => Ref,
): Ref {
  const m = f.m;
  const values = [...args.values];
  let resultAddr: number | undefined;
  if (ws.aggregateResult && sig.result) {
    const L = f.mg.layouts;
    resultAddr = f.memAlloc(L.size(sig.result), L.align(sig.result), L.pointerOffsets(sig.result));
    values.push(f.memAddr(resultAddr));
  }
  const c = call(values);
  if (resultAddr !== undefined)
    return m.block(null, [...args.setup, c, ...args.after, f.memAddr(resultAddr)], binaryen.i32);
  if (args.after.length > 0) {
    if (ws.result === "none") return m.block(null, [...args.setup, c, ...args.after]);
    const r = f.localOf(ws.result);
    return m.block(
      null,
      [...args.setup, m.local.set(r, c), ...args.after, f.get(r, ws.result)],
      wasmType(ws.result),
    );
  }
  if (args.setup.length === 0) return c;
  return m.block(null, [...args.setup, c], wasmType(ws.result));
}

function lowerArguments(
  f: FunctionGen,
  bound: readonly BoundArgument[],
  sig: ProcedureType,
  _unused: undefined,
): LoweredArguments {
  void _unused;
  const m = f.m;
  const L = f.mg.layouts;
  const setup: Ref[] = [];
  const values: Ref[] = [];
  const after: Ref[] = [];
  bound.forEach((arg, i) => {
    const formal = sig.formals[i];
    const formalType = formal?.type ?? arg.formalType;
    const mode = formal?.mode ?? arg.mode;
    const laterAllocates = bound
      .slice(i + 1)
      .some((b) => b.kind === "Expr" && mayAllocate(f, b.expr));
    if (arg.kind === "Default") {
      if (arg.value) values.push(constant(f, arg.value, formalType));
      else if (arg.expr) values.push(expr(f, arg.expr));
      else values.push(m.i32.const(0));
      return;
    }
    const u = L.concrete(formalType);
    if (u.kind === "OpenArray") {
      values.push(...openArgument(f, arg.expr, formalType, setup));
      return;
    }
    const repr = L.reprOf(formalType);
    if (mode === "VAR") {
      const pre: Ref[] = [];
      const p = place(f, arg.expr, pre);
      setup.push(...pre);
      const addr = p ? addressOf(p) : undefined;
      if (p && addr) {
        values.push(addr());
        return;
      }
      // a variable in a Wasm local: pass a copy in the frame and copy it back after the call
      const size = Math.max(8, L.size(formalType));
      const offset = f.memAlloc(size, 8, L.isTracedRef(formalType) ? [0] : []);
      if (p) {
        setup.push(storeScalar(f, formalType, f.memAddr(offset), read(f, p)));
        after.push(write(f, p, loadScalar(f, formalType, f.memAddr(offset))));
      }
      values.push(f.memAddr(offset));
      return;
    }
    if (repr === "agg") {
      const fixed = openAsFixed(f, arg.expr, arg.expr);
      if (fixed) {
        values.push(fixed);
        return;
      }
      const pre: Ref[] = [];
      const p = place(f, arg.expr, pre);
      const addr = p ? addressOf(p) : undefined;
      setup.push(...pre);
      values.push(addr ? addr() : expr(f, arg.expr));
      return;
    }
    const v = expr(f, arg.expr);
    const argType = exprType(f, arg.expr);
    const converted = convertScalar(f, v, L.reprOf(argType), repr);
    if (laterAllocates && isTraced(f, formalType) && !isConstant(f, arg.expr)) {
      const t = f.temp(converted, "i32", true);
      setup.push(t.set);
      values.push(t.get());
    } else if (laterAllocates && !isConstant(f, arg.expr)) {
      const t = f.temp(converted, repr, false);
      setup.push(t.set);
      values.push(t.get());
    } else {
      values.push(converted);
    }
  });
  return { setup, values, after };
}

function isConstant(f: FunctionGen, e: ast.Expr): boolean {
  return constantOf(f.mg.program, e) !== undefined || e.kind === "TextLiteral";
}

export function convertScalar(f: FunctionGen, v: Ref, from: Repr, to: Repr): Ref {
  const m = f.m;
  if (from === to) return v;
  if (from === "i32" && to === "i64") return m.i64.extend_u(v);
  if (from === "i64" && to === "i32") return m.i32.wrap(v);
  if (from === "f32" && to === "f64") return m.f64.promote(v);
  if (from === "f64" && to === "f32") return m.f32.demote(v);
  return v;
}

function storeScalar(f: FunctionGen, t: Type, addr: Ref, v: Ref): Ref {
  const repr = f.mg.layouts.reprOf(t);
  const m = f.m;
  switch (repr) {
    case "i64":
      return m.i64.store(0, 8, addr, v);
    case "f32":
      return m.f32.store(0, 4, addr, v);
    case "f64":
      return m.f64.store(0, 8, addr, v);
    default:
      return m.i32.store(0, 4, addr, v);
  }
}

function loadScalar(f: FunctionGen, t: Type, addr: Ref): Ref {
  const repr = f.mg.layouts.reprOf(t);
  const m = f.m;
  switch (repr) {
    case "i64":
      return m.i64.load(0, 8, addr);
    case "f32":
      return m.f32.load(0, 4, addr);
    case "f64":
      return m.f64.load(0, 8, addr);
    default:
      return m.i32.load(0, 4, addr);
  }
}

/**
 * Data address and lengths of an actual bound to an open-array formal. Dimensions that are open
 * in the actual but fixed in the formal (`ARRAY OF ARRAY [0..2] OF T`) are checked.
 */
export function openArgument(f: FunctionGen, e: ast.Expr, formalType: Type, setup: Ref[]): Ref[] {
  const m = f.m;
  const dims = openDims(f, formalType);
  const p = arrayValue(f, e, setup);
  if (!p) return [m.i32.const(0), ...Array.from({ length: dims }, () => m.i32.const(0))];
  const depth = Math.max(dims, openDims(f, exprType(f, e)));
  const lens = placeLengths(f, p, depth);
  const inner = lengthsOf(f, elementAfter(f, formalType, dims), [], depth - dims);
  setup.push(...shapeCheck(f, lens.slice(dims), inner, e.span));
  const addr = addressOf(p);
  const open = Array.from({ length: dims }, (_, k) => lengthRef(f, lens[k] ?? 0));
  return [addr ? addr() : m.i32.const(0), ...open];
}

/** A designator or SUBARRAY of array type as a place (fixed arrays stay "mem"). */
export function openPlace(f: FunctionGen, e: ast.Expr, setup: Ref[]): Place | undefined {
  const m = f.m;
  const L = f.mg.layouts;
  if (e.kind === "Call") {
    const info = callOf(f.mg.program, e);
    if (info?.target.kind === "Builtin" && info.target.builtin === "SUBARRAY") {
      const [a, from, count] = e.args.map((x) => x.value);
      if (!a || !from || !count) return undefined;
      const base = openPlace(f, a, setup);
      if (!base) return undefined;
      const baseType = exprType(f, a);
      const u = L.concrete(baseType);
      const element = u.kind === "Array" || u.kind === "OpenArray" ? u.element : baseType;
      const rest = base.kind === "open" ? base.lens.slice(1) : [];
      // An element that is an open array itself is as long as its lengths say.
      const openRows = openDims(f, element);
      const fixedPart = elementAfter(f, element, openRows);
      const elementSize = (): Ref =>
        rest
          .slice(0, openRows)
          .reduce<Ref>((size, len) => m.i32.mul(len(), size), m.i32.const(L.size(fixedPart)));
      const data = base.kind === "open" ? base.data() : (addressOf(base)?.() ?? m.i32.const(0));
      const len =
        base.kind === "open" ? (base.lens[0]?.() ?? m.i32.const(0)) : m.i32.const(L.arrayCount(u));
      const start = f.localOf("i64");
      const n = f.localOf("i64");
      const d = f.localOf("i32");
      const total = f.localOf("i32");
      setup.push(m.local.set(d, data), m.local.set(total, len));
      setup.push(
        m.local.set(start, convertScalar(f, expr(f, from), reprOf(f, exprType(f, from)), "i64")),
      );
      setup.push(
        m.local.set(n, convertScalar(f, expr(f, count), reprOf(f, exprType(f, count)), "i64")),
      );
      setup.push(
        m.if(
          m.i64.gt_u(
            m.i64.add(f.get(start, "i64"), f.get(n, "i64")),
            m.i64.extend_u(f.get(total, "i32")),
          ),
          f.mg.fault(abi.FaultCode.subscriptOutOfRange, e.span),
        ),
      );
      return {
        kind: "open",
        type: { kind: "OpenArray", element },
        data: () =>
          m.i32.add(f.get(d, "i32"), m.i32.mul(m.i32.wrap(f.get(start, "i64")), elementSize())),
        lens: [() => m.i32.wrap(f.get(n, "i64")), ...rest],
      };
    }
  }
  return place(f, e, setup);
}

// ---------------------------------------------------------------------------------------------
// Built-ins

function builtin(
  f: FunctionGen,
  e: ast.CallExpr,
  name: string,
  typeArgument: Type | undefined,
  t: Type | undefined,
): Ref {
  const m = f.m;
  const L = f.mg.layouts;
  const args = e.args.map((a) => a.value);
  const arg0 = args[0];
  const resultRepr: Repr = t ? reprOf(f, t) : "none";
  switch (name) {
    case "INC":
    case "DEC": {
      if (!arg0) return m.nop();
      const pre: Ref[] = [];
      const p = place(f, arg0, pre);
      if (!p) return m.nop();
      const vt = exprType(f, arg0);
      const repr = reprOf(f, vt);
      const amountExpr = args[1];
      let amount: Ref;
      if (amountExpr)
        amount = convertScalar(f, expr(f, amountExpr), reprOf(f, exprType(f, amountExpr)), repr);
      else amount = repr === "i64" ? k64(m, 1n) : m.i32.const(1);
      const old = read(f, p);
      let value =
        name === "INC"
          ? repr === "i64"
            ? m.i64.add(old, amount)
            : m.i32.add(old, amount)
          : repr === "i64"
            ? m.i64.sub(old, amount)
            : m.i32.sub(old, amount);
      const bounds = L.bounds(vt);
      const range = checksOf(f.mg.program, e).find((c) => c.kind === "Range");
      if (range && range.kind === "Range")
        value = rangeCheck(f, value, repr, range.low, range.high, e);
      else if (
        bounds &&
        L.concrete(vt).kind !== "Integer" &&
        !(bounds.low === 0n && bounds.high === (1n << 63n) - 1n && false)
      ) {
        value = rangeCheck(f, value, repr, bounds.low, bounds.high, e);
      }
      return withPre(f, pre, write(f, p, value), binaryen.none);
    }
    case "NEW":
      return allocate(f, e, typeArgument);
    case "NARROW":
      return arg0 ? expr(f, arg0) : m.unreachable();
    case "ISTYPE":
      return arg0 && typeArgument ? isTypeTest(f, expr(f, arg0), typeArgument) : m.i32.const(0);
    case "TYPECODE":
      if (!arg0) return k64(m, 0n);
      if (typeArgument && isTypeOperand(f, arg0)) return typeCodeOfType(f, typeArgument);
      return typeCode(f, expr(f, arg0));
    case "DISPOSE": {
      if (!arg0) return m.nop();
      const pre: Ref[] = [];
      const p = place(f, arg0, pre);
      return p ? withPre(f, pre, write(f, p, m.i32.const(0)), binaryen.none) : m.nop();
    }
    case "NUMBER":
    case "LAST":
    case "FIRST": {
      if (!arg0) return m.unreachable();
      const pre: Ref[] = [];
      const p = openPlace(f, arg0, pre);
      if (!p || p.kind !== "open") {
        f.mg.unsupported(`${name} of this value`, e.span);
        return m.unreachable();
      }
      const len = m.i64.extend_u(p.lens[0]?.() ?? m.i32.const(0));
      const v =
        name === "NUMBER" ? len : name === "FIRST" ? k64(m, 0n) : m.i64.sub(len, k64(m, 1n));
      return withPre(f, pre, v, binaryen.i64);
    }
    case "ORD": {
      if (!arg0) return m.unreachable();
      return convertScalar(f, expr(f, arg0), reprOf(f, exprType(f, arg0)), "i64");
    }
    case "VAL": {
      if (!arg0) return m.unreachable();
      return convertScalar(f, expr(f, arg0), reprOf(f, exprType(f, arg0)), resultRepr);
    }
    case "ABS": {
      if (!arg0) return m.unreachable();
      const v = expr(f, arg0);
      if (resultRepr === "f32") return m.f32.abs(v);
      if (resultRepr === "f64") return m.f64.abs(v);
      const x = f.localOf(resultRepr);
      if (resultRepr === "i64") {
        return m.block(
          null,
          [
            m.local.set(x, v),
            m.select(
              m.i64.lt_s(f.get(x, "i64"), k64(m, 0n)),
              m.i64.sub(k64(m, 0n), f.get(x, "i64")),
              f.get(x, "i64"),
            ),
          ],
          binaryen.i64,
        );
      }
      return m.block(
        null,
        [
          m.local.set(x, v),
          m.select(
            m.i32.lt_s(f.get(x, "i32"), m.i32.const(0)),
            m.i32.sub(m.i32.const(0), f.get(x, "i32")),
            f.get(x, "i32"),
          ),
        ],
        binaryen.i32,
      );
    }
    case "MIN":
    case "MAX": {
      const [a, b] = args;
      if (!a || !b || !t) return m.unreachable();
      const x = f.localOf(resultRepr);
      const y = f.localOf(resultRepr);
      const va = convertScalar(f, expr(f, a), reprOf(f, exprType(f, a)), resultRepr);
      const vb = convertScalar(f, expr(f, b), reprOf(f, exprType(f, b)), resultRepr);
      const gx = f.get(x, resultRepr);
      const gy = f.get(y, resultRepr);
      if (resultRepr === "f32" || resultRepr === "f64") {
        const F = resultRepr === "f32" ? m.f32 : m.f64;
        return m.block(
          null,
          [m.local.set(x, va), m.local.set(y, vb), name === "MIN" ? F.min(gx, gy) : F.max(gx, gy)],
          wasmType(resultRepr),
        );
      }
      const less =
        resultRepr === "i64"
          ? m.i64.lt_s(f.get(x, "i64"), f.get(y, "i64"))
          : L.isSigned(t)
            ? m.i32.lt_s(f.get(x, "i32"), f.get(y, "i32"))
            : m.i32.lt_u(f.get(x, "i32"), f.get(y, "i32"));
      return m.block(
        null,
        [
          m.local.set(x, va),
          m.local.set(y, vb),
          name === "MIN" ? m.select(less, gx, gy) : m.select(less, gy, gx),
        ],
        wasmType(resultRepr),
      );
    }
    case "FLOAT": {
      if (!arg0) return m.unreachable();
      const v = expr(f, arg0);
      const from = reprOf(f, exprType(f, arg0));
      if (from === "i64")
        return resultRepr === "f32" ? m.f32.convert_s.i64(v) : m.f64.convert_s.i64(v);
      if (from === "i32")
        return resultRepr === "f32" ? m.f32.convert_s.i32(v) : m.f64.convert_s.i32(v);
      return convertScalar(f, v, from, resultRepr);
    }
    case "FLOOR":
    case "CEILING":
    case "ROUND":
    case "TRUNC": {
      if (!arg0) return m.unreachable();
      const v = expr(f, arg0);
      const from = reprOf(f, exprType(f, arg0));
      if (from === "f32") {
        const r =
          name === "FLOOR"
            ? m.f32.floor(v)
            : name === "CEILING"
              ? m.f32.ceil(v)
              : name === "ROUND"
                ? roundAway32(f, v)
                : v;
        return m.i64.trunc_s_sat.f32(r);
      }
      const r =
        name === "FLOOR"
          ? m.f64.floor(v)
          : name === "CEILING"
            ? m.f64.ceil(v)
            : name === "ROUND"
              ? roundAway64(f, v)
              : v;
      return m.i64.trunc_s_sat.f64(r);
    }
    case "SUBARRAY":
      f.mg.unsupported("SUBARRAY outside an argument or assignment", e.span);
      return m.unreachable();
    default:
      f.mg.unsupported(`the built-in ${name}`, e.span);
      return m.unreachable();
  }
}

/** Whether a built-in's actual names a type (`TYPECODE(T)`) rather than a value. */
function isTypeOperand(f: FunctionGen, e: ast.Expr): boolean {
  switch (e.kind) {
    case "TypeExpr":
      return true;
    case "Paren":
      return isTypeOperand(f, e.inner);
    case "Name":
    case "Select":
      return symbolOf(f.mg.program, e)?.kind === "Type";
    default:
      return false;
  }
}

function roundAway64(f: FunctionGen, v: Ref): Ref {
  const m = f.m;
  const x = f.localOf("f64");
  return m.block(
    null,
    [
      m.local.set(x, v),
      m.f64.trunc(m.f64.add(f.get(x, "f64"), m.f64.copysign(m.f64.const(0.5), f.get(x, "f64")))),
    ],
    binaryen.f64,
  );
}

function roundAway32(f: FunctionGen, v: Ref): Ref {
  const m = f.m;
  const x = f.localOf("f32");
  return m.block(
    null,
    [
      m.local.set(x, v),
      m.f32.trunc(m.f32.add(f.get(x, "f32"), m.f32.copysign(m.f32.const(0.5), f.get(x, "f32")))),
    ],
    binaryen.f32,
  );
}

function rangeCheck(
  f: FunctionGen,
  value: Ref,
  repr: Repr,
  low: bigint,
  high: bigint,
  e: ast.Expr,
): Ref {
  const m = f.m;
  const x = f.localOf(repr);
  const outside =
    repr === "i64"
      ? m.i64.gt_u(m.i64.sub(f.get(x, "i64"), i64const(f, low)), i64const(f, high - low))
      : m.i32.gt_u(
          m.i32.sub(f.get(x, "i32"), m.i32.const(Number(BigInt.asIntN(32, low)))),
          m.i32.const(Number(BigInt.asIntN(32, high - low))),
        );
  return m.block(
    null,
    [
      m.local.set(x, value),
      m.if(outside, f.mg.fault(abi.FaultCode.valueOutOfRange, e.span)),
      f.get(x, repr),
    ],
    wasmType(repr),
  );
}

export function procedureName(proc: ProcedureSymbol): string {
  return proc.qualifiedName;
}
