// SPIN's procedure qualifiers. FUNCTIONAL: no assignment except to the procedure's own locals, no
// VAR formals, no calls of non-FUNCTIONAL procedures, no allocation. EPHEMERAL: calls only EPHEMERAL
// or FUNCTIONAL procedures (FUNCTIONAL is the stronger promise) and does not allocate. Checking
// every procedure against these rules at its own calls makes them hold transitively.
import type { Checker } from "./context.js";
import type { Designator } from "./exprs.js";
import type { Spanned } from "./tables.js";
import type { Qualifier } from "./types.js";

function current(c: Checker): { name: string; qualifiers: readonly Qualifier[] } | undefined {
  const p = c.proc;
  if (!p || p.qualifiers.length === 0) return undefined;
  return p;
}

/** NEW, and operations that allocate behind the scenes (text concatenation). */
/** `at`: the node whose span a diagnostic names, read only when there is one. */
export function noteAllocation(c: Checker, at: Spanned, what: string): void {
  const p = current(c);
  if (!p) return;
  if (p.qualifiers.includes("FUNCTIONAL"))
    c.error("E2018", `FUNCTIONAL procedure '${p.name}' may not allocate (${what})`, at.span);
  else if (p.qualifiers.includes("EPHEMERAL"))
    c.error("E2019", `EPHEMERAL procedure '${p.name}' may not allocate (${what})`, at.span);
}

/** A call of a procedure (or procedure value) carrying `callee` qualifiers. */
export function noteCall(
  c: Checker,
  at: Spanned,
  calleeName: string,
  callee: readonly Qualifier[],
): void {
  const p = current(c);
  if (!p) return;
  if (p.qualifiers.includes("FUNCTIONAL") && !callee.includes("FUNCTIONAL")) {
    c.error(
      "E2018",
      `FUNCTIONAL procedure '${p.name}' may call only FUNCTIONAL procedures, and '${calleeName}' is not FUNCTIONAL`,
      at.span,
    );
  } else if (
    p.qualifiers.includes("EPHEMERAL") &&
    !callee.includes("EPHEMERAL") &&
    !callee.includes("FUNCTIONAL")
  ) {
    c.error(
      "E2019",
      `EPHEMERAL procedure '${p.name}' may call only EPHEMERAL or FUNCTIONAL procedures, and '${calleeName}' is neither`,
      at.span,
    );
  }
}

/** An assignment (or INC/DEC, or VAR passing) to a designator. */
export function noteAssignment(
  c: Checker,
  at: Spanned,
  target: Designator,
  text: string | (() => string),
): void {
  const p = current(c);
  if (!p || !p.qualifiers.includes("FUNCTIONAL")) return;
  if (!target.local)
    c.error(
      "E2018",
      `FUNCTIONAL procedure '${p.name}' may assign only its own local variables, not ${typeof text === "string" ? text : text()}`,
      at.span,
    );
}
