// The built-in procedures of report 2.7: argument rules, result types, folding, implied checks.
import type * as ast from "../lang/ast.js";
import { checkAssignable } from "./assign.js";
import type { Checker } from "./context.js";
import { checkExpr, classify, constantValue, designator, ordinalConstant } from "./exprs.js";
import { bitSize, layoutOf } from "./layout.js";
import { bindsAsMethod } from "./objects.js";
import { UNSAFE_BUILTINS } from "./predeclared.js";
import { noteAllocation, noteAssignment } from "./qualifiers.js";
import {
  concrete,
  indexCount,
  isFloat,
  isInteger,
  isObject,
  isOrdinal,
  isReference,
  isSubtype,
  isTracedReference,
  ordinalBase,
  ordinalBounds,
  sameType,
  unpack,
} from "./relations.js";
import type { Scope } from "./scope.js";
import type { CallInfo } from "./program.js";
import type { BuiltinName } from "./symbols.js";
import {
  ADDRESS,
  BOOLEAN,
  CARDINAL,
  ERROR,
  INTEGER,
  MAX_INT,
  REAL,
  typeName,
  type FloatType,
  type Type,
} from "./types.js";
import { ordinalOf, type ConstValue } from "./values.js";

interface Call {
  readonly c: Checker;
  readonly e: ast.CallExpr;
  readonly name: BuiltinName;
  readonly scope: Scope;
}

export function checkBuiltin(
  c: Checker,
  e: ast.CallExpr,
  name: BuiltinName,
  scope: Scope,
  statement: boolean,
): Type | undefined {
  const call: Call = { c, e, name, scope };
  if (UNSAFE_BUILTINS.has(name) && !c.unit.unsafe) {
    c.error(
      "E2017",
      `${name} is unsafe: it is allowed only in UNSAFE units built as trusted kernel code`,
      e.callee.span,
    );
    for (const a of e.args) classify(c, a.value, scope);
    return statement ? undefined : ERROR;
  }
  for (const a of e.args) {
    if (a.name && name !== "NEW")
      c.error("E2006", `the built-in ${name} does not take keyword arguments`, a.name.span);
  }
  const proper = name === "INC" || name === "DEC" || name === "DISPOSE";
  if (proper !== statement) {
    if (statement)
      c.error(
        "E2032",
        `the result of ${name} is discarded; write EVAL ${name}(…) to ignore it`,
        e.span,
      );
    else c.error("E2032", `${name} is a statement and returns no value`, e.span);
  }
  const result = dispatch(call);
  if (!c.calls.has(e)) c.calls.set(e, plainCall(name));
  return proper ? (statement ? undefined : ERROR) : result;
}

function arity(call: Call, min: number, max: number): boolean {
  const n = call.e.args.length;
  if (n >= min && n <= max) return true;
  const want = min === max ? `${min}` : `${min} to ${max}`;
  call.c.error(
    "E2004",
    `${call.name} takes ${want} argument${max === 1 ? "" : "s"}, but ${n} ${n === 1 ? "is" : "are"} given`,
    call.e.span,
  );
  for (const a of call.e.args) classify(call.c, a.value, call.scope);
  return false;
}

function arg(call: Call, i: number): ast.Expr {
  return call.e.args[i]!.value;
}

function value(call: Call, i: number): Type {
  return checkExpr(call.c, arg(call, i), call.scope);
}

/** A type, or the type of a value (for NUMBER, FIRST, LAST, BYTESIZE, …). */
function typeOrValue(call: Call, i: number): { type: Type; isType: boolean } {
  const x = arg(call, i);
  const op = classify(call.c, x, call.scope);
  if (op.kind === "Type") {
    call.c.exprTypes.set(x, op.type);
    return { type: op.type, isType: true };
  }
  if (op.kind === "Value") {
    call.c.exprTypes.set(x, op.type);
    return { type: op.type, isType: false };
  }
  if (op.kind !== "Error")
    call.c.error("E2030", `${call.name} needs a type or a value here`, x.span);
  return { type: ERROR, isType: false };
}

function typeArg(call: Call, i: number): Type {
  const x = arg(call, i);
  const op = classify(call.c, x, call.scope);
  if (op.kind === "Type") {
    call.c.exprTypes.set(x, op.type);
    return op.type;
  }
  if (op.kind !== "Error")
    call.c.error("E2024", `${call.name} needs a type as argument ${i + 1}`, x.span);
  return ERROR;
}

