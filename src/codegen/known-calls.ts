// Compiler-known expansions, at the call site in any module, of standard-library procedures that
// are a few instructions (Equal: a short loop): the TEXT primitives of `Text` (Length, Empty,
// GetChar, Equal, Compare, Hash) and Math's sqrt, floor, ceil, rint, fabs. The TEXT layout is fixed by the ABI
// (length at TEXT_LENGTH, bytes from TEXT_CHARS), so a caller reads a text directly instead of
// paying a cross-module call per character; every check of Text.m3 is kept (NIL, the index against
// the length), now reported at the caller's position. None of these reaches the collector, so a
// procedure calling only them needs no shadow-stack frame (procedures.ts).
import binaryen from "binaryen";
import { FaultCode, RuntimeExport, TEXT_CHARS, TEXT_LENGTH } from "./abi.js";
import type { FunctionGen } from "./frames.js";
import type { ProcedureSymbol } from "../typecheck/index.js";
import type { Span } from "../lang/source.js";

type Ref = binaryen.ExpressionRef;

/** The call's lowered arguments: statements to run first, then one value per Wasm parameter. */
export interface InlineArguments {
  readonly setup: readonly Ref[];
  readonly values: readonly Ref[];
}

type Expansion = (f: FunctionGen, values: readonly Ref[], span: Span) => Ref;

/** Evaluates `value` once into a fresh local of `type`; returns the set and a getter. */
function once(f: FunctionGen, value: Ref, type: "i32" | "i64"): { set: Ref; get: () => Ref } {
  const index = f.localOf(type);
  return { set: f.m.local.set(index, value), get: () => f.get(index, type) };
}

function nilCheck(f: FunctionGen, t: () => Ref, span: Span): Ref {
  return f.m.if(f.m.i32.eqz(t()), f.mg.fault(FaultCode.nilDereference, span));
}

function arg(values: readonly Ref[], i: number): Ref {
  const v = values[i];
  if (v === undefined) throw new Error(`inlined Text call lacks argument ${i}`);
  return v;
}

/** Text.Equal in place: identity, NIL checks, lengths, then the bytes (its entry in TEXT says why). */
function expandEqual(f: FunctionGen, v: readonly Ref[], span: Span): Ref {
  const m = f.m;
  const a = once(f, arg(v, 0), "i32");
  const b = once(f, arg(v, 1), "i32");
  const result = f.localOf("i32");
  const n = f.localOf("i32");
  const p = f.localOf("i32");
  const q = f.localOf("i32");
  const get = (local: number): Ref => f.get(local, "i32");
  const step = (by: number): Ref =>
    m.block(null, [
      m.local.set(p, m.i32.add(get(p), m.i32.const(by))),
      m.local.set(q, m.i32.add(get(q), m.i32.const(by))),
      m.local.set(n, m.i32.sub(get(n), m.i32.const(by))),
    ]);
  const done = f.mg.freshLabel("teq");
  const words = f.mg.freshLabel("teqw");
  const bytes = f.mg.freshLabel("teqb");
  return m.block(
    null,
    [
      a.set,
      b.set,
      m.local.set(result, m.i32.const(1)),
      m.block(done, [
        m.br(done, m.i32.eq(a.get(), b.get())),
        nilCheck(f, a.get, span),
        nilCheck(f, b.get, span),
        m.local.set(result, m.i32.const(0)),
        m.local.set(n, m.i32.load(TEXT_LENGTH, 4, a.get())),
        m.br(done, m.i32.ne(get(n), m.i32.load(TEXT_LENGTH, 4, b.get()))),
        m.local.set(p, m.i32.add(a.get(), m.i32.const(TEXT_CHARS))),
        m.local.set(q, m.i32.add(b.get(), m.i32.const(TEXT_CHARS))),
        m.loop(
          words,
          m.if(
            m.i32.ge_u(get(n), m.i32.const(8)),
            m.block(null, [
              m.br(done, m.i64.ne(m.i64.load(0, 1, get(p)), m.i64.load(0, 1, get(q)))),
              step(8),
              m.br(words),
            ]),
          ),
        ),
        m.loop(
          bytes,
          m.if(
            get(n),
            m.block(null, [
              m.br(done, m.i32.ne(m.i32.load8_u(0, 1, get(p)), m.i32.load8_u(0, 1, get(q)))),
              step(1),
              m.br(bytes),
            ]),
          ),
        ),
        m.local.set(result, m.i32.const(1)),
      ]),
      get(result),
    ],
    binaryen.i32,
  );
}

