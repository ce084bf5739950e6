// The shapes the parser builds: precedence, constructors, actuals, literals, pragmas, spans.
import { describe, expect, it } from "vitest";
import type { ProcedureDecl, VarDecl } from "../../src/lang/ast.js";
import { expr, parseClean, parseText, sexpr, stmts, typeSexpr } from "./support/sexpr.js";

describe("operator precedence", () => {
  it("multiplies before adding and adds before comparing", () => {
    expect(sexpr(expr("a + b * c = d - e"))).toBe("(= (+ a (* b c)) (- d e))");
  });

  it("puts NOT below the relations and above AND, AND above OR", () => {
    expect(sexpr(expr("NOT a = b AND c OR d"))).toBe("(OR (AND (NOT (= a b)) c) d)");
  });

  it("binds unary minus tighter than multiplication", () => {
    expect(sexpr(expr("-a * b"))).toBe("(* (- a) b)");
    expect(sexpr(expr("a - -b DIV c MOD d"))).toBe("(- a (MOD (DIV (- b) c) d))");
  });

  it("associates binary operators to the left", () => {
    expect(sexpr(expr("a - b - c"))).toBe("(- (- a b) c)");
    expect(sexpr(expr('"x" & y & "z"'))).toBe('(& (& "x" y) "z")');
  });

  it("treats IN as a relation", () => {
    expect(sexpr(expr("x + 1 IN s OR y IN t"))).toBe("(OR (IN (+ x 1) s) (IN y t))");
  });

  it("applies selectors before prefix operators", () => {
    expect(sexpr(expr("-p^.f[i](x)"))).toBe("(- (call ([] (. (^ p) f) i) x))");
  });

  it("keeps parentheses as written", () => {
    expect(sexpr(expr("(a + b) * c"))).toBe("(* (paren (+ a b)) c)");
  });

  it("keeps both subscripts of a[i, j]", () => {
    expect(sexpr(expr("a[i, j]"))).toBe("([] a i j)");
  });
});

describe("constructors", () => {
  it("reads set elements and ranges", () => {
    expect(sexpr(expr("S{1, 3 .. 5}"))).toBe("(S{1 3..5})");
  });

  it("reads record fields by name", () => {
    expect(sexpr(expr("P.Point{x := 1, y := 2}"))).toBe("(P.Point{x:=1 y:=2})");
  });

  it("reads the trailing .. of array constructors", () => {
    expect(sexpr(expr("Row{0, ..}"))).toBe("(Row{0 ..})");
    expect(sexpr(expr("ARRAY [0 .. 2] OF INTEGER{1, 2, 3}"))).toBe(
      "((ARRAY [([..] 0 2)] INTEGER){1 2 3})",
    );
  });
});

describe("actuals", () => {
  it("binds keyword actuals by name", () => {
    expect(sexpr(expr("NEW(Node, value := 3, next := NIL)"))).toBe(
      "(call NEW Node value:=3 next:=NIL)",
    );
  });

  it("accepts types as actuals, and keeps plain names as names", () => {
    expect(sexpr(expr("NEW(REF INTEGER)"))).toBe("(call NEW (type (REF INTEGER)))");
    expect(sexpr(expr("NEW(ARRAY OF T, n)"))).toBe("(call NEW (type (ARRAY [] T)) n)");
    expect(sexpr(expr("FIRST([0 .. 9])"))).toBe("(call FIRST (type ([..] 0 9)))");
    expect(sexpr(expr("NEW(UNTRACED BRANDED REF T)"))).toBe(
      "(call NEW (type (REF UNTRACED BRANDED T)))",
    );
    expect(sexpr(expr("NEW(T OBJECT y: INTEGER END)"))).toBe("(call NEW (type (OBJECT T y)))");
    expect(sexpr(expr("BYTESIZE(M.T)"))).toBe("(call BYTESIZE (. M T))");
  });
});

