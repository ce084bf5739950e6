// Heap types: type descriptors in static data, method suites filled at module init, NEW, and the
// constant-time type tests behind NARROW, ISTYPE and TYPECASE (depth + display lookup).
import { createHash } from "node:crypto";
import binaryen from "binaryen";
import { k64 } from "./layout.js";
import * as abi from "./abi.js";
import type { FunctionGen } from "./frames.js";
import { constant, expr, exprType, mayAllocate, openDims, store } from "./exprs.js";
import { allocSmall } from "./runtime/emit.js";
import { convertScalar } from "./calls.js";
import type * as ast from "../lang/ast.js";
import type { Span } from "../lang/source.js";
import type { ConstValue, ObjectType, Type } from "../typecheck/index.js";
import {
  callOf,
  constantOf,
  objectMembers,
  typeFingerprint,
  typeName,
} from "../typecheck/index.js";
import type { ModuleGen } from "./module.js";

type Ref = binaryen.ExpressionRef;

/** Type ids from ROOT (depth 0) down to an object type; undefined when an ancestor is opaque. */
export function objectDisplay(mg: ModuleGen, t: Type): number[] | undefined {
  const chain: number[] = [];
  let u = mg.layouts.concrete(t);
  let guard = 0;
  while (u.kind === "Object" && guard++ < 100) {
    chain.unshift(abi.typeIdOf(typeFingerprint(u)));
    u = mg.layouts.concrete(u.super);
  }
  if (u.kind === "Opaque") return undefined;
  return [abi.ROOT_TYPE_ID, ...chain];
}

export function typeIdFor(mg: ModuleGen, t: Type): number {
  const u = mg.layouts.concrete(t);
  if (u.kind === "Text") return abi.TEXT_TYPE_ID;
  if (u.kind === "Root") return abi.ROOT_TYPE_ID;
  return abi.typeIdOf(typeFingerprint(u));
}

/** Static descriptor for heap objects of type `t` (an object type or a REF type); its offset. */
export function descriptor(mg: ModuleGen, t: Type): number {
  const L = mg.layouts;
  const u = L.concrete(t);
  const fingerprint = typeFingerprint(u);
  const known = mg.descriptors.get(fingerprint);
  if (known !== undefined) return known;
  const id = abi.typeIdOf(fingerprint);
  let layout: abi.DescriptorLayout;
  let kind: "fixed" | "openArray" | "object" = "fixed";
  if (u.kind === "Object") {
    kind = "object";
    if (!objectDisplay(mg, u)) {
      // the hidden part's size, fields and methods live in the revealing module (docs/codegen.md)
      mg.unsupported(
        `allocating ${typeName(t)}, a subtype of an opaque type revealed in another module`,
      );
    }
    const fields = L.objectFields(u);
    const pointers: number[] = [];
    fields.types.forEach((ft, i) => {
      for (const p of L.pointerOffsets(ft))
        pointers.push(fields.dataStart + (fields.layout.fields[i]?.offset ?? 0) + p);
    });
    layout = {
      typeId: id,
      kind: abi.DescriptorKind.object,
      openDims: 0,
      display: objectDisplay(mg, u) ?? [abi.ROOT_TYPE_ID, id],
      size: L.objectSize(u),
      pointerOffsets: pointers,
    };
  } else if (u.kind === "Ref") {
    const target = L.concrete(u.target);
    if (target.kind === "OpenArray") {
      kind = "openArray";
      let element: Type = target;
      let dims = 0;
      for (let x = L.concrete(element); x.kind === "OpenArray"; x = L.concrete(element)) {
        element = x.element;
        dims++;
      }
      layout = {
        typeId: id,
        kind: abi.DescriptorKind.openArray,
        openDims: dims,
        display: [id],
        size: L.size(element),
        pointerOffsets: L.pointerOffsets(element),
      };
    } else {
      layout = {
        typeId: id,
        kind: abi.DescriptorKind.fixed,
        openDims: 0,
        display: [id],
        size: abi.HEADER_SIZE + L.size(target),
        pointerOffsets: L.pointerOffsets(target).map((p) => abi.HEADER_SIZE + p),
      };
    }
  } else {
    layout = {
      typeId: id,
      kind: abi.DescriptorKind.fixed,
      openDims: 0,
      display: [id],
      size: abi.HEADER_SIZE + 8,
      pointerOffsets: [],
    };
  }
  const offset = mg.data.put(abi.encodeDescriptor(layout), 8);
  mg.descriptors.set(fingerprint, offset);
  mg.types.push({
    id,
    name: typeName(t),
    fingerprint,
    kind,
    descriptorOffset: offset,
    size: layout.size,
    pointerCount: layout.pointerOffsets.length,
  });
  if (u.kind === "Object") methodSuite(mg, u, offset);
  return offset;
}

