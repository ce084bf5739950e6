// Exception coverage: every exception a call or RAISE may raise must be handled by an enclosing
// TRY EXCEPT, listed in the enclosing procedure's RAISES, or declared fatal with <*FATAL*>.
import type { Span } from "../lang/source.js";
import type { Checker } from "./context.js";
import type { ExceptionRef, RaisesSet } from "./types.js";

function covered(c: Checker, e: ExceptionRef | undefined): boolean {
  const p = c.proc;
  if (!p) return true;
  for (const h of p.handlers) if (h.any || (e && h.ids.has(e.id))) return true;
  if (c.unit.fatalAny || (e && c.unit.fatal.has(e.id))) return true;
  if (p.raises.kind === "Any") return true;
  return e !== undefined && p.raises.exceptions.some((x) => x.id === e.id);
}

function where(c: Checker): string {
  const p = c.proc;
  if (!p?.symbol) return `the main body of module '${c.unit.name}'`;
  return `'${p.name}'`;
}

/** Reports every exception of `raises` that is not covered where the call or RAISE stands. */
export function checkRaised(c: Checker, raises: RaisesSet, span: Span, via: string): void {
  if (raises.kind === "Any") {
    if (!covered(c, undefined))
      c.error(
        "E2007",
        `'${via}' may raise any exception, which ${where(c)} neither handles nor lists in its RAISES clause`,
        span,
        {
          hint: "handle it with TRY … EXCEPT ELSE, declare RAISES ANY, or mark it <*FATAL ANY*>",
        },
      );
    return;
  }
  for (const e of raises.exceptions) {
    if (covered(c, e)) continue;
    const raisedBy = via === "" ? "" : ` raised by '${via}'`;
    c.error(
      "E2007",
      `exception ${e.qualifiedName}${raisedBy} is neither handled in ${where(c)} nor listed in its RAISES clause`,
      span,
      {
        hint: `add it to RAISES, handle it with TRY … EXCEPT, or mark it <*FATAL ${e.qualifiedName}*>`,
      },
    );
  }
}
