// Statements: assignment (aggregates copy), control flow (IF, WHILE, REPEAT, LOOP/EXIT, FOR … BY,
// CASE via br_table when dense), WITH, nested blocks, RETURN, and the exception statements
// (RAISE, TRY EXCEPT with ELSE, TRY FINALLY with RETURN/EXIT leaving through the finally code).
import binaryen from "binaryen";
import { k64 } from "./layout.js";
import * as abi from "./abi.js";
import type { FinallyScope, FunctionGen, Place } from "./frames.js";
import { wasmType } from "./layout.js";
import { Names } from "./module.js";
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
import { convertScalar, genCall, openPlace } from "./calls.js";
import { initDefaults } from "./objects.js";
import {
  arrayValue,
  elementAfter,
  lengthRef,
  openAsFixed,
  placeLengths,
  shapeCheck,
} from "./shapes.js";
import { narrowTest } from "./type-tests.js";
import type * as ast from "../lang/ast.js";
import type { Symbol, Type } from "../typecheck/index.js";
import { checksOf, constantOf, ordinalOf, symbolOf, typeOfNode } from "../typecheck/index.js";

type Ref = binaryen.ExpressionRef;

export function stmts(f: FunctionGen, list: readonly ast.Stmt[]): Ref {
  const m = f.m;
  if (list.length === 0) return m.nop();
  const out = list.map((s) => stmt(f, s));
  return out.length === 1 ? (out[0] ?? m.nop()) : m.block(null, out);
}

function stmt(f: FunctionGen, s: ast.Stmt): Ref {
  const m = f.m;
  switch (s.kind) {
    case "Assign":
      return assign(f, s);
    case "CallStmt": {
      const c = genCall(f, s.call, undefined);
      return binaryen.getExpressionType(c) === binaryen.none ? c : m.drop(c);
    }
    case "Eval": {
      const v = expr(f, s.value);
      return binaryen.getExpressionType(v) === binaryen.none ? v : m.drop(v);
    }
    case "If": {
      let tail: Ref | undefined = s.otherwise ? stmts(f, s.otherwise) : undefined;
      for (let i = s.arms.length - 1; i >= 0; i--) {
        const arm = s.arms[i];
        if (!arm) continue;
        tail = m.if(expr(f, arm.condition), stmts(f, arm.body), tail);
      }
      return tail ?? m.nop();
    }
    case "While": {
      const exit = m_label(f, "wexit");
      const top = m_label(f, "wtop");
      f.loops.push({ exit, finallyDepth: f.finallies.length });
      const body = stmts(f, s.body);
      f.loops.pop();
      return m.block(exit, [
        m.loop(top, m.block(null, [m.br(exit, m.i32.eqz(expr(f, s.condition))), body, m.br(top)])),
      ]);
    }
    case "Repeat": {
      const exit = m_label(f, "rexit");
      const top = m_label(f, "rtop");
      f.loops.push({ exit, finallyDepth: f.finallies.length });
      const body = stmts(f, s.body);
      f.loops.pop();
      return m.block(exit, [
        m.loop(top, m.block(null, [body, m.br(top, m.i32.eqz(expr(f, s.condition)))])),
      ]);
    }
    case "Loop": {
      const exit = m_label(f, "lexit");
      const top = m_label(f, "ltop");
      f.loops.push({ exit, finallyDepth: f.finallies.length });
      const body = stmts(f, s.body);
      f.loops.pop();
      return m.block(exit, [m.loop(top, m.block(null, [body, m.br(top)]))]);
    }
    case "Exit": {
      const loop = f.loops[f.loops.length - 1];
      if (!loop) return m.nop();
      return jump(f, loop.finallyDepth, () => m.br(loop.exit));
    }
    case "Return":
      return returnStmt(f, s);
    case "For":
      return forStmt(f, s);
    case "Case":
      return caseStmt(f, s);
    case "TypeCase":
      return typeCaseStmt(f, s);
    case "With":
      return withStmt(f, s, 0);
    case "TryExcept":
      return tryExcept(f, s);
    case "TryFinally":
      return tryFinally(f, s);
    case "Raise":
      return raise(f, s);
    case "Lock":
      return m.block(null, [m.drop(expr(f, s.mutex)), stmts(f, s.body)]);
    case "BlockStmt":
      return block(f, s.block);
    case "Assert": {
      const cond = expr(f, s.condition);
      return m.if(m.i32.eqz(cond), f.mg.fault(abi.FaultCode.assertionFailed, s.span));
    }
    default: {
      const unreachable: never = s;
      return unreachable;
    }
  }
}

