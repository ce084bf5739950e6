// Procedures and the module body: formals bound to places, up-level variables (in the owner's
// frame memory, reached through static links), the function itself, its export, and __spindle_init.
import binaryen from "binaryen";
import * as abi from "./abi.js";
import { FunctionGen, type Place } from "./frames.js";
import { wasmType } from "./layout.js";
import { Names, type ModuleGen } from "./module.js";
import { NON_ALLOCATING_BUILTINS, wasmSignature } from "./calls.js";
import { intrinsicBody, intrinsicOf } from "./intrinsics.js";
import { reprOf, write } from "./exprs.js";
import { block, initVariable, parsedBlock, stmts } from "./stmts.js";
import type * as ast from "../lang/ast.js";
import type { ProcedureSymbol, Symbol, Type } from "../typecheck/index.js";
import { callOf, checksOf, constantOf, symbolOf, unitNamed } from "../typecheck/index.js";
import { isKnownCall } from "./known-calls.js";
import { accumulateTailCalls } from "./tail-calls.js";
import { WORD_OPS } from "./word.js";

type Ref = binaryen.ExpressionRef;

/** How an up-level variable is kept in its owner's frame memory. */
export interface UplevelSlot {
  readonly owner: ProcedureSymbol;
  offset: number;
  readonly kind: "value" | "address" | "open";
  readonly dims: number;
}

function ownerOf(sym: Symbol): ProcedureSymbol | undefined {
  if (sym.kind === "Formal") return sym.owner;
  if (sym.kind === "Variable" && sym.storage !== "global") return sym.owner;
  return undefined;
}

/** Every variable of an enclosing procedure that a nested procedure uses. */
export function analyseUplevel(mg: ModuleGen): void {
  for (const proc of mg.unit.procedures) {
    if (!proc.parent || !proc.decl?.body) continue;
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const x of node) visit(x);
        return;
      }
      if (node === null || typeof node !== "object") return;
      const n = node as { kind?: string };
      if (n.kind === "ProcedureDecl") return;
      if (n.kind === "Name" || n.kind === "Ident") {
        const sym = symbolOf(mg.program, node as ast.NameExpr);
        const owner = sym ? ownerOf(sym) : undefined;
        if (sym && owner && owner !== proc) mg.uplevelSymbols.add(sym);
        return;
      }
      for (const [key, value] of Object.entries(node)) if (key !== "span") visit(value);
    };
    visit(proc.decl.body);
  }
}

function openDimsOf(mg: ModuleGen, t: Type): number {
  let n = 0;
  for (let u = mg.layouts.concrete(t); u.kind === "OpenArray"; u = mg.layouts.concrete(u.element))
    n++;
  return n;
}

function innermostOf(mg: ModuleGen, t: Type): Type {
  let u = mg.layouts.concrete(t);
  while (u.kind === "OpenArray") u = mg.layouts.concrete(u.element);
  return u;
}

function hasChildren(mg: ModuleGen, proc: ProcedureSymbol): boolean {
  return mg.unit.procedures.some((p) => p.parent === proc);
}

/** Places for up-level variables owned by `f.proc`: reserved first in its frame memory. */
function reserveUplevel(f: FunctionGen, proc: ProcedureSymbol): void {
  const mg = f.mg;
  const L = mg.layouts;
  const mine = [...mg.uplevelSymbols].filter((s) => ownerOf(s) === proc);
  for (const sym of mine) {
    const type = sym.kind === "Formal" || sym.kind === "Variable" ? sym.type : undefined;
    if (!type) continue;
    const isOpen = L.concrete(type).kind === "OpenArray";
    const byAddress =
      sym.kind === "Formal" &&
      !isOpen &&
      (sym.mode === "VAR" || reprOf(f, type) === "agg") &&
      !(sym.mode === "VALUE" && reprOf(f, type) === "agg");
    if (isOpen) {
      const dims = openDimsOf(mg, type);
      mg.uplevel.set(sym, { owner: proc, offset: f.memAlloc(4 + 4 * dims, 4), kind: "open", dims });
    } else if (byAddress) {
      mg.uplevel.set(sym, { owner: proc, offset: f.memAlloc(4, 4), kind: "address", dims: 0 });
    } else {
      mg.uplevel.set(sym, {
        owner: proc,
        offset: f.memAlloc(Math.max(1, L.size(type)), L.align(type), L.pointerOffsets(type)),
        kind: "value",
        dims: 0,
      });
    }
  }
}

