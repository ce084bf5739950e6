// Heap types: type descriptors in static data, method suites filled at module init, and NEW; for
// subtypes of opaque types revealed in another module, descriptors built at init from run-time
// sizes; and the accessors (`T__NEW`, `T__TYPE`, `T__INIT`) a revealing module exports. The type
// tests that read the descriptors are in type-tests.ts.
import { createHash } from "node:crypto";
import binaryen from "binaryen";
import { k64 } from "./layout.js";
import * as abi from "./abi.js";
import { FunctionGen } from "./frames.js";
import type { ObjectOffset } from "./layout.js";
import { constant, expr, exprType, mayAllocate, openDims, store } from "./exprs.js";
import { allocSmall } from "./runtime/emit.js";
import { convertScalar } from "./calls.js";
import { elementAfter } from "./shapes.js";
import type * as ast from "../lang/ast.js";
import type { Span } from "../lang/source.js";
import type { ConstValue, ObjectType, OpaqueType, RefType, Type } from "../typecheck/index.js";
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

/**
 * The descriptor of heap objects of type `t`, as an address: static data for a type laid out
 * here, the global that __spindle_init fills for an object type below an opaque ancestor
 * revealed elsewhere (built at run time), or the revealing module's for an opaque type.
 */
export function descriptorAddress(mg: ModuleGen, t: Type): Ref {
  const u = mg.layouts.concrete(t);
  if (u.kind === "Opaque") return mg.m.global.get(opaqueGlobals(mg, u).desc, binaryen.i32);
  if (u.kind === "Object" && mg.layouts.objectLayout(u).opaqueBase)
    return mg.m.global.get(runtimeDescriptor(mg, u), binaryen.i32);
  return mg.staticAddress(descriptor(mg, t));
}

/** Static descriptor for heap objects of type `t` (an object type or a REF type); its offset. */
export function descriptor(mg: ModuleGen, t: Type): number {
  const L = mg.layouts;
  const concrete = L.concrete(t);
  // UNTRACED ROOT shares ROOT's descriptor: both have the id ROOT_TYPE_ID (typeIdFor), and one id
  // with two fingerprints would be refused by the linker as a collision
  const u: Type = concrete.kind === "Root" ? { kind: "Root", traced: true } : concrete;
  const fingerprint = typeFingerprint(u);
  const known = mg.descriptors.get(fingerprint);
  if (known !== undefined) return known;
  const id = u.kind === "Root" ? abi.ROOT_TYPE_ID : abi.typeIdOf(fingerprint);
  let layout: abi.DescriptorLayout;
  let kind: "fixed" | "openArray" | "object" = "fixed";
  if (u.kind === "Root") {
    // NEW(ROOT): an object of type ROOT itself (depth 0, no fields, no methods), so that type
    // tests against ROOT (kind object) and TYPECODE (the id) see ROOT; the size is that of the
    // cell `allocate` takes for it
    kind = "object";
    layout = {
      typeId: id,
      kind: abi.DescriptorKind.object,
      openDims: 0,
      display: [id],
      size: abi.HEADER_SIZE + 8,
      pointerOffsets: [],
    };
  } else if (u.kind === "Object") {
    kind = "object";
    const fields = L.objectLayout(u);
    const pointers: number[] = [];
    fields.types.forEach((ft, i) => {
      for (const p of L.pointerOffsets(ft)) pointers.push((fields.offsets[i]?.offset ?? 0) + p);
    });
    layout = {
      typeId: id,
      kind: abi.DescriptorKind.object,
      openDims: 0,
      display: objectDisplay(mg, u) ?? [abi.ROOT_TYPE_ID, id],
      size: fields.size.offset,
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
    name: typeName(concrete.kind === "Root" ? u : t),
    fingerprint,
    kind,
    descriptorOffset: offset,
    size: layout.size,
    pointerCount: layout.pointerOffsets.length,
  });
  if (u.kind === "Object") methodSuite(mg, u, offset);
  return offset;
}

/**
 * The method suite: one absolute table index per method (-1 for NIL), written by
 * __spindle_init, after a word holding the method count (docs/abi.md, section 6).
 */