function m_label(f: FunctionGen, prefix: string): string {
  return f.mg.freshLabel(prefix);
}

// ---------------------------------------------------------------------------------------------
// Declarations inside a block: local variables with their initialisers

export function block(f: FunctionGen, b: ast.Block): Ref {
  const m = f.m;
  const init: Ref[] = [];
  for (const d of b.decls) {
    if (d.kind !== "VarDecl") continue;
    for (const name of d.names) {
      const sym = symbolOf(f.mg.program, name);
      if (!sym || sym.kind !== "Variable") continue;
      const p = f.mg.declareLocal(f, sym);
      init.push(...initVariable(f, p, sym.type, d.init));
    }
  }
  const body = m.block(null, [...init, stmts(f, b.body)]);
  return f.proc?.decl?.body === b ? raisesChecked(f, body) : body;
}

/**
 * A procedure's body, checked at run time for exceptions escaping outside its RAISES set (a
 * checked run-time error at the procedure's name). The checker already refuses any such escape
 * unless a <*FATAL*> pragma silences it, so only procedures of units with one pay for the handler.
 */
function raisesChecked(f: FunctionGen, body: Ref): Ref {
  const proc = f.proc;
  const decl = proc?.decl;
  if (!proc || !decl || proc.signature.raises.kind === "Any" || !hasFatalPragma(f.mg)) return body;
  const m = f.m;
  const label = f.mg.freshLabel("raises");
  const payload = f.localOf("i64");
  const id = (): Ref => m.i32.wrap(m.i64.shr_u(f.get(payload, "i64"), k64(m, 32n)));
  let listed: Ref = m.i32.const(0);
  for (const e of proc.signature.raises.exceptions)
    listed = m.i32.or(listed, m.i32.eq(id(), m.i32.const(f.mg.exceptionIdOf(e) | 0)));
  const onException = m.block(null, [
    m.local.set(payload, m.i64.pop()),
    m.if(listed, m.rethrow(label)),
    f.mg.fault(abi.FaultCode.exceptionNotInRaises, decl.name.span),
  ]);
  return m.try(label, body, [Names.tag], [onException]);
}

/** `generate` refuses a module checked without its bodies, so every block here is parsed. */
export function parsedBlock(body: ast.Block | ast.DeferredBlock): ast.Block {
  if (body.kind === "DeferredBlock") throw new Error("a procedure body was not parsed");
  return body;
}

const fatalUnits = new WeakMap<object, boolean>();

function hasFatalPragma(mg: FunctionGen["mg"]): boolean {
  const known = fatalUnits.get(mg.unit);
  if (known !== undefined) return known;
  const scan = (decls: readonly ast.Decl[]): boolean =>
    decls.some(
      (d) =>
        (d.kind === "PragmaDecl" && d.pragma.name === "FATAL") ||
        (d.kind === "ProcedureDecl" && d.body !== undefined && scan(parsedBlock(d.body).decls)),
    );
  const found = scan(mg.unit.ast.decls);
  fatalUnits.set(mg.unit, found);
  return found;
}

/**
 * The initial value of a variable: its initialiser, or its type's defaults (with FIRST(T) for a
 * subrange T excluding zero, Layouts.implicitInitial), zero otherwise.
 */