function record(call: Call, typeArgument?: Type): void {
  call.c.calls.set(
    call.e,
    typeArgument
      ? { target: { kind: "Builtin", builtin: call.name, typeArgument }, arguments: [] }
      : plainCall(call.name),
  );
}

/**
 * The record of a call to a built-in without a type argument: immutable, so one per built-in
 * serves every call (one per call was kept to the end of the run, thousands per 50,000 lines).
 */
const plainCalls = new Map<BuiltinName, CallInfo>();

function plainCall(name: BuiltinName): CallInfo {
  let info = plainCalls.get(name);
  if (info === undefined) {
    info = { target: { kind: "Builtin", builtin: name }, arguments: [] };
    plainCalls.set(name, info);
  }
  return info;
}

function constant(call: Call, v: ConstValue, t: Type): Type {
  call.c.constants.set(call.e, v);
  return t;
}

function bad(call: Call, i: number, what: string, t: Type): Type {
  if (t.kind !== "Error")
    call.c.error("E2030", `${call.name} needs ${what}, not ${typeName(t)}`, arg(call, i).span);
  return ERROR;
}

function dispatch(call: Call): Type {
  const { c, name } = call;
  switch (name) {
    case "NEW":
      return builtinNew(call);
    case "NARROW":
    case "ISTYPE": {
      if (!arity(call, 2, 2)) return ERROR;
      const t = value(call, 0);
      const target = typeArg(call, 1);
      record(call, target);
      if (t.kind === "Error" || target.kind === "Error")
        return name === "ISTYPE" ? BOOLEAN : target;
      if (!isTracedReference(t, c.view) && !isReference(t, c.view))
        return bad(call, 0, "a reference", t);
      // The report asks only that the argument be assignable to the target: for references, that
      // either type is a subtype of the other (narrowing, or a test that an upcast passes).
      const widening = isSubtype(t, target, c.view);
      if (!widening && !isSubtype(target, t, c.view)) {
        c.error(
          "E2021",
          `${name}: the argument, of type ${typeName(t)}, is not assignable to ${typeName(target)}: neither is a subtype of the other`,
          arg(call, 1).span,
        );
        return name === "ISTYPE" ? BOOLEAN : ERROR;
      }
      if (name === "NARROW") {
        if (!widening) c.addCheck(call.e, { kind: "Narrow", target });
        return target;
      }
      return BOOLEAN;
    }
    case "TYPECODE": {
      if (!arity(call, 1, 1)) return ERROR;
      const { type } = typeOrValue(call, 0);
      if (type.kind !== "Error" && !isTracedReference(type, c.view))
        return bad(call, 0, "a traced reference or object type", type);
      record(call, type);
      return CARDINAL;
    }
    case "NUMBER": {
      if (!arity(call, 1, 1)) return ERROR;
      const { type, isType } = typeOrValue(call, 0);
      const u = concrete(type, c.view);
      if (type.kind === "Error") return CARDINAL;
      if (u.kind === "Array")
        return constant(call, { kind: "Int", value: indexCount(u.index) ?? 0n }, CARDINAL);
      if (u.kind === "OpenArray") {
        if (isType) return bad(call, 0, "an array value when the array is open", type);
        return CARDINAL;
      }
      if (isType && isOrdinal(u))
        return constant(call, { kind: "Int", value: indexCount(u) ?? 0n }, CARDINAL);
      return bad(call, 0, "an array or an ordinal type", type);
    }
    case "FIRST":
    case "LAST":
      return firstLast(call);
    case "ORD": {
      if (!arity(call, 1, 1)) return ERROR;
      const t = value(call, 0);
      if (!isOrdinal(t)) return bad(call, 0, "an ordinal value", t);
      const v = constantValue(c, arg(call, 0));
      const o = v ? ordinalOf(v) : undefined;
      return o !== undefined ? constant(call, { kind: "Int", value: o }, INTEGER) : INTEGER;
    }
    case "VAL": {
      if (!arity(call, 2, 2)) return ERROR;
      const t = value(call, 0);
      const target = typeArg(call, 1);
      record(call, target);
      if (!isInteger(t)) return bad(call, 0, "an INTEGER", t);
      if (target.kind === "Error") return ERROR;
      if (!isOrdinal(target)) return bad(call, 1, "an ordinal type", target);
      const bounds = ordinalBounds(target);
      if (!bounds) return ERROR;
      const v = constantValue(c, arg(call, 0));
      const o = v ? ordinalOf(v) : undefined;
      if (o !== undefined) {
        if (o < bounds.low || o > bounds.high) {
          c.error("E2020", `VAL: ${o} is not a value of ${typeName(target)}`, arg(call, 0).span);
          return ERROR;
        }
        return constant(call, ordinalConstant(target, o), target);
      }
      const have = ordinalBounds(t) ?? bounds;
      if (have.low < bounds.low || have.high > bounds.high)
        c.addCheck(call.e, { kind: "Range", low: bounds.low, high: bounds.high });
      return target;
    }
    case "ABS": {
      if (!arity(call, 1, 1)) return ERROR;
      const t = value(call, 0);
      const v = constantValue(c, arg(call, 0));
      if (isInteger(t)) {
        if (v?.kind !== "Int") return INTEGER;
        const magnitude = v.value < 0n ? -v.value : v.value;
        if (magnitude > MAX_INT) {
          c.error(
            "E2020",
            `constant expression overflows INTEGER: the exact value is ${magnitude}`,
            call.e.span,
          );
          return ERROR;
        }
        return constant(call, { kind: "Int", value: magnitude }, INTEGER);
      }
      if (isFloat(t)) {
        if (v?.kind === "Float")
          return constant(call, { ...v, value: Math.abs(v.value) }, unpack(t));
        return unpack(t);
      }
      return bad(call, 0, "a number", t);
    }
    case "MIN":
    case "MAX":
      return minMax(call);
    case "FLOAT": {
      if (!arity(call, 1, 2)) return ERROR;
      const t = value(call, 0);
      const target: Type = call.e.args.length === 2 ? typeArg(call, 1) : REAL;
      if (target.kind !== "Error" && unpack(target).kind !== "Float")
        return bad(call, 1, "REAL, LONGREAL or EXTENDED", target);
      if (!isInteger(t) && !isFloat(t)) return bad(call, 0, "an INTEGER or a real number", t);
      record(call, target);
      const v = constantValue(c, arg(call, 0));
      if (target.kind === "Float" && v && (v.kind === "Int" || v.kind === "Float")) {
        const x = Number(v.value);
        return constant(
          call,
          {
            kind: "Float",
            precision: target.precision,
            value: target.precision === "REAL" ? Math.fround(x) : x,
          },
          target,
        );
      }
      return target;
    }
    case "FLOOR":
    case "CEILING":
    case "ROUND":
    case "TRUNC": {
      if (!arity(call, 1, 1)) return ERROR;
      const t = value(call, 0);
      if (!isFloat(t)) return bad(call, 0, "a real number (REAL, LONGREAL or EXTENDED)", t);
      const v = constantValue(c, arg(call, 0));
      if (v?.kind === "Float" && Number.isFinite(v.value)) {
        const f =
          name === "FLOOR"
            ? Math.floor
            : name === "CEILING"
              ? Math.ceil
              : name === "ROUND"
                ? roundHalfAway
                : Math.trunc;
        return constant(call, { kind: "Int", value: BigInt(f(v.value)) }, INTEGER);
      }
      return INTEGER;
    }
    case "BYTESIZE":
    case "BITSIZE":
    case "ADRSIZE": {
      if (!arity(call, 1, 1)) return ERROR;
      const { type, isType } = typeOrValue(call, 0);
      if (type.kind === "Error") return CARDINAL;
      if (concrete(type, c.view).kind === "OpenArray" && !isType) return CARDINAL;
      const size = name === "BITSIZE" ? bitSize(type, c.view) : layoutOf(type, c.view).size;
      return constant(call, { kind: "Int", value: BigInt(size) }, CARDINAL);
    }
    case "ADR": {
      if (!arity(call, 1, 1)) return ERROR;
      value(call, 0);
      if (!designator(c, arg(call, 0))) c.error("E2030", "ADR needs a variable", arg(call, 0).span);
      return ADDRESS;
    }
    case "LOOPHOLE": {
      if (!arity(call, 2, 2)) return ERROR;
      value(call, 0);
      const target = typeArg(call, 1);
      record(call, target);
      return target;
    }
    case "DISPOSE": {
      if (!arity(call, 1, 1)) return ERROR;
      value(call, 0);
      return ERROR;
    }
    case "SUBARRAY": {
      if (!arity(call, 3, 3)) return ERROR;
      const t = value(call, 0);
      const from = value(call, 1);
      const count = value(call, 2);
      if (!isInteger(from)) bad(call, 1, "an INTEGER start", from);
      if (!isInteger(count)) bad(call, 2, "an INTEGER length", count);
      const u = concrete(t, c.view);
      if (u.kind !== "Array" && u.kind !== "OpenArray") return bad(call, 0, "an array", t);
      c.addCheck(call.e, { kind: "Index", dimension: 0, open: true, low: 0n, high: -1n });
      return { kind: "OpenArray", element: u.element };
    }
    case "INC":
    case "DEC":
      return incDec(call);
    default: {
      const unreachable: never = name;
      return unreachable;
    }
  }
}

