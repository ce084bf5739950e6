// Procedure and method calls: binding positional and keyword actuals to formals (with defaults),
// parameter modes, the callee's RAISES set and SPIN qualifiers, and the call's result.
import type * as ast from "../lang/ast.js";
import type { Span } from "../lang/source.js";
import { checkAssignable, type AssignOptions } from "./assign.js";
import { checkBuiltin } from "./builtins.js";
import type { Checker } from "./context.js";
import { checkExpr, classify, constantValue, designator } from "./exprs.js";
import { relatedDecl } from "./names.js";
import type { BoundArgument, CallTarget } from "./program.js";
import { noteAssignment, noteCall } from "./qualifiers.js";
import { checkRaised } from "./raises.js";
import { assignability, concrete, sameType } from "./relations.js";
import { closestName, type Scope } from "./scope.js";
import { ERROR, typeName, type FormalType, type ProcedureType, type Type } from "./types.js";
import { foldWordCall } from "./word.js";

/** Returns the result type, or undefined for a proper procedure called as a statement. */
export function checkCall(
  c: Checker,
  e: ast.CallExpr,
  scope: Scope,
  statement: boolean,
): Type | undefined {
  const callee = classify(c, e.callee, scope);
  let signature: ProcedureType;
  let target: CallTarget;
  let name = calleeText(e.callee);
  switch (callee.kind) {
    case "Builtin":
      return checkBuiltin(c, e, callee.symbol.name, scope, statement);
    case "Method":
      signature = callee.method.signature;
      // `o.m` stands for the method's procedure as the call sees it, without the receiver.
      c.exprTypes.set(e.callee, signature);
      target = { kind: "Method", method: callee.method, receiver: callee.receiver };
      break;
    case "Value": {
      c.exprTypes.set(e.callee, callee.type);
      const u = concrete(callee.type, c.view);
      if (callee.type.kind === "Error") return checkArgsOnly(c, e, scope);
      if (u.kind !== "Procedure") {
        c.error(
          "E2025",
          `'${name}' has type ${typeName(callee.type)} and cannot be called`,
          e.callee.span,
        );
        return checkArgsOnly(c, e, scope);
      }
      signature = u;
      const v = constantValue(c, e.callee);
      if (v?.kind === "Procedure") {
        target = { kind: "Procedure", procedure: v.procedure };
        name = v.procedure.name;
      } else target = { kind: "Indirect", callee: e.callee };
      break;
    }
    case "Error":
      return checkArgsOnly(c, e, scope);
    case "Type":
    case "Interface":
    case "Exception":
      c.error("E2025", `'${name}' is not a procedure and cannot be called`, e.callee.span);
      return checkArgsOnly(c, e, scope);
    default: {
      const unreachable: never = callee;
      return unreachable;
    }
  }
  const declaredAt =
    target.kind === "Procedure" && target.procedure.span
      ? { span: target.procedure.span, name }
      : undefined;
  const args = bindArguments(c, e, signature, name, scope, declaredAt);
  c.calls.set(e, { target, signature, arguments: args });
  if (target.kind === "Procedure" && target.procedure.unit === "Word") foldWord(c, e, target, args);
  checkRaised(c, signature.raises, e.span, name);
  const qualifiers =
    target.kind === "Procedure" ? target.procedure.qualifiers : signature.qualifiers;
  noteCall(c, e, name, qualifiers);
  const related = (): ReturnType<typeof relatedDecl> | Record<string, never> =>
    target.kind === "Procedure" ? relatedDecl(target.procedure) : {};
  if (statement && signature.result) {
    c.error(
      "E2032",
      `the result of '${name}' is discarded; write EVAL ${name}(…) to ignore it`,
      e.span,
      related(),
    );
    return undefined;
  }
  if (!statement && !signature.result) {
    c.error("E2032", `'${name}' is a proper procedure and returns no value`, e.span, related());
    return ERROR;
  }
  return signature.result;
}

/** A call of one of Word's functions with constant arguments is a constant (report 2.6.15). */
function foldWord(
  c: Checker,
  e: ast.CallExpr,
  target: { readonly procedure: { readonly name: string } },
  args: readonly BoundArgument[],
): void {
  const values: bigint[] = [];
  for (const a of args) {
    const v = a.kind === "Expr" ? constantValue(c, a.expr) : a.value;
    if (v?.kind !== "Int") return;
    values.push(v.value);
  }
  const folded = foldWordCall(target.procedure.name, values);
  if (folded !== undefined) c.constants.set(e, folded);
}

