// `=` and `#` on values kept in memory: records, fixed arrays and the elements of open arrays.
// Their bytes decide (the `memeq` helper), except where a REAL, LONGREAL or EXTENDED lies inside:
// `=` on those is the floating-point comparison (0.0 = -0.0, a NaN equals nothing; report 2.6.11
// compares records and arrays component by component). A type holding a float gets a function of
// its own that compares its floats as floats and the bytes between them as bytes.
import binaryen from "binaryen";
import type { Type } from "../typecheck/index.js";
import type { ModuleGen } from "./module.js";

type Ref = binaryen.ExpressionRef;
const i32 = binaryen.i32;

/** Per module: the functions made so far, by type (records) and by element type (arrays). */
const made = new WeakMap<ModuleGen, { records: Map<Type, string>; elements: Map<Type, string> }>();

/** True when a value of type t has a floating-point component (packed ones aside: bytes). */
function holdsFloat(mg: ModuleGen, t: Type): boolean {
  const u = mg.layouts.concrete(t);
  switch (u.kind) {
    case "Float":
      return true;
    case "Record":
      return u.fields.some((field) => holdsFloat(mg, field.type));
    case "Array":
      return holdsFloat(mg, u.element);
    default:
      return false;
  }
}

/** Whether the values of type t at addresses a and b are equal (an i32: 1 or 0). */
export function memoryEqual(mg: ModuleGen, a: Ref, b: Ref, t: Type): Ref {
  const m = mg.m;
  const u = mg.layouts.concrete(t);
  if (!holdsFloat(mg, u)) return memeq(mg, a, b, mg.layouts.size(u));
  if (u.kind === "Array")
    return m.call(
      elementsFunction(mg, u.element),
      [a, b, m.i32.const(mg.layouts.arrayCount(u))],
      i32,
    );
  return valueEqual(mg, a, b, u);
}

/** Whether n consecutive elements of type t from a and from b are equal, n an i32. */
export function elementsEqual(mg: ModuleGen, a: Ref, b: Ref, n: Ref, element: Type): Ref {
  const m = mg.m;
  if (!holdsFloat(mg, element))
    return m.call(
      mg.helper("memeq"),
      [a, b, m.i32.mul(n, m.i32.const(mg.layouts.size(element)))],
      i32,
    );
  return m.call(elementsFunction(mg, element), [a, b, n], i32);
}

function memeq(mg: ModuleGen, a: Ref, b: Ref, size: number): Ref {
  return mg.m.call(mg.helper("memeq"), [a, b, mg.m.i32.const(size)], i32);
}

/** One value of a type holding a float: floats compared as floats, records by their function. */
function valueEqual(mg: ModuleGen, a: Ref, b: Ref, t: Type): Ref {
  const m = mg.m;
  const u = mg.layouts.concrete(t);
  if (u.kind === "Float")
    return u.precision === "REAL"
      ? m.f32.eq(m.f32.load(0, 4, a), m.f32.load(0, 4, b))
      : m.f64.eq(m.f64.load(0, 8, a), m.f64.load(0, 8, b));
  if (u.kind === "Record") return m.call(recordFunction(mg, u), [a, b], i32);
  return memoryEqual(mg, a, b, u);
}

/** `equal:N(a, b)` for a record type holding a float: field by field, bytes merged into runs. */
function recordFunction(mg: ModuleGen, t: Type): string {
  const m = mg.m;
  const { name, known } = functionFor(mg, "records", t);
  if (known) return name;
  const u = mg.layouts.concrete(t);
  const fields = u.kind === "Record" ? u.fields : [];
  const layout = mg.layouts.recordLayout(u);
  const at = (local: number, offset: number): Ref =>
    m.i32.add(m.local.get(local, i32), m.i32.const(offset));
  const tests: Ref[] = [];
  // Bytes from `run` up to the next float-holding field are compared in one go.
  let run = 0;
  const flush = (end: number): void => {
    if (end > run) tests.push(memeq(mg, at(0, run), at(1, run), end - run));
  };
  fields.forEach((field, k) => {
    const place = layout.fields[k];
    if (place === undefined || !holdsFloat(mg, field.type)) return;
    flush(place.offset);
    tests.push(valueEqual(mg, at(0, place.offset), at(1, place.offset), field.type));
    run = place.offset + place.layout.size;
  });
  flush(layout.size);
  const body = m.block(
    null,
    [...tests.map((test) => m.if(m.i32.eqz(test), m.return(m.i32.const(0)))), m.i32.const(1)],
    i32,
  );
  m.addFunction(name, binaryen.createType([i32, i32]), i32, [], body);
  return name;
}

/** `equal:N(a, b, n)` for n elements of a type holding a float, one after the other. */
function elementsFunction(mg: ModuleGen, element: Type): string {
  const m = mg.m;
  const { name, known } = functionFor(mg, "elements", element);
  if (known) return name;
  const size = mg.layouts.size(element);
  const get = (local: number): Ref => m.local.get(local, i32);
  const next = (local: number): Ref => m.local.set(local, m.i32.add(get(local), m.i32.const(size)));
  const loop = `${name}:loop`;
  const body = m.block(
    null,
    [
      m.loop(
        loop,
        m.block(null, [
          m.if(m.i32.eqz(get(2)), m.return(m.i32.const(1))),
          m.if(m.i32.eqz(valueEqual(mg, get(0), get(1), element)), m.return(m.i32.const(0))),
          next(0),
          next(1),
          m.local.set(2, m.i32.sub(get(2), m.i32.const(1))),
          m.br(loop),
        ]),
      ),
      m.unreachable(),
    ],
    i32,
  );
  m.addFunction(name, binaryen.createType([i32, i32, i32]), i32, [], body);
  return name;
}

/**
 * The name of the function for t in one of the module's tables; `known` false when the name is
 * new, and the caller must add the function.
 */
function functionFor(
  mg: ModuleGen,
  which: "records" | "elements",
  t: Type,
): { name: string; known: boolean } {
  let table = made.get(mg);
  if (table === undefined) {
    table = { records: new Map(), elements: new Map() };
    made.set(mg, table);
  }
  const known = table[which].get(t);
  if (known !== undefined) return { name: known, known: true };
  const name = `equal:${table.records.size + table.elements.size}`;
  table[which].set(t, name);
  return { name, known: false };
}