/** Modula-3's ROUND rounds halves away from zero. */
function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

function firstLast(call: Call): Type {
  const { c, name } = call;
  if (!arity(call, 1, 1)) return ERROR;
  const { type, isType } = typeOrValue(call, 0);
  if (type.kind === "Error") return ERROR;
  let u = concrete(type, c.view);
  if (u.kind === "OpenArray") {
    if (isType) return bad(call, 0, "an array value when the array is open", type);
    if (name === "FIRST") return constant(call, { kind: "Int", value: 0n }, INTEGER);
    return INTEGER;
  }
  let ordinal: Type = type;
  if (u.kind === "Array") {
    ordinal = u.index;
    u = concrete(ordinal, c.view);
  } else if (!isType && isOrdinal(u)) {
    return bad(call, 0, "a type or an array", type);
  }
  if (u.kind === "Float") {
    const f = u as FloatType;
    const max = f.precision === "REAL" ? 3.4028234663852886e38 : Number.MAX_VALUE;
    return constant(
      call,
      { kind: "Float", precision: f.precision, value: name === "FIRST" ? -max : max },
      u,
    );
  }
  const bounds = ordinalBounds(ordinal);
  const base = ordinalBase(ordinal);
  if (!bounds || !base) return bad(call, 0, "an ordinal type, a real type or an array", type);
  return constant(call, ordinalConstant(base, name === "FIRST" ? bounds.low : bounds.high), base);
}