/** The method suite: one absolute table index per method, written by __spindle_init. */
function methodSuite(mg: ModuleGen, t: Type, descriptorOffset: number): void {
  const members = objectMembers(t, mg.unit.view);
  const suite = mg.data.reserve(4 * Math.max(1, members.methods.length), 4);
  const bindings = members.methods.map((method) =>
    method.binding && method.binding.kind === "Procedure" ? method.binding.procedure : undefined,
  );
  mg.initActions.push((f) => {
    const m = mg.m;
    const stores: Ref[] = [
      m.i32.store(
        abi.DescriptorField.methods,
        4,
        mg.staticAddress(descriptorOffset),
        mg.staticAddress(suite),
      ),
    ];
    bindings.forEach((proc, k) => {
      const value = proc
        ? m.i32.sub(mg.procedureValue(mg.procedureFunction(proc)), m.i32.const(1))
        : m.i32.const(-1);
      stores.push(m.i32.store(4 * k, 4, mg.staticAddress(suite), value));
    });
    void f;
    return m.block(null, stores);
  });
}

/**
 * NEW(T, m := P) is NEW(T OBJECT OVERRIDES m := P END) (Modula-3 report 2.6.9): an anonymous
 * subtype with its own descriptor and method suite, shared by every NEW with the same bindings.
 */
function withMethodOverrides(
  mg: ModuleGen,
  u: Type,
  inits: readonly { readonly name: string; readonly expr: ast.Expr }[],
  span: Span,
): Type {
  if (u.kind !== "Object") return u;
  const fieldNames = mg.layouts.objectFields(u).names;
  const overrides: ObjectType["overrides"] = [];
  for (const init of inits) {
    if (fieldNames.includes(init.name)) continue;
    const value = constantOf(mg.program, init.expr);
    if (value?.kind !== "Procedure") {
      mg.unsupported(`binding the method '${init.name}' in NEW to a non-constant`, span);
      continue;
    }
    overrides.push({ name: init.name, value });
  }
  if (overrides.length === 0) return u;
  return { kind: "Object", super: u, traced: u.traced, fields: [], methods: [], overrides };
}

