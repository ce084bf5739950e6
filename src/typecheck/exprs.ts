// Expressions: names and selections, dereference, subscripts, operators, literals and constructors;
// each gets a Type (side table), a folded value when constant, and the run-time checks it implies.
import type * as ast from "../lang/ast.js";
import { checkAssignable } from "./assign.js";
import { checkCall } from "./calls.js";
import { DIVIDE_BY_ZERO_CHECK, NIL_CHECK, type Checker } from "./context.js";
import { foldBinary, foldUnary } from "./fold.js";
import { lookupIdent, lookupInInterface } from "./names.js";
import { noteAllocation } from "./qualifiers.js";
import {
  assignability,
  concrete,
  indexCount,
  isBoolean,
  isFloat,
  isInteger,
  isOrdinal,
  ordinalBase,
  ordinalBounds,
  sameType,
  unpack,
} from "./relations.js";
import { closestName, type Scope } from "./scope.js";
import type { NodeFacts } from "./tables.js";
import type { MethodSymbol, Symbol } from "./symbols.js";
import { resolveType } from "./typexpr.js";
import {
  BOOLEAN,
  CHAR,
  ERROR,
  EXTENDED,
  INTEGER,
  LONGREAL,
  MAX_INT,
  REAL,
  TEXT,
  typeName,
  type ProcedureType,
  type Type,
} from "./types.js";
import { ordinalOf, type ConstValue } from "./values.js";

export function constantValue(c: Checker, e: ast.Expr): ConstValue | undefined {
  return c.tables.lookup(e)?.constant;
}

/** What an expression denotes before it is used as a value. */
export type Operand =
  | { readonly kind: "Value"; readonly type: Type }
  | { readonly kind: "Type"; readonly type: Type }
  | { readonly kind: "Interface" }
  | { readonly kind: "Builtin"; readonly symbol: Symbol & { kind: "Builtin" } }
  | { readonly kind: "Exception"; readonly symbol: Symbol }
  | { readonly kind: "Method"; readonly method: MethodSymbol; readonly receiver: ast.Expr }
  | { readonly kind: "Error" };

const ERROR_OPERAND: Operand = { kind: "Error" };

/** Checks an expression used as a value. Memoised per node so nothing is reported twice. */
export function checkExpr(c: Checker, e: ast.Expr, scope: Scope): Type {
  return checkedFacts(c, e, scope).type ?? ERROR;
}

/**
 * `checkExpr` returning the node's record in the side tables (its type is then set), so callers
 * read the type and folded value without another lookup.
 */
