// Statements: assignment, calls, control flow (IF, loops, EXIT, RETURN, FOR, CASE, TYPECASE),
// WITH, exceptions (TRY, RAISE), LOCK, nested blocks and <*ASSERT*>.
import type * as ast from "../lang/ast.js";
import type { Span } from "../lang/source.js";
import { checkAssignable } from "./assign.js";
import { calleeText, checkCall } from "./calls.js";
import {
  CASE_NO_ARM_CHECK,
  TYPECASE_NO_ARM_CHECK,
  type Checker,
  type HandlerFrame,
} from "./context.js";
import { checkBlock } from "./decls.js";
import { checkBoolean, checkExpr, constantValue, designator } from "./exprs.js";
import { noteAssignment } from "./qualifiers.js";
import { checkRaised } from "./raises.js";
import {
  assignability,
  isInteger,
  isOrdinal,
  isSubtype,
  isTracedReference,
  ordinalBase,
  ordinalBounds,
} from "./relations.js";
import { Scope } from "./scope.js";
import type { Storage, VariableSymbol } from "./symbols.js";
import { exceptionNamed, resolveType } from "./typexpr.js";
import { CHAR, ERROR, MUTEX, typeName, type Type } from "./types.js";
import { ordinalOf } from "./values.js";

export function checkStatements(c: Checker, body: readonly ast.Stmt[], scope: Scope): void {
  for (const s of body) checkStatement(c, s, scope);
}

function loop(c: Checker, body: readonly ast.Stmt[], scope: Scope): void {
  if (c.proc) c.proc.loopDepth++;
  checkStatements(c, body, scope);
  if (c.proc) c.proc.loopDepth--;
}

function checkStatement(c: Checker, s: ast.Stmt, scope: Scope): void {
  switch (s.kind) {
    case "Assign":
      return assign(c, s, scope);
    case "CallStmt":
      checkCall(c, s.call, scope, true);
      return;
    case "If":
      for (const arm of s.arms) {
        checkBoolean(c, arm.condition, scope, "the condition of IF");
        checkStatements(c, arm.body, scope);
      }
      if (s.otherwise) checkStatements(c, s.otherwise, scope);
      return;
    case "While":
      checkBoolean(c, s.condition, scope, "the condition of WHILE");
      return loop(c, s.body, scope);
    case "Repeat":
      loop(c, s.body, scope);
      checkBoolean(c, s.condition, scope, "the condition of UNTIL");
      return;
    case "Loop":
      return loop(c, s.body, scope);
    case "Exit":
      if (!c.proc || c.proc.loopDepth === 0)
        c.error("E2011", "EXIT is allowed only inside LOOP, WHILE, REPEAT or FOR", s.span);
      return;
    case "Return":
      return checkReturn(c, s, scope);
    case "For":
      return forStatement(c, s, scope);
    case "Case":
      return caseStatement(c, s, scope);
    case "TypeCase":
      return typeCase(c, s, scope);
    case "With":
      return withStatement(c, s, scope, 0);
    case "TryExcept":
      return tryExcept(c, s, scope);
    case "TryFinally":
      checkStatements(c, s.body, scope);
      checkStatements(c, s.finally, scope);
      return;
    case "Raise":
      return raise(c, s, scope);
    case "Eval":
      checkExpr(c, s.value, scope);
      return;
    case "Lock": {
      const t = checkExpr(c, s.mutex, scope);
      if (t.kind !== "Error" && !isSubtype(t, MUTEX, c.view))
        c.error("E2003", `LOCK needs a MUTEX, not ${typeName(t)}`, s.mutex.span);
      checkStatements(c, s.body, scope);
      return;
    }
    case "BlockStmt":
      checkBlock(c, s.block, scope);
      return;
    case "Assert":
      checkBoolean(c, s.condition, scope, "the condition of ASSERT");
      if (s.message) checkExpr(c, s.message, scope);
      return;
    default: {
      const unreachable: never = s;
      return unreachable;
    }
  }
}