/** The place of an up-level slot, given the owner's memory base. */
export function uplevelSlotPlace(
  f: FunctionGen,
  slot: UplevelSlot,
  type: Type,
  base: () => Ref,
): Place {
  const m = f.m;
  const at = (extra = 0): Ref => m.i32.add(base(), m.i32.const(slot.offset + extra));
  switch (slot.kind) {
    case "value":
      return { kind: "mem", type, addr: () => at() };
    case "address":
      return { kind: "mem", type, addr: () => m.i32.load(0, 4, at()) };
    case "open":
      return {
        kind: "open",
        type,
        data: () => m.i32.load(0, 4, at()),
        lens: Array.from({ length: slot.dims }, (_, k) => () => m.i32.load(0, 4, at(4 + 4 * k))),
      };
    default: {
      const unreachable: never = slot.kind;
      return unreachable;
    }
  }
}

export function generateProcedure(mg: ModuleGen, proc: ProcedureSymbol): void {
  const decl = proc.decl;
  if (!decl?.body) return;
  const nested = proc.parent !== undefined;
  const sig = wasmSignature(mg, proc.signature, nested);
  const intrinsic = intrinsicOf(proc);
  if (intrinsic) {
    const body = intrinsicBody(mg, intrinsic, sig.params);
    if (body !== undefined) {
      mg.m.addFunction(
        proc.qualifiedName,
        binaryen.createType(sig.params),
        wasmType(sig.result),
        [],
        body,
      );
      exportProcedure(mg, proc);
      return;
    }
  }
  const f = new FunctionGen(mg, proc, sig.params);
  const m = mg.m;
  const L = mg.layouts;
  f.mayAllocate = allocatingProcedures(mg).result.has(proc);
  if (nested || hasChildren(mg, proc)) f.memAlloc(8, 8);
  reserveUplevel(f, proc);
  const entry: Ref[] = [];
  if (nested) {
    f.staticLinkParam = 0;
    entry.push(m.i32.store(0, 4, f.memAddr(0), m.local.get(0, binaryen.i32)));
  }
  let k = nested ? 1 : 0;
  for (const formal of proc.formals) {
    const type = formal.type;
    const u = L.concrete(type);
    const up = mg.uplevel.get(formal);
    if (u.kind === "OpenArray") {
      const dims = openDimsOf(mg, type);
      const base = k;
      k += 1 + dims;
      if (formal.mode === "VALUE") {
        let bytes: binaryen.ExpressionRef = m.i32.const(L.size(innermostOf(mg, type)));
        for (let d = 0; d < dims; d++)
          bytes = m.i32.mul(bytes, m.local.get(base + 1 + d, binaryen.i32));
        if (f.memSize === 0) f.memAlloc(8, 8);
        entry.push(f.copyOpenArray(base, bytes, decl.span));
      }
      if (up) {
        entry.push(m.i32.store(0, 4, f.memAddr(up.offset), m.local.get(base, binaryen.i32)));
        for (let d = 0; d < dims; d++)
          entry.push(
            m.i32.store(
              0,
              4,
              f.memAddr(up.offset + 4 + 4 * d),
              m.local.get(base + 1 + d, binaryen.i32),
            ),
          );
        f.places.set(
          formal,
          uplevelSlotPlace(f, up, type, () => m.local.get(f.mbLocal, binaryen.i32)),
        );
      } else {
        f.places.set(formal, {
          kind: "open",
          type,
          data: () => m.local.get(base, binaryen.i32),
          lens: Array.from(
            { length: dims },
            (_, d) => () => m.local.get(base + 1 + d, binaryen.i32),
          ),
        });
      }
      continue;
    }
    const index = k++;
    const repr = reprOf(f, type);
    if (formal.mode === "VAR" || (formal.mode === "READONLY" && repr === "agg")) {
      if (up) {
        entry.push(m.i32.store(0, 4, f.memAddr(up.offset), m.local.get(index, binaryen.i32)));
        f.places.set(
          formal,
          uplevelSlotPlace(f, up, type, () => m.local.get(f.mbLocal, binaryen.i32)),
        );
      } else {
        f.places.set(formal, { kind: "mem", type, addr: () => m.local.get(index, binaryen.i32) });
      }
      continue;
    }
    if (repr === "agg") {
      const offset = up
        ? up.offset
        : f.memAlloc(L.size(type), L.align(type), L.pointerOffsets(type));
      entry.push(
        m.memory.copy(
          f.memAddr(offset),
          m.local.get(index, binaryen.i32),
          m.i32.const(L.size(type)),
          Names.memory,
          Names.memory,
        ),
      );
      f.places.set(formal, { kind: "mem", type, addr: () => f.memAddr(offset) });
      continue;
    }
    if (up) {
      const p = uplevelSlotPlace(f, up, type, () => m.local.get(f.mbLocal, binaryen.i32));
      entry.push(write(f, p, m.local.get(index, wasmType(repr))));
      f.places.set(formal, p);
      continue;
    }
    const traced = L.isTracedRef(type);
    const slot = traced ? f.newRefSlot() : undefined;
    const p: Place =
      slot === undefined ? { kind: "local", index, type } : { kind: "local", index, type, slot };
    if (slot !== undefined) entry.push(f.slotStore(slot, m.local.get(index, binaryen.i32)));
    f.places.set(formal, p);
  }
  const result = proc.signature.result;
  if (result) {
    f.resultType = result;
    if (sig.aggregateResult) f.resultAddressParam = sig.params.length - 1;
    else f.resultLocal = f.localOf(sig.result);
  }
  const body: Ref[] = [block(f, parsedBlock(decl.body))];
  if (result && checksOf(mg.program, decl).some((c) => c.kind === "MissingReturn")) {
    body.push(mg.fault(abi.FaultCode.functionWithoutReturn, decl.endName?.span ?? decl.span));
  }
  const wrapped = f.wrap(entry, m.block(null, body), sig.result, decl.span);
  const looped =
    nested || hasChildren(mg, proc)
      ? undefined
      : accumulateTailCalls(f, proc.qualifiedName, sig.params, wasmType(sig.result), wrapped);
  mg.m.addFunction(
    proc.qualifiedName,
    binaryen.createType(sig.params),
    wasmType(sig.result),
    f.varTypes,
    looped ?? wrapped,
  );
  exportProcedure(mg, proc);
}