/** NEW(T, …) */
export function allocate(f: FunctionGen, e: ast.CallExpr, refType: Type | undefined): Ref {
  const m = f.m;
  const mg = f.mg;
  const L = mg.layouts;
  if (!refType) return m.unreachable();
  const info = callOf(mg.program, e);
  const u = withMethodOverrides(mg, L.concrete(refType), info?.fieldInits ?? [], e.span);
  if (u.kind === "Opaque" && !u.qualifiedName.includes(".")) {
    // MUTEX, the one predeclared opaque type: an empty branded object
    const mutex: Type = {
      kind: "Object",
      super: { kind: "Root", traced: true },
      traced: true,
      brand: u.qualifiedName,
      fields: [],
      methods: [],
      overrides: [],
    };
    return allocFixed(f, descriptor(mg, mutex), abi.HEADER_SIZE);
  }
  if (u.kind === "Opaque") {
    if ((info?.fieldInits ?? []).length > 0) {
      mg.unsupported(`field bindings in NEW of the opaque type ${typeName(refType)}`, e.span);
    }
    return m.call(mg.importAllocator(u), [], binaryen.i32);
  }
  const desc = descriptor(mg, u);
  const descAddr = (): Ref => mg.staticAddress(desc);
  if (u.kind === "Ref" && L.concrete(u.target).kind === "OpenArray") {
    const sizes = info?.sizes ?? [];
    const dims = openDims(f, u.target);
    if (dims === 1 && sizes[0]) {
      const n = sizes[0];
      const len = f.localOf("i64");
      return m.block(
        null,
        [
          m.local.set(len, convertScalar(f, expr(f, n), L.reprOf(exprType(f, n)), "i64")),
          m.if(
            m.i64.gt_u(f.get(len, "i64"), k64(m, 0x3fffffffn)),
            mg.fault(abi.FaultCode.negativeLength, e.span),
          ),
          m.call(
            mg.runtime(abi.RuntimeExport.allocOpen),
            [descAddr(), m.i32.wrap(f.get(len, "i64"))],
            binaryen.i32,
          ),
        ],
        binaryen.i32,
      );
    }
    // several open dimensions: lengths after the header, elements after them
    const lens = sizes.map(() => f.localOf("i32"));
    const setup: Ref[] = sizes.map((s, k) =>
      m.local.set(
        lens[k] ?? 0,
        m.i32.wrap(convertScalar(f, expr(f, s), L.reprOf(exprType(f, s)), "i64")),
      ),
    );
    let element: Type = u.target;
    for (let x = L.concrete(element); x.kind === "OpenArray"; x = L.concrete(element))
      element = x.element;
    let total: Ref = m.i32.const(L.size(element));
    for (const l of lens) total = m.i32.mul(total, f.get(l, "i32"));
    const obj = f.localOf("i32");
    return m.block(
      null,
      [
        ...setup,
        m.local.set(
          obj,
          m.call(
            mg.runtime(abi.RuntimeExport.alloc),
            [descAddr(), m.i32.add(m.i32.const(abi.openArrayElementsOffset(dims)), total)],
            binaryen.i32,
          ),
        ),
        ...lens.map((l, k) =>
          m.i32.store(abi.OPEN_ARRAY_LENGTHS + 4 * k, 4, f.get(obj, "i32"), f.get(l, "i32")),
        ),
        f.get(obj, "i32"),
      ],
      binaryen.i32,
    );
  }
  const size =
    u.kind === "Object"
      ? L.objectSize(u)
      : u.kind === "Ref"
        ? abi.HEADER_SIZE + L.size(u.target)
        : abi.HEADER_SIZE + 8;
  const inits = info?.fieldInits ?? [];
  // the object is only at risk while a field initialiser may reach the collector
  const obj = f.temp(
    allocFixed(f, desc, size),
    "i32",
    inits.some((init) => mayAllocate(f, init.expr)),
  );
  const stmts: Ref[] = [obj.set];
  // a zero value needs no store: the cell is zero, and a bound field's default is never stored
  const needsStore = (e: ast.Expr): boolean => {
    const value = constantOf(mg.program, e);
    return value === undefined || !isZero(value);
  };
  if (u.kind === "Object") {
    const fields = L.objectFields(u);
    const members = objectMembers(u, mg.unit.view);
    const bound = new Set(inits.map((init) => fields.names.lastIndexOf(init.name)));
    members.fields.forEach((field, i) => {
      if (bound.has(i)) return;
      const offset = fields.dataStart + (fields.layout.fields[i]?.offset ?? 0);
      const at = (): Ref => m.i32.add(obj.get(), m.i32.const(offset));
      const value = field.defaultValue;
      // a field of record type without a default of its own still gets its record's defaults
      if (!value) stmts.push(...initDefaults(f, field.type, at, { zeroed: true }));
      else if (!isZero(value))
        stmts.push(store(f, field.type, at(), constant(f, value, field.type)));
    });
    for (const init of inits) {
      const i = fields.names.lastIndexOf(init.name);
      if (i < 0) continue; // a method: bound in the descriptor of withMethodOverrides
      if (!needsStore(init.expr)) continue;

      const ft = fields.types[i];
      if (!ft) continue;
      const value = expr(f, init.expr);
      const at = m.i32.add(
        obj.get(),
        m.i32.const(fields.dataStart + (fields.layout.fields[i]?.offset ?? 0)),
      );
      stmts.push(
        store(f, ft, at, convertScalar(f, value, L.reprOf(exprType(f, init.expr)), L.reprOf(ft))),
      );
    }
  } else if (u.kind === "Ref") {
    const target = L.concrete(u.target);
    const bound = new Set(
      target.kind === "Record"
        ? inits.map((init) => target.fields.findIndex((x) => x.name === init.name))
        : [],
    );
    stmts.push(
      ...initDefaults(f, u.target, () => m.i32.add(obj.get(), m.i32.const(abi.HEADER_SIZE)), {
        zeroed: true,
        bound,
      }),
    );
    if (target.kind === "Record") {
      const layout = L.recordLayout(target);
      for (const init of inits) {
        const i = target.fields.findIndex((x) => x.name === init.name);
        const ft = target.fields[i];
        if (!ft || !needsStore(init.expr)) continue;
        const value = convertScalar(
          f,
          expr(f, init.expr),
          L.reprOf(exprType(f, init.expr)),
          L.reprOf(ft.type),
        );
        const at = m.i32.add(
          obj.get(),
          m.i32.const(abi.HEADER_SIZE + (layout.fields[i]?.offset ?? 0)),
        );
        stmts.push(store(f, ft.type, at, value));
      }
    }
  }
  stmts.push(obj.get());
  return m.block(null, stmts, binaryen.i32);
}