export function initVariable(f: FunctionGen, p: Place, t: Type, init: ast.Expr | undefined): Ref[] {
  const m = f.m;
  if (init) return [assignValue(f, p, t, init)];
  const addr = addressOf(p);
  const initial = f.mg.layouts.implicitInitial(t);
  if (addr && (initial !== undefined || reprOf(f, t) === "agg")) return initDefaults(f, t, addr);
  if (p.kind === "local") {
    const repr = reprOf(f, t);
    return [
      write(
        f,
        p,
        initial !== undefined
          ? constant(f, { kind: "Int", value: initial }, t)
          : repr === "i64"
            ? k64(m, 0n)
            : repr === "f32"
              ? m.f32.const(0)
              : repr === "f64"
                ? m.f64.const(0)
                : m.i32.const(0),
      ),
    ];
  }
  return [];
}

// ---------------------------------------------------------------------------------------------
// Assignment

function assign(f: FunctionGen, s: ast.AssignStmt): Ref {
  const m = f.m;
  const pre: Ref[] = [];
  const t = exprType(f, s.target);
  if (f.mg.layouts.concrete(t).kind === "OpenArray") return assignOpen(f, s, t);
  // an open array assigned to a fixed one: its shape is checked at the assignment
  const value = (): Ref => openAsFixed(f, s.value, s) ?? convertTo(f, s.value, t);
  // evaluate a value that may allocate first, so the target's base cannot be collected meanwhile
  if (mayAllocate(f, s.value)) {
    const repr = reprOf(f, t);
    const v = f.temp(value(), repr === "none" ? "i32" : repr, isTraced(f, t));
    const p = place(f, s.target, pre);
    if (!p) return m.nop();
    return m.block(null, [v.set, ...pre, write(f, p, v.get())]);
  }
  const p = place(f, s.target, pre);
  if (!p) return m.nop();
  return withPre(f, pre, write(f, p, value()), binaryen.none);
}

/**
 * `a := b` for an open array `a` (`r^`, a formal, SUBARRAY): b's elements are copied over a's once
 * every dimension's length agrees, the open ones at run time (report 2.3.1).
 */
function assignOpen(f: FunctionGen, s: ast.AssignStmt, t: Type): Ref {
  const m = f.m;
  const pre: Ref[] = [];
  const target = openPlace(f, s.target, pre);
  const source = arrayValue(f, s.value, pre);
  const sdata = source && addressOf(source);
  if (!target || !source || !sdata || target.kind !== "open") {
    f.mg.unsupported("this open-array assignment", s.span);
    return m.nop();
  }
  const depth = Math.max(openDims(f, t), openDims(f, exprType(f, s.value)));
  const lens = placeLengths(f, target, depth);
  const es = f.mg.layouts.size(elementAfter(f, t, depth));
  let bytes: Ref = m.i32.const(es);
  for (const len of lens) bytes = m.i32.mul(lengthRef(f, len), bytes);
  const from = f.localOf("i32");
  return m.block(null, [
    ...pre,
    m.local.set(from, sdata()),
    ...shapeCheck(f, placeLengths(f, source, depth), lens, s.span),
    m.memory.copy(target.data(), f.get(from, "i32"), bytes, Names.memory, Names.memory),
  ]);
}

function assignValue(f: FunctionGen, p: Place, t: Type, value: ast.Expr): Ref {
  return write(f, p, convertTo(f, value, t));
}

/**
 * The value of e converted to the representation of type t (INTEGER ↔ narrower registers, REAL ↔
 * LONGREAL). A procedure value that is stored (`stored`: assignment, RETURN, RAISE) must not be a
 * closure — a nested procedure reached through a formal — which would outlive its frame.
 */
export function convertTo(f: FunctionGen, e: ast.Expr, t: Type, stored = true): Ref {
  const v = expr(f, e);
  if (stored && f.mg.layouts.concrete(t).kind === "Procedure" && !constantOf(f.mg.program, e)) {
    const m = f.m;
    const x = f.localOf("i32");
    return m.block(
      null,
      [
        m.local.set(x, v),
        m.if(
          m.i32.lt_s(f.get(x, "i32"), m.i32.const(0)),
          f.mg.fault(abi.FaultCode.nestedProcedureStored, e.span),
        ),
        f.get(x, "i32"),
      ],
      binaryen.i32,
    );
  }
  return convertScalar(f, v, reprOf(f, exprType(f, e)), reprOf(f, t));
}