describe("literals", () => {
  it("reads based integers exactly", () => {
    expect(sexpr(expr("16_FF + 2_1010 + 8_777"))).toBe("(+ (+ 255 10) 511)");
    const max = expr("16_FFFFFFFFFFFFFFFF");
    expect(max.kind === "IntLiteral" && max.value).toBe(18446744073709551615n);
  });

  it("tells REAL, LONGREAL and EXTENDED apart", () => {
    expect(sexpr(expr("1.5E3 + 2.5D0 + 1.0X1 + 0.25"))).toBe("(+ (+ (+ 1500 2.5d) 10x) 0.25)");
  });

  it("decodes escapes in characters and texts", () => {
    expect(sexpr(expr("'\\n'"))).toBe("#10");
    expect(sexpr(expr("'\\''"))).toBe("#39");
    expect(sexpr(expr("'\\101'"))).toBe("#65");
    const text = expr('"a\\tb\\\\c\\"d\\012"');
    expect(text.kind === "TextLiteral" && text.value).toBe('a\tb\\c"d\n');
  });

  it("does not read 1..2 as a real", () => {
    const unit = parseClean("MODULE M; TYPE R = [1..2]; BEGIN END M.");
    const decl = unit.decls[0];
    expect(decl?.kind === "TypeDecl" && typeSexpr(decl.type)).toBe("([..] 1 2)");
  });
});

describe("pragmas", () => {
  it("attaches pragmas to the declaration that follows", () => {
    const unit = parseClean(
      "MODULE M; <*INLINE*> <*OBSOLETE*> PROCEDURE P() = BEGIN END P; BEGIN END M.",
    );
    const proc = unit.decls[0] as ProcedureDecl;
    expect(proc.kind).toBe("ProcedureDecl");
    expect(proc.pragmas.map((p) => p.name)).toEqual(["INLINE", "OBSOLETE"]);
  });

  it("makes a standalone FATAL a declaration of its own, with its exceptions", () => {
    const unit = parseClean("MODULE M; <*FATAL Rd.Failure, E*> <*FATAL ANY*> BEGIN END M.");
    const [first, second] = unit.decls;
    expect(first?.kind === "PragmaDecl" && first.pragma.args.map(sexpr)).toEqual([
      "(. Rd Failure)",
      "E",
    ]);
    expect(second?.kind === "PragmaDecl" && second.pragma.any).toBe(true);
  });

  it("attaches pragmas inside sections and on formals", () => {
    const unit = parseClean(
      "MODULE M; VAR <*UNUSED*> x: INTEGER; PROCEDURE P(<*UNUSED*> a: INTEGER) = BEGIN END P; BEGIN END M.",
    );
    expect((unit.decls[0] as VarDecl).pragmas.map((p) => p.name)).toEqual(["UNUSED"]);
    const formal = (unit.decls[1] as ProcedureDecl).signature.formals[0];
    expect(formal?.pragmas.map((p) => p.name)).toEqual(["UNUSED"]);
  });

  it("turns <*ASSERT*> into a statement with an optional message", () => {
    const [assert] = stmts('<*ASSERT x > 0, "positive"*>');
    expect(assert?.kind === "Assert" && sexpr(assert.condition)).toBe("(> x 0)");
    expect(assert?.kind === "Assert" && assert.message && sexpr(assert.message)).toBe('"positive"');
  });

  it("warns about and skips an unknown pragma", () => {
    const result = parseText("MODULE M; <*LL.sup < mu*> BEGIN END M.");
    expect(result.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ["warning", "unrecognised pragma 'LL' ignored"],
    ]);
    expect(result.unit?.kind).toBe("Module");
  });
});

