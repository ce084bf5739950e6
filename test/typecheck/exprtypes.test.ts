// Every expression of a checked program has a type in the side table, including selection heads
// (`r` in `r.f`), method-call receivers, parenthesised operands and types passed to built-ins, so
// code generation never has to work a type out again. Names that are not values (interfaces,
// built-ins, exceptions) are the only exception: the report gives them no type.
import { describe, expect, it } from "vitest";
import type * as ast from "../../src/lang/ast.js";
import { symbolOf, typeOf, unitNamed, type CheckedProgram } from "../../src/typecheck/index.js";
import { checkSources } from "./support/check.js";
import { goldenCases, runCase } from "./support/golden.js";

const EXPR_KINDS = new Set([
  "Name",
  "Select",
  "Deref",
  "Index",
  "Call",
  "Unary",
  "Binary",
  "IntLiteral",
  "RealLiteral",
  "CharLiteral",
  "TextLiteral",
  "Constructor",
  "TypeExpr",
  "Paren",
]);

/**
 * Every expression node under `root` that stands for a value or a type: not pragma arguments (they
 * are not evaluated), and not the call of a call statement (a proper procedure returns nothing).
 */
function expressions(root: unknown): ast.Expr[] {
  const out: ast.Expr[] = [];
  const statementCalls = new Set<unknown>();
  const walk = (x: unknown): void => {
    if (Array.isArray(x)) {
      for (const y of x) walk(y);
      return;
    }
    if (x === null || typeof x !== "object") return;
    const node = x as { kind?: unknown; call?: unknown };
    if (node.kind === "CallStmt") statementCalls.add(node.call);
    if (typeof node.kind === "string" && EXPR_KINDS.has(node.kind) && !statementCalls.has(x))
      out.push(x as ast.Expr);
    for (const [key, value] of Object.entries(x)) {
      if (key === "span" || key === "pragma" || key === "pragmas") continue;
      walk(value);
    }
  };
  walk(root);
  return out;
}

/** Names of interfaces, built-ins and exceptions denote no value, so they have no type. */
function denotesValueOrType(p: CheckedProgram, e: ast.Expr): boolean {
  if (e.kind !== "Name" && e.kind !== "Select") return true;
  const s = symbolOf(p, e);
  return !(s?.kind === "Interface" || s?.kind === "Builtin" || s?.kind === "Exception");
}

function untyped(p: CheckedProgram, unitName: string): string[] {
  const unit = unitNamed(p, unitName);
  if (!unit) throw new Error(`${unitName} was not checked`);
  return expressions(unit.ast)
    .filter((e) => denotesValueOrType(p, e) && typeOf(p, e) === undefined)
    .map((e) => `${e.kind} at ${e.span.line}:${e.span.column}`);
}

const sample = `MODULE Sample EXPORTS Main;
IMPORT Text;
TYPE
  Point = RECORD x, y: INTEGER END;
  Shape = OBJECT at: Point METHODS area (): INTEGER := Zero; move (dx: INTEGER) := Move END;
  Node = REF RECORD value: INTEGER; next: Node END;
  Colour = {Red, Green};
VAR
  p: Point;
  s: Shape;
  n: Node;
  a: ARRAY [0 .. 3] OF Point;
  c: Colour;
  t: TEXT := "x";
PROCEDURE Zero (<*UNUSED*> self: Shape): INTEGER = BEGIN RETURN 0 END Zero;
PROCEDURE Move (self: Shape; dx: INTEGER) = BEGIN INC(self.at.x, dx) END Move;
BEGIN
  s := NEW(Shape, at := Point{1, 2});
  p.x := (p.y + 1) * s.area();
  s.move((3));
  n := NEW(Node, value := 1, next := NIL);
  n.next := n;
  p.y := n.next.value + n^.value + a[p.x MOD 4].y + NUMBER(a) + ORD(FIRST(Colour));
  c := Colour.Green;
  IF c = Colour.Red THEN p.x := Text.Length(t) END;
  WITH q = a[1], r = n.next DO q.x := r.value END;
  TYPECASE s OF NULL => | Shape (sh) => EVAL sh.at.x END;
  a := ARRAY [0 .. 3] OF Point{Point{0, 0}, ..};
END Sample.
`;

describe("expression types", () => {
  it("cover every expression of a sample, selection heads and receivers included", () => {
    const result = checkSources({ "Sample.m3": sample });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(untyped(result.program, "Sample")).toEqual([]);
  });

  it("give a selection's head and a method call's receiver their own types", () => {
    const result = checkSources({ "Sample.m3": sample });
    const unit = unitNamed(result.program, "Sample")!;
    if (unit.ast.kind !== "Module") throw new Error("not a module");
    const [, second, third] = unit.ast.body;
    // p.x := (p.y + 1) * s.area();
    if (second?.kind !== "Assign" || second.target.kind !== "Select") throw new Error("shape");
    expect(typeOf(result.program, second.target.object)?.kind).toBe("Record");
    // s.move((3));
    if (third?.kind !== "CallStmt" || third.call.callee.kind !== "Select") throw new Error("shape");
    expect(typeOf(result.program, third.call.callee.object)?.kind).toBe("Object");
    const arg = third.call.args[0]?.value;
    if (arg?.kind !== "Paren") throw new Error("shape");
    expect(typeOf(result.program, arg.inner)?.kind).toBe("Integer");
  });

  it("cover every expression of every accepted golden program", () => {
    const missing: string[] = [];
    for (const c of goldenCases("accept")) {
      const result = runCase(c);
      for (const unit of result.program.units) {
        if (!c.files.some((f) => f === unit.file)) continue;
        for (const where of untyped(result.program, unit.name))
          missing.push(`${c.name}: ${unit.name} ${where}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
