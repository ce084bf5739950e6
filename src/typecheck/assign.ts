// Assignment conversions: whether a value may be stored in a variable of a type, with the message
// naming both types, and the run-time check (range, NARROW, shape) recorded on the value expression.
import type * as ast from "../lang/ast.js";
import type { Span } from "../lang/source.js";
import type { Checker } from "./context.js";
import { constantValue } from "./exprs.js";
import { assignability, ordinalBounds, unpack } from "./relations.js";
import { typeName, type Type } from "./types.js";
import { ordinalOf } from "./values.js";

export interface AssignOptions {
  /** Actuals may pass nested procedures; assignments may not (report 2.2.8). */
  readonly allowNested?: boolean;
  /** The message's verb phrase, e.g. "pass" instead of "assign". */
  readonly verb?: string;
  /** Where the destination was declared, shown as a note with a type mismatch. */
  readonly declared?: { readonly span: Span; readonly name: string };
}

const NO_OPTIONS: AssignOptions = {};

/** The destination's name, computed only for a message (no closure per checked assignment). */
function describeTarget(describe: string | (() => string)): string {
  return typeof describe === "string" ? describe : describe();
}

/**
 * Reports when `from` is not assignable to `to`; `describe` names the destination (lazily: it is only needed for a message) for the message
 * ("'x'", "parameter 'n' of 'P'"). Returns false on error.
 */
export function checkAssignable(
  c: Checker,
  expr: ast.Expr,
  from: Type,
  to: Type,
  describe: string | (() => string),
  options: AssignOptions = NO_OPTIONS,
): boolean {
  if (from.kind === "Error" || to.kind === "Error") return true;
  const verb = options.verb ?? "assign";
  const a = assignability(from, to, c.view);
  if (a.kind === "No") {
    const f = unpack(from);
    const t = unpack(to);
    if (
      f.kind === "Procedure" &&
      t.kind === "Procedure" &&
      t.qualifiers.length > 0 &&
      !t.qualifiers.every(
        (q) =>
          f.qualifiers.includes(q) || (q === "EPHEMERAL" && f.qualifiers.includes("FUNCTIONAL")),
      )
    ) {
      const code = t.qualifiers.includes("FUNCTIONAL") ? "E2018" : "E2019";
      c.error(
        code,
        `cannot ${verb} a procedure that is not ${t.qualifiers.join(" ")} to ${describeTarget(describe)} of type ${typeName(to)}`,
        expr.span,
      );
      return false;
    }
    c.error(
      "E2003",
      `cannot ${verb} a value of type ${typeName(from)} to ${describeTarget(describe)} of type ${typeName(to)}`,
      expr.span,
      {
        related: options.declared
          ? [
              {
                span: options.declared.span,
                message: `'${options.declared.name}' is declared here`,
              },
            ]
          : [],
      },
    );
    return false;
  }
  const value = constantValue(c, expr);
  if (value?.kind === "Procedure" && value.procedure.parent && !options.allowNested) {
    c.error(
      "E2038",
      `the nested procedure '${value.procedure.name}' cannot be assigned; only top-level procedures can be stored`,
      expr.span,
    );
    return false;
  }
  switch (a.kind) {
    case "Yes":
      return true;
    case "Range": {
      const ord = value ? ordinalOf(value) : undefined;
      if (ord !== undefined) {
        if (ord < a.low || ord > a.high) {
          c.error(
            "E2020",
            `the value ${ord} is outside the range of ${typeName(to)} (${describeTarget(describe)})`,
            expr.span,
          );
          return false;
        }
        return true;
      }
      c.addCheck(expr, { kind: "Range", low: a.low, high: a.high });
      return true;
    }
    case "Narrow":
      if (value?.kind === "Nil") return true;
      c.addCheck(expr, { kind: "Narrow", target: to });
      return true;
    case "Shape":
      c.addCheck(expr, { kind: "Shape", target: to });
      return true;
    default: {
      const unreachable: never = a;
      return unreachable;
    }
  }
}

/** The bounds a value of `t` is known to lie in (for proving checks away). */
export function knownBounds(t: Type): { low: bigint; high: bigint } | undefined {
  return ordinalBounds(t);
}
