// Code-generation layout on top of the checker's: how a value of each type is represented in Wasm
// (register type or memory aggregate), how it is loaded and stored, and object field offsets.
import binaryen from "binaryen";
import { HEADER_SIZE } from "./abi.js";
import {
  concrete,
  knownSuper,
  layoutOf,
  recordLayout,
  type ObjectType,
  type OpaqueType,
  type RecordLayout,
  type RevelationView,
  type Type,
} from "../typecheck/index.js";

/** How a value lives in Wasm: a register value, or the address of a memory aggregate. */
export type Repr = "i32" | "i64" | "f32" | "f64" | "agg" | "open" | "none";

export function wasmType(repr: Repr): binaryen.Type {
  switch (repr) {
    case "i32":
    case "agg":
    case "open":
      return binaryen.i32;
    case "i64":
      return binaryen.i64;
    case "f32":
      return binaryen.f32;
    case "f64":
      return binaryen.f64;
    case "none":
      return binaryen.none;
    default: {
      const unreachable: never = repr;
      return unreachable;
    }
  }
}

/** An i64 constant (Binaryen 132 takes one bigint). */
export function k64(m: binaryen.Module, value: bigint): binaryen.ExpressionRef {
  return (m.i64.const as unknown as (v: bigint) => binaryen.ExpressionRef)(
    BigInt.asIntN(64, value),
  );
}

/** What MUTEX is in every module: a branded object with no fields, so subtypes lay out alike. */
export const MUTEX_OBJECT: ObjectType = {
  kind: "Object",
  super: { kind: "Root", traced: true },
  traced: true,
  brand: "MUTEX",
  fields: [],
  methods: [],
  overrides: [],
};

export class Layouts {
  constructor(readonly view: RevelationView) {}

  /** The type as this unit sees it; MUTEX, the predeclared opaque type, is an empty object. */
  concrete(t: Type): Type {
    const u = concrete(t, this.view);
    return u.kind === "Opaque" && u.qualifiedName === MUTEX_OBJECT.brand ? MUTEX_OBJECT : u;
  }

  /**
   * The implicit initial value of a scalar variable of type t without an initialiser (report
   * 2.4.3: an arbitrary member of its type), as an ordinal: undefined when zero is a member, so
   * zeroed memory already holds one; else FIRST(t), for a subrange that excludes zero.
   */
  implicitInitial(t: Type): bigint | undefined {
    const u = this.concrete(t);
    return u.kind === "Subrange" && (u.low > 0n || u.high < 0n) ? u.low : undefined;
  }

  reprOf(t: Type): Repr {
    const u = this.concrete(t);
    switch (u.kind) {
      case "Integer":
        return "i64";
      case "Subrange":
        return u.base.kind === "Integer" ? "i64" : "i32";
      case "Enum":
        return "i32";
      case "Float":
        return u.precision === "REAL" ? "f32" : "f64";
      case "Set":
        return this.setWords(u) === 1 ? "i64" : "agg";
      case "Array":
      case "Record":
        return "agg";
      case "OpenArray":
        return "open";
      case "Packed":
        return this.reprOf(u.base);
      case "Ref":
      case "Object":
      case "Root":
      case "Procedure":
      case "Refany":
      case "Null":
      case "Address":
      case "Text":
      case "Opaque":
        return "i32";
      case "Error":
        return "i32";
      default: {
        const unreachable: never = u;
        return unreachable;
      }
    }
  }

  size(t: Type): number {
    return layoutOf(this.concrete(t), this.view).size;
  }

  align(t: Type): number {
    return Math.max(1, layoutOf(this.concrete(t), this.view).align);
  }

  /** 64-bit words of a set type. */
  setWords(t: Type): number {
    return Math.max(1, Math.ceil(this.size(t) / 8));
  }

  /** True for traced references the collector must see. */
  isTracedRef(t: Type): boolean {
    const u = this.concrete(t);
    switch (u.kind) {
      case "Ref":
      case "Object":
      case "Root":
        return u.traced;
      case "Refany":
      case "Text":
        return true;
      case "Opaque":
        return this.isTracedRef(knownSuper(u, this.view));
      default:
        return false;
    }
  }

  isSigned(t: Type): boolean {
    const u = this.concrete(t);
    if (u.kind === "Subrange") return u.low < 0n;
    return u.kind === "Integer";
  }

  /** Offsets of traced references inside a value of type t stored in memory. */
  pointerOffsets(t: Type, base = 0, out: number[] = []): number[] {
    const u = this.concrete(t);
    if (this.isTracedRef(u)) {
      out.push(base);
      return out;
    }
    if (u.kind === "Record") {
      const layout = recordLayout(u.fields, this.view);
      u.fields.forEach((f, i) =>
        this.pointerOffsets(f.type, base + (layout.fields[i]?.offset ?? 0), out),
      );
    } else if (u.kind === "Array") {
      const count = this.arrayCount(u);
      const elementSize = this.size(u.element);
      const inner = this.pointerOffsets(u.element);
      if (inner.length > 0)
        for (let k = 0; k < count; k++) for (const o of inner) out.push(base + k * elementSize + o);
    }
    return out;
  }