function exportProcedure(mg: ModuleGen, proc: ProcedureSymbol): void {
  const implemented = proc.implements;
  if (implemented && mg.exportsInterface(implemented.unit)) {
    mg.m.addFunctionExport(proc.qualifiedName, abi.exportName(implemented.unit, implemented.name));
    mg.metaExports.push({
      interface: implemented.unit,
      name: implemented.name,
      kind: "procedure",
      fingerprint: mg.fingerprintOf(implemented.unit, implemented.name),
    });
  }
}

/** Intrinsics (SPINDLE_…) whose generated bodies never reach the collector. */
function intrinsicAllocates(name: string): boolean {
  return !(
    (name.startsWith("SPINDLE_TEXT_") && !NEW_TEXT_INTRINSICS.has(name)) ||
    name.startsWith("SPINDLE_F64_")
  );
}
const NEW_TEXT_INTRINSICS = new Set(["SPINDLE_TEXT_NEW", "SPINDLE_TEXT_CAT", "SPINDLE_TEXT_SUB"]);

/**
 * The procedures of this module that may reach the collector, as a least fixed point: a body
 * allocates if it has NEW, `&`, RAISE or TRY, or calls anything that may — an imported, indirect
 * or method call always may; a call of a procedure of this module only if that one does (so
 * mutually recursive procedures that only compute, like a tree walk, need no frame). Word
 * operations and the known TEXT/Math primitives (known-calls.ts) are expanded inline and never do.
 */
const allocating = new WeakMap<ModuleGen, Analysis>();

interface Analysis {
  /** The module's procedures with bodies of their own (intrinsics are generated). */
  readonly local: ReadonlySet<ProcedureSymbol>;
  /** Those of them that may allocate (complete once the fixed point is reached). */
  readonly result: Set<ProcedureSymbol>;
}