// ---------------------------------------------------------------------------------------------
// RETURN and EXIT through FINALLY

function returnStmt(f: FunctionGen, s: ast.ReturnStmt): Ref {
  const m = f.m;
  const out: Ref[] = [];
  if (s.value && f.resultType) {
    const rt = f.resultType;
    const repr = reprOf(f, rt);
    if (repr === "agg" && f.resultAddressParam !== undefined) {
      out.push(
        m.memory.copy(
          f.get(f.resultAddressParam, "i32"),
          expr(f, s.value),
          m.i32.const(f.mg.layouts.size(rt)),
          Names.memory,
          Names.memory,
        ),
      );
    } else if (f.resultLocal !== undefined) {
      out.push(m.local.set(f.resultLocal, convertTo(f, s.value, rt)));
    }
  }
  out.push(jump(f, 0, () => m.br(f.bodyLabel)));
  return out.length === 1 ? (out[0] ?? m.nop()) : m.block(null, out);
}

/** A jump to a target outside the FINALLY scopes deeper than `depth`: through each finally code. */
function jump(f: FunctionGen, depth: number, direct: () => Ref): Ref {
  const m = f.m;
  if (f.finallies.length <= depth) return direct();
  const scope = f.finallies[f.finallies.length - 1] as FinallyScope;
  const saved = f.finallies.pop() as FinallyScope;
  // the action re-emitted after the finally code, in the context outside this scope
  const action = jump(f, depth, direct);
  f.finallies.push(saved);
  scope.actions.push(() => action);
  const id = scope.actions.length;
  return m.block(null, [m.local.set(scope.actionLocal, m.i32.const(id)), m.br(scope.after)]);
}

// ---------------------------------------------------------------------------------------------
// FOR

function forStmt(f: FunctionGen, s: ast.ForStmt): Ref {
  const m = f.m;
  const sym = symbolOf(f.mg.program, s.variable);
  if (!sym || sym.kind !== "Variable") return m.nop();
  const repr = reprOf(f, sym.type) === "i32" ? "i32" : "i64";
  const p = f.mg.declareLocal(f, sym);
  const wide = repr === "i64";
  const I = wide ? m.i64 : m.i32;
  const conv = (e: ast.Expr): Ref => convertScalar(f, expr(f, e), reprOf(f, exprType(f, e)), repr);
  const limit = f.localOf(repr);
  const step = f.localOf(repr);
  const byValue = s.by ? constantOf(f.mg.program, s.by) : undefined;
  const constStep = s.by ? (byValue && byValue.kind === "Int" ? byValue.value : undefined) : 1n;
  const exit = f.mg.freshLabel("fexit");
  const top = f.mg.freshLabel("ftop");
  const i = (): Ref => read(f, p);
  const stepGet = (): Ref =>
    constStep !== undefined
      ? wide
        ? i64const(f, constStep)
        : m.i32.const(Number(constStep))
      : f.get(step, repr);
  const setup: Ref[] = [write(f, p, conv(s.from)), m.local.set(limit, conv(s.to))];
  if (s.by && constStep === undefined) setup.push(m.local.set(step, conv(s.by)));
  f.loops.push({ exit, finallyDepth: f.finallies.length });
  const body = stmts(f, s.body);
  const body2 = constStep === undefined ? stmts(f, s.body) : m.nop();
  f.loops.pop();
  const lim = (): Ref => f.get(limit, repr);
  // up: stop when i > limit; after the body stop when limit - i < step (no overflow past LAST)
  const up = (): Ref[] => [
    m.br(exit, I.gt_s(i(), lim())),
    m.loop(
      top,
      m.block(null, [
        body,
        m.br(exit, I.lt_u(I.sub(lim(), i()), stepGet())),
        write(f, p, I.add(i(), stepGet())),
        m.br(top),
      ]),
    ),
  ];
  const down = (): Ref[] => [
    m.br(exit, I.lt_s(i(), lim())),
    m.loop(
      top,
      m.block(null, [
        body,
        m.br(exit, I.lt_u(I.sub(i(), lim()), I.sub(wide ? k64(m, 0n) : m.i32.const(0), stepGet()))),
        write(f, p, I.add(i(), stepGet())),
        m.br(top),
      ]),
    ),
  ];
  if (constStep !== undefined) {
    return m.block(exit, [...setup, ...(constStep >= 0n ? up() : down())]);
  }
  const zero = wide ? k64(m, 0n) : m.i32.const(0);
  const top2 = f.mg.freshLabel("ftop");
  const exit2 = f.mg.freshLabel("fexit");
  return m.block(exit, [
    ...setup,
    m.if(
      I.ge_s(f.get(step, repr), zero),
      m.block(null, up()),
      m.block(exit2, [
        m.br(exit2, I.lt_s(i(), lim())),
        m.loop(
          top2,
          m.block(null, [
            body2,
            m.br(
              exit2,
              I.lt_u(I.sub(i(), lim()), I.sub(wide ? k64(m, 0n) : m.i32.const(0), stepGet())),
            ),
            write(f, p, I.add(i(), stepGet())),
            m.br(top2),
          ]),
        ),
      ]),
    ),
  ]);
}