  arrayCount(t: Type): number {
    const u = this.concrete(t);
    if (u.kind !== "Array") return 0;
    const b = this.bounds(u.index);
    return b ? Math.max(0, Number(b.high - b.low + 1n)) : 0;
  }

  bounds(t: Type): { low: bigint; high: bigint } | undefined {
    const u = this.concrete(t);
    switch (u.kind) {
      case "Integer":
        return { low: -(1n << 63n), high: (1n << 63n) - 1n };
      case "Subrange":
        return { low: u.low, high: u.high };
      case "Enum":
        return { low: 0n, high: BigInt(u.count - 1) };
      case "Packed":
        return this.bounds(u.base);
      default:
        return undefined;
    }
  }

  recordLayout(t: Type): RecordLayout {
    const u = this.concrete(t);
    return u.kind === "Record"
      ? recordLayout(u.fields, this.view)
      : { size: 0, align: 1, fields: [] };
  }

  /**
   * An object type's fields and method slots, inherited first (as objectMembers lists them). Each
   * level of the inheritance chain starts 8-aligned, so a level's offsets do not depend on how
   * the levels above it are laid out, only on their total size; below an opaque ancestor whose
   * revelation this unit cannot see, offsets are relative to that ancestor's run-time size (and
   * slots to its run-time method count), read from its descriptor (docs/abi.md, section 6).
   */
  objectLayout(t: Type): ObjectLayout {
    const known = this.objectLayouts.get(t);
    if (known) return known;
    const shape = this.shape(t, 0);
    const result: ObjectLayout = {
      names: shape.fields.map((f) => f.name),
      types: shape.fields.map((f) => f.type),
      offsets: shape.fields.map((f) => f.at),
      slots: shape.slots,
      size: { offset: align8(shape.end.offset), ...baseOf(shape.end) },
      methodCount: shape.methodEnd,
      ...(shape.end.base ? { opaqueBase: shape.end.base } : {}),
    };
    this.objectLayouts.set(t, result);
    return result;
  }

  private readonly objectLayouts = new WeakMap<Type, ObjectLayout>();

  private shape(t: Type, depth: number): Shape {
    const u = this.concrete(t);
    if (u.kind === "Opaque" && depth < 200) {
      const above = this.shape(knownSuper(u, this.view), depth + 1);
      const at = { offset: 0, base: u };
      return { fields: above.fields, slots: above.slots, end: at, methodEnd: at };
    }
    if (u.kind !== "Object" || depth >= 200)
      return { fields: [], slots: [], end: { offset: HEADER_SIZE }, methodEnd: { offset: 0 } };
    const above = this.shape(u.super, depth + 1);
    const start = align8(above.end.offset);
    const layout = recordLayout(
      u.fields.map((f) => ({ name: f.name, type: f.type })),
      this.view,
    );
    const base = baseOf(above.end);
    const fields = [
      ...above.fields,
      ...u.fields.map((f, j) => ({
        name: f.name,
        type: f.type,
        at: { offset: start + (layout.fields[j]?.offset ?? 0), ...base },
      })),
    ];
    const first = above.methodEnd.offset;
    const slots = [...above.slots, ...u.methods.map((_, j) => ({ offset: first + j, ...base }))];
    return {
      fields,
      slots,
      end: { offset: start + layout.size, ...base },
      methodEnd: { offset: first + u.methods.length, ...base },
    };
  }
}

/**
 * A position in an object (a byte offset, or a method slot): static, or relative to the run-time
 * size (method count) of `base`, an opaque ancestor revealed in another module.
 */
export interface ObjectOffset {
  readonly offset: number;
  readonly base?: OpaqueType;
}

export interface ObjectLayout {
  readonly names: readonly string[];
  readonly types: readonly Type[];
  /** Each field's offset from the object's start (header included). */
  readonly offsets: readonly ObjectOffset[];
  /** Each method's slot in the method suite. */
  readonly slots: readonly ObjectOffset[];
  /** Object size with the header, a multiple of 8. */
  readonly size: ObjectOffset;
  readonly methodCount: ObjectOffset;
  /** The nearest opaque ancestor whose layout only its revealing module knows. */
  readonly opaqueBase?: OpaqueType;
}

interface Shape {
  readonly fields: readonly { name: string; type: Type; at: ObjectOffset }[];
  readonly slots: readonly ObjectOffset[];
  readonly end: ObjectOffset;
  readonly methodEnd: ObjectOffset;
}

function baseOf(at: ObjectOffset): { base?: OpaqueType } {
  return at.base ? { base: at.base } : {};
}

function align8(n: number): number {
  return Math.ceil(n / 8) * 8;
}
