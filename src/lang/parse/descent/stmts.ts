// The descent parser's statements: statement sequences with `;` separators, every statement form,
// nested blocks and `<*ASSERT*>`, building the trees the grammar's stmts.ts builds.
import type { IToken } from "chevrotain";
import type * as A from "../../ast.js";
import { STATEMENT_STOPS as GRAMMAR_STATEMENT_STOPS } from "../core.js";
import { AssignNode, CallStmtNode, CaseLabelNode } from "../compact-nodes.js";
import { nodeId } from "../nodes.js";
import { EXPR_STARTS, DescentExprs } from "./exprs.js";
import {
  ARROW,
  ASSIGN,
  BAIL,
  BAR,
  COMMA,
  DOT_DOT,
  EQUAL,
  IDENT,
  KW,
  L_PAREN,
  PRAGMA_ASSERT,
  PRAGMA_END,
  PRAGMA_STARTS,
  R_PAREN,
  SEMICOLON,
  indexSet,
} from "./reader.js";
import * as T from "../../tokens.js";
import { TYPE_LITERAL_STARTS } from "./types.js";

/** Where a statement list ends (outside the statements' own constructs), as the grammar has it. */
const STATEMENT_STOPS: readonly boolean[] = (() => {
  const table: boolean[] = [];
  for (const k of GRAMMAR_STATEMENT_STOPS) table[k] = true;
  return table;
})();

/** The tokens a nested block (declarations, then BEGIN) starts with, pragmas aside. */
const BLOCK_STARTS = indexSet([
  T.K.CONST,
  T.K.TYPE,
  T.K.VAR,
  T.K.PROCEDURE,
  T.K.EXCEPTION,
  T.K.REVEAL,
  T.K.FUNCTIONAL,
  T.K.EPHEMERAL,
  T.K.BEGIN,
]);

/** The tokens a type starts with (TYPECASE arms). */
const TYPE_STARTS: readonly boolean[] = (() => {
  const table = [...TYPE_LITERAL_STARTS];
  for (const k of [IDENT, L_PAREN, KW.PROCEDURE, KW.FUNCTIONAL, KW.EPHEMERAL]) table[k] = true;
  return table;
})();

export abstract class DescentStmts extends DescentExprs {
  abstract decls(): A.Decl[];

  /** A statement sequence, up to the token that ends it; a missing `;` bails. */
  stmts(): A.Stmt[] {
    const list: A.Stmt[] = [];
    for (;;) {
      if (this.atEnd() || STATEMENT_STOPS[this.kind()] === true) return list.slice();
      const stmt = this.stmt();
      if (stmt !== undefined) list.push(stmt);
      if (this.accept(SEMICOLON) || stmt === undefined || stmt.kind === "Assert") continue;
      // A pragma, `<*ASSERT*>` included, needs no `;` after it; any other statement does,
      // unless the sequence ends here.
      if (!this.atEnd() && STATEMENT_STOPS[this.kind()] !== true) throw BAIL;
    }
  }