/** `use` of the i32 length of the text in the first argument, after its NIL check. */
function ofLength(
  f: FunctionGen,
  v: readonly Ref[],
  span: Span,
  result: binaryen.Type,
  use: (length: Ref) => Ref,
): Ref {
  const t = once(f, arg(v, 0), "i32");
  return f.m.block(
    null,
    [t.set, nilCheck(f, t.get, span), use(f.m.i32.load(TEXT_LENGTH, 4, t.get()))],
    result,
  );
}

interface Known {
  readonly expand: Expansion;
  readonly result: binaryen.Type;
}

const TEXT: Readonly<Record<string, Known>> = {
  // (t: T): CARDINAL
  Length: {
    result: binaryen.i64,
    expand: (f, v, span) => ofLength(f, v, span, binaryen.i64, (n) => f.m.i64.extend_u(n)),
  },
  // (t: T): BOOLEAN
  Empty: {
    result: binaryen.i32,
    expand: (f, v, span) => ofLength(f, v, span, binaryen.i32, (n) => f.m.i32.eqz(n)),
  },
  // (t: T; i: CARDINAL): CHAR, with Text.m3's <*ASSERT i < Length(t)*>
  GetChar: {
    result: binaryen.i32,
    expand: (f, v, span) => {
      const m = f.m;
      const t = once(f, arg(v, 0), "i32");
      const i = once(f, arg(v, 1), "i64");
      return m.block(
        null,
        [
          t.set,
          i.set,
          nilCheck(f, t.get, span),
          m.if(
            m.i64.ge_u(i.get(), m.i64.extend_u(m.i32.load(TEXT_LENGTH, 4, t.get()))),
            f.mg.fault(FaultCode.assertionFailed, span),
          ),
          m.i32.load8_u(TEXT_CHARS, 1, m.i32.add(t.get(), m.i32.wrap(i.get()))),
        ],
        binaryen.i32,
      );
    },
  },
  // (t, u: T): BOOLEAN — the same text (NIL included) is equal to itself, as in the runtime;
  // otherwise both are checked for NIL, and the bytes are compared here, eight at a time, because
  // Equal is what hash tables call on every entry of a chain
  Equal: { result: binaryen.i32, expand: expandEqual },
  // (t1, t2: T): [-1 .. 1]
  Compare: {
    result: binaryen.i64,
    expand: (f, v) =>
      f.m.i64.extend_s(
        f.m.call(f.mg.runtime(RuntimeExport.textCompare), [arg(v, 0), arg(v, 1)], binaryen.i32),
      ),
  },
  // (t: T): Word.T
  Hash: {
    result: binaryen.i64,
    expand: (f, v) =>
      f.m.i64.extend_u(f.m.call(f.mg.runtime(RuntimeExport.textHash), [arg(v, 0)], binaryen.i32)),
  },
};

/** Math's procedures that are one Wasm instruction (the same ones Math.m3 gets from intrinsics). */
function unaryF64(op: (m: binaryen.Module, x: Ref) => Ref): Known {
  return { result: binaryen.f64, expand: (f, v) => op(f.m, arg(v, 0)) };
}

const MATH: Readonly<Record<string, Known>> = {
  sqrt: unaryF64((m, x) => m.f64.sqrt(x)),
  floor: unaryF64((m, x) => m.f64.floor(x)),
  ceil: unaryF64((m, x) => m.f64.ceil(x)),
  rint: unaryF64((m, x) => m.f64.nearest(x)),
  fabs: unaryF64((m, x) => m.f64.abs(x)),
};

const KNOWN: Readonly<Record<string, Readonly<Record<string, Known>>>> = { Text: TEXT, Math: MATH };

function expansionOf(proc: ProcedureSymbol): Known | undefined {
  if (proc.parent !== undefined || !Object.hasOwn(KNOWN, proc.unit)) return undefined;
  const table = KNOWN[proc.unit];
  return table && Object.hasOwn(table, proc.name) ? table[proc.name] : undefined;
}

/** Whether a call of `proc` is expanded here (and so never reaches the collector). */
export function isKnownCall(proc: ProcedureSymbol): boolean {
  return expansionOf(proc) !== undefined;
}

/** The expansion of a call of `proc`, or undefined when it is an ordinary call. */
export function inlineKnownCall(
  f: FunctionGen,
  proc: ProcedureSymbol,
  lower: () => InlineArguments,
  span: Span,
): Ref | undefined {
  const expansion = expansionOf(proc);
  if (!expansion) return undefined;
  const args = lower();
  const body = expansion.expand(f, args.values, span);
  return args.setup.length > 0 ? f.m.block(null, [...args.setup, body], expansion.result) : body;
}
