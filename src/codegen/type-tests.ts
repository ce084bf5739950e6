// The constant-time type tests behind NARROW, ISTYPE, TYPECASE and TYPECODE: a depth and display
// lookup in the value's descriptor (docs/abi.md), with the target's depth and id as constants, or
// read from its descriptor when the target is only known at run time (opaque types revealed in
// another module, and their subtypes).
import binaryen from "binaryen";
import * as abi from "./abi.js";
import type { FunctionGen } from "./frames.js";
import { k64 } from "./layout.js";
import { descriptorAddress, objectDisplay, typeIdFor } from "./objects.js";
import type { Type } from "../typecheck/index.js";

type Ref = binaryen.ExpressionRef;

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
      if (!display) return dynamicSubtypeTest(f, desc, () => descriptorAddress(mg, u));
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
      return dynamicSubtypeTest(f, desc, () => descriptorAddress(mg, u));
    default:
      return m.i32.const(1);
  }
}

/**
 * A test against a type whose descriptor is only known at run time (an opaque type revealed in
 * another module, or a subtype of one): the same constant-time display test, with the target's
 * depth and id read from its descriptor instead of being constants.
 */
function dynamicSubtypeTest(f: FunctionGen, desc: () => Ref, targetDesc: () => Ref): Ref {
  const m = f.m;
  const target = f.localOf("i32");
  const d = f.localOf("i32");
  const depth = f.localOf("i32");
  const get = (l: number): Ref => f.get(l, "i32");
  return m.block(
    null,
    [
      m.local.set(target, targetDesc()),
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
        // i64.load32_u, not extend_u(i32.load): Binaryen's JS API marks a full-width i32.load
        // signed, and its optimiser then folds the pair into load32_s, making ids ≥ 2^31 negative
        m.i64.load32_u(abi.DescriptorField.typeId, 4, m.i32.load(0, 4, f.get(x, "i32"))),
      ),
    ],
    binaryen.i64,
  );
}

/**
 * TYPECODE(T) for a reference type T: the id that `typeCode` reads from the descriptor of a T
 * allocated anywhere in the program, so that TYPECODE(NEW(T)) = TYPECODE(T). A constant where this
 * module lays T out; read from T's descriptor where only another module does (an opaque type, or
 * an object type below one); 0 for NULL, like TYPECODE(NIL).
 */
export function typeCodeOfType(f: FunctionGen, t: Type): Ref {
  const m = f.m;
  const mg = f.mg;
  const u = mg.layouts.concrete(t);
  if (u.kind === "Null") return k64(m, 0n);
  const atRunTime =
    u.kind === "Opaque" ||
    (u.kind === "Object" && mg.layouts.objectLayout(u).opaqueBase !== undefined);
  if (atRunTime) return m.i64.load32_u(abi.DescriptorField.typeId, 4, descriptorAddress(mg, u));
  return k64(m, BigInt(typeIdFor(mg, u) >>> 0));
}