function assign(c: Checker, s: ast.AssignStmt, scope: Scope): void {
  const tt = checkExpr(c, s.target, scope);
  const vt = checkExpr(c, s.value, scope);
  if (tt.kind === "Error") return;
  const d = designator(c, s.target);
  if (!d) {
    c.error("E2026", `cannot assign to ${describe(s.target)}: it is not a variable`, s.target.span);
    return;
  }
  if (!d.writable) {
    const root = d.root;
    const why =
      root?.kind === "Variable" && root.storage === "for"
        ? "it is a FOR loop variable"
        : root?.kind === "Formal"
          ? "it is a READONLY parameter"
          : "it is read-only";
    c.error("E2026", `cannot assign to ${describe(s.target)}: ${why}`, s.target.span);
    return;
  }
  noteAssignment(c, s.target, d, () => describe(s.target));
  const root = d.root;
  const declared =
    root?.span && (s.target.kind === "Name" || s.target.kind === "Select")
      ? { span: root.span, name: root.name }
      : undefined;
  checkAssignable(c, s.value, vt, tt, () => describe(s.target), declared ? { declared } : {});
}

function describe(e: ast.Expr): string {
  const t = calleeText(e);
  return t === "the procedure" ? "this expression" : `'${t}'`;
}

function checkReturn(c: Checker, s: ast.ReturnStmt, scope: Scope): void {
  const p = c.proc;
  const vt = s.value ? checkExpr(c, s.value, scope) : undefined;
  if (!p?.symbol) {
    c.error("E2012", "RETURN is not allowed in a module's main body", s.span);
    return;
  }
  if (p.result === undefined) {
    if (s.value)
      c.error(
        "E2012",
        `'${p.name}' is a proper procedure, so RETURN cannot have a value`,
        s.value.span,
      );
    return;
  }
  if (!s.value || !vt) {
    c.error("E2012", `'${p.name}' must return a value of type ${typeName(p.result)}`, s.span);
    return;
  }
  checkAssignable(c, s.value, vt, p.result, () => `the result of '${p.name}'`, { verb: "return" });
}

function declareLocal(
  c: Checker,
  scope: Scope,
  ident: ast.Ident,
  type: Type,
  storage: Storage,
  writable: boolean,
  aliases: boolean,
  initExpr?: ast.Expr,
): VariableSymbol {
  const v: VariableSymbol = {
    kind: "Variable",
    id: c.freshId(),
    name: ident.name,
    span: ident.span,
    storage,
    type,
    writable,
    aliases,
    unit: scope.unit,
    ...(scope.procedure ? { owner: scope.procedure } : {}),
    ...(initExpr ? { initExpr } : {}),
    pragmas: [],
  };
  scope.entries.set(ident.name, v);
  c.symbols.set(ident, v);
  scope.procedure?.locals.push(v);
  return v;
}

function forStatement(c: Checker, s: ast.ForStmt, scope: Scope): void {
  const from = checkExpr(c, s.from, scope);
  const to = checkExpr(c, s.to, scope);
  let type: Type = ERROR;
  if (from.kind !== "Error" && to.kind !== "Error") {
    const a = ordinalBase(from);
    const b = ordinalBase(to);
    if (!a || !b || assignability(a, b, c.view).kind === "No") {
      c.error(
        "E2041",
        `the bounds of FOR must be ordinals of the same type, not ${typeName(from)} and ${typeName(to)}`,
        s.span,
      );
    } else type = a;
  }
  if (s.by) {
    const by = checkExpr(c, s.by, scope);
    if (!isInteger(by))
      c.error("E2041", `the step of FOR must be an INTEGER, not ${typeName(by)}`, s.by.span);
    else if (
      constantValue(c, s.by)?.kind === "Int" &&
      (constantValue(c, s.by) as { value: bigint }).value === 0n
    )
      c.error("E2041", "the step of FOR cannot be zero", s.by.span);
  }
  const inner = new Scope("block", scope, scope.unit);
  declareLocal(c, inner, s.variable, type, "for", false, false);
  loop(c, s.body, inner);
}

interface LabelRange {
  readonly low: bigint;
  readonly high: bigint;
  readonly span: Span;
}