// ---------------------------------------------------------------------------------------------
// CASE and TYPECASE

function caseStmt(f: FunctionGen, s: ast.CaseStmt): Ref {
  const m = f.m;
  const t = exprType(f, s.selector);
  const repr = reprOf(f, t) === "i64" ? "i64" : "i32";
  const sel = f.localOf(repr);
  const get = (): Ref => f.get(sel, repr);
  const ord = (e: ast.Expr): bigint => {
    const v = constantOf(f.mg.program, e);
    return v === undefined ? 0n : (ordinalOf(v) ?? 0n);
  };
  const ranges: { low: bigint; high: bigint; arm: number }[] = [];
  s.arms.forEach((arm, k) => {
    for (const label of arm.labels)
      ranges.push({
        low: ord(label.low),
        high: label.high ? ord(label.high) : ord(label.low),
        arm: k,
      });
  });
  const noArm = checksOf(f.mg.program, s).some((c) => c.kind === "CaseNoArm") || !s.otherwise;
  const otherwise = s.otherwise
    ? stmts(f, s.otherwise)
    : noArm
      ? f.mg.fault(abi.FaultCode.noCaseArm, s.span)
      : m.nop();
  const bodies = s.arms.map((arm) => stmts(f, arm.body));
  const exit = f.mg.freshLabel("cexit");
  if (ranges.length === 0) return m.block(null, [m.local.set(sel, expr(f, s.selector)), otherwise]);
  const min = ranges.reduce((a, r) => (r.low < a ? r.low : a), ranges[0]!.low);
  const max = ranges.reduce((a, r) => (r.high > a ? r.high : a), ranges[0]!.high);
  const span = max - min + 1n;
  const c = (v: bigint): Ref =>
    repr === "i64" ? i64const(f, v) : m.i32.const(Number(BigInt.asIntN(32, v)));
  const I = repr === "i64" ? m.i64 : m.i32;
  if (span <= 1024n && span <= BigInt(ranges.length) * 4n + 16n) {
    // dense: br_table over [min..max]
    const armLabels = s.arms.map(() => f.mg.freshLabel("arm"));
    const elseLabel = f.mg.freshLabel("celse");
    const table: string[] = [];
    for (let v = min; v <= max; v++) {
      const r = ranges.find((x) => v >= x.low && v <= x.high);
      table.push(r ? (armLabels[r.arm] ?? elseLabel) : elseLabel);
    }
    let index = I.sub(get(), c(min));
    if (repr === "i64") {
      index = m.select(
        m.i64.gt_u(m.i64.sub(get(), c(min)), c(span - 1n)),
        m.i32.const(Number(span)),
        m.i32.wrap(m.i64.sub(get(), c(min))),
      );
    }
    // nested blocks: innermost is the dispatch, each arm's code follows its block
    let inner: Ref = m.block(elseLabel, [m.block(null, [m.switch(table, elseLabel, index)])]);
    const labelsInOrder = [...armLabels];
    inner = m.block(null, [m.local.set(sel, expr(f, s.selector)), inner, otherwise, m.br(exit)]);
    for (let k = 0; k < labelsInOrder.length; k++) {
      inner = m.block(null, [
        m.block(labelsInOrder[k] ?? "", [inner]),
        bodies[k] ?? m.nop(),
        m.br(exit),
      ]);
    }
    return m.block(exit, [inner]);
  }
  // sparse: a chain of comparisons
  let chain: Ref = otherwise;
  for (let k = s.arms.length - 1; k >= 0; k--) {
    const mine = ranges.filter((r) => r.arm === k);
    let cond: Ref | undefined;
    for (const r of mine) {
      const test =
        r.low === r.high
          ? I.eq(get(), c(r.low))
          : I.le_u(I.sub(get(), c(r.low)), c(r.high - r.low));
      cond = cond ? m.i32.or(cond, test) : test;
    }
    chain = m.if(cond ?? m.i32.const(0), bodies[k] ?? m.nop(), chain);
  }
  return m.block(exit, [m.local.set(sel, expr(f, s.selector)), chain]);
}