function methodSuite(mg: ModuleGen, t: Type, descriptorOffset: number): void {
  const members = objectMembers(t, mg.unit.view);
  const count = members.methods.length;
  const block = mg.data.reserve(4 + 4 * count, 4);
  mg.data.setU32(block, count);
  const suite = block + abi.METHOD_COUNT_SIZE;
  const bindings = members.methods.map((method) => method.binding);
  mg.initActions.push(() => {
    const m = mg.m;
    const stores: Ref[] = [
      m.i32.store(
        abi.DescriptorField.methods,
        4,
        mg.staticAddress(descriptorOffset),
        mg.staticAddress(suite),
      ),
    ];
    bindings.forEach((binding, k) => {
      stores.push(m.i32.store(4 * k, 4, mg.staticAddress(suite), suiteEntry(mg, binding)));
    });
    return m.block(null, stores);
  });
}

/** What a method suite holds for a binding: the absolute table index, or -1 for NIL. */
function suiteEntry(mg: ModuleGen, binding: ConstValue | undefined): Ref {
  const m = mg.m;
  return binding?.kind === "Procedure"
    ? m.i32.sub(mg.procedureValue(mg.procedureFunction(binding.procedure)), m.i32.const(1))
    : m.i32.const(-1);
}

// ---------------------------------------------------------------------------------------------
// Opaque ancestors revealed in another module: their layout is read at run time

interface OpaqueGlobals {
  /** Absolute address of the descriptor (from `T__TYPE`). */
  readonly desc: string;
  /** Object size with the header: where the fields of subtypes start. */
  readonly size: string;
  /** 4 × method count: where the method slots of subtypes start, in bytes. */
  readonly methodBytes: string;
}

/**
 * Globals holding what this module needs to know about an opaque type revealed elsewhere, read
 * from its descriptor first thing in __spindle_init (the revealing module's init has run).
 */
function opaqueGlobals(mg: ModuleGen, u: OpaqueType): OpaqueGlobals {
  const known = mg.opaqueBases.get(u.qualifiedName);
  if (known) return known;
  const m = mg.m;
  const g: OpaqueGlobals = {
    desc: `opaque:${u.qualifiedName}`,
    size: `opaque:${u.qualifiedName}.size`,
    methodBytes: `opaque:${u.qualifiedName}.methods`,
  };
  for (const name of [g.desc, g.size, g.methodBytes])
    m.addGlobal(name, binaryen.i32, true, m.i32.const(0));
  mg.opaqueBases.set(u.qualifiedName, g);
  const getter = mg.importDescriptor(u);
  mg.initActions.push(() => {
    const desc = (): Ref => m.global.get(g.desc, binaryen.i32);
    return m.block(null, [
      m.global.set(g.desc, m.call(getter, [], binaryen.i32)),
      m.if(
        m.i32.eq(
          m.i32.load8_u(abi.DescriptorField.kind, 1, desc()),
          m.i32.const(abi.DescriptorKind.object),
        ),
        m.block(null, [
          m.global.set(g.size, m.i32.load(abi.DescriptorField.size, 4, desc())),
          m.global.set(g.methodBytes, m.i32.shl(methodCount(m, desc()), m.i32.const(2))),
        ]),
      ),
    ]);
  });
  return g;
}

/** The method count of an object descriptor: the word before its method suite. */
function methodCount(m: binaryen.Module, desc: Ref): Ref {
  return m.i32.load(
    0,
    4,
    m.i32.sub(m.i32.load(abi.DescriptorField.methods, 4, desc), m.i32.const(abi.METHOD_COUNT_SIZE)),
  );
}

/** `obj + at`: a field's address, adding the run-time size of the opaque ancestor it follows. */
export function fieldAddress(mg: ModuleGen, obj: Ref, at: ObjectOffset): Ref {
  const m = mg.m;
  const base = at.base
    ? m.i32.add(obj, m.global.get(opaqueGlobals(mg, at.base).size, binaryen.i32))
    : obj;
  return at.offset === 0 ? base : m.i32.add(base, m.i32.const(at.offset));
}