function minMax(call: Call): Type {
  const { c, name } = call;
  if (!arity(call, 2, 2)) return ERROR;
  const a = value(call, 0);
  const b = value(call, 1);
  if (a.kind === "Error" || b.kind === "Error") return ERROR;
  let result: Type;
  const ba = ordinalBase(a);
  const bb = ordinalBase(b);
  if (ba && bb && sameType(ba, bb, c.view)) result = ba;
  else if (unpack(a).kind === "Float" && sameType(unpack(a), unpack(b), c.view)) result = unpack(a);
  else {
    c.error(
      "E2030",
      `${name} needs two ordinals of the same base type or two reals of the same precision, not ${typeName(a)} and ${typeName(b)}`,
      call.e.span,
    );
    return ERROR;
  }
  const x = constantValue(c, arg(call, 0));
  const y = constantValue(c, arg(call, 1));
  if (x && y) {
    if (x.kind === "Float" && y.kind === "Float")
      return constant(
        call,
        (name === "MIN" ? x.value <= y.value : x.value >= y.value) ? x : y,
        result,
      );
    const ox = ordinalOf(x);
    const oy = ordinalOf(y);
    if (ox !== undefined && oy !== undefined)
      return constant(call, (name === "MIN" ? ox <= oy : ox >= oy) ? x : y, result);
  }
  return result;
}

function incDec(call: Call): Type {
  const { c, name } = call;
  if (!arity(call, 1, 2)) return ERROR;
  const t = value(call, 0);
  if (call.e.args.length === 2) {
    const n = value(call, 1);
    if (!isInteger(n)) bad(call, 1, "an INTEGER amount", n);
  }
  if (t.kind === "Error") return ERROR;
  if (!isOrdinal(t)) return bad(call, 0, "an ordinal variable", t);
  const d = designator(c, arg(call, 0));
  if (!d || !d.writable) {
    c.error("E2026", `${name} needs a writable variable`, arg(call, 0).span);
    return ERROR;
  }
  noteAssignment(c, arg(call, 0), d, () => `'${exprText(arg(call, 0))}'`);
  const u = unpack(t);
  if (u.kind !== "Integer") {
    const b = ordinalBounds(u);
    if (!b) return ERROR;
    c.addCheck(call.e, { kind: "Range", low: b.low, high: b.high });
  }
  return ERROR;
}