function typeCaseStmt(f: FunctionGen, s: ast.TypeCaseStmt): Ref {
  const m = f.m;
  const sel = f.mg.freshLabel("tc");
  void sel;
  const x = f.localOf("i32");
  const slot = f.newRefSlot();
  const get = (): Ref => f.get(x, "i32");
  const setup = [m.local.set(x, expr(f, s.selector))];
  if (slot !== undefined) setup.push(f.slotStore(slot, get()));
  let chain: Ref = s.otherwise
    ? stmts(f, s.otherwise)
    : f.mg.fault(abi.FaultCode.noTypecaseArm, s.span);
  for (let k = s.arms.length - 1; k >= 0; k--) {
    const arm = s.arms[k];
    if (!arm) continue;
    let cond: Ref | undefined;
    for (const tn of arm.types) {
      const t = typeOfNode(f.mg.program, tn);
      if (!t) continue;
      const test = narrowTest(f, get, t, true);
      cond = cond ? m.i32.or(cond, test) : test;
    }
    const body: Ref[] = [];
    if (arm.binding) {
      const sym = symbolOf(f.mg.program, arm.binding);
      if (sym && sym.kind === "Variable") {
        const p = f.mg.declareLocal(f, sym);
        body.push(write(f, p, get()));
      }
    }
    body.push(stmts(f, arm.body));
    chain = m.if(cond ?? m.i32.const(0), m.block(null, body), chain);
  }
  return m.block(null, [...setup, chain]);
}

// ---------------------------------------------------------------------------------------------
// WITH

function withStmt(f: FunctionGen, s: ast.WithStmt, index: number): Ref {
  const m = f.m;
  const binding = s.bindings[index];
  if (!binding) return stmts(f, s.body);
  const sym = symbolOf(f.mg.program, binding.name);
  if (!sym || sym.kind !== "Variable") return withStmt(f, s, index + 1);
  const t = exprType(f, binding.value);
  const pre: Ref[] = [];
  const L = f.mg.layouts;
  const designator = isDesignator(binding.value);
  if (designator) {
    const p =
      L.concrete(t).kind === "OpenArray"
        ? openPlace(f, binding.value, pre)
        : place(f, binding.value, pre);
    if (p) {
      f.places.set(sym as Symbol, p);
      return m.block(null, [...pre, withStmt(f, s, index + 1)]);
    }
  }
  const repr = reprOf(f, t);
  if (repr === "agg") {
    const tmp = f.localOf("i32");
    f.places.set(sym as Symbol, { kind: "value", type: t, get: () => f.get(tmp, "i32") });
    return m.block(null, [m.local.set(tmp, expr(f, binding.value)), withStmt(f, s, index + 1)]);
  }
  const p = f.mg.declareLocal(f, sym);
  return m.block(null, [
    write(f, p, convertTo(f, binding.value, sym.type, false)),
    withStmt(f, s, index + 1),
  ]);
}

