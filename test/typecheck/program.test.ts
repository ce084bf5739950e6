// The CheckedProgram contract code generation relies on: symbols, types, folded constants,
// bound calls, run-time checks, object members and implementations, all keyed by AST node.
import { describe, expect, it } from "vitest";
import type * as ast from "../../src/lang/ast.js";
import {
  checksOf,
  constantOf,
  objectMembers,
  symbolOf,
  typeOf,
  typeName,
  unitNamed,
  callOf,
} from "../../src/typecheck/index.js";
import { checkSources } from "./support/check.js";

const source = `MODULE Prog EXPORTS Main;
TYPE
  Small = [0 .. 9];
  Shape = OBJECT n: INTEGER METHODS area (): INTEGER := Zero END;
  Square = Shape OBJECT side: INTEGER OVERRIDES area := SquareArea END;
  Vec = ARRAY [1 .. 3] OF INTEGER;
CONST K = 6 * 7;
VAR
  s: Small;
  i: INTEGER := K;
  r: REF INTEGER;
  sh: Shape;
  sq: Square;
  v: Vec;
PROCEDURE Zero (<*UNUSED*> self: Shape): INTEGER = BEGIN RETURN 0 END Zero;
PROCEDURE SquareArea (self: Square): INTEGER = BEGIN RETURN self.side * self.side END SquareArea;
PROCEDURE Scale (x: INTEGER; by := 2): INTEGER = BEGIN RETURN x * by END Scale;
BEGIN
  s := i;
  i := r^;
  i := v[i];
  sq := sh;
  i := i DIV s;
  i := Scale(by := 3, x := i);
  CASE s OF 0 .. 4 => i := 0 | 5 => i := 1 END;
END Prog.
`;

function body(): { result: ReturnType<typeof checkSources>; stmts: readonly ast.Stmt[] } {
  const result = checkSources({ "Prog.m3": source });
  const unit = unitNamed(result.program, "Prog");
  if (unit?.ast.kind !== "Module") throw new Error("Prog was not checked");
  return { result, stmts: unit.ast.body };
}

function assignAt(stmts: readonly ast.Stmt[], i: number): ast.AssignStmt {
  const s = stmts[i];
  if (s?.kind !== "Assign") throw new Error(`statement ${i} is not an assignment`);
  return s;
}

describe("CheckedProgram", () => {
  const { result, stmts } = body();
  const p = result.program;

  it("checks the program without diagnostics", () => {
    expect(result.diagnostics).toEqual([]);
  });

  it("records the type of every expression and the symbol of every name", () => {
    const a = assignAt(stmts, 0);
    expect(typeName(typeOf(p, a.target)!)).toBe("Small");
    const sym = symbolOf(p, a.target as ast.NameExpr);
    expect(sym?.kind).toBe("Variable");
  });

  it("folds constants", () => {
    const init = unitNamed(p, "Prog")!.globals.find((g) => g.name === "i")!.initExpr!;
    expect(constantOf(p, init)).toEqual({ kind: "Int", value: 42n });
  });

  it("records the run-time checks each node implies", () => {
    expect(checksOf(p, assignAt(stmts, 0).value)).toEqual([{ kind: "Range", low: 0n, high: 9n }]);
    expect(checksOf(p, assignAt(stmts, 1).value)).toEqual([{ kind: "Nil" }]);
    expect(checksOf(p, assignAt(stmts, 2).value)).toEqual([
      { kind: "Index", dimension: 0, open: false, low: 1n, high: 3n },
    ]);
    expect(checksOf(p, assignAt(stmts, 3).value).map((c) => c.kind)).toEqual(["Narrow"]);
    expect(checksOf(p, assignAt(stmts, 4).value)).toEqual([{ kind: "DivideByZero" }]);
    expect(checksOf(p, stmts[6]!)).toEqual([{ kind: "CaseNoArm" }]);
  });

  it("binds keyword actuals to formals in formal order", () => {
    const call = assignAt(stmts, 5).value as ast.CallExpr;
    const info = callOf(p, call)!;
    expect(info.target.kind).toBe("Procedure");
    expect(info.arguments.map((a) => (a.kind === "Expr" ? a.expr : undefined))).toEqual([
      call.args[1]!.value,
      call.args[0]!.value,
    ]);
  });

  it("lists an object's inherited members and the procedure each method binds to", () => {
    const square = unitNamed(p, "Prog")!.types.find((t) => t.name === "Square")!.type;
    const members = objectMembers(square, unitNamed(p, "Prog")!.view);
    expect(members.fields.map((f) => f.name)).toEqual(["n", "side"]);
    const area = members.methods[0]!;
    expect(area.binding?.kind === "Procedure" && area.binding.procedure.name).toBe("SquareArea");
  });
});
