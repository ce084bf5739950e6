// The predeclared scope: the report's built-in types, constants and procedures (2.6.1, 2.7).
import { Scope } from "./scope.js";
import type { BuiltinName, Symbol } from "./symbols.js";
import {
  ADDRESS,
  BOOLEAN,
  CARDINAL,
  CHAR,
  EXTENDED,
  INTEGER,
  LONGREAL,
  MUTEX,
  NULL,
  REAL,
  REFANY,
  ROOT,
  TEXT,
  UNTRACED_ROOT,
  type Type,
} from "./types.js";

const BUILTINS: readonly BuiltinName[] = [
  "ABS",
  "ADR",
  "ADRSIZE",
  "BITSIZE",
  "BYTESIZE",
  "CEILING",
  "DEC",
  "DISPOSE",
  "FIRST",
  "FLOAT",
  "FLOOR",
  "INC",
  "ISTYPE",
  "LAST",
  "LOOPHOLE",
  "MAX",
  "MIN",
  "NARROW",
  "NEW",
  "NUMBER",
  "ORD",
  "ROUND",
  "SUBARRAY",
  "TRUNC",
  "TYPECODE",
  "VAL",
];

/** Built-ins that only trusted (UNSAFE) code may use. */
export const UNSAFE_BUILTINS: ReadonlySet<BuiltinName> = new Set(["ADR", "LOOPHOLE", "DISPOSE"]);

const TYPES: readonly [string, Type][] = [
  ["INTEGER", INTEGER],
  ["CARDINAL", CARDINAL],
  ["BOOLEAN", BOOLEAN],
  ["CHAR", CHAR],
  ["REAL", REAL],
  ["LONGREAL", LONGREAL],
  ["EXTENDED", EXTENDED],
  ["REFANY", REFANY],
  ["ADDRESS", ADDRESS],
  ["NULL", NULL],
  ["ROOT", ROOT],
  ["TEXT", TEXT],
  ["MUTEX", MUTEX],
];

let shared: Scope | undefined;

/** One predeclared scope shared by every unit of every run (it is never written after creation). */
export function predeclaredScope(): Scope {
  if (shared) return shared;
  const scope = new Scope("builtin", undefined, "");
  const put = (s: Symbol): void => {
    scope.entries.set(s.name, s);
  };
  for (const [name, type] of TYPES) put({ kind: "Type", name, unit: "", type });
  put({
    kind: "Constant",
    name: "TRUE",
    unit: "",
    type: BOOLEAN,
    value: { kind: "Bool", value: true },
  });
  put({
    kind: "Constant",
    name: "FALSE",
    unit: "",
    type: BOOLEAN,
    value: { kind: "Bool", value: false },
  });
  put({ kind: "Constant", name: "NIL", unit: "", type: NULL, value: { kind: "Nil" } });
  for (const name of BUILTINS) put({ kind: "Builtin", name });
  shared = scope;
  return scope;
}

/** `UNTRACED ROOT` is written as two words, so the parser gives it to us as a named type. */
export const UNTRACED_ROOT_TYPE = UNTRACED_ROOT;
