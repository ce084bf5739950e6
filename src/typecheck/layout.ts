// Sizes, alignments and field offsets (BYTESIZE, BITSIZE, ADRSIZE and code generation's layout).
// Project decisions: INTEGER 8 bytes, references 4 (wasm32), CHAR/BOOLEAN 1, REAL 4, LONGREAL 8,
// enumerations 1/2/4 by count, subranges by range, sets as 64-bit words, records naturally aligned,
// fixed arrays element size × count; open arrays and objects are heap references of size 4.
import { concrete, indexCount, NO_REVELATIONS, type RevelationView } from "./relations.js";
import type { FieldType, ObjectType, Type } from "./types.js";

export interface Layout {
  readonly size: number;
  readonly align: number;
}

export interface FieldLayout {
  readonly name: string;
  readonly offset: number;
  readonly layout: Layout;
}

export interface RecordLayout extends Layout {
  readonly fields: readonly FieldLayout[];
}

const REFERENCE: Layout = { size: 4, align: 4 };
const cache = new WeakMap<Type, Layout>();

export function layoutOf(t: Type, view: RevelationView = NO_REVELATIONS): Layout {
  const hit = cache.get(t);
  if (hit) return hit;
  const result = compute(t, view);
  cache.set(t, result);
  return result;
}

function compute(t: Type, view: RevelationView): Layout {
  switch (t.kind) {
    case "Integer":
      return { size: 8, align: 8 };
    case "Enum":
      return scalar(t.count <= 256 ? 1 : t.count <= 65536 ? 2 : 4);
    case "Subrange":
      return scalar(bytesForRange(t.low, t.high));
    case "Float":
      return scalar(t.precision === "REAL" ? 4 : 8);
    case "Array": {
      const element = layoutOf(t.element, view);
      const count = Number(indexCount(t.index) ?? 0n);
      return { size: element.size * count, align: element.align };
    }
    case "Record":
      return recordLayout(t.fields, view);
    case "Set":
      return {
        size: 8 * Math.max(1, Math.ceil(Number(indexCount(t.element) ?? 64n) / 64)),
        align: 8,
      };
    case "Packed":
      return layoutOf(t.base, view);
    case "Opaque": {
      const c = concrete(t, view);
      return c === t ? REFERENCE : layoutOf(c, view);
    }
    case "OpenArray":
    case "Ref":
    case "Object":
    case "Root":
    case "Procedure":
    case "Refany":
    case "Null":
    case "Address":
    case "Text":
      return REFERENCE;
    case "Error":
      return scalar(1);
    default: {
      const unreachable: never = t;
      return unreachable;
    }
  }
}

function scalar(size: number): Layout {
  return { size, align: size };
}

function bytesForRange(low: bigint, high: bigint): number {
  const fits = (lo: bigint, hi: bigint): boolean => low >= lo && high <= hi;
  if (fits(0n, 255n) || fits(-128n, 127n)) return 1;
  if (fits(0n, 65535n) || fits(-32768n, 32767n)) return 2;
  if (fits(0n, 4294967295n) || fits(-2147483648n, 2147483647n)) return 4;
  return 8;
}

/** Fields in declaration order, each at the next offset aligned to its natural alignment. */
export function recordLayout(
  fields: readonly FieldType[],
  view: RevelationView = NO_REVELATIONS,
): RecordLayout {
  let offset = 0;
  let align = 1;
  const placed: FieldLayout[] = [];
  for (const f of fields) {
    const layout = layoutOf(f.type, view);
    offset = roundUp(offset, layout.align);
    placed.push({ name: f.name, offset, layout });
    offset += layout.size;
    align = Math.max(align, layout.align);
  }
  return { size: roundUp(offset, align), align, fields: placed };
}

/** An object's data fields, inherited ones first, laid out like a record (the header is codegen's). */
export function objectLayout(
  t: ObjectType,
  allFields: readonly FieldType[],
  view: RevelationView = NO_REVELATIONS,
): RecordLayout {
  void t;
  return recordLayout(allFields, view);
}

export function roundUp(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

export function bitSize(t: Type, view: RevelationView = NO_REVELATIONS): number {
  if (t.kind === "Packed") return t.bits;
  return layoutOf(t, view).size * 8;
}