  /** One statement; `undefined` for a pragma among statements, which is read and dropped. */
  private stmt(): A.Stmt | undefined {
    const first = this.peek();
    switch (first.tokenTypeIdx) {
      case IDENT:
        return this.exprStmt();
      case KW.IF:
        return this.ifStmt(first);
      case KW.WHILE: {
        this.pos++;
        const condition = this.expr();
        this.expect(KW.DO);
        const body = this.stmts();
        this.expect(KW.END);
        return { kind: "While", id: nodeId(), condition, body, span: this.spanFrom(first) };
      }
      case KW.REPEAT: {
        this.pos++;
        const body = this.stmts();
        this.expect(KW.UNTIL);
        const condition = this.expr();
        return { kind: "Repeat", id: nodeId(), body, condition, span: this.spanFrom(first) };
      }
      case KW.LOOP: {
        this.pos++;
        const body = this.stmts();
        this.expect(KW.END);
        return { kind: "Loop", id: nodeId(), body, span: this.spanFrom(first) };
      }
      case KW.EXIT:
        this.pos++;
        return { kind: "Exit", id: nodeId(), span: this.tokenSpan(first) };
      case KW.RETURN: {
        this.pos++;
        if (EXPR_STARTS[this.kind()] !== true)
          return { kind: "Return", id: nodeId(), span: this.spanFrom(first) };
        const value = this.expr();
        return { kind: "Return", id: nodeId(), value, span: this.spanFrom(first) };
      }
      case KW.FOR:
        return this.forStmt(first);
      case KW.CASE:
        return this.caseStmt(first);
      case KW.TYPECASE:
        return this.typeCaseStmt(first);
      case KW.WITH:
        return this.withStmt(first);
      case KW.TRY:
        return this.tryStmt(first);
      case KW.RAISE: {
        this.pos++;
        const exception = this.qualIdent();
        if (!this.accept(L_PAREN))
          return { kind: "Raise", id: nodeId(), exception, span: this.spanFrom(first) };
        const argument = this.expr();
        this.expect(R_PAREN);
        return { kind: "Raise", id: nodeId(), exception, argument, span: this.spanFrom(first) };
      }
      case KW.EVAL: {
        this.pos++;
        const value = this.expr();
        return { kind: "Eval", id: nodeId(), value, span: this.spanFrom(first) };
      }
      case KW.LOCK: {
        this.pos++;
        const mutex = this.expr();
        this.expect(KW.DO);
        const body = this.stmts();
        this.expect(KW.END);
        return { kind: "Lock", id: nodeId(), mutex, body, span: this.spanFrom(first) };
      }
      case PRAGMA_ASSERT:
        return this.assertStmt(first);
      default:
        break;
    }
    const k = first.tokenTypeIdx;
    if (PRAGMA_STARTS[k] === true) {
      // As in the grammar, a pragma among statements is its own (dropped) statement even when a
      // block's declaration follows it.
      this.pragma();
      return undefined;
    }
    if (BLOCK_STARTS[k] === true) {
      const block = this.block();
      return { kind: "BlockStmt", id: nodeId(), block, span: block.span };
    }
    if (EXPR_STARTS[k] === true) return this.exprStmt();
    throw BAIL;
  }

  /** `target := value`, or a call; the grammar reports any other expression standing alone. */
  private exprStmt(): A.Stmt {
    const target = this.expr();
    if (this.accept(ASSIGN)) {
      const value = this.expr();
      return new AssignNode(nodeId(), target, value);
    }
    if (target.kind !== "Call") throw BAIL;
    return new CallStmtNode(nodeId(), target);
  }

  private assertStmt(first: IToken): A.Stmt {
    this.pos++;
    const condition = this.expr();
    const message = this.accept(COMMA) ? this.expr() : undefined;
    this.expect(PRAGMA_END);
    const span = this.spanFrom(first);
    return message
      ? { kind: "Assert", id: nodeId(), condition, message, span }
      : { kind: "Assert", id: nodeId(), condition, span };
  }

  private ifStmt(first: IToken): A.Stmt {
    this.pos++;
    const condition = this.expr();
    this.expect(KW.THEN);
    const arms = [{ condition, body: this.stmts() }];
    while (this.accept(KW.ELSIF)) {
      const elsifCondition = this.expr();
      this.expect(KW.THEN);
      arms.push({ condition: elsifCondition, body: this.stmts() });
    }
    if (!this.accept(KW.ELSE)) {
      this.expect(KW.END);
      return { kind: "If", id: nodeId(), arms: arms.slice(), span: this.spanFrom(first) };
    }
    const otherwise = this.stmts();
    this.expect(KW.END);
    return { kind: "If", id: nodeId(), arms: arms.slice(), otherwise, span: this.spanFrom(first) };
  }

  private forStmt(first: IToken): A.Stmt {
    this.pos++;
    const variable = this.expect(IDENT);
    this.expect(ASSIGN);
    const from = this.expr();
    this.expect(KW.TO);
    const to = this.expr();
    const by = this.accept(KW.BY) ? this.expr() : undefined;
    this.expect(KW.DO);
    const body = this.stmts();
    this.expect(KW.END);
    const id = this.ident(variable);
    const span = this.spanFrom(first);
    return by === undefined
      ? { kind: "For", id: nodeId(), variable: id, from, to, body, span }
      : { kind: "For", id: nodeId(), variable: id, from, to, by, body, span };
  }

  private caseStmt(first: IToken): A.Stmt {
    this.pos++;
    const selector = this.expr();
    this.expect(KW.OF);
    const arms: A.CaseArm[] = [];
    if (EXPR_STARTS[this.kind()] === true) arms.push(this.caseArm());
    while (this.accept(BAR)) arms.push(this.caseArm());
    const otherwise = this.accept(KW.ELSE) ? this.stmts() : undefined;
    this.expect(KW.END);
    const span = this.spanFrom(first);
    return otherwise
      ? { kind: "Case", id: nodeId(), selector, arms: arms.slice(), otherwise, span }
      : { kind: "Case", id: nodeId(), selector, arms: arms.slice(), span };
  }