function builtinNew(call: Call): Type {
  const { c, e } = call;
  if (e.args.length < 1) {
    c.error("E2004", "NEW needs a type", e.span);
    return ERROR;
  }
  if (e.args[0]!.name)
    c.error("E2006", "the first argument of NEW is the type, without a keyword", e.args[0]!.span);
  const t = typeArg(call, 0);
  noteAllocation(c, e, "NEW");
  if (t.kind === "Error") {
    for (const a of e.args.slice(1)) checkExpr(c, a.value, call.scope);
    return ERROR;
  }
  const u = concrete(t, c.view);
  const rest = e.args.slice(1);
  if (u.kind === "Ref") {
    const target = concrete(u.target, c.view);
    let dims = 0;
    for (let x: Type = target; x.kind === "OpenArray"; x = concrete(x.element, c.view)) dims++;
    if (dims > 0) {
      if (rest.length !== dims) {
        c.error(
          "E2004",
          `NEW(${typeName(t)}) needs ${dims} size${dims === 1 ? "" : "s"} for the open array, but ${rest.length} ${rest.length === 1 ? "is" : "are"} given`,
          e.span,
        );
      }
      for (const a of rest) {
        const st = checkExpr(c, a.value, call.scope);
        if (a.name) c.error("E2006", "an open array size takes no keyword", a.name.span);
        else checkAssignable(c, a.value, st, CARDINAL, "an array size");
      }
      c.calls.set(e, {
        target: { kind: "Builtin", builtin: "NEW", typeArgument: t },
        arguments: [],
        sizes: rest.map((a) => a.value),
      });
      return t;
    }
    if (target.kind === "Record")
      return newWithFields(
        call,
        t,
        target.fields.map((f) => ({ name: f.name, type: f.type })),
        rest,
        [],
      );
    if (rest.length > 0)
      c.error("E2004", `NEW(${typeName(t)}) takes no further arguments`, rest[0]!.span);
    record(call, t);
    return t;
  }
  if (u.kind === "Object" || u.kind === "Root" || (u.kind === "Opaque" && isObject(u, c.view))) {
    const members = c.members(t);
    return newWithFields(call, t, members.fields, rest, members.methods);
  }
  c.error("E2030", `NEW needs a REF or OBJECT type, not ${typeName(t)}`, arg(call, 0).span);
  return ERROR;
}

function newWithFields(
  call: Call,
  t: Type,
  fields: readonly { name: string; type: Type }[],
  rest: readonly ast.Actual[],
  methods: readonly { name: string; signature: import("./types.js").ProcedureType }[],
): Type {
  const { c, e } = call;
  const inits: { name: string; expr: ast.Expr }[] = [];
  const seen = new Set<string>();
  for (const a of rest) {
    if (!a.name) {
      c.error("E2006", "the initialisers of NEW are written 'field := value'", a.span);
      checkExpr(c, a.value, call.scope);
      continue;
    }
    const key = a.name.name;
    if (seen.has(key)) c.error("E2006", `'${key}' is initialised twice`, a.name.span);
    seen.add(key);
    const f = fields.find((x) => x.name === key);
    const m = methods.find((x) => x.name === key);
    const vt = checkExpr(c, a.value, call.scope);
    if (f) checkAssignable(c, a.value, vt, f.type, `field '${key}'`);
    else if (m) {
      const v = constantValue(c, a.value);
      if (v?.kind !== "Procedure" || !bindsAsMethod(v.procedure.signature, t, m.signature, c.view))
        c.error(
          "E2028",
          `the value given for method '${key}' is not a procedure that can be bound to it`,
          a.value.span,
        );
    } else c.error("E2027", `${typeName(t)} has no field or method named '${key}'`, a.name.span);
    inits.push({ name: key, expr: a.value });
  }
  c.calls.set(e, {
    target: { kind: "Builtin", builtin: "NEW", typeArgument: t },
    arguments: [],
    fieldInits: inits,
  });
  return t;
}

function exprText(e: ast.Expr): string {
  switch (e.kind) {
    case "Name":
      return e.name.name;
    case "Select":
      return `${exprText(e.object)}.${e.field.name}`;
    case "Deref":
      return `${exprText(e.operand)}^`;
    case "Index":
      return `${exprText(e.array)}[…]`;
    default:
      return "…";
  }
}