/**
 * Stores the non-NIL field defaults of records (and arrays of them) at addr. In `zeroed` memory
 * (a fresh heap cell) zero defaults are skipped too; fields of the outer record in `bound` are
 * about to be assigned by the caller, so their defaults are not stored at all.
 */
export function initDefaults(
  f: FunctionGen,
  t: Type,
  addr: () => Ref,
  options: { readonly zeroed?: boolean; readonly bound?: ReadonlySet<number> } = {},
): Ref[] {
  const m = f.m;
  const L = f.mg.layouts;
  const u = L.concrete(t);
  const out: Ref[] = [];
  const inner = { zeroed: options.zeroed ?? false };
  if (u.kind === "Record") {
    const layout = L.recordLayout(u);
    u.fields.forEach((field, i) => {
      if (options.bound?.has(i)) return;
      const offset = layout.fields[i]?.offset ?? 0;
      const at = (): Ref => m.i32.add(addr(), m.i32.const(offset));
      const value = field.defaultValue;
      if (value && value.kind !== "Nil") {
        if (!(inner.zeroed && isZero(value)))
          out.push(store(f, field.type, at(), constant(f, value, field.type)));
      } else out.push(...initDefaults(f, field.type, at, inner));
    });
  } else if (u.kind === "Array") {
    const count = L.arrayCount(u);
    const es = L.size(u.element);
    const probe = initDefaults(f, u.element, () => m.local.get(0, binaryen.i32), inner);
    if (probe.length > 0 && count > 0) {
      const p = f.localOf("i32");
      const end = f.localOf("i32");
      const loop = f.mg.freshLabel("defaults");
      const body = initDefaults(f, u.element, () => f.get(p, "i32"), inner);
      out.push(
        m.local.set(p, addr()),
        m.local.set(end, m.i32.add(f.get(p, "i32"), m.i32.const(count * es))),
        m.loop(
          loop,
          m.block(null, [
            ...body,
            m.local.set(p, m.i32.add(f.get(p, "i32"), m.i32.const(es))),
            m.br(loop, m.i32.lt_u(f.get(p, "i32"), f.get(end, "i32"))),
          ]),
        ),
      );
    }
  }
  return out;
}

/** 1 when the non-NIL reference in `get` has a type that is a subtype of `target`. */
function subtypeTest(f: FunctionGen, get: () => Ref, target: Type): Ref {
  const m = f.m;
  const mg = f.mg;
  const u = mg.layouts.concrete(target);
  const desc = (): Ref => m.i32.load(0, 4, get());
  switch (u.kind) {
    case "Refany":
    case "Address":
      return m.i32.const(1);
    case "Null":
      // only NIL has type NULL; the caller has handled NIL
      return m.i32.const(0);
    case "Root":
      return m.i32.eq(
        m.i32.load8_u(abi.DescriptorField.kind, 1, desc()),
        m.i32.const(abi.DescriptorKind.object),
      );
    case "Text":
      return m.i32.eq(
        m.i32.load(abi.DescriptorField.typeId, 4, desc()),
        m.i32.const(abi.TEXT_TYPE_ID | 0),
      );
    case "Object": {
      const display = objectDisplay(mg, u);
      if (!display) {
        mg.unsupported(`a type test against ${typeName(target)}, whose supertype is opaque here`);
        return m.i32.const(1);
      }
      const depth = display.length - 1;
      const id = display[depth] ?? 0;
      const d = f.localOf("i32");
      return m.block(
        null,
        [
          m.local.set(d, desc()),
          m.if(
            m.i32.gt_u(
              m.i32.const(depth),
              m.i32.load16_u(abi.DescriptorField.depth, 2, f.get(d, "i32")),
            ),
            m.i32.const(0),
            m.i32.eq(
              m.i32.load(abi.DescriptorField.display + 4 * depth, 4, f.get(d, "i32")),
              m.i32.const(id | 0),
            ),
          ),
        ],
        binaryen.i32,
      );
    }
    case "Ref":
      return m.i32.eq(
        m.i32.load(abi.DescriptorField.typeId, 4, desc()),
        m.i32.const(typeIdFor(mg, u) | 0),
      );
    case "Opaque":
      return opaqueSubtypeTest(f, desc, u);
    default:
      return m.i32.const(1);
  }
}

