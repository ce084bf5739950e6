// Code-generation layout on top of the checker's: how a value of each type is represented in Wasm
// (register type or memory aggregate), how it is loaded and stored, and object field offsets.
import binaryen from "binaryen";
import { HEADER_SIZE } from "./abi.js";
import {
  concrete,
  layoutOf,
  objectMembers,
  recordLayout,
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

export class Layouts {
  constructor(readonly view: RevelationView) {}

  concrete(t: Type): Type {
    return concrete(t, this.view);
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
        return this.isTracedRef(u.super);
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

  /** An object's data fields: offsets from the object's start (after the header). */
  objectFields(t: Type): {
    layout: RecordLayout;
    names: string[];
    types: Type[];
    dataStart: number;
  } {
    const members = objectMembers(t, this.view);
    const layout = recordLayout(
      members.fields.map((f) => ({ name: f.name, type: f.type })),
      this.view,
    );
    const dataStart = Math.max(HEADER_SIZE, Math.ceil(HEADER_SIZE / layout.align) * layout.align);
    return {
      layout,
      names: members.fields.map((f) => f.name),
      types: members.fields.map((f) => f.type),
      dataStart,
    };
  }

  objectSize(t: Type): number {
    const f = this.objectFields(t);
    return f.dataStart + f.layout.size;
  }
}
