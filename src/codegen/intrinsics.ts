// Intrinsic procedures: a standard-library procedure named SPINDLE_… gets a body
// generated here instead of its (empty) source body — the console and clock host imports, and the
// few TEXT primitives the language cannot express (TEXT is opaque to Modula-3 code).
import binaryen from "binaryen";
import { k64 } from "./layout.js";
import {
  FaultCode,
  HostImport,
  openArrayElementsOffset,
  RuntimeExport,
  Stream,
  TEXT_CHARS,
  TEXT_LENGTH,
} from "./abi.js";
import type { ModuleGen } from "./module.js";
import type { ProcedureSymbol } from "../typecheck/index.js";

type Ref = binaryen.ExpressionRef;

/** Intrinsic name → body over the procedure's parameters (locals 0..n-1, declared types). */
const INTRINSICS: Readonly<
  Record<string, (mg: ModuleGen, p: (i: number, t: binaryen.Type) => Ref) => Ref>
> = {
  // (stream: INTEGER; t: TEXT; start, length: INTEGER)
  SPINDLE_HOST_WRITE: (mg, p) =>
    mg.m.call(
      mg.host(HostImport.write),
      [
        mg.m.i32.wrap(p(0, binaryen.i64)),
        mg.m.i32.add(
          mg.m.i32.add(p(1, binaryen.i32), mg.m.i32.const(TEXT_CHARS)),
          mg.m.i32.wrap(p(2, binaryen.i64)),
        ),
        mg.m.i32.wrap(p(3, binaryen.i64)),
      ],
      binaryen.none,
    ),
  // (stream: INTEGER)
  SPINDLE_HOST_FLUSH: (mg, p) =>
    mg.m.call(mg.host(HostImport.flush), [mg.m.i32.wrap(p(0, binaryen.i64))], binaryen.none),
  // (status: INTEGER)
  SPINDLE_HOST_EXIT: (mg, p) =>
    mg.m.block(null, [
      mg.m.call(mg.runtime(RuntimeExport.exit), [mg.m.i32.wrap(p(0, binaryen.i64))], binaryen.none),
      mg.m.unreachable(),
    ]),
  // (buf: REF ARRAY OF CHAR; start, length: INTEGER): INTEGER — reads up to length bytes of
  // standard input into buf[start..]; 0 at end of file. Unchecked: Rd checks the bounds.
  SPINDLE_HOST_READ: (mg, p) =>
    mg.m.i64.extend_u(
      mg.m.call(
        mg.host(HostImport.read),
        [
          mg.m.i32.const(Stream.stdin),
          mg.m.i32.add(
            mg.m.i32.add(p(0, binaryen.i32), mg.m.i32.const(openArrayElementsOffset(1))),
            mg.m.i32.wrap(p(1, binaryen.i64)),
          ),
          mg.m.i32.wrap(p(2, binaryen.i64)),
        ],
        binaryen.i32,
      ),
    ),
  // (): INTEGER — the number of program parameters, the program's name included
  SPINDLE_HOST_ARG_COUNT: (mg) =>
    mg.m.i64.extend_u(mg.m.call(mg.host(HostImport.argCount), [], binaryen.i32)),
  // (n: INTEGER): TEXT — parameter n (n < count; Params checks): a fresh text the host fills
  SPINDLE_HOST_ARG: (mg, p) => {
    const n = (): Ref => mg.m.i32.wrap(p(0, binaryen.i64));
    const length = mg.m.call(mg.host(HostImport.argLength), [n()], binaryen.i32);
    const text = mg.m.call(mg.runtime(RuntimeExport.textNew), [length], binaryen.i32);
    return mg.m.call(mg.host(HostImport.argCopy), [n(), text], binaryen.i32);
  },
  // (): LONGREAL, milliseconds
  SPINDLE_HOST_CLOCK: (mg) => mg.m.call(mg.host(HostImport.clockMs), [], binaryen.f64),
  // (n: CARDINAL): TEXT — a fresh text of n characters, to be filled before it is shared
  SPINDLE_TEXT_NEW: (mg, p) =>
    mg.m.call(mg.runtime(RuntimeExport.textNew), [mg.m.i32.wrap(p(0, binaryen.i64))], binaryen.i32),
  // (t: TEXT): CARDINAL
  SPINDLE_TEXT_LENGTH: (mg, p) =>
    mg.m.i64.extend_u(mg.m.i32.load(TEXT_LENGTH, 4, nonNil(mg, p(0, binaryen.i32)))),
  // (t: TEXT; i: CARDINAL): CHAR — unchecked; callers check the index
  SPINDLE_TEXT_GET: (mg, p) =>
    mg.m.i32.load8_u(
      TEXT_CHARS,
      1,
      mg.m.i32.add(p(0, binaryen.i32), mg.m.i32.wrap(p(1, binaryen.i64))),
    ),
  // (t: TEXT; i: CARDINAL; c: CHAR) — only on a text fresh from SPINDLE_TEXT_NEW
  SPINDLE_TEXT_SET: (mg, p) =>
    mg.m.i32.store8(
      TEXT_CHARS,
      1,
      mg.m.i32.add(p(0, binaryen.i32), mg.m.i32.wrap(p(1, binaryen.i64))),
      p(2, binaryen.i32),
    ),
  // (t, u: TEXT): BOOLEAN
  SPINDLE_TEXT_EQUAL: (mg, p) =>
    mg.m.call(
      mg.runtime(RuntimeExport.textEqual),
      [p(0, binaryen.i32), p(1, binaryen.i32)],
      binaryen.i32,
    ),
  // (t, u: TEXT): INTEGER in -1..1
  SPINDLE_TEXT_COMPARE: (mg, p) =>
    mg.m.i64.extend_s(
      mg.m.call(
        mg.runtime(RuntimeExport.textCompare),
        [p(0, binaryen.i32), p(1, binaryen.i32)],
        binaryen.i32,
      ),
    ),
  // (t: TEXT): INTEGER
  SPINDLE_TEXT_HASH: (mg, p) =>
    mg.m.i64.extend_u(
      mg.m.call(mg.runtime(RuntimeExport.textHash), [p(0, binaryen.i32)], binaryen.i32),
    ),
  // (t, u: TEXT): TEXT
  SPINDLE_TEXT_CAT: (mg, p) =>
    mg.m.call(
      mg.runtime(RuntimeExport.textCat),
      [p(0, binaryen.i32), p(1, binaryen.i32)],
      binaryen.i32,
    ),
  // (t: TEXT; start, length: CARDINAL): TEXT
  SPINDLE_TEXT_SUB: (mg, p) => {
    const m = mg.m;
    const clamp = (v: Ref): Ref =>
      m.i32.wrap(m.select(m.i64.gt_u(v, k64(m, 0x7fffffffn)), k64(m, 0x7fffffffn), v));
    return m.call(
      mg.runtime(RuntimeExport.textSub),
      [p(0, binaryen.i32), clamp(p(1, binaryen.i64)), clamp(p(2, binaryen.i64))],
      binaryen.i32,
    );
  },
  // (x: LONGREAL): LONGREAL
  SPINDLE_F64_SQRT: (mg, p) => mg.m.f64.sqrt(p(0, binaryen.f64)),
  SPINDLE_F64_FLOOR: (mg, p) => mg.m.f64.floor(p(0, binaryen.f64)),
  SPINDLE_F64_CEIL: (mg, p) => mg.m.f64.ceil(p(0, binaryen.f64)),
  SPINDLE_F64_RINT: (mg, p) => mg.m.f64.nearest(p(0, binaryen.f64)),
  SPINDLE_F64_ABS: (mg, p) => mg.m.f64.abs(p(0, binaryen.f64)),
  SPINDLE_F64_TRUNC: (mg, p) => mg.m.f64.trunc(p(0, binaryen.f64)),
  // (x: LONGREAL): INTEGER — the IEEE bits
  SPINDLE_F64_BITS: (mg, p) => mg.m.i64.reinterpret(p(0, binaryen.f64)),
  SPINDLE_F64_FROM_BITS: (mg, p) => mg.m.f64.reinterpret(p(0, binaryen.i64)),
};

function nonNil(mg: ModuleGen, t: Ref): Ref {
  const m = mg.m;
  return m.block(
    null,
    [m.if(m.i32.eqz(t), mg.fault(FaultCode.nilDereference, undefined)), t],
    binaryen.i32,
  );
}

/** A procedure whose name is an intrinsic's (SPINDLE_…) gets the intrinsic body. */
export function intrinsicOf(proc: ProcedureSymbol): string | undefined {
  return INTRINSICS[proc.name] !== undefined ? proc.name : undefined;
}

/** The body of an intrinsic procedure (params are plain Wasm locals 0..n-1). */
export function intrinsicBody(
  mg: ModuleGen,
  name: string,
  params: readonly binaryen.Type[],
): Ref | undefined {
  const gen = INTRINSICS[name];
  if (!gen) return undefined;
  // t: TEXT may be read twice (nonNil); only used once per param elsewhere
  return gen(mg, (i, t) => mg.m.local.get(i, params[i] ?? t));
}