/** The table index in method slot `at` of the suite at `suite`. */
export function methodEntry(mg: ModuleGen, suite: Ref, at: ObjectOffset): Ref {
  const m = mg.m;
  const base = at.base
    ? m.i32.add(suite, m.global.get(opaqueGlobals(mg, at.base).methodBytes, binaryen.i32))
    : suite;
  return m.i32.load(4 * at.offset, 4, base);
}

/** `T.m` as a procedure value when T's binding is known only at run time: its suite's entry + 1. */
export function methodOfType(mg: ModuleGen, t: Type, index: number): Ref {
  const m = mg.m;
  const at = mg.layouts.objectLayout(t).slots[index] ?? { offset: index };
  const suite = m.i32.load(abi.DescriptorField.methods, 4, descriptorAddress(mg, t));
  return m.i32.add(methodEntry(mg, suite, at), m.i32.const(1));
}

/**
 * An object type below an opaque ancestor revealed elsewhere: its descriptor is built by
 * __spindle_init from the supertype's (display, pointer offsets and method suite copied, its
 * own appended after them) into never-collected memory; the global that holds its address.
 */
function runtimeDescriptor(mg: ModuleGen, u: ObjectType): string {
  const fingerprint = typeFingerprint(u);
  const known = mg.runtimeDescriptors.get(fingerprint);
  if (known) return known;
  const m = mg.m;
  const L = mg.layouts;
  const layout = L.objectLayout(u);
  const base = layout.opaqueBase;
  if (!base) throw new Error("runtimeDescriptor of a type laid out statically");
  const id = abi.typeIdOf(fingerprint);
  const name = `desc:${fingerprint}`;
  m.addGlobal(name, binaryen.i32, true, m.i32.const(0));
  mg.runtimeDescriptors.set(fingerprint, name);
  // what the action reads is registered now, so that its init actions come before this one
  const superType = L.concrete(u.super);
  if (superType.kind === "Opaque") opaqueGlobals(mg, superType);
  else if (superType.kind === "Object" && L.objectLayout(superType).opaqueBase)
    runtimeDescriptor(mg, superType);
  const superDesc = (): Ref => descriptorAddress(mg, superType);
  const sizes = opaqueGlobals(mg, base);
  const first = layout.names.length - u.fields.length;
  const own: ObjectOffset[] = [];
  u.fields.forEach((field, j) => {
    const at = layout.offsets[first + j];
    if (at)
      for (const p of L.pointerOffsets(field.type)) own.push({ ...at, offset: at.offset + p });
  });
  const members = objectMembers(u, mg.unit.view);
  // this level's new methods (bound or NIL), and the methods it overrides (as objectMembers
  // applies overrides: to the first method of the name); the rest is the supertype's suite
  const overridden = new Set(
    u.overrides.map((o) => members.methods.findIndex((x) => x.name === o.name)),
  );
  const entries: { at: ObjectOffset; binding: ConstValue | undefined }[] = [];
  members.methods.forEach((method, i) => {
    const at = layout.slots[i];
    if (!at || (method.declaredIn !== u && !overridden.has(i))) return;
    if (at.base) opaqueGlobals(mg, at.base);
    entries.push({ at, binding: method.binding });
  });
  mg.types.push({
    id,
    name: typeName(u),
    fingerprint,
    kind: "object",
    descriptorOffset: 0,
    size: 0,
    pointerCount: own.length,
  });
  mg.initActions.push((f) => {
    const sup = f.localOf("i32");
    const desc = f.localOf("i32");
    const depth = f.localOf("i32");
    const ptrs = f.localOf("i32");
    const ptrAt = f.localOf("i32");
    const inherited = f.localOf("i32");
    const suite = f.localOf("i32");
    const get = (l: number): Ref => f.get(l, "i32");
    const k = (n: number): Ref => m.i32.const(n);
    const add = (a: Ref, b: Ref): Ref => m.i32.add(a, b);
    const times4 = (x: Ref): Ref => m.i32.shl(x, k(2));
    const stores: Ref[] = [
      m.local.set(sup, superDesc()),
      m.local.set(depth, add(m.i32.load16_u(abi.DescriptorField.depth, 2, get(sup)), k(1))),
      m.local.set(ptrs, m.i32.load(abi.DescriptorField.ptrCount, 4, get(sup))),
      m.local.set(inherited, methodCount(m, get(sup))),
      // display[depth + 1], then the pointer offsets, then the count word and the method suite
      m.local.set(ptrAt, add(k(abi.DescriptorField.display + 4), times4(get(depth)))),
      m.local.set(
        desc,
        m.call(
          mg.runtime(abi.RuntimeExport.staticAlloc),
          [
            add(
              add(get(ptrAt), times4(add(get(ptrs), get(inherited)))),
              k(4 * own.length + abi.METHOD_COUNT_SIZE + 4 * u.methods.length),
            ),
          ],
          binaryen.i32,
        ),
      ),
      m.if(m.i32.eqz(get(desc)), mg.fault(abi.FaultCode.heapExhausted, undefined)),
      m.i32.store(abi.DescriptorField.typeId, 4, get(desc), k(id | 0)),
      m.i32.store8(abi.DescriptorField.kind, 1, get(desc), k(abi.DescriptorKind.object)),
      m.i32.store16(abi.DescriptorField.depth, 2, get(desc), get(depth)),
      m.i32.store(
        abi.DescriptorField.size,
        4,
        get(desc),
        add(m.global.get(sizes.size, binaryen.i32), k(layout.size.offset)),
      ),
      m.i32.store(abi.DescriptorField.ptrCount, 4, get(desc), add(get(ptrs), k(own.length))),
      m.i32.store(abi.DescriptorField.ptrOffsetsAt, 4, get(desc), get(ptrAt)),
      m.memory.copy(
        add(get(desc), k(abi.DescriptorField.display)),
        add(get(sup), k(abi.DescriptorField.display)),
        times4(get(depth)),
        "0",
        "0",
      ),
      m.i32.store(
        0,
        4,
        add(add(get(desc), k(abi.DescriptorField.display)), times4(get(depth))),
        k(id | 0),
      ),
      m.memory.copy(
        add(get(desc), get(ptrAt)),
        add(get(sup), m.i32.load(abi.DescriptorField.ptrOffsetsAt, 4, get(sup))),
        times4(get(ptrs)),
        "0",
        "0",
      ),
      ...own.map((at, j) =>
        m.i32.store(
          4 * j,
          4,
          add(add(get(desc), get(ptrAt)), times4(get(ptrs))),
          fieldAddress(mg, k(0), at),
        ),
      ),
      m.local.set(suite, add(add(get(desc), get(ptrAt)), times4(add(get(ptrs), k(own.length))))),
      m.i32.store(0, 4, get(suite), add(get(inherited), k(u.methods.length))),
      m.local.set(suite, add(get(suite), k(abi.METHOD_COUNT_SIZE))),
      m.i32.store(abi.DescriptorField.methods, 4, get(desc), get(suite)),
      m.memory.copy(
        get(suite),
        m.i32.load(abi.DescriptorField.methods, 4, get(sup)),
        times4(get(inherited)),
        "0",
        "0",
      ),
      ...entries.map(({ at, binding }) => {
        const slot = at.base
          ? add(get(suite), m.global.get(opaqueGlobals(mg, at.base).methodBytes, binaryen.i32))
          : get(suite);
        return m.i32.store(4 * at.offset, 4, slot, suiteEntry(mg, binding));
      }),
      m.global.set(name, get(desc)),
    ];
    return m.block(null, stores);
  });
  return name;
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
  if (u.kind !== "Object" && u.kind !== "Opaque") return u;
  const fieldNames = mg.layouts.objectLayout(u).names;
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
  const traced = u.kind === "Object" ? u.traced : mg.layouts.isTracedRef(u);
  return { kind: "Object", super: u, traced, fields: [], methods: [], overrides };
}