  private caseArm(): A.CaseArm {
    const first = this.peek();
    const labels = [this.caseLabel()];
    while (this.accept(COMMA)) labels.push(this.caseLabel());
    this.expect(ARROW);
    const body = this.stmts();
    return { kind: "CaseArm", labels: labels.slice(), body, span: this.spanFrom(first) };
  }

  private caseLabel(): A.CaseLabel {
    const low = this.expr();
    if (!this.accept(DOT_DOT)) return new CaseLabelNode(low);
    return new CaseLabelNode(low, this.expr());
  }

  private typeCaseStmt(first: IToken): A.Stmt {
    this.pos++;
    const selector = this.expr();
    this.expect(KW.OF);
    const arms: A.TypeCaseArm[] = [];
    if (TYPE_STARTS[this.kind()] === true) arms.push(this.typeCaseArm());
    while (this.accept(BAR)) arms.push(this.typeCaseArm());
    const otherwise = this.accept(KW.ELSE) ? this.stmts() : undefined;
    this.expect(KW.END);
    const span = this.spanFrom(first);
    return otherwise
      ? { kind: "TypeCase", id: nodeId(), selector, arms: arms.slice(), otherwise, span }
      : { kind: "TypeCase", id: nodeId(), selector, arms: arms.slice(), span };
  }

  private typeCaseArm(): A.TypeCaseArm {
    const first = this.peek();
    const types = [this.type()];
    while (this.accept(COMMA)) types.push(this.type());
    const binding = this.binding();
    this.expect(ARROW);
    const body = this.stmts();
    const span = this.spanFrom(first);
    return binding
      ? { kind: "TypeCaseArm", types, binding, body, span }
      : { kind: "TypeCaseArm", types, body, span };
  }

  /** The optional `(v)` that names the value in a TYPECASE arm or an exception handler. */
  private binding(): A.Ident | undefined {
    if (!this.accept(L_PAREN)) return undefined;
    const name = this.identifier();
    this.expect(R_PAREN);
    return name;
  }

  private withStmt(first: IToken): A.Stmt {
    this.pos++;
    const bindings: A.WithBinding[] = [];
    do {
      const name = this.expect(IDENT);
      this.expect(EQUAL);
      const value = this.expr();
      bindings.push({
        kind: "WithBinding",
        name: this.ident(name),
        value,
        span: this.spanFrom(name),
      });
    } while (this.accept(COMMA));
    this.expect(KW.DO);
    const body = this.stmts();
    this.expect(KW.END);
    return { kind: "With", id: nodeId(), bindings, body, span: this.spanFrom(first) };
  }

  private tryStmt(first: IToken): A.Stmt {
    this.pos++;
    const body = this.stmts();
    if (this.accept(KW.FINALLY)) {
      const cleanup = this.stmts();
      this.expect(KW.END);
      return {
        kind: "TryFinally",
        id: nodeId(),
        body,
        finally: cleanup,
        span: this.spanFrom(first),
      };
    }
    this.expect(KW.EXCEPT);
    const handlers: A.Handler[] = [];
    if (this.kind() === IDENT) handlers.push(this.handler());
    while (this.accept(BAR)) handlers.push(this.handler());
    const otherwise = this.accept(KW.ELSE) ? this.stmts() : undefined;
    this.expect(KW.END);
    const span = this.spanFrom(first);
    return otherwise
      ? { kind: "TryExcept", id: nodeId(), body, handlers, otherwise, span }
      : { kind: "TryExcept", id: nodeId(), body, handlers, span };
  }

  private handler(): A.Handler {
    const first = this.peek();
    const exceptions = [this.qualIdent()];
    while (this.accept(COMMA)) exceptions.push(this.qualIdent());
    const binding = this.binding();
    this.expect(ARROW);
    const body = this.stmts();
    const span = this.spanFrom(first);
    return binding
      ? { kind: "Handler", exceptions: exceptions.slice(), binding, body, span }
      : { kind: "Handler", exceptions: exceptions.slice(), body, span };
  }

  block(): A.Block {
    const first = this.peek();
    const decls = this.decls();
    this.expect(KW.BEGIN);
    const body = this.stmts();
    this.expect(KW.END);
    return { kind: "Block", decls, body, span: this.spanFrom(first) };
  }
}