function callAllocates(mg: ModuleGen, analysis: Analysis, call: ast.CallExpr): boolean {
  if (constantOf(mg.program, call) !== undefined) return false;
  const info = callOf(mg.program, call);
  if (!info) return true;
  const target = info.target;
  switch (target.kind) {
    case "Builtin":
      return !NON_ALLOCATING_BUILTINS.has(target.builtin);
    case "Procedure": {
      const proc = target.procedure.implementation ?? target.procedure;
      if (proc.unit === "Word" && !proc.parent && WORD_OPS[proc.name]) return false;
      if (isKnownCall(target.procedure)) return false;
      if (intrinsicOf(proc) && proc.unit === mg.unit.name) return intrinsicAllocates(proc.name);
      if (analysis.local.has(proc)) return analysis.result.has(proc);
      return true;
    }
    case "Method":
    case "Indirect":
      return true;
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }
}

function allocatingProcedures(mg: ModuleGen): Analysis {
  const known = allocating.get(mg);
  if (known) return known;
  const analysis: Analysis = {
    local: new Set(mg.unit.procedures.filter((p) => p.decl?.body && !intrinsicOf(p))),
    result: new Set<ProcedureSymbol>(),
  };
  const scan = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(scan);
    if (node === null || typeof node !== "object") return false;
    const n = node as { kind?: string; op?: string };
    if (n.kind === "Raise" || n.kind === "TryExcept" || n.kind === "TryFinally") return true;
    if (n.kind === "Binary" && n.op === "&") return true;
    if (n.kind === "Call" && callAllocates(mg, analysis, node as ast.CallExpr)) return true;
    for (const [key, value] of Object.entries(node)) if (key !== "span" && scan(value)) return true;
    return false;
  };
  for (let changed = true; changed;) {
    changed = false;
    for (const proc of analysis.local)
      if (!analysis.result.has(proc) && scan(proc.decl?.body)) {
        analysis.result.add(proc);
        changed = true;
      }
  }
  allocating.set(mg, analysis);
  return analysis;
}

/**
 * Whether the call itself (not its arguments) may reach the collector, by the analysis above: a
 * call of a procedure of this module that never allocates needs no operand rooted across it.
 */
export function callMayCollect(mg: ModuleGen, call: ast.CallExpr): boolean {
  return callAllocates(mg, allocatingProcedures(mg), call);
}

/** __spindle_init: register global roots, fill method suites, initialise globals, run the body. */
export function generateInit(mg: ModuleGen): void {
  const m = mg.m;
  const unit = mg.unit;
  const f = new FunctionGen(mg, undefined, []);
  const ast = unit.ast;
  const inits: Ref[] = [];
  const globals = [...unit.globals];
  for (const iface of unit.exports) {
    const u = unitNamed(mg.program, iface);
    if (u) globals.push(...u.globals);
  }
  for (const g of globals) {
    const gv = mg.global(g);
    const place: Place = { kind: "mem", type: g.type, addr: () => mg.globalAddress(gv) };
    inits.push(...initVariable(f, place, g.type, g.initExpr));
  }
  for (const e of unit.exceptions) mg.exceptionIdOf(e.exception);
  const body = ast.kind === "Module" ? stmts(f, ast.body) : m.nop();
  // everything that allocates static data has run: now the root map and method suites are final
  const actions = mg.initActions.map((a) => a(f));
  const prelude: Ref[] = [];
  if (mg.rootOffsets.length > 0) {
    const map = mg.data.put(abi.encodePointerMap(mg.rootOffsets), 4);
    prelude.push(
      m.call(
        mg.runtime(abi.RuntimeExport.registerRoots),
        [m.global.get(Names.memoryBase, binaryen.i32), mg.staticAddress(map)],
        binaryen.none,
      ),
    );
  }
  const wrapped = f.wrap([...prelude, ...actions, ...inits], body, "none", ast.span);
  mg.m.addFunction("__spindle_init", binaryen.none, binaryen.none, f.varTypes, wrapped);
  mg.m.addFunctionExport("__spindle_init", abi.INIT_EXPORT);
}