function checkArgsOnly(c: Checker, e: ast.CallExpr, scope: Scope): Type {
  for (const a of e.args) checkExpr(c, a.value, scope);
  return ERROR;
}

export function calleeText(e: ast.Expr): string {
  switch (e.kind) {
    case "Name":
      return e.name.name;
    case "Select":
      return `${calleeText(e.object)}.${e.field.name}`;
    case "Paren":
      return calleeText(e.inner);
    default:
      return "the procedure";
  }
}

/** Binds actuals to formals: positional first, then `name := value`; missing ones take defaults. */
export function bindArguments(
  c: Checker,
  e: ast.CallExpr,
  signature: ProcedureType,
  name: string,
  scope: Scope,
  declaredAt?: { span: Span; name: string },
): BoundArgument[] {
  const formals = signature.formals;
  const slots: (ast.Actual | undefined)[] = new Array<ast.Actual | undefined>(formals.length).fill(
    undefined,
  );
  let position = 0;
  let sawKeyword = false;
  for (const a of e.args) {
    let i: number;
    if (a.name) {
      sawKeyword = true;
      const keyword = a.name.name;
      i = formals.findIndex((f) => f.name === keyword);
      if (i < 0) {
        const guess = closestName(
          keyword,
          formals.map((f) => f.name),
        );
        c.error(
          "E2006",
          `'${name}' has no parameter named '${keyword}'`,
          a.name.span,
          guess ? { hint: `did you mean '${guess}'?` } : {},
        );
        checkExpr(c, a.value, scope);
        continue;
      }
      if (slots[i]) {
        c.error("E2006", `parameter '${keyword}' of '${name}' is given more than once`, a.span, {
          related: [{ span: slots[i]!.span, message: "first given here" }],
        });
        checkExpr(c, a.value, scope);
        continue;
      }
    } else {
      if (sawKeyword) {
        c.error("E2006", "a positional argument cannot follow a keyword argument", a.span);
        checkExpr(c, a.value, scope);
        continue;
      }
      i = position++;
      if (i >= formals.length) {
        c.error(
          "E2004",
          `too many arguments to '${name}': it takes ${formals.length}, but ${e.args.length} are given`,
          a.span,
        );
        checkExpr(c, a.value, scope);
        continue;
      }
    }
    slots[i] = a;
  }
  const bound: BoundArgument[] = [];
  for (let i = 0; i < formals.length; i++) {
    const f = formals[i]!;
    const a = slots[i];
    if (!a) {
      if (f.defaultValue || f.defaultExpr) {
        bound.push({
          kind: "Default",
          ...(f.defaultValue ? { value: f.defaultValue } : {}),
          ...(f.defaultExpr ? { expr: f.defaultExpr } : {}),
          mode: f.mode,
          formalType: f.type,
        });
      } else {
        c.error("E2004", `missing argument for parameter '${f.name}' of '${name}'`, e.span);
      }
      continue;
    }
    checkActual(c, a, f, name, scope, declaredAt);
    bound.push({ kind: "Expr", expr: a.value, mode: f.mode, formalType: f.type });
  }
  return bound;
}

const PASS: AssignOptions = { allowNested: true, verb: "pass" };

function checkActual(
  c: Checker,
  a: ast.Actual,
  f: FormalType,
  name: string,
  scope: Scope,
  declared?: { span: Span; name: string },
): void {
  const t = checkExpr(c, a.value, scope);
  const what = (): string => `parameter '${f.name}' of '${name}'`;
  if (f.mode !== "VAR") {
    checkAssignable(
      c,
      a.value,
      t,
      f.type,
      what,
      declared ? { allowNested: true, verb: "pass", declared } : PASS,
    );
    return;
  }
  if (t.kind === "Error" || f.type.kind === "Error") return;
  const d = designator(c, a.value);
  if (!d) {
    c.error(
      "E2005",
      `the argument for VAR ${what()} must be a variable, not a value`,
      a.value.span,
    );
    return;
  }
  if (!d.writable) {
    c.error(
      "E2005",
      `the argument for VAR ${what()} must be writable, and this one is read-only`,
      a.value.span,
    );
    return;
  }
  const arrays =
    concrete(f.type, c.view).kind === "OpenArray" && assignability(t, f.type, c.view).kind !== "No";
  if (!sameType(t, f.type, c.view) && !arrays) {
    c.error(
      "E2005",
      `VAR ${what()} has type ${typeName(f.type)}; the argument's type ${typeName(t)} is not the same`,
      a.value.span,
    );
    return;
  }
  noteAssignment(c, a.value, d, "a VAR argument");
}