function isDesignator(e: ast.Expr): boolean {
  switch (e.kind) {
    case "Name":
    case "Deref":
    case "Index":
      return true;
    case "Select":
      return true;
    case "Paren":
      return isDesignator(e.inner);
    case "Call":
      return e.callee.kind === "Name" && e.callee.name.name === "SUBARRAY";
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Exceptions

function raise(f: FunctionGen, s: ast.RaiseStmt): Ref {
  const m = f.m;
  const sym = symbolOf(f.mg.program, s.exception);
  if (!sym || sym.kind !== "Exception") return m.unreachable();
  const id = f.mg.exceptionIdOf(sym.exception);
  let arg: Ref = m.i32.const(0);
  const argType = sym.exception.argument;
  if (s.argument && argType) {
    if (f.mg.layouts.isTracedRef(argType)) arg = convertTo(f, s.argument, argType);
    else arg = f.mg.boxException(f, argType, convertTo(f, s.argument, argType));
  }
  const site = m.i32.const(f.mg.faultSite(s.span));
  return m.block(null, [
    m.call(f.mg.host(abi.HostImport.raisedAt), [site], binaryen.none),
    m.call(f.mg.runtime(abi.RuntimeExport.raise), [m.i32.const(id | 0), arg], binaryen.none),
    m.unreachable(),
  ]);
}

function tryExcept(f: FunctionGen, s: ast.TryExceptStmt): Ref {
  const m = f.m;
  const label = f.mg.freshLabel("try");
  const body = stmts(f, s.body);
  const payload = f.localOf("i64");
  const id = (): Ref => m.i32.wrap(m.i64.shr_u(f.get(payload, "i64"), k64(m, 32n)));
  const argument = (): Ref => m.i32.wrap(f.get(payload, "i64"));
  let chain: Ref = s.otherwise ? stmts(f, s.otherwise) : m.rethrow(label);
  for (let k = s.handlers.length - 1; k >= 0; k--) {
    const h = s.handlers[k];
    if (!h) continue;
    let cond: Ref | undefined;
    let argType: Type | undefined;
    for (const q of h.exceptions) {
      const sym = symbolOf(f.mg.program, q);
      if (!sym || sym.kind !== "Exception") continue;
      argType = sym.exception.argument;
      const test = m.i32.eq(id(), m.i32.const(f.mg.exceptionIdOf(sym.exception) | 0));
      cond = cond ? m.i32.or(cond, test) : test;
    }
    const handler: Ref[] = [];
    if (h.binding && argType) {
      const sym = symbolOf(f.mg.program, h.binding);
      if (sym && sym.kind === "Variable") {
        const p = f.mg.declareLocal(f, sym);
        const value = f.mg.layouts.isTracedRef(argType)
          ? argument()
          : f.mg.unboxException(f, argType, argument());
        handler.push(write(f, p, value));
      }
    }
    handler.push(stmts(f, h.body));
    chain = m.if(cond ?? m.i32.const(0), m.block(null, handler), chain);
  }
  const catchBody = m.block(null, [m.local.set(payload, m.i64.pop()), f.restoreStack(), chain]);
  return m.try(label, body, [Names.tag], [catchBody]);
}

function tryFinally(f: FunctionGen, s: ast.TryFinallyStmt): Ref {
  const m = f.m;
  const label = f.mg.freshLabel("tryf");
  const after = f.mg.freshLabel("finally");
  const actionLocal = f.localOf("i32");
  const scope: FinallyScope = { after, actionLocal, actions: [] };
  f.finallies.push(scope);
  const body = stmts(f, s.body);
  f.finallies.pop();
  // the finally code is emitted twice: after normal or jumping exits, and when an exception passes
  const onException = m.block(null, [f.restoreStack(), stmts(f, s.finally), m.rethrow(label)]);
  const guarded = m.try(label, body, [], [onException]);
  const normal = stmts(f, s.finally);
  const dispatch: Ref[] = scope.actions.map((action, k) =>
    m.if(m.i32.eq(f.get(actionLocal, "i32"), m.i32.const(k + 1)), action()),
  );
  return m.block(null, [
    m.local.set(actionLocal, m.i32.const(0)),
    m.block(after, [guarded]),
    normal,
    ...dispatch,
  ]);
}

export { constant, wasmType };
