// The Word interface's functions applied to constants. The report (2.6.15) allows them, and no
// other procedure, in constant expressions: `CONST Mask = Word.Shift(1, 4) - 1`. Word.T is
// INTEGER, 64 bits, its values read as unsigned; results wrap modulo 2^64.
import type { ConstValue } from "./values.js";

const SIZE = 64n;
const MODULUS = 1n << SIZE;
const MASK = MODULUS - 1n;

/** The 64 bits of a word, as an unsigned number. */
function bits(x: bigint): bigint {
  return x & MASK;
}

/** A word's bits read back as an INTEGER (two's complement). */
function word(u: bigint): ConstValue {
  const b = u & MASK;
  return { kind: "Int", value: b >= MODULUS >> 1n ? b - MODULUS : b };
}

function bool(value: boolean): ConstValue {
  return { kind: "Bool", value };
}

function shift(x: bigint, n: bigint): ConstValue {
  if (n >= SIZE || n <= -SIZE) return word(0n);
  return word(n >= 0n ? bits(x) << n : bits(x) >> -n);
}

function rotate(x: bigint, n: bigint): ConstValue {
  const k = ((n % SIZE) + SIZE) % SIZE;
  return word((bits(x) << k) | (bits(x) >> (SIZE - k)));
}

/** The bits [at, at + width) of a word, or undefined where Word's Extract and Insert fault. */
function fieldMask(at: bigint, width: bigint): bigint | undefined {
  return at < 0n || width < 0n || at + width > SIZE ? undefined : ((1n << width) - 1n) << at;
}

/**
 * `Word.name` of constant arguments, or undefined when the call is not constant: an unknown name,
 * or an argument the function would stop the program for (a zero divisor, a shift count or bit
 * field outside the word), which is left to run time to report.
 */
export function foldWordCall(name: string, args: readonly bigint[]): ConstValue | undefined {
  // x and y are words; for Extract and Insert the bit field starts at `at` and is `width` wide.
  const [x = 0n, y = 0n] = args;
  switch (name) {
    case "Plus":
      return word(x + y);
    case "Times":
      return word(x * y);
    case "Minus":
      return word(x - y);
    case "Divide":
      return bits(y) === 0n ? undefined : word(bits(x) / bits(y));
    case "Mod":
      return bits(y) === 0n ? undefined : word(bits(x) % bits(y));
    case "LT":
      return bool(bits(x) < bits(y));
    case "LE":
      return bool(bits(x) <= bits(y));
    case "GT":
      return bool(bits(x) > bits(y));
    case "GE":
      return bool(bits(x) >= bits(y));
    case "And":
      return word(x & y);
    case "Or":
      return word(x | y);
    case "Xor":
      return word(x ^ y);
    case "Not":
      return word(~x);
    case "Shift":
      return shift(x, y);
    case "LeftShift":
      return y < 0n || y >= SIZE ? undefined : shift(x, y);
    case "RightShift":
      return y < 0n || y >= SIZE ? undefined : shift(x, -y);
    case "Rotate":
      return rotate(x, y);
    case "LeftRotate":
      return y < 0n || y >= SIZE ? undefined : rotate(x, y);
    case "RightRotate":
      return y < 0n || y >= SIZE ? undefined : rotate(x, -y);
    case "Extract": {
      const [, at = 0n, width = 0n] = args;
      const field = fieldMask(at, width);
      return field === undefined ? undefined : word((bits(x) & field) >> at);
    }
    case "Insert": {
      const [, , at = 0n, width = 0n] = args;
      const field = fieldMask(at, width);
      return field === undefined ? undefined : word((bits(x) & ~field) | ((bits(y) << at) & field));
    }
    default:
      return undefined;
  }
}
