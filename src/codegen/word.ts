// Word.T operations as single Wasm instructions: calls of Word.* are expanded inline (they are the
// unsigned and bitwise core of checksums and hashes), and Word.m3 itself uses the same table.
import binaryen from "binaryen";
import { k64 } from "./layout.js";

type Ref = binaryen.ExpressionRef;
type Op = (m: binaryen.Module, a: Ref[], temp: () => number) => Ref;

const get = (m: binaryen.Module, i: number): Ref => m.local.get(i, binaryen.i64);

/** Shift with a run-time count: 0 when the count is 64 or more (Word.Shift's definition). */
function shift(m: binaryen.Module, x: Ref, n: Ref, temp: () => number): Ref {
  const t = temp();
  const v = temp();
  return m.block(
    null,
    [
      m.local.set(v, x),
      m.local.set(t, n),
      m.if(
        m.i64.ge_u(
          m.select(m.i64.lt_s(get(m, t), k64(m, 0n)), m.i64.sub(k64(m, 0n), get(m, t)), get(m, t)),
          k64(m, 64n),
        ),
        k64(m, 0n),
        m.if(
          m.i64.ge_s(get(m, t), k64(m, 0n)),
          m.i64.shl(get(m, v), get(m, t)),
          m.i64.shr_u(get(m, v), m.i64.sub(k64(m, 0n), get(m, t))),
        ),
      ),
    ],
    binaryen.i64,
  );
}

export const WORD_OPS: Readonly<Record<string, Op>> = {
  Plus: (m, [a, b]) => m.i64.add(a!, b!),
  Times: (m, [a, b]) => m.i64.mul(a!, b!),
  Minus: (m, [a, b]) => m.i64.sub(a!, b!),
  Divide: (m, [a, b]) => m.i64.div_u(a!, b!),
  Mod: (m, [a, b]) => m.i64.rem_u(a!, b!),
  LT: (m, [a, b]) => m.i64.lt_u(a!, b!),
  LE: (m, [a, b]) => m.i64.le_u(a!, b!),
  GT: (m, [a, b]) => m.i64.gt_u(a!, b!),
  GE: (m, [a, b]) => m.i64.ge_u(a!, b!),
  And: (m, [a, b]) => m.i64.and(a!, b!),
  Or: (m, [a, b]) => m.i64.or(a!, b!),
  Xor: (m, [a, b]) => m.i64.xor(a!, b!),
  Not: (m, [a]) => m.i64.xor(a!, k64(m, -1n)),
  Shift: (m, [a, b], temp) => shift(m, a!, b!, temp),
  LeftShift: (m, [a, b]) => m.i64.shl(a!, b!),
  RightShift: (m, [a, b]) => m.i64.shr_u(a!, b!),
  Rotate: (m, [a, b]) => m.i64.rotl(a!, b!),
  LeftRotate: (m, [a, b]) => m.i64.rotl(a!, b!),
  RightRotate: (m, [a, b]) => m.i64.rotr(a!, b!),
  Extract: (m, [x, i, n], temp) => {
    // (x >> i) & ((1 << n) - 1), with n = 64 meaning all bits
    const nn = temp();
    return m.block(
      null,
      [
        m.local.set(nn, n!),
        m.i64.and(
          shift(m, x!, m.i64.sub(k64(m, 0n), i!), temp),
          m.if(
            m.i64.ge_u(get(m, nn), k64(m, 64n)),
            k64(m, -1n),
            m.i64.sub(m.i64.shl(k64(m, 1n), get(m, nn)), k64(m, 1n)),
          ),
        ),
      ],
      binaryen.i64,
    );
  },
  Insert: (m, [x, y, i, n], temp) => {
    const ii = temp();
    const mask = temp();
    const nn = temp();
    return m.block(
      null,
      [
        m.local.set(ii, i!),
        m.local.set(nn, n!),
        m.local.set(
          mask,
          shift(
            m,
            m.if(
              m.i64.ge_u(get(m, nn), k64(m, 64n)),
              k64(m, -1n),
              m.i64.sub(m.i64.shl(k64(m, 1n), get(m, nn)), k64(m, 1n)),
            ),
            get(m, ii),
            temp,
          ),
        ),
        m.i64.or(
          m.i64.and(x!, m.i64.xor(get(m, mask), k64(m, -1n))),
          m.i64.and(shift(m, y!, get(m, ii), temp), get(m, mask)),
        ),
      ],
      binaryen.i64,
    );
  },
};

/** Results of the comparison operations are BOOLEAN (i32); everything else is a Word.T. */
export function wordOpResult(name: string): binaryen.Type {
  return name === "LT" || name === "LE" || name === "GT" || name === "GE"
    ? binaryen.i32
    : binaryen.i64;
}