function showOrdinal(t: Type, n: bigint): string {
  const base = ordinalBase(t);
  if (base?.kind === "Enum") {
    if (base === CHAR)
      return n >= 32n && n < 127n ? `'${String.fromCharCode(Number(n))}'` : `VAL(${n}, CHAR)`;
    return base.names[Number(n)] ?? n.toString();
  }
  return n.toString();
}

function showRange(t: Type, r: LabelRange): string {
  return r.low === r.high
    ? showOrdinal(t, r.low)
    : `${showOrdinal(t, r.low)}..${showOrdinal(t, r.high)}`;
}

function caseStatement(c: Checker, s: ast.CaseStmt, scope: Scope): void {
  const st = checkExpr(c, s.selector, scope);
  const ordinal = st.kind === "Error" || isOrdinal(st);
  if (!ordinal)
    c.error(
      "E2003",
      `the selector of CASE must be an ordinal, not ${typeName(st)}`,
      s.selector.span,
    );
  const ranges: LabelRange[] = [];
  for (const arm of s.arms) {
    for (const label of arm.labels) {
      const low = caseLabel(c, label.low, st, scope, ordinal);
      const high = label.high ? caseLabel(c, label.high, st, scope, ordinal) : low;
      if (low !== undefined && high !== undefined) {
        if (high < low)
          c.error(
            "E2008",
            `the CASE label range ${showRange(st, { low, high, span: label.span })} is empty`,
            label.span,
          );
        else ranges.push({ low, high, span: label.span });
      }
    }
    checkStatements(c, arm.body, scope);
  }
  reportOverlaps(c, st, ranges);
  if (s.otherwise) checkStatements(c, s.otherwise, scope);
  else if (!coversAll(st, ranges)) c.addCheck(s, CASE_NO_ARM_CHECK);
}

function caseLabel(
  c: Checker,
  e: ast.Expr,
  selector: Type,
  scope: Scope,
  ordinal: boolean,
): bigint | undefined {
  const t = checkExpr(c, e, scope);
  if (t.kind === "Error" || selector.kind === "Error" || !ordinal) return undefined;
  const v = constantValue(c, e);
  if (!v) {
    c.error("E2009", "a CASE label must be a constant expression", e.span);
    return undefined;
  }
  const a = ordinalBase(t);
  const b = ordinalBase(selector);
  if (!a || !b || assignability(a, b, c.view).kind === "No") {
    c.error(
      "E2003",
      `a CASE label of type ${typeName(t)} cannot match a selector of type ${typeName(selector)}`,
      e.span,
    );
    return undefined;
  }
  return ordinalOf(v);
}

function reportOverlaps(c: Checker, t: Type, ranges: LabelRange[]): void {
  const sorted = [...ranges].sort((a, b) =>
    a.low < b.low ? -1 : a.low > b.low ? 1 : a.span.start - b.span.start,
  );
  let widest: LabelRange | undefined;
  for (const r of sorted) {
    if (widest && r.low <= widest.high) {
      const [first, second] = widest.span.start <= r.span.start ? [widest, r] : [r, widest];
      const common = r.low > widest.low ? r.low : widest.low;
      c.error(
        "E2008",
        `CASE labels ${showRange(t, first)} and ${showRange(t, second)} overlap: both include ${showOrdinal(t, common)}`,
        second.span,
        {
          related: [{ span: first.span, message: `${showRange(t, first)} is here` }],
        },
      );
    }
    if (!widest || r.high > widest.high) widest = r;
  }
}

function coversAll(t: Type, ranges: LabelRange[]): boolean {
  const b = ordinalBounds(t);
  if (!b) return false;
  const sorted = [...ranges].sort((x, y) => (x.low < y.low ? -1 : x.low > y.low ? 1 : 0));
  let next = b.low;
  for (const r of sorted) {
    if (r.low > next) return false;
    if (r.high + 1n > next) next = r.high + 1n;
  }
  return next > b.high;
}