describe("statements", () => {
  it("reads TYPECASE arms with several types and a binding", () => {
    const [stmt] = stmts("TYPECASE r OF NULL => | REF INTEGER, REF CHAR (v) => EVAL v ELSE END");
    expect(stmt?.kind).toBe("TypeCase");
    if (stmt?.kind !== "TypeCase") return;
    expect(stmt.arms.map((a) => [a.types.map(typeSexpr), a.binding?.name])).toEqual([
      [["NULL"], undefined],
      [["(REF INTEGER)", "(REF CHAR)"], "v"],
    ]);
    expect(stmt.otherwise).toEqual([]);
  });

  it("reads CASE labels with ranges", () => {
    const [stmt] = stmts("CASE c OF 1, 3 .. 5 => | 7 => END");
    if (stmt?.kind !== "Case") throw new Error("expected CASE");
    expect(stmt.arms[0]?.labels.map((l) => [sexpr(l.low), l.high && sexpr(l.high)])).toEqual([
      ["1", undefined],
      ["3", "5"],
    ]);
  });

  it("reads handlers with several exceptions and a binding", () => {
    const [stmt] = stmts("TRY F() EXCEPT A.B, C (e) => G(e) | D => ELSE END");
    if (stmt?.kind !== "TryExcept") throw new Error("expected TRY EXCEPT");
    expect(
      stmt.handlers.map((h) => [h.exceptions.map((q) => q.name.name), h.binding?.name]),
    ).toEqual([
      [["B", "C"], "e"],
      [["D"], undefined],
    ]);
    expect(stmt.otherwise).toEqual([]);
  });

  it("reads nested blocks as statements", () => {
    const [block] = stmts("VAR y := 1; BEGIN y := 2 END");
    expect(block?.kind === "BlockStmt" && block.block.decls.length).toBe(1);
  });
});

describe("spans", () => {
  it("points each node at its source text", () => {
    const text = "MODULE M;\nVAR x := a + b;\nBEGIN END M.";
    const result = parseText(text);
    const unit = result.unit;
    if (unit?.kind !== "Module") throw new Error("expected a module");
    const decl = unit.decls[0] as VarDecl;
    const init = decl.init;
    if (init === undefined) throw new Error("expected an initialiser");
    expect(text.slice(init.span.start, init.span.end)).toBe("a + b");
    expect([init.span.line, init.span.column]).toEqual([2, 10]);
    expect(text.slice(decl.span.start, decl.span.end)).toBe("x := a + b");
  });

  it("keeps the unit when errors follow its header", () => {
    const result = parseText("MODULE Broken; VAR x: ; BEGIN x := END Broken.");
    expect(result.unit?.kind).toBe("Module");
    expect(result.unit?.name.name).toBe("Broken");
    expect(result.diagnostics.length).toBeGreaterThan(0);
  });
});

describe("error recovery", () => {
  it("reports each of three independent errors once, with no cascade", () => {
    const result = parseText(
      [
        "MODULE Three;",
        "VAR a: INTEGER",
        "PROCEDURE P() =",
        "  BEGIN",
        "    a := 1",
        "    a := 2;",
        "    IF a > 0 THEN a = 0 END",
        "  END P;",
        "BEGIN",
        "END Three.",
      ].join("\n"),
    );
    expect(result.diagnostics.map((d) => `${d.span?.line}:${d.span?.column} ${d.message}`)).toEqual(
      [
        "3:1 expected ';' after the declaration of 'a', found 'PROCEDURE'",
        "6:5 expected ';' between statements, found 'a'",
        "7:21 expected ':=' in an assignment, found '='",
      ],
    );
    expect(result.unit?.decls.map((d) => d.kind)).toEqual(["VarDecl", "ProcedureDecl"]);
  });

  it("keeps the declarations of a module cut short", () => {
    const result = parseText("MODULE Short; VAR x: INTEGER; PROCEDURE P() = BEGIN END P;");
    expect(result.unit?.kind).toBe("Module");
    expect(result.unit?.decls.map((d) => d.kind)).toEqual(["VarDecl", "ProcedureDecl"]);
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      "expected BEGIN, found the end of the file",
    ]);
  });

  it("reports nesting too deep to parse instead of crashing", () => {
    const deep =
      "MODULE Deep; CONST X = " + "(".repeat(20000) + "1" + ")".repeat(20000) + "; BEGIN END Deep.";
    const result = parseText(deep);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["E1199"]);
    // The shared parser instance is still good afterwards.
    expect(parseText("MODULE After; BEGIN END After.").diagnostics).toEqual([]);
  });
});
