// Test helpers: parse a snippet inside a tiny module and print expressions as S-expressions.
import { expect } from "vitest";
import type { ConstDecl, Expr, ModuleUnit, Stmt, TypeNode } from "../../../src/lang/ast.js";
import { parse, type ParseResult } from "../../../src/lang/index.js";

export function parseText(text: string, path = "test.m3"): ParseResult {
  return parse({ path, text });
}

/** Parses `text` and fails the test on any diagnostic. */
export function parseClean(text: string): ModuleUnit {
  const result = parseText(text);
  expect(result.diagnostics.map((d) => d.message)).toEqual([]);
  const unit = result.unit;
  if (unit?.kind !== "Module") throw new Error("expected a module");
  return unit;
}

/** The value of `CONST X = <expr>;` in a module. */
export function expr(source: string): Expr {
  const unit = parseClean(`MODULE M; CONST X = ${source}; BEGIN END M.`);
  const decl = unit.decls[0] as ConstDecl;
  return decl.value;
}

/** The statements of a module body. */
export function stmts(source: string): readonly Stmt[] {
  return parseClean(`MODULE M; BEGIN ${source} END M.`).body;
}

export function typeSexpr(type: TypeNode): string {
  switch (type.kind) {
    case "NamedType":
      return type.name.qualifier
        ? `${type.name.qualifier.name}.${type.name.name.name}`
        : type.name.name.name;
    case "RefType":
      return `(REF${type.untraced ? " UNTRACED" : ""}${type.brand ? " BRANDED" : ""} ${typeSexpr(type.target)})`;
    case "ArrayType":
      return `(ARRAY [${type.indexes.map(typeSexpr).join(" ")}] ${typeSexpr(type.element)})`;
    case "SubrangeType":
      return `([..] ${sexpr(type.low)} ${sexpr(type.high)})`;
    case "ObjectType":
      return `(OBJECT${type.supertype ? " " + typeSexpr(type.supertype) : ""}${type.fields.map((f) => " " + f.names.map((n) => n.name).join(",")).join("")})`;
    case "EnumType":
      return `{${type.values.map((v) => v.name).join(" ")}}`;
    case "SetType":
      return `(SET ${typeSexpr(type.element)})`;
    case "RecordType":
      return `(RECORD${type.fields.map((f) => " " + f.names.map((n) => n.name).join(",")).join("")})`;
    case "ProcedureType":
      return `(PROCEDURE ${type.qualifiers.join(" ")})`;
    case "PackedType":
      return `(BITS ${sexpr(type.bits)} ${typeSexpr(type.base)})`;
    default: {
      const unreachable: never = type;
      return unreachable;
    }
  }
}

export function sexpr(e: Expr): string {
  switch (e.kind) {
    case "Name":
      return e.name.name;
    case "Select":
      return `(. ${sexpr(e.object)} ${e.field.name})`;
    case "Deref":
      return `(^ ${sexpr(e.operand)})`;
    case "Index":
      return `([] ${sexpr(e.array)} ${e.indexes.map(sexpr).join(" ")})`;
    case "Call":
      return `(call ${sexpr(e.callee)}${e.args.map((a) => " " + (a.name ? `${a.name.name}:=` : "") + sexpr(a.value)).join("")})`;
    case "Unary":
      return `(${e.op} ${sexpr(e.operand)})`;
    case "Binary":
      return `(${e.op} ${sexpr(e.left)} ${sexpr(e.right)})`;
    case "IntLiteral":
      return e.value.toString();
    case "RealLiteral":
      return `${e.value}${e.precision === "REAL" ? "" : e.precision === "LONGREAL" ? "d" : "x"}`;
    case "CharLiteral":
      return `#${e.value}`;
    case "TextLiteral":
      return JSON.stringify(e.value);
    case "Constructor": {
      const elements = e.elements.map((el) =>
        el.kind === "ElementValue"
          ? sexpr(el.value)
          : el.kind === "ElementRange"
            ? `${sexpr(el.low)}..${sexpr(el.high)}`
            : `${el.name.name}:=${sexpr(el.value)}`,
      );
      return `(${typeSexpr(e.type)}{${elements.join(" ")}${e.repeatLast ? " .." : ""}})`;
    }
    case "TypeExpr":
      return `(type ${typeSexpr(e.type)})`;
    case "Paren":
      return `(paren ${sexpr(e.inner)})`;
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}