function typeCase(c: Checker, s: ast.TypeCaseStmt, scope: Scope): void {
  const st = checkExpr(c, s.selector, scope);
  const ok = st.kind === "Error" || isTracedReference(st, c.view);
  if (!ok)
    c.error(
      "E2010",
      `the selector of TYPECASE must be a traced reference or object, not ${typeName(st)}`,
      s.selector.span,
    );
  for (const arm of s.arms) {
    const types = arm.types.map((node) => {
      const t = resolveType(c, node, scope);
      if (ok && t.kind !== "Error" && st.kind !== "Error" && !isSubtype(t, st, c.view))
        c.error(
          "E2010",
          `TYPECASE arm type ${typeName(t)} is not a subtype of ${typeName(st)}, the selector's type`,
          node.span,
        );
      return t;
    });
    let inner = scope;
    if (arm.binding) {
      if (types.length !== 1)
        c.error(
          "E2010",
          "a TYPECASE arm with a (binding) must name exactly one type",
          arm.binding.span,
        );
      inner = new Scope("block", scope, scope.unit);
      declareLocal(c, inner, arm.binding, types[0] ?? ERROR, "typecase", false, false);
    }
    checkStatements(c, arm.body, inner);
  }
  if (s.otherwise) checkStatements(c, s.otherwise, scope);
  else c.addCheck(s, TYPECASE_NO_ARM_CHECK);
}

function withStatement(c: Checker, s: ast.WithStmt, scope: Scope, index: number): void {
  const binding = s.bindings[index];
  if (!binding) {
    checkStatements(c, s.body, scope);
    return;
  }
  const t = checkExpr(c, binding.value, scope);
  const d = designator(c, binding.value);
  const inner = new Scope("block", scope, scope.unit);
  declareLocal(
    c,
    inner,
    binding.name,
    t,
    "with",
    d?.writable ?? false,
    d !== undefined,
    binding.value,
  );
  withStatement(c, s, inner, index + 1);
}

function tryExcept(c: Checker, s: ast.TryExceptStmt, scope: Scope): void {
  const ids = new Set<number>();
  const resolved = s.handlers.map((h) =>
    h.exceptions.map((q) => {
      const e = exceptionNamed(c, q, scope);
      if (e) {
        if (ids.has(e.id))
          c.error("E2002", `exception ${e.qualifiedName} is handled twice in this TRY`, q.span);
        ids.add(e.id);
      }
      return e;
    }),
  );
  const frame: HandlerFrame = { any: s.otherwise !== undefined, ids };
  c.proc?.handlers.push(frame);
  checkStatements(c, s.body, scope);
  c.proc?.handlers.pop();
  s.handlers.forEach((h, i) => {
    let inner = scope;
    if (h.binding) {
      const exceptions = resolved[i] ?? [];
      const e = exceptions[0];
      let type: Type = ERROR;
      if (exceptions.length !== 1)
        c.error(
          "E2039",
          "a handler with a (binding) must name exactly one exception",
          h.binding.span,
        );
      else if (e && !e.argument)
        c.error("E2039", `exception ${e.qualifiedName} has no argument to bind`, h.binding.span);
      else if (e?.argument) type = e.argument;
      inner = new Scope("block", scope, scope.unit);
      declareLocal(c, inner, h.binding, type, "handler", false, false);
    }
    checkStatements(c, h.body, inner);
  });
  if (s.otherwise) checkStatements(c, s.otherwise, scope);
}

function raise(c: Checker, s: ast.RaiseStmt, scope: Scope): void {
  const e = exceptionNamed(c, s.exception, scope);
  const at = s.argument ? checkExpr(c, s.argument, scope) : undefined;
  if (!e) return;
  if (e.argument && !s.argument)
    c.error(
      "E2039",
      `exception ${e.qualifiedName} takes an argument of type ${typeName(e.argument)}`,
      s.span,
    );
  else if (!e.argument && s.argument)
    c.error("E2039", `exception ${e.qualifiedName} takes no argument`, s.argument.span);
  else if (e.argument && s.argument && at)
    checkAssignable(c, s.argument, at, e.argument, `the argument of ${e.qualifiedName}`, {
      verb: "pass",
    });
  checkRaised(c, { kind: "List", exceptions: [e] }, s.span, "");
}