/**
 * A test against an opaque type revealed in another module: its descriptor comes from the
 * revealing module (`T__TYPE`), and the test reads the target's depth and id from it — the same
 * constant-time display test, with the constants loaded instead of known.
 */
function opaqueSubtypeTest(f: FunctionGen, desc: () => Ref, u: { qualifiedName: string }): Ref {
  const m = f.m;
  const target = f.localOf("i32");
  const d = f.localOf("i32");
  const depth = f.localOf("i32");
  const get = (l: number): Ref => f.get(l, "i32");
  return m.block(
    null,
    [
      m.local.set(target, m.call(f.mg.importDescriptor(u), [], binaryen.i32)),
      m.local.set(d, desc()),
      m.if(
        m.i32.ne(
          m.i32.load8_u(abi.DescriptorField.kind, 1, get(target)),
          m.i32.const(abi.DescriptorKind.object),
        ),
        // a REF type: its id
        m.i32.eq(
          m.i32.load(abi.DescriptorField.typeId, 4, get(d)),
          m.i32.load(abi.DescriptorField.typeId, 4, get(target)),
        ),
        m.block(
          null,
          [
            m.local.set(depth, m.i32.load16_u(abi.DescriptorField.depth, 2, get(target))),
            m.if(
              m.i32.gt_u(get(depth), m.i32.load16_u(abi.DescriptorField.depth, 2, get(d))),
              m.i32.const(0),
              m.i32.eq(
                m.i32.load(
                  abi.DescriptorField.display,
                  4,
                  m.i32.add(get(d), m.i32.shl(get(depth), m.i32.const(2))),
                ),
                m.i32.load(abi.DescriptorField.typeId, 4, get(target)),
              ),
            ),
          ],
          binaryen.i32,
        ),
      ),
    ],
    binaryen.i32,
  );
}

/** NIL passes every test of a reference type. */
export function narrowTest(f: FunctionGen, get: () => Ref, target: Type, nilPasses: boolean): Ref {
  const m = f.m;
  return m.if(m.i32.eqz(get()), m.i32.const(nilPasses ? 1 : 0), subtypeTest(f, get, target));
}

export function isTypeTest(f: FunctionGen, value: Ref, target: Type): Ref {
  const m = f.m;
  const x = f.localOf("i32");
  return m.block(
    null,
    [m.local.set(x, value), narrowTest(f, () => f.get(x, "i32"), target, true)],
    binaryen.i32,
  );
}

export function typeCode(f: FunctionGen, value: Ref): Ref {
  const m = f.m;
  const x = f.localOf("i32");
  return m.block(
    null,
    [
      m.local.set(x, value),
      m.if(
        m.i32.eqz(f.get(x, "i32")),
        k64(m, 0n),
        m.i64.extend_u(m.i32.load(0, 4, m.i32.load(0, 4, f.get(x, "i32")))),
      ),
    ],
    binaryen.i64,
  );
}

/** Name of the procedure a revealing module exports to allocate its opaque type for others. */
export function allocatorName(qualifiedName: string): { iface: string; name: string } {
  const dot = qualifiedName.indexOf(".");
  return { iface: qualifiedName.slice(0, dot), name: `${qualifiedName.slice(dot + 1)}__NEW` };
}

/** Name of the procedure a revealing module exports for the descriptor of its opaque type. */
export function descriptorGetterName(qualifiedName: string): { iface: string; name: string } {
  const dot = qualifiedName.indexOf(".");
  return { iface: qualifiedName.slice(0, dot), name: `${qualifiedName.slice(dot + 1)}__TYPE` };
}

/** Whether a constant's bytes are all zero, i.e. what a fresh heap cell already holds. */
function isZero(v: ConstValue): boolean {
  switch (v.kind) {
    case "Int":
      return v.value === 0n;
    case "Bool":
      return !v.value;
    case "Char":
      return v.value === 0;
    case "Enum":
      return v.ordinal === 0;
    case "Float":
      return Object.is(v.value, 0); // not -0.0
    case "Set":
      return v.members.length === 0;
    case "Nil":
      return true;
    case "Text":
    case "Procedure":
      return false;
    case "Array":
      return v.elements.every(isZero);
    case "Record":
      return v.fields.every(isZero);
    default: {
      const unreachable: never = v;
      return unreachable;
    }
  }
}