export function checkedFacts(c: Checker, e: ast.Expr, scope: Scope): NodeFacts {
  const tables = c.tables;
  const f = tables.node(e);
  if (f.type !== undefined) return f;
  if (e.kind !== "Name" && e.kind !== "Select" && e.kind !== "TypeExpr" && e.kind !== "Paren") {
    // The common case: no Operand to build, the expression can only be a value.
    f.type = valueExpr(c, e, f, scope);
    return f;
  }
  const op = classify(c, e, scope, f);
  let t: Type;
  switch (op.kind) {
    case "Value":
      t = op.type;
      break;
    case "Error":
      t = ERROR;
      break;
    case "Type":
      c.error("E2024", `the type ${typeName(op.type)} cannot be used as a value`, e.span);
      t = ERROR;
      break;
    case "Interface":
      c.error(
        "E2024",
        "an interface cannot be used as a value; select one of its declarations",
        e.span,
      );
      t = ERROR;
      break;
    case "Builtin":
      c.error("E2025", `the built-in '${op.symbol.name}' must be called`, e.span);
      t = ERROR;
      break;
    case "Exception":
      c.error("E2024", `the exception '${op.symbol.name}' cannot be used as a value`, e.span);
      t = ERROR;
      break;
    case "Method":
      c.error("E2025", `the method '${op.method.name}' must be called`, e.span);
      t = ERROR;
      break;
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
  f.type = t;
  return f;
}

/** Checks an expression whose value must be assignable to `target` (records the implied check). */
export function checkValue(
  c: Checker,
  e: ast.Expr,
  scope: Scope,
  target: Type,
  what: string | (() => string),
): Type {
  const t = checkExpr(c, e, scope);
  checkAssignable(c, e, t, target, what);
  return t;
}

export function checkBoolean(c: Checker, e: ast.Expr, scope: Scope, what: string): void {
  const t = checkExpr(c, e, scope);
  if (!isBoolean(t)) c.error("E2031", `${what} must be a BOOLEAN, not ${typeName(t)}`, e.span);
}

/**
 * Classifies a Name, Select or TypeExpr; every other expression is a value. Records the type of
 * what denotes a value or a type (so selection heads and receivers have one too).
 */
export function classify(
  c: Checker,
  e: ast.Expr,
  scope: Scope,
  f: NodeFacts = c.tables.node(e),
): Operand {
  const tables = c.tables;
  switch (e.kind) {
    case "Name": {
      const s = lookupIdent(c, e.name, scope);
      if (!s) return ERROR_OPERAND;
      f.symbol = s;
      return symbolOperand(c, s, f);
    }
    case "Select":
      return select(c, e, scope, f);
    case "TypeExpr": {
      const type = resolveType(c, e.type, scope);
      f.type ??= type;
      return { kind: "Type", type };
    }
    case "Paren": {
      const innerFacts = tables.node(e.inner);
      const inner = classify(c, e.inner, scope, innerFacts);
      if (inner.kind === "Value" || inner.kind === "Type") {
        // The inner expression is one in its own right: code generation asks for its type.
        innerFacts.type ??= inner.type;
        f.type ??= inner.type;
      }
      if (inner.kind === "Value") {
        const v = innerFacts.constant;
        if (v) f.constant = v;
      }
      return inner;
    }
    default: {
      const known = f.type;
      if (known !== undefined) return { kind: "Value", type: known };
      const type = valueExpr(c, e, f, scope);
      f.type = type;
      return { kind: "Value", type };
    }
  }
}

function symbolOperand(c: Checker, s: Symbol, f: NodeFacts): Operand {
  const tables = c.tables;
  switch (s.kind) {
    case "Type":
      f.type ??= s.type;
      return { kind: "Type", type: s.type };
    case "Interface":
      return { kind: "Interface" };
    case "Builtin":
      return { kind: "Builtin", symbol: s };
    case "Exception":
      return { kind: "Exception", symbol: s };
    case "Variable":
    case "Formal":
      return { kind: "Value", type: s.type };
    case "Constant":
      if (s.type.kind !== "Error") f.constant = s.value;
      return { kind: "Value", type: s.type };
    case "Procedure":
      f.constant = c.procedureValue(s);
      return { kind: "Value", type: s.signature };
    case "EnumValue":
      f.constant = enumValue(s.type, s.ordinal);
      return { kind: "Value", type: s.type };
    case "Field":
    case "Method":
      return { kind: "Value", type: s.kind === "Field" ? s.type : s.signature };
    default: {
      const unreachable: never = s;
      return unreachable;
    }
  }
}

export function enumValue(t: Type, ordinal: number): ConstValue {
  const u = unpack(t);
  const base = u.kind === "Subrange" ? u.base : u;
  if (base === BOOLEAN) return { kind: "Bool", value: ordinal === 1 };
  if (base === CHAR) return { kind: "Char", value: ordinal };
  if (base.kind === "Integer") return { kind: "Int", value: BigInt(ordinal) };
  return { kind: "Enum", ordinal };
}

/** Makes a constant of an ordinal type from its ordinal. */
export function ordinalConstant(t: Type, ordinal: bigint): ConstValue {
  const base = ordinalBase(t);
  if (!base || base.kind === "Integer") return { kind: "Int", value: ordinal };
  return enumValue(base, Number(ordinal));
}

function select(c: Checker, e: ast.SelectExpr, scope: Scope, f: NodeFacts): Operand {
  const tables = c.tables;
  const object = tables.node(e.object);
  const head = classify(c, e.object, scope, object);
  switch (head.kind) {
    case "Error":
      return ERROR_OPERAND;
    case "Interface": {
      const iface = object.symbol;
      if (iface?.kind !== "Interface") return ERROR_OPERAND;
      const s = lookupInInterface(c, iface, e.field, e);
      if (!s) return ERROR_OPERAND;
      f.symbol = s;
      return symbolOperand(c, s, f);
    }
    case "Type":
      return selectFromType(c, e, f, head.type);
    case "Value":
      // The head is an expression in its own right: code generation asks for its type.
      object.type ??= head.type;
      return selectFromValue(c, e, f, object, head.type);
    case "Builtin":
    case "Exception":
    case "Method":
      c.error("E2027", `cannot select '${e.field.name}' from this expression`, e.span);
      return ERROR_OPERAND;
    default: {
      const unreachable: never = head;
      return unreachable;
    }
  }
}

function selectFromType(c: Checker, e: ast.SelectExpr, f: NodeFacts, t: Type): Operand {
  const u = concrete(t, c.view);
  if (u.kind === "Enum" && !u.builtin) {
    const ordinal = u.names.indexOf(e.field.name);
    if (ordinal < 0) {
      const guess = closestName(e.field.name, u.names);
      c.error(
        "E2027",
        `the enumeration ${typeName(t)} has no value '${e.field.name}'`,
        e.field.span,
        guess ? { hint: `did you mean '${guess}'?` } : {},
      );
      return ERROR_OPERAND;
    }
    f.symbol = { kind: "EnumValue", name: e.field.name, type: t, ordinal };
    f.constant = { kind: "Enum", ordinal };
    return { kind: "Value", type: t };
  }
  if (u.kind === "Object" || u.kind === "Opaque" || u.kind === "Root") {
    const members = c.members(t);
    const index = members.methods.findIndex((m) => m.name === e.field.name);
    const m = members.methods[index];
    if (m) {
      const s: MethodSymbol = {
        kind: "Method",
        name: m.name,
        signature: m.signature,
        index,
        of: t,
      };
      f.symbol = s;
      const withReceiver: ProcedureType = {
        ...m.signature,
        formals: [{ name: "self", mode: "VALUE", type: t }, ...m.signature.formals],
      };
      if (m.binding) f.constant = m.binding;
      return { kind: "Value", type: withReceiver };
    }
  }
  c.error(
    "E2027",
    `the type ${typeName(t)} has no value or method named '${e.field.name}'`,
    e.field.span,
  );
  return ERROR_OPERAND;
}

function selectFromValue(
  c: Checker,
  e: ast.SelectExpr,
  f: NodeFacts,
  object: NodeFacts,
  t: Type,
): Operand {
  if (t.kind === "Error") return ERROR_OPERAND;
  let u = concrete(t, c.view);
  if (u.kind === "Ref") {
    const target = concrete(u.target, c.view);
    if (target.kind === "Record") {
      c.addCheck(e, NIL_CHECK, f);
      u = target;
    }
  }
  if (u.kind === "Record") {
    const index = u.fields.findIndex((x) => x.name === e.field.name);
    const field = u.fields[index];
    if (!field)
      return noMember(
        c,
        e,
        t,
        u.fields.map((x) => x.name),
      );
    f.symbol = { kind: "Field", name: field.name, type: field.type, index, of: u };
    const record = object.constant;
    const value = record?.kind === "Record" ? record.fields[index] : undefined;
    if (value) f.constant = value;
    return { kind: "Value", type: field.type };
  }
  if (u.kind === "Object" || u.kind === "Opaque" || u.kind === "Root") {
    const members = c.members(t);
    const fieldIndex = members.fields.findIndex((x) => x.name === e.field.name);
    const field = members.fields[fieldIndex];
    c.addCheck(e, NIL_CHECK, f);
    if (field) {
      f.symbol = {
        kind: "Field",
        name: field.name,
        type: field.type,
        index: fieldIndex,
        of: t,
      };
      return { kind: "Value", type: field.type };
    }
    const methodIndex = members.methods.findIndex((m) => m.name === e.field.name);
    const m = members.methods[methodIndex];
    if (m) {
      const s: MethodSymbol = {
        kind: "Method",
        name: m.name,
        signature: m.signature,
        index: methodIndex,
        of: t,
      };
      f.symbol = s;
      return { kind: "Method", method: s, receiver: e.object };
    }
    return noMember(c, e, t, [
      ...members.fields.map((x) => x.name),
      ...members.methods.map((x) => x.name),
    ]);
  }
  c.error(
    "E2027",
    `cannot select '${e.field.name}' from a value of type ${typeName(t)}, which is not a record or object`,
    e.field.span,
  );
  return ERROR_OPERAND;
}

function noMember(c: Checker, e: ast.SelectExpr, t: Type, names: string[]): Operand {
  const guess = closestName(e.field.name, names);
  c.error(
    "E2027",
    `${typeName(t)} has no field or method named '${e.field.name}'`,
    e.field.span,
    guess ? { hint: `did you mean '${guess}'?` } : {},
  );
  return ERROR_OPERAND;
}

/** Expressions that can only be values; `f` is the node's record in the side tables. */
function valueExpr(c: Checker, e: ast.Expr, f: NodeFacts, scope: Scope): Type {
  switch (e.kind) {
    case "Name":
    case "Select":
    case "TypeExpr":
    case "Paren":
      return checkExpr(c, e, scope);
    case "Deref": {
      const t = checkExpr(c, e.operand, scope);
      const u = concrete(t, c.view);
      if (t.kind === "Error") return ERROR;
      if (u.kind !== "Ref") {
        const why = u.kind === "Refany" ? "; NARROW it to a REF type first" : "";
        c.error("E2037", `cannot dereference a value of type ${typeName(t)}${why}`, e.span);
        return ERROR;
      }
      c.addCheck(e, NIL_CHECK, f);
      return u.target;
    }
    case "Index":
      return index(c, e, f, scope);
    case "Call":
      return checkCall(c, e, scope, false) ?? ERROR;
    case "Unary":
      return unary(c, e, f, scope);
    case "Binary":
      return binary(c, e, f, scope);
    case "IntLiteral": {
      let value = e.value;
      if (value > MAX_INT && e.text.includes("_") && value < 1n << 64n) value -= 1n << 64n;
      if (value > MAX_INT) {
        c.error(
          "E2020",
          `the integer literal ${e.text} is too large for INTEGER (at most ${MAX_INT})`,
          e.span,
        );
        return ERROR;
      }
      f.constant = c.intValue(value);
      return INTEGER;
    }
    case "RealLiteral": {
      const type = e.precision === "REAL" ? REAL : e.precision === "LONGREAL" ? LONGREAL : EXTENDED;
      f.constant = {
        kind: "Float",
        precision: e.precision,
        value: e.precision === "REAL" ? Math.fround(e.value) : e.value,
      };
      return type;
    }
    case "CharLiteral":
      f.constant = { kind: "Char", value: e.value };
      return CHAR;
    case "TextLiteral":
      f.constant = { kind: "Text", value: e.value };
      return TEXT;
    case "Constructor":
      return constructor(c, e, f, scope);
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}

function index(c: Checker, e: ast.IndexExpr, f: NodeFacts, scope: Scope): Type {
  const tables = c.tables;
  const array = checkedFacts(c, e.array, scope);
  let t: Type = array.type ?? ERROR;
  // Subscripting a constant array with constant subscripts is itself constant.
  let folded = array.constant;
  for (let dimension = 0; dimension < e.indexes.length; dimension++) {
    const ie = e.indexes[dimension]!;
    const fixed = concrete(t, c.view);
    const low = fixed.kind === "Array" ? (ordinalBounds(fixed.index)?.low ?? 0n) : 0n;
    const subscript = checkedFacts(c, ie, scope);
    const it = subscript.type ?? ERROR;
    if (t.kind === "Error") continue;
    const sub = subscript.constant;
    const ord = sub ? ordinalOf(sub) : undefined;
    let u = concrete(t, c.view);
    if (u.kind === "Ref") {
      const target = concrete(u.target, c.view);
      if (target.kind === "Array" || target.kind === "OpenArray") {
        if (dimension === 0) c.addCheck(e, NIL_CHECK, f);
        u = target;
      }
    }
    if (u.kind === "Array") {
      if (it.kind !== "Error" && assignability(it, u.index, c.view).kind === "No") {
        c.error(
          "E2003",
          `a subscript of type ${typeName(it)} cannot index an array whose index type is ${typeName(u.index)}`,
          ie.span,
        );
      } else subscriptCheck(c, e, f, ie, ord, it, dimension, u.index);
      t = u.element;
    } else if (u.kind === "OpenArray") {
      if (!isInteger(it))
        c.error(
          "E2003",
          `a subscript of an open array must be an integer, not ${typeName(it)}`,
          ie.span,
        );
      else {
        if (ord !== undefined && ord < 0n)
          c.error("E2020", `the subscript ${ord} is negative`, ie.span);
        c.addCheck(e, { kind: "Index", dimension, open: true, low: 0n, high: -1n }, f);
      }
      t = u.element;
    } else {
      c.error(
        "E2036",
        `cannot subscript a value of type ${typeName(t)}, which is not an array`,
        e.array.span,
      );
      t = ERROR;
    }
    folded =
      folded?.kind === "Array" && ord !== undefined
        ? folded.elements[Number(ord - low)]
        : undefined;
  }
  if (folded) f.constant = folded;
  return t;
}

function subscriptCheck(
  c: Checker,
  e: ast.IndexExpr,
  f: NodeFacts,
  ie: ast.Expr,
  ord: bigint | undefined,
  it: Type,
  dimension: number,
  indexType: Type,
): void {
  const bounds = ordinalBounds(indexType);
  if (!bounds) return;
  if (ord !== undefined) {
    if (ord < bounds.low || ord > bounds.high)
      c.error(
        "E2020",
        `the subscript ${ord} is outside the array's index range [${bounds.low}..${bounds.high}]`,
        ie.span,
      );
    return;
  }
  const have = ordinalBounds(it);
  if (have && have.low >= bounds.low && have.high <= bounds.high) return;
  c.addCheck(e, c.indexCheck(bounds, dimension), f);
}

function fold(
  c: Checker,
  f: NodeFacts,
  e: ast.Expr,
  result: ReturnType<typeof foldBinary>,
  type: Type,
): Type {
  switch (result.kind) {
    case "Value":
      f.constant = result.value;
      return type;
    case "Overflow":
      c.error(
        "E2020",
        `constant expression overflows INTEGER: the exact value is ${result.exact}`,
        e.span,
      );
      return ERROR;
    case "DivideByZero":
      c.error("E2020", "division by zero in a constant expression", e.span);
      return ERROR;
    case "NotConstant":
      return type;
    default: {
      const unreachable: never = result;
      return unreachable;
    }
  }
}

function unary(c: Checker, e: ast.UnaryExpr, f: NodeFacts, scope: Scope): Type {
  const operand = checkedFacts(c, e.operand, scope);
  const t = operand.type ?? ERROR;
  if (t.kind === "Error") return ERROR;
  let result: Type;
  if (e.op === "NOT") {
    if (!isBoolean(t)) {
      c.error("E2023", `NOT needs a BOOLEAN operand, not ${typeName(t)}`, e.span);
      return ERROR;
    }
    result = BOOLEAN;
  } else if (isInteger(t)) result = INTEGER;
  else if (isFloat(t)) result = unpack(t);
  else {
    c.error("E2023", `unary ${e.op} needs a numeric operand, not ${typeName(t)}`, e.span);
    return ERROR;
  }
  const v = operand.constant;
  return v ? fold(c, f, e, foldUnary(e.op, v), result) : result;
}

function setType(c: Checker, t: Type): Type | undefined {
  const u = concrete(t, c.view);
  return u.kind === "Set" ? u : undefined;
}

function binary(c: Checker, e: ast.BinaryExpr, f: NodeFacts, scope: Scope): Type {
  const tables = c.tables;
  const left = checkedFacts(c, e.left, scope);
  const right = checkedFacts(c, e.right, scope);
  const l = left.type ?? ERROR;
  const r = right.type ?? ERROR;
  if (l.kind === "Error" || r.kind === "Error") return ERROR;
  const result = binaryType(c, e, l, r);
  if (result.kind === "Error") return ERROR;
  const a = left.constant;
  const b = right.constant;
  if (a && b) return fold(c, f, e, foldBinary(e.op, a, b), result);
  if (e.op === "&") noteAllocation(c, e, "text concatenation '&'");
  if ((e.op === "DIV" || e.op === "MOD") && isInteger(result))
    c.addCheck(e, DIVIDE_BY_ZERO_CHECK, f);
  if (e.op === "/" && b && isFloat(result) && b.kind === "Float" && b.value === 0)
    c.error("E2020", "division by zero", e.right.span);
  if ((e.op === "DIV" || e.op === "MOD") && b && ordinalOf(b) === 0n)
    c.error("E2020", "division by zero", e.right.span);
  return result;
}

function mismatch(c: Checker, e: ast.BinaryExpr, l: Type, r: Type): Type {
  c.error(
    "E2023",
    `operator ${e.op} cannot be applied to ${typeName(l)} and ${typeName(r)}`,
    e.span,
  );
  return ERROR;
}

function binaryType(c: Checker, e: ast.BinaryExpr, l: Type, r: Type): Type {
  switch (e.op) {
    case "AND":
    case "OR":
      return isBoolean(l) && isBoolean(r) ? BOOLEAN : mismatch(c, e, l, r);
    case "+":
    case "-":
    case "*":
    case "/": {
      if (e.op !== "/" && isInteger(l) && isInteger(r)) return INTEGER;
      const fl = unpack(l);
      const fr = unpack(r);
      if (fl.kind === "Float" && fr.kind === "Float" && fl.precision === fr.precision) return fl;
      const sl = setType(c, l);
      if (sl && setType(c, r) && sameType(l, r, c.view)) return sl;
      if (e.op === "/" && isInteger(l) && isInteger(r)) {
        c.error(
          "E2023",
          "operator / is for REAL, LONGREAL, EXTENDED and sets; use DIV for integers",
          e.span,
        );
        return ERROR;
      }
      return mismatch(c, e, l, r);
    }
    case "DIV":
      return isInteger(l) && isInteger(r) ? INTEGER : mismatch(c, e, l, r);
    case "MOD": {
      if (isInteger(l) && isInteger(r)) return INTEGER;
      const fl = unpack(l);
      const fr = unpack(r);
      if (fl.kind === "Float" && fr.kind === "Float" && fl.precision === fr.precision) return fl;
      return mismatch(c, e, l, r);
    }
    case "&":
      return concrete(l, c.view).kind === "Text" && concrete(r, c.view).kind === "Text"
        ? TEXT
        : mismatch(c, e, l, r);
    case "=":
    case "#":
      if (assignability(l, r, c.view).kind !== "No" || assignability(r, l, c.view).kind !== "No")
        return BOOLEAN;
      return mismatch(c, e, l, r);
    case "<":
    case "<=":
    case ">":
    case ">=": {
      if (isOrdinal(l) && isOrdinal(r)) {
        const bl = ordinalBase(l);
        const br = ordinalBase(r);
        if (bl && br && sameType(bl, br, c.view)) return BOOLEAN;
      }
      const fl = unpack(l);
      const fr = unpack(r);
      if (fl.kind === "Float" && fr.kind === "Float" && fl.precision === fr.precision)
        return BOOLEAN;
      if (setType(c, l) && sameType(l, r, c.view)) return BOOLEAN;
      return mismatch(c, e, l, r);
    }
    case "IN": {
      const s = setType(c, r);
      if (
        s &&
        s.kind === "Set" &&
        isOrdinal(l) &&
        assignability(l, s.element, c.view).kind !== "No"
      )
        return BOOLEAN;
      return mismatch(c, e, l, r);
    }
    default: {
      const unreachable: never = e.op;
      return unreachable;
    }
  }
}

function constructor(c: Checker, e: ast.ConstructorExpr, f: NodeFacts, scope: Scope): Type {
  const t = resolveType(c, e.type, scope);
  const u = concrete(t, c.view);
  switch (u.kind) {
    case "Error":
      for (const el of e.elements) checkElementValues(c, el, scope);
      return ERROR;
    case "Set":
      return setConstructor(c, e, f, t, u.element, scope);
    case "Record":
      return recordConstructor(c, e, f, t, u.fields, scope);
    case "Array":
    case "OpenArray":
      return arrayConstructor(c, e, f, t, u, scope);
    default:
      c.error(
        "E2040",
        `a constructor T{…} needs an array, record or set type, not ${typeName(t)}`,
        e.type.span,
      );
      for (const el of e.elements) checkElementValues(c, el, scope);
      return ERROR;
  }
}

function checkElementValues(c: Checker, el: ast.ConstructorElement, scope: Scope): void {
  if (el.kind === "ElementRange") {
    checkExpr(c, el.low, scope);
    checkExpr(c, el.high, scope);
  } else checkExpr(c, el.value, scope);
}

function setConstructor(
  c: Checker,
  e: ast.ConstructorExpr,
  f: NodeFacts,
  t: Type,
  element: Type,
  scope: Scope,
): Type {
  const members: bigint[] = [];
  let constant = true;
  const add = (x: ast.Expr): bigint | undefined => {
    checkValue(c, x, scope, element, "an element of the set");
    const v = constantValue(c, x);
    const o = v ? ordinalOf(v) : undefined;
    if (o === undefined) constant = false;
    return o;
  };
  for (const el of e.elements) {
    if (el.kind === "ElementField") {
      c.error("E2040", "a set constructor takes values and ranges, not 'name := value'", el.span);
      checkExpr(c, el.value, scope);
      continue;
    }
    if (el.kind === "ElementValue") {
      const o = add(el.value);
      if (o !== undefined) members.push(o);
    } else {
      const lo = add(el.low);
      const hi = add(el.high);
      if (lo !== undefined && hi !== undefined) {
        if (hi - lo > 1n << 16n) c.error("E2040", "this set range is too large", el.span);
        else for (let x = lo; x <= hi; x++) members.push(x);
      }
    }
  }
  if (constant) {
    const sorted = [...new Set(members)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    f.constant = { kind: "Set", members: sorted };
  }
  return t;
}

function recordConstructor(
  c: Checker,
  e: ast.ConstructorExpr,
  f: NodeFacts,
  t: Type,
  fields: readonly { name: string; type: Type; defaultValue?: ConstValue }[],
  scope: Scope,
): Type {
  const given = new Map<string, ast.Expr>();
  let position = 0;
  let named = false;
  for (const el of e.elements) {
    if (el.kind === "ElementRange") {
      c.error("E2040", "a record constructor cannot contain a range", el.span);
      continue;
    }
    let field: (typeof fields)[number] | undefined;
    if (el.kind === "ElementField") {
      named = true;
      field = fields.find((x) => x.name === el.name.name);
      if (!field) {
        const guess = closestName(
          el.name.name,
          fields.map((x) => x.name),
        );
        c.error(
          "E2027",
          `${typeName(t)} has no field named '${el.name.name}'`,
          el.name.span,
          guess ? { hint: `did you mean '${guess}'?` } : {},
        );
        checkExpr(c, el.value, scope);
        continue;
      }
    } else {
      if (named)
        c.error("E2040", "positional values must come before 'name := value' ones", el.span);
      field = fields[position++];
      if (!field) {
        c.error(
          "E2040",
          `too many values for ${typeName(t)}, which has ${fields.length} fields`,
          el.span,
        );
        checkExpr(c, el.value, scope);
        continue;
      }
    }
    if (given.has(field.name)) c.error("E2040", `field '${field.name}' is given twice`, el.span);
    given.set(field.name, el.value);
    checkValue(c, el.value, scope, field.type, () => `field '${field.name}'`);
  }
  const values: ConstValue[] = [];
  let constant = true;
  for (const field of fields) {
    const x = given.get(field.name);
    if (!x && !field.defaultValue) {
      c.error(
        "E2040",
        `field '${field.name}' has no default, so the constructor must give it a value`,
        e.span,
      );
      constant = false;
      continue;
    }
    const v = x ? constantValue(c, x) : field.defaultValue;
    if (v) values.push(v);
    else constant = false;
  }
  if (constant) f.constant = { kind: "Record", fields: values };
  return t;
}

function arrayConstructor(
  c: Checker,
  e: ast.ConstructorExpr,
  f: NodeFacts,
  t: Type,
  u: Type & { kind: "Array" | "OpenArray" },
  scope: Scope,
): Type {
  const values: ConstValue[] = [];
  let constant = true;
  for (const el of e.elements) {
    if (el.kind !== "ElementValue") {
      c.error("E2040", "an array constructor takes values only", el.span);
      checkElementValues(c, el, scope);
      constant = false;
      continue;
    }
    checkValue(c, el.value, scope, u.element, "an element of the array");
    const v = constantValue(c, el.value);
    if (v) values.push(v);
    else constant = false;
  }
  if (u.kind === "Array") {
    const n = indexCount(u.index) ?? 0n;
    const count = BigInt(e.elements.length);
    if (e.repeatLast ? count > n || count === 0n : count !== n) {
      c.error(
        "E2040",
        `${typeName(t)} has ${n} elements but the constructor gives ${count}${e.repeatLast ? "" : " (end the list with '..' to repeat the last one)"}`,
        e.span,
      );
      return t;
    }
    if (constant) {
      const last = values[values.length - 1];
      while (last && BigInt(values.length) < n) values.push(last);
    }
  }
  if (constant) f.constant = { kind: "Array", elements: values };
  return t;
}

// ---------------------------------------------------------------------------------------------
// Designators

export interface Designator {
  readonly writable: boolean;
  /** The path reaches only storage of the current procedure's own locals (no `^`, no references). */
  readonly local: boolean;
  /** The variable or formal at the root of the path, when it names one. */
  readonly root?: Symbol;
}

/** Whether an expression denotes a variable (report 2.6.2), and whether it may be written. */
export function designator(c: Checker, e: ast.Expr): Designator | undefined {
  switch (e.kind) {
    case "Name":
    case "Select": {
      const s = c.symbols.get(e);
      if (!s)
        return c.exprTypes.get(e)?.kind === "Error" ? { writable: true, local: true } : undefined;
      if (s.kind === "Variable") {
        const own =
          c.proc?.symbol !== undefined && s.owner === c.proc.symbol && s.storage !== "global";
        return {
          writable: s.writable,
          local: own && !(s.storage === "with" && s.aliases),
          root: s,
        };
      }
      if (s.kind === "Formal") {
        return {
          writable: s.mode !== "READONLY",
          local: s.owner === c.proc?.symbol && s.mode === "VALUE",
          root: s,
        };
      }
      if (s.kind === "Field" && e.kind === "Select") {
        const objectType = c.exprTypes.get(e.object);
        const through = objectType ? concrete(objectType, c.view).kind !== "Record" : true;
        if (through) return { writable: true, local: false };
        const inner = designator(c, e.object);
        return inner ? { ...inner } : undefined;
      }
      return undefined;
    }
    case "Deref":
      return { writable: true, local: false };
    case "Index": {
      const at = c.exprTypes.get(e.array);
      const u = at ? concrete(at, c.view) : undefined;
      if (u?.kind === "Ref") return { writable: true, local: false };
      const inner = designator(c, e.array);
      if (u?.kind === "OpenArray")
        return inner ? { ...inner, local: false } : { writable: true, local: false };
      return inner;
    }
    case "Call": {
      const info = c.calls.get(e);
      if (info?.target.kind === "Builtin" && info.target.builtin === "SUBARRAY" && e.args[0]) {
        const inner = designator(c, e.args[0].value);
        return inner ? { ...inner, local: false } : undefined;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
