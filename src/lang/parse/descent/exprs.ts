// The descent parser's expressions: Modula-3's precedence by precedence climbing, operands with
// their selectors, actuals and constructors, building the trees the grammar's exprs.ts builds.
import type { TokenType } from "chevrotain";
import type * as A from "../../ast.js";
import * as T from "../../tokens.js";
import {
  BinaryNode,
  CallNode,
  DerefNode,
  IndexNode,
  IntLiteralNode,
  NameOnlyNode,
  PlainActualNode,
  SelectNode,
  UnaryNode,
} from "../compact-nodes.js";
import { charValue, intValue, nodeId, realValue, textValue } from "../nodes.js";
import {
  ASSIGN,
  BAIL,
  CARET,
  COMMA,
  DOT,
  DOT_DOT,
  IDENT,
  KW,
  L_BRACE,
  L_BRACKET,
  L_PAREN,
  R_BRACE,
  R_BRACKET,
  R_PAREN,
  idx,
} from "./reader.js";
import { DescentTypes, TYPE_LITERAL_STARTS } from "./types.js";

/**
 * Binary operators by precedence level, lowest first: OR, AND, (NOT), the relations, the adding
 * and the multiplying operators, (the signs). -1 for other tokens.
 */
const LEVEL: readonly number[] = (() => {
  const table: number[] = [];
  const levels: readonly (readonly [number, readonly TokenType[]])[] = [
    [0, [T.K.OR]],
    [1, [T.K.AND]],
    [3, [T.Equal, T.Hash, T.Less, T.LessEqual, T.Greater, T.GreaterEqual, T.K.IN]],
    [4, [T.Plus, T.Minus, T.Ampersand]],
    [5, [T.Star, T.Slash, T.K.DIV, T.K.MOD]],
  ];
  for (const t of T.allTokenTypes) table[idx(t)] = -1;
  for (const [level, types] of levels) for (const t of types) table[idx(t)] = level;
  return table;
})();
const NOT_LEVEL = 2;
const RELATION_LEVEL = 3;
const SIGN_LEVEL = 6;

const NOT = KW.NOT;
const PLUS = idx(T.Plus);
const MINUS = idx(T.Minus);
const INT_LIT = idx(T.IntLit);
const REAL_LIT = idx(T.RealLit);
const CHAR_LIT = idx(T.CharLit);
const TEXT_LIT = idx(T.TextLit);

/** The tokens an expression starts with. */
export const EXPR_STARTS: readonly boolean[] = (() => {
  const table = [...TYPE_LITERAL_STARTS];
  for (const k of [IDENT, INT_LIT, REAL_LIT, CHAR_LIT, TEXT_LIT, L_PAREN, NOT, PLUS, MINUS])
    table[k] = true;
  return table;
})();

export abstract class DescentExprs extends DescentTypes {
  /**
   * Precedence climbing, building the trees the grammar's PrecedenceBuilder builds from its flat
   * operand list: NOT and the signs are prefixes that bind at their own levels, NOT below the
   * relations and the signs above the multiplications. One frame per nesting level, not one per
   * precedence level.
   */
  expr(): A.Expr {
    return this.climb(0);
  }

  /** An expression whose binary operators are all of `lowest` level or higher. */
  private climb(lowest: number): A.Expr {
    let left = this.prefixed(lowest <= NOT_LEVEL ? NOT_LEVEL : SIGN_LEVEL);
    for (;;) {
      const token = this.tokens[this.pos];
      const level = token === undefined ? -1 : (LEVEL[token.tokenTypeIdx] ?? -1);
      if (token === undefined || level < lowest) return left;
      this.pos++;
      const right = this.climb(level + 1);
      left = new BinaryNode(nodeId(), token.image as A.BinaryOp, left, right);
    }
  }

  /**
   * An operand where the prefixes of `level` may stand: at NOT_LEVEL a NOT, or else a relation
   * (whose operands may carry signs); at SIGN_LEVEL a sign, a NOT (over a relation) or an operand.
   */
  private prefixed(level: number): A.Expr {
    const token = this.peek();
    const k = token.tokenTypeIdx;
    const isNot = k === NOT;
    if (isNot || (level === SIGN_LEVEL && (k === PLUS || k === MINUS))) {
      this.pos++;
      const operand = this.prefixed(isNot ? NOT_LEVEL : SIGN_LEVEL);
      const op: A.UnaryOp = isNot ? "NOT" : k === MINUS ? "-" : "+";
      return new UnaryNode(nodeId(), op, operand, this.source, token.startOffset);
    }
    if (level === NOT_LEVEL) return this.climb(RELATION_LEVEL);
    return this.operand();
  }

  /** A primary and its selectors. */
  protected operand(): A.Expr {
    return this.selectors(this.primary());
  }

  private primary(): A.Expr {
    const token = this.peek();
    const k = token.tokenTypeIdx;
    if (k === IDENT) {
      this.pos++;
      const name = this.ident(token);
      return new NameOnlyNode("Name", nodeId(), name);
    }
    if (k === INT_LIT) {
      this.pos++;
      return new IntLiteralNode(
        nodeId(),
        intValue(token),
        token.image,
        this.source,
        token.startOffset,
      );
    }
    if (k === REAL_LIT) {
      this.pos++;
      const { value, precision } = realValue(token);
      return {
        kind: "RealLiteral",
        id: nodeId(),
        value,
        precision,
        text: token.image,
        span: this.tokenSpan(token),
      };
    }
    if (k === CHAR_LIT) {
      this.pos++;
      return {
        kind: "CharLiteral",
        id: nodeId(),
        value: charValue(token),
        span: this.tokenSpan(token),
      };
    }
    if (k === TEXT_LIT) {
      this.pos++;
      return {
        kind: "TextLiteral",
        id: nodeId(),
        value: textValue(token),
        span: this.tokenSpan(token),
      };
    }
    if (k === L_PAREN) {
      this.pos++;
      const inner = this.expr();
      this.expect(R_PAREN);
      return { kind: "Paren", id: nodeId(), inner, span: this.spanFrom(token) };
    }
    if (TYPE_LITERAL_STARTS[k] === true) {
      const type = this.typeLiteral();
      return { kind: "TypeExpr", id: nodeId(), type, span: type.span };
    }
    throw BAIL;
  }