/**
 * A zeroed object of a fixed `size` with its header: the inline free-list pop of docs/abi.md
 * section 7 for a small size, which saves a call into the runtime on every NEW; `rt.alloc`
 * (which may collect) when the list is empty or the object is large.
 */
function allocFixed(f: FunctionGen, desc: number, size: number): Ref {
  const mg = f.mg;
  const alloc = mg.runtime(abi.RuntimeExport.alloc);
  if (abi.sizeClassFor(size) === undefined)
    return f.m.call(alloc, [mg.staticAddress(desc), f.m.i32.const(size)], binaryen.i32);
  const cell = f.localOf("i32");
  const entry = f.localOf("i32");
  return allocSmall(f.m, () => mg.staticAddress(desc), size, cell, entry, alloc);
}

/** Importer and exporter agree on this fingerprint of an allocator (hex, as meta requires). */
export function allocatorFingerprint(qualifiedName: string): string {
  return createHash("sha256").update(`allocator:${qualifiedName}`).digest("hex").slice(0, 16);
}

/** For each opaque type of an exported interface this module fully reveals: NEW on behalf of clients. */
export function generateAllocators(mg: ModuleGen): void {
  const m = mg.m;
  for (const r of mg.unit.revelations) {
    if (r.partial) continue;
    const { iface, name } = allocatorName(r.opaque.qualifiedName);
    if (!mg.exportsInterface(iface)) continue;
    const u = mg.layouts.concrete(r.type);
    if (u.kind !== "Object" && u.kind !== "Ref") continue;
    if (u.kind === "Ref" && mg.layouts.concrete(u.target).kind === "OpenArray") continue;
    const internal = `allocator:${r.opaque.qualifiedName}`;
    const desc = descriptor(mg, u);
    const size =
      u.kind === "Object" ? mg.layouts.objectSize(u) : abi.HEADER_SIZE + mg.layouts.size(u.target);
    const obj = 0;
    const stores: Ref[] = [];
    const f = { m, mg } as unknown as FunctionGen;
    if (u.kind === "Object") {
      const fields = mg.layouts.objectFields(u);
      objectMembers(u, mg.unit.view).fields.forEach((field, i) => {
        if (
          !field.defaultValue ||
          field.defaultValue.kind === "Nil" ||
          field.defaultValue.kind === "Text" ||
          field.defaultValue.kind === "Procedure"
        )
          return;
        const at = m.i32.add(
          m.local.get(obj, binaryen.i32),
          m.i32.const(fields.dataStart + (fields.layout.fields[i]?.offset ?? 0)),
        );
        stores.push(store(f, field.type, at, constant(f, field.defaultValue, field.type)));
      });
    }
    m.addFunction(
      internal,
      binaryen.none,
      binaryen.i32,
      [binaryen.i32],
      m.block(
        null,
        [
          m.local.set(
            obj,
            m.call(
              mg.runtime(abi.RuntimeExport.alloc),
              [mg.staticAddress(desc), m.i32.const(size)],
              binaryen.i32,
            ),
          ),
          ...stores,
          m.local.get(obj, binaryen.i32),
        ],
        binaryen.i32,
      ),
    );
    m.addFunctionExport(internal, abi.exportName(iface, name));
    mg.metaExports.push({
      interface: iface,
      name,
      kind: "procedure",
      fingerprint: allocatorFingerprint(r.opaque.qualifiedName),
    });
    // the descriptor, for clients' ISTYPE / NARROW / TYPECASE against the opaque type
    const getter = descriptorGetterName(r.opaque.qualifiedName);
    const getterInternal = `typeof:${r.opaque.qualifiedName}`;
    m.addFunction(getterInternal, binaryen.none, binaryen.i32, [], mg.staticAddress(desc));
    m.addFunctionExport(getterInternal, abi.exportName(getter.iface, getter.name));
    mg.metaExports.push({
      interface: getter.iface,
      name: getter.name,
      kind: "procedure",
      fingerprint: allocatorFingerprint(`${r.opaque.qualifiedName}__TYPE`),
    });
  }
}