/** NEW(T, …) */
export function allocate(f: FunctionGen, e: ast.CallExpr, refType: Type | undefined): Ref {
  const m = f.m;
  const mg = f.mg;
  const L = mg.layouts;
  if (!refType) return m.unreachable();
  const info = callOf(mg.program, e);
  const u = withMethodOverrides(mg, L.concrete(refType), info?.fieldInits ?? [], e.span);
  if (u.kind === "Object" || u.kind === "Opaque") return newObject(f, u, info?.fieldInits ?? []);
  const desc = descriptor(mg, u);
  const descAddr = (): Ref => mg.staticAddress(desc);
  if (u.kind === "Ref" && L.concrete(u.target).kind === "OpenArray") {
    const sizes = info?.sizes ?? [];
    const dims = openDims(f, u.target);
    const element = elementAfter(f, u.target, dims);
    if (dims === 1 && sizes[0]) {
      const n = sizes[0];
      const len = f.localOf("i64");
      const arr = f.localOf("i32");
      return m.block(
        null,
        [
          m.local.set(len, convertScalar(f, expr(f, n), L.reprOf(exprType(f, n)), "i64")),
          m.if(
            m.i64.gt_u(f.get(len, "i64"), k64(m, 0x3fffffffn)),
            mg.fault(abi.FaultCode.negativeLength, e.span),
          ),
          m.local.set(
            arr,
            m.call(
              mg.runtime(abi.RuntimeExport.allocOpen),
              [descAddr(), m.i32.wrap(f.get(len, "i64"))],
              binaryen.i32,
            ),
          ),
          ...openDefaults(
            f,
            element,
            m.i32.add(f.get(arr, "i32"), m.i32.const(abi.openArrayElementsOffset(1))),
            m.i32.wrap(f.get(len, "i64")),
          ),
          f.get(arr, "i32"),
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
        ...openDefaults(
          f,
          element,
          m.i32.add(f.get(obj, "i32"), m.i32.const(abi.openArrayElementsOffset(dims))),
          lens.reduce<Ref>((n, l) => m.i32.mul(n, f.get(l, "i32")), m.i32.const(1)),
        ),
        f.get(obj, "i32"),
      ],
      binaryen.i32,
    );
  }
  const size = u.kind === "Ref" ? abi.HEADER_SIZE + L.size(u.target) : abi.HEADER_SIZE + 8;
  const inits = info?.fieldInits ?? [];
  // the object is only at risk while a field initialiser may reach the collector
  const obj = f.temp(
    allocFixed(f, desc, size),
    "i32",
    inits.some((init) => mayAllocate(f, init.expr)),
  );
  const stmts: Ref[] = [obj.set];
  if (u.kind === "Ref") {
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
        if (!ft || !needsStore(mg, init.expr)) continue;
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

/** A zero value needs no store: the cell is zero, and a bound field's default is never stored. */
function needsStore(mg: ModuleGen, e: ast.Expr): boolean {
  const value = constantOf(mg.program, e);
  return value === undefined || !isZero(value);
}

/**
 * NEW of an object type: allocate (inline for a size known here; through the revealing module's
 * `T__NEW` for an opaque type; with the run-time size for a subtype of one), store the field
 * defaults (objectDefaults), then the bound fields.
 */
function newObject(
  f: FunctionGen,
  u: ObjectType | OpaqueType,
  inits: readonly { readonly name: string; readonly expr: ast.Expr }[],
): Ref {
  const m = f.m;
  const mg = f.mg;
  const L = mg.layouts;
  const layout = L.objectLayout(u);
  let cell: Ref;
  if (u.kind === "Opaque") cell = m.call(mg.importAllocator(u), [], binaryen.i32);
  else if (layout.opaqueBase) {
    const desc = f.localOf("i32");
    cell = m.block(
      null,
      [
        m.local.set(desc, descriptorAddress(mg, u)),
        m.call(
          mg.runtime(abi.RuntimeExport.alloc),
          [f.get(desc, "i32"), m.i32.load(abi.DescriptorField.size, 4, f.get(desc, "i32"))],
          binaryen.i32,
        ),
      ],
      binaryen.i32,
    );
  } else cell = allocFixed(f, descriptor(mg, u), layout.size.offset);
  // the object is only at risk while a field initialiser may reach the collector
  const obj = f.temp(
    cell,
    "i32",
    inits.some((init) => mayAllocate(f, init.expr)),
  );
  const bound = new Set(inits.map((init) => layout.names.lastIndexOf(init.name)));
  const stmts: Ref[] = [obj.set];
  if (u.kind === "Object") stmts.push(...objectDefaults(f, u, obj.get, bound));
  // T__NEW or T__INIT has stored the defaults of the opaque ancestor's fields, bound ones too
  const prefilled =
    u.kind === "Opaque"
      ? layout.names.length
      : layout.opaqueBase
        ? L.objectLayout(layout.opaqueBase).names.length
        : 0;
  for (const init of inits) {
    const i = layout.names.lastIndexOf(init.name);
    const ft = layout.types[i];
    const at = layout.offsets[i];
    if (!ft || !at) continue; // a method: bound in the descriptor of withMethodOverrides
    if (i >= prefilled && !needsStore(mg, init.expr)) continue;
    const value = expr(f, init.expr);
    stmts.push(
      store(
        f,
        ft,
        fieldAddress(mg, obj.get(), at),
        convertScalar(f, value, L.reprOf(exprType(f, init.expr)), L.reprOf(ft)),
      ),
    );
  }
  stmts.push(obj.get());
  return m.block(null, stmts, binaryen.i32);
}

/**
 * The field defaults of a freshly allocated (zeroed) object, but those of the fields in `bound`.
 * Below an opaque ancestor revealed elsewhere, its revealing module's `T__INIT` stores the
 * defaults of the ancestor's fields, hidden ones included; this module stores the rest.
 */
function objectDefaults(
  f: FunctionGen,
  u: ObjectType,
  obj: () => Ref,
  bound: ReadonlySet<number>,
): Ref[] {
  const m = f.m;
  const mg = f.mg;
  const L = mg.layouts;
  const layout = L.objectLayout(u);
  const members = objectMembers(u, mg.unit.view);
  const out: Ref[] = [];
  let first = 0;
  if (layout.opaqueBase) {
    first = L.objectLayout(layout.opaqueBase).names.length;
    out.push(m.call(mg.importInitializer(layout.opaqueBase), [obj()], binaryen.none));
  }
  members.fields.forEach((field, i) => {
    const at = layout.offsets[i];
    if (i < first || bound.has(i) || !at) return;
    const addr = (): Ref => fieldAddress(mg, obj(), at);
    const value = field.defaultValue;
    // a field of record type without a default of its own still gets its record's defaults
    if (!value) out.push(...initDefaults(f, field.type, addr, { zeroed: true }));
    else if (!isZero(value)) out.push(store(f, field.type, addr(), constant(f, value, field.type)));
  });
  return out;
}

/**
 * Stores the non-NIL field defaults of records (and arrays of them) at addr, and the implicit
 * initial value FIRST(T) of scalars of a subrange type T excluding zero (Layouts.implicitInitial)
 * wherever no default is given. In `zeroed` memory (a fresh heap cell) zero defaults are skipped
 * too; fields of the outer record in `bound` are about to be assigned by the caller, so their
 * defaults are not stored at all.
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
  const initial = L.implicitInitial(u);
  if (initial !== undefined)
    out.push(store(f, t, addr(), constant(f, { kind: "Int", value: initial }, t)));
  else if (u.kind === "Record") {
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

/**
 * The defaults of each of the `count` elements of type `element` at `data`, in a fresh (zeroed)
 * open array: its length is known only at run time, so unlike a fixed array's (initDefaults)
 * the loop may run no times at all. Nothing when the element has no non-zero default.
 */
function openDefaults(f: FunctionGen, element: Type, data: Ref, count: Ref): Ref[] {
  const m = f.m;
  const p = f.localOf("i32");
  const body = initDefaults(f, element, () => f.get(p, "i32"), { zeroed: true });
  if (body.length === 0) return [];
  const es = f.mg.layouts.size(element);
  const end = f.localOf("i32");
  const loop = f.mg.freshLabel("defaults");
  const done = f.mg.freshLabel("defaultsDone");
  return [
    m.local.set(p, data),
    m.local.set(end, m.i32.add(f.get(p, "i32"), m.i32.mul(count, m.i32.const(es)))),
    m.block(done, [
      m.loop(
        loop,
        m.block(null, [
          m.br(done, m.i32.ge_u(f.get(p, "i32"), f.get(end, "i32"))),
          ...body,
          m.local.set(p, m.i32.add(f.get(p, "i32"), m.i32.const(es))),
          m.br(loop),
        ]),
      ),
    ]),
  ];
}

/** What a revealing module exports for an opaque type `I.T`: `I.T__NEW`, `I.T__TYPE`, `I.T__INIT`. */
export function accessorName(
  qualifiedName: string,
  what: "NEW" | "TYPE" | "INIT",
): { iface: string; name: string } {
  const dot = qualifiedName.indexOf(".");
  return { iface: qualifiedName.slice(0, dot), name: `${qualifiedName.slice(dot + 1)}__${what}` };
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

/**
 * Importer and exporter agree on the fingerprint of `T__NEW`, `T__TYPE`, `T__INIT` (hex, as meta
 * requires): it covers the opaque declaration's own fingerprint in its interface, so a client
 * built against another version of the visible part (`T <: Public`) is refused at link time.
 * The hidden part is not in it: clients read it at run time and need no recompiling.
 */
export function accessorFingerprint(
  mg: ModuleGen,
  qualifiedName: string,
  what: "NEW" | "TYPE" | "INIT",
): string {
  const dot = qualifiedName.indexOf(".");
  const declaration = mg.fingerprintOf(qualifiedName.slice(0, dot), qualifiedName.slice(dot + 1));
  return createHash("sha256")
    .update(`opaque:${qualifiedName}__${what}:${declaration}`)
    .digest("hex")
    .slice(0, 16);
}

/**
 * For each opaque type of an exported interface whose revelation this module sees, what others
 * need (docs/abi.md, section 6): `T__NEW` allocates and initialises exactly as NEW(T) does here,
 * `T__TYPE` returns the descriptor's address, and for object types `T__INIT(obj)` stores the
 * defaults of T's fields into a fresh object of T or of a subtype that a client allocated.
 */
export function generateAllocators(mg: ModuleGen): void {
  const m = mg.m;
  // the revelation may be the module's own or one it imports (`CounterRep.i3`)
  for (const opaque of mg.unit.view.visible) {
    const q = opaque.qualifiedName;
    const { iface } = accessorName(q, "NEW");
    if (!opaque.revealed || !q.includes(".") || !mg.exportsInterface(iface)) continue;
    const u = mg.layouts.concrete(opaque.revealed);
    if (u.kind !== "Object" && u.kind !== "Ref") continue;
    if (u.kind === "Ref" && mg.layouts.concrete(u.target).kind === "OpenArray") continue;
    const exported = (internal: string, what: "NEW" | "TYPE" | "INIT"): void => {
      const wasmName = accessorName(q, what).name;
      m.addFunctionExport(internal, abi.exportName(iface, wasmName));
      mg.metaExports.push({
        interface: iface,
        name: wasmName,
        kind: "procedure",
        fingerprint: accessorFingerprint(mg, q, what),
      });
    };
    const alloc = new FunctionGen(mg, undefined, []);
    const body =
      u.kind === "Object" ? newObject(alloc, u, []) : newReference(alloc, u, descriptor(mg, u));
    m.addFunction(`allocator:${q}`, binaryen.none, binaryen.i32, alloc.varTypes, body);
    exported(`allocator:${q}`, "NEW");
    m.addFunction(`typeof:${q}`, binaryen.none, binaryen.i32, [], descriptorAddress(mg, u));
    exported(`typeof:${q}`, "TYPE");
    if (u.kind === "Object") {
      const init = new FunctionGen(mg, undefined, [binaryen.i32]);
      const stores = objectDefaults(init, u, () => init.get(0, "i32"), new Set());
      m.addFunction(
        `initializer:${q}`,
        binaryen.i32,
        binaryen.none,
        init.varTypes,
        m.block(null, stores),
      );
      exported(`initializer:${q}`, "INIT");
    }
  }
}

/** NEW of a fixed-size REF type without bindings: a zeroed cell and its field defaults. */
function newReference(f: FunctionGen, u: RefType, desc: number): Ref {
  const m = f.m;
  const size = abi.HEADER_SIZE + f.mg.layouts.size(u.target);
  const obj = f.temp(allocFixed(f, desc, size), "i32", false);
  const defaults = initDefaults(
    f,
    u.target,
    () => m.i32.add(obj.get(), m.i32.const(abi.HEADER_SIZE)),
    { zeroed: true },
  );
  return m.block(null, [obj.set, ...defaults, obj.get()], binaryen.i32);
}