  private selectors(primary: A.Expr): A.Expr {
    let base = primary;
    for (;;) {
      const k = this.kind();
      if (k === CARET) {
        this.pos++;
        base = new DerefNode(nodeId(), base, this.previousEnd());
      } else if (k === DOT) {
        this.pos++;
        const field = this.identifier();
        base = new SelectNode(nodeId(), base, field);
      } else if (k === L_BRACKET) {
        this.pos++;
        const indexes = this.exprList();
        this.expect(R_BRACKET);
        base = new IndexNode(nodeId(), base, indexes, this.previousEnd());
      } else if (k === L_PAREN) {
        this.pos++;
        const args = this.kind() === R_PAREN ? [] : this.actuals();
        this.expect(R_PAREN);
        base = new CallNode(nodeId(), base, args, this.previousEnd());
      } else if (k === L_BRACE) {
        base = this.constructor_(base);
      } else {
        return base;
      }
    }
  }

  /** `expr {"," expr}`, in an array of its exact size. */
  protected exprList(): A.Expr[] {
    const first = this.expr();
    if (this.kind() !== COMMA) return [first];
    const list = [first];
    while (this.accept(COMMA)) list.push(this.expr());
    return list.slice();
  }

  private actuals(): A.Actual[] {
    const first = this.actual();
    if (this.kind() !== COMMA) return [first];
    const list = [first];
    while (this.accept(COMMA)) list.push(this.actual());
    return list.slice();
  }

  /** `name := value` binds by keyword; a type may stand as an actual (`NEW(T OBJECT … END)`). */
  private actual(): A.Actual {
    const first = this.peek();
    const k = first.tokenTypeIdx;
    if (k === IDENT && this.kind(1) === ASSIGN) {
      this.pos += 2;
      const value = this.expr();
      return { kind: "Actual", name: this.ident(first), value, span: this.spanFrom(first) };
    }
    if (k === KW.PROCEDURE || k === KW.FUNCTIONAL || k === KW.EPHEMERAL) {
      // A procedure type cannot start an expression, so only here may it stand as an actual.
      const type = this.procedureType();
      const value: A.Expr = { kind: "TypeExpr", id: nodeId(), type, span: type.span };
      return { kind: "Actual", value, span: type.span };
    }
    let value = this.expr();
    let next = this.kind();
    if (next !== KW.BRANDED && next !== KW.OBJECT) return new PlainActualNode(value);
    for (; next === KW.BRANDED || next === KW.OBJECT; next = this.kind()) {
      const parts = this.objectSuffix();
      const type = this.objectType(parts, this.exprToType(value));
      value = { kind: "TypeExpr", id: nodeId(), type, span: type.span };
    }
    const span =
      value.span.start === first.startOffset ? this.spanFromSpan(value.span) : this.spanFrom(first);
    return { kind: "Actual", value, span };
  }

  /** The type an expression denotes where syntax demands one (`T{…}`, `T OBJECT … END`). */
  private exprToType(expr: A.Expr): A.TypeNode {
    if (expr.kind === "TypeExpr") return expr.type;
    if (expr.kind === "Name") {
      const name = new NameOnlyNode("QualIdent", nodeId(), expr.name);
      return new NameOnlyNode("NamedType", nodeId(), name);
    }
    if (expr.kind === "Select" && expr.object.kind === "Name") {
      const name: A.QualIdent = {
        kind: "QualIdent",
        id: nodeId(),
        qualifier: expr.object.name,
        name: expr.field,
        span: expr.span,
      };
      return new NameOnlyNode("NamedType", nodeId(), name);
    }
    // The grammar reports that a type name is needed here.
    throw BAIL;
  }

  /** `T{…}`: set, record and array constructors; a trailing `..` repeats the last element. */
  private constructor_(base: A.Expr): A.Expr {
    this.expect(L_BRACE);
    const elements: A.ConstructorElement[] = [];
    let repeatLast = false;
    if (this.kind() !== R_BRACE) {
      elements.push(this.element());
      while (this.accept(COMMA)) {
        if (this.accept(DOT_DOT)) repeatLast = true;
        else elements.push(this.element());
      }
    }
    this.expect(R_BRACE);
    const type = this.exprToType(base);
    return {
      kind: "Constructor",
      id: nodeId(),
      type,
      elements,
      repeatLast,
      span: this.spanFromSpan(base.span),
    };
  }

  private element(): A.ConstructorElement {
    const first = this.peek();
    if (first.tokenTypeIdx === IDENT && this.kind(1) === ASSIGN) {
      this.pos += 2;
      const value = this.expr();
      return { kind: "ElementField", name: this.ident(first), value, span: this.spanFrom(first) };
    }
    const low = this.expr();
    if (!this.accept(DOT_DOT)) return { kind: "ElementValue", value: low, span: low.span };
    const high = this.expr();
    return { kind: "ElementRange", low, high, span: this.spanFromSpan(low.span) };
  }
}
