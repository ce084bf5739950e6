// Statement syntax: statement sequences with `;` separators, every statement form of the report,
// nested blocks and `<*ASSERT*>`.
import {
  EOF,
  isRecognitionException,
  type IToken,
  type OrMethodOpts,
  type ParserMethod,
  type TokenType,
} from "chevrotain";
import type * as A from "../ast.js";
import * as T from "../tokens.js";
import { STATEMENT_STOPS, describeToken, fitted, nodeId } from "./core.js";
import { ExprRules } from "./exprs.js";

const PRAGMA_STARTS: ReadonlySet<unknown> = new Set([
  T.PragmaFatal,
  T.PragmaAssert,
  T.PragmaExternal,
  T.PragmaMark,
]);

/** The tokens that may follow a CASE statement's arms. */
const AFTER_ARMS: ReadonlySet<TokenType> = new Set([T.Bar, T.K.ELSE, T.K.END]);

export abstract class StmtRules extends ExprRules {
  private statementForms: OrMethodOpts<A.Stmt | undefined> | undefined;

  protected override bypassRuleEntries(): void {
    super.bypassRuleEntries();
    // Their fast-instance bodies (plainStmts, the plain exprStmt) use no lookahead DSL.
    this.stmts = StmtRules.withoutEntry(this.stmts);
    this.exprStmt = StmtRules.withoutEntry(this.exprStmt);
    this.ifStmt = StmtRules.withoutEntry(this.ifStmt);
    this.whileStmt = StmtRules.withoutEntry(this.whileStmt);
    this.forStmt = StmtRules.withoutEntry(this.forStmt);
    this.returnStmt = StmtRules.withoutEntry(this.returnStmt);
    this.caseArm = StmtRules.withoutEntry(this.caseArm);
    this.caseStmt = StmtRules.withoutEntry(this.caseStmt);
    this.tryStmt = StmtRules.withoutEntry(this.tryStmt);
    this.handler = StmtRules.withoutEntry(this.handler);
    this.caseLabel = StmtRules.withoutEntry(this.caseLabel);
  }

  private readonly consumeSemicolon = (): IToken => this.CONSUME(T.Semicolon);

  stmts = this.RULE(
    "stmts",
    (): A.Stmt[] => {
      const list: A.Stmt[] = [];
      if (this.plainLoops()) return this.plainStmts(list);
      let needSeparator = false;
      this.MANY(() => {
        const first = this.LA(1);
        let stmt: A.Stmt | undefined;
        try {
          stmt = this.SUBRULE(this.stmt);
        } catch (caught) {
          // `stmt` does not re-synchronise itself: we know better where a statement ends.
          if (!isRecognitionException(caught as Error)) throw caught;
          this.skipAfterError(first, STATEMENT_STOPS);
          needSeparator = false;
        }
        if (!this.RECORDING_PHASE) {
          if (needSeparator) {
            this.report(
              "E1110",
              `expected ';' between statements, found ${describeToken(first)}`,
              this.tokenSpan(first),
            );
          }
          if (stmt !== undefined) list.push(stmt);
        }
        // A pragma, `<*ASSERT*>` included, is written with or without a `;` after it.
        const separated = this.OPTION(this.consumeSemicolon) !== undefined;
        needSeparator =
          !separated && stmt !== undefined && stmt.kind !== "Assert" && !this.RECORDING_PHASE;
      });
      return list;
    },
    { recoveryValueFunc: (): A.Stmt[] => [] },
  );

  /**
   * `stmts` in the fast instance: a plain loop that stops where a statement list can end. Every
   * token that ends a list is outside FIRST(stmt), so this loop runs exactly as often as the
   * DSL's MANY; the first error ends the parse (the recovering instance then reports).
   */
  private plainStmts(list: A.Stmt[]): A.Stmt[] {
    for (;;) {
      const first = this.LA(1);
      if (first.tokenType === EOF || STATEMENT_STOPS.has(first.tokenTypeIdx)) return fitted(list);
      // A form its first token identifies is parsed without entering `stmt` (a rule entry each).
      const form = (this.statementDispatch ??= this.dispatchTable()).get(first.tokenType);
      const stmt = form === undefined ? this.SUBRULE(this.stmt) : form();
      if (stmt !== undefined) list.push(stmt);
      if (this.LA(1).tokenType === T.Semicolon) this.SKIP_TOKEN();
      else if (stmt !== undefined && stmt.kind !== "Assert") {
        const next = this.LA(1);
        if (next.tokenType !== EOF && !STATEMENT_STOPS.has(next.tokenTypeIdx)) {
          this.report(
            "E1110",
            `expected ';' between statements, found ${describeToken(next)}`,
            this.tokenSpan(next),
          );
          return fitted(list);
        }
      }
    }
  }

  /**
   * The statement forms that one token identifies, for the fast instance's dispatch; other tokens
   * (block declarations, pragmas, errors) go through chevrotain's alternation.
   */
  private statementDispatch: Map<TokenType, () => A.Stmt | undefined> | undefined;

  private dispatchTable(): Map<TokenType, () => A.Stmt | undefined> {
    const K = T.K;
    return new Map<TokenType, () => A.Stmt | undefined>([
      [T.Ident, () => this.SUBRULE(this.exprStmt)],
      [K.IF, () => this.SUBRULE(this.ifStmt)],
      [K.WHILE, () => this.SUBRULE(this.whileStmt)],
      [K.REPEAT, () => this.SUBRULE(this.repeatStmt)],
      [K.LOOP, () => this.SUBRULE(this.loopStmt)],
      [K.RETURN, () => this.SUBRULE(this.returnStmt)],
      [K.FOR, () => this.SUBRULE(this.forStmt)],
      [K.CASE, () => this.SUBRULE(this.caseStmt)],
      [K.TYPECASE, () => this.SUBRULE(this.typeCaseStmt)],
      [K.WITH, () => this.SUBRULE(this.withStmt)],
      [K.TRY, () => this.SUBRULE(this.tryStmt)],
      [K.RAISE, () => this.SUBRULE(this.raiseStmt)],
      [K.LOCK, () => this.SUBRULE(this.lockStmt)],
      [T.PragmaAssert, () => this.SUBRULE(this.assertStmt)],
    ]);
  }

  /** One statement; `undefined` for a pragma that is not a statement (or after recovery). */
  private stmt = this.RULE(
    "stmt",
    (): A.Stmt | undefined => {
      if (this.plainLoops()) {
        const form = (this.statementDispatch ??= this.dispatchTable()).get(this.LA(1).tokenType);
        if (form !== undefined) return form();
      }
      return this.OR(
        (this.statementForms ??= {
          IGNORE_AMBIGUITIES: true,
          DEF: [
            { ALT: () => this.SUBRULE(this.assertStmt) },
            {
              ALT: () => {
                this.SUBRULE(this.pragma);
                return undefined;
              },
            },
            { ALT: () => this.SUBRULE(this.exprStmt) },
            { ALT: () => this.SUBRULE(this.ifStmt) },
            { ALT: () => this.SUBRULE(this.whileStmt) },
            { ALT: () => this.SUBRULE(this.repeatStmt) },
            { ALT: () => this.SUBRULE(this.loopStmt) },
            {
              ALT: () => {
                const exit = this.CONSUME(T.K.EXIT);
                return this.ACTION((): A.Stmt => ({
                  kind: "Exit",
                  id: nodeId(),
                  span: this.tokenSpan(exit),
                }));
              },
            },
            { ALT: () => this.SUBRULE(this.returnStmt) },
            { ALT: () => this.SUBRULE(this.forStmt) },
            { ALT: () => this.SUBRULE(this.caseStmt) },
            { ALT: () => this.SUBRULE(this.typeCaseStmt) },
            { ALT: () => this.SUBRULE(this.withStmt) },
            { ALT: () => this.SUBRULE(this.tryStmt) },
            { ALT: () => this.SUBRULE(this.raiseStmt) },
            {
              ALT: () => {
                const first = this.CONSUME(T.K.EVAL);
                const value = this.SUBRULE(this.expr);
                return this.ACTION((): A.Stmt => ({
                  kind: "Eval",
                  id: nodeId(),
                  value,
                  span: this.spanFrom(first),
                }));
              },
            },
            { ALT: () => this.SUBRULE(this.lockStmt) },
            {
              ALT: () => {
                const block = this.SUBRULE(this.block);
                return this.ACTION((): A.Stmt => ({
                  kind: "BlockStmt",
                  id: nodeId(),
                  block,
                  span: block.span,
                }));
              },
            },
          ],
        }),
      );
    },
    { resyncEnabled: false },
  );

  private assertStmt = this.RULE(
    "assertStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.PragmaAssert);
      const condition = this.SUBRULE(this.expr);
      const message = this.OPTION(() => {
        this.CONSUME(T.Comma);
        return this.SUBRULE2(this.expr);
      });
      this.CONSUME(T.PragmaEnd);
      return this.ACTION((): A.Stmt => ({
        kind: "Assert",
        id: nodeId(),
        condition,
        ...(message ? { message } : {}),
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  /** `target := value`, or a call; any other expression cannot stand as a statement. */
  private exprStmt = this.RULE(
    "exprStmt",
    (): A.Stmt | undefined => {
      const target = this.SUBRULE(this.expr);
      if (this.plainLoops()) {
        if (this.LA(1).tokenType !== T.Assign) return this.exprStatement(target, undefined);
        this.SKIP_TOKEN();
        return this.exprStatement(target, this.SUBRULE2(this.expr));
      }
      const value = this.OPTION(() => {
        this.CONSUME(T.Assign);
        return this.SUBRULE2(this.expr);
      });
      return this.ACTION(() => this.exprStatement(target, value));
    },
    { recoveryValueFunc: () => undefined },
  );

  /** An assignment or a call statement; any other expression is reported. */
  private exprStatement(target: A.Expr, value: A.Expr | undefined): A.Stmt | undefined {
    const span = this.spanFromSpan(target.span);
    if (value !== undefined) return { kind: "Assign", id: nodeId(), target, value, span };
    if (target.kind === "Call") return { kind: "CallStmt", id: nodeId(), call: target, span };
    if (target.kind === "Binary" && target.op === "=") {
      const equal = this.tokenBetween(target.left.span.end, target.right.span.start);
      const at = equal ? this.tokenSpan(equal) : target.span;
      this.report(
        "E1107",
        "expected ':=' in an assignment, found '='",
        at,
        "'=' compares; ':=' assigns",
      );
      return { kind: "Assign", id: nodeId(), target: target.left, value: target.right, span };
    }
    this.report(
      "E1106",
      "this expression cannot be a statement: only a procedure call can stand alone",
      target.span,
      "assign it with ':=' or discard a result with EVAL",
    );
    return undefined;
  }

  private ifStmt = this.RULE(
    "ifStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.IF);
      if (this.plainLoops()) return this.plainIf(first);
      const arms: { condition: A.Expr; body: A.Stmt[] }[] = [];
      const condition = this.SUBRULE(this.expr);
      this.CONSUME(T.K.THEN);
      const body = this.SUBRULE(this.stmts);
      this.ACTION(() => arms.push({ condition, body }));
      this.MANY(() => {
        this.CONSUME(T.K.ELSIF);
        const elsifCondition = this.SUBRULE2(this.expr);
        this.CONSUME2(T.K.THEN);
        const elsifBody = this.SUBRULE2(this.stmts);
        this.ACTION(() => arms.push({ condition: elsifCondition, body: elsifBody }));
      });
      const otherwise = this.OPTION(() => {
        this.CONSUME(T.K.ELSE);
        return this.SUBRULE3(this.stmts);
      });
      this.CONSUME(T.K.END);
      return this.ACTION((): A.Stmt => ({
        kind: "If",
        id: nodeId(),
        arms,
        ...(otherwise ? { otherwise } : {}),
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  /** `ifStmt` in the fast instance (the ELSIF loop and ELSE option by their keywords). */
  private plainIf(first: IToken): A.Stmt {
    const arms: { condition: A.Expr; body: A.Stmt[] }[] = [];
    const condition = this.SUBRULE(this.expr);
    this.CONSUME(T.K.THEN);
    arms.push({ condition, body: this.SUBRULE(this.stmts) });
    while (this.LA(1).tokenType === T.K.ELSIF) {
      this.SKIP_TOKEN();
      const elsifCondition = this.SUBRULE2(this.expr);
      this.CONSUME2(T.K.THEN);
      arms.push({ condition: elsifCondition, body: this.SUBRULE2(this.stmts) });
    }
    if (this.LA(1).tokenType !== T.K.ELSE) {
      this.CONSUME(T.K.END);
      return { kind: "If", id: nodeId(), arms: fitted(arms), span: this.spanFrom(first) };
    }
    this.SKIP_TOKEN();
    const otherwise = this.SUBRULE3(this.stmts);
    this.CONSUME(T.K.END);
    const span = this.spanFrom(first);
    return { kind: "If", id: nodeId(), arms: fitted(arms), otherwise, span };
  }

  /** `forStmt` in the fast instance (the BY option by its keyword). */
  private plainFor(first: IToken): A.Stmt {
    const variable = this.CONSUME(T.Ident);
    this.CONSUME(T.Assign);
    const from = this.SUBRULE(this.expr);
    this.CONSUME(T.K.TO);
    const to = this.SUBRULE2(this.expr);
    let by: A.Expr | undefined;
    if (this.LA(1).tokenType === T.K.BY) {
      this.SKIP_TOKEN();
      by = this.SUBRULE3(this.expr);
    }
    this.CONSUME(T.K.DO);
    const body = this.SUBRULE(this.stmts);
    this.CONSUME(T.K.END);
    const id = this.ident(variable);
    const span = this.spanFrom(first);
    return by === undefined
      ? { kind: "For", id: nodeId(), variable: id, from, to, body, span }
      : { kind: "For", id: nodeId(), variable: id, from, to, by, body, span };
  }

  /**
   * `caseStmt` in the fast instance. The first arm is parsed unless a token that follows the arms
   * comes next: any other token either starts an arm (as in the DSL's OPTION) or is an error
   * either way.
   */
  private plainCase(first: IToken): A.Stmt {
    const selector = this.SUBRULE(this.expr);
    this.CONSUME(T.K.OF);
    const arms: A.CaseArm[] = [];
    if (!AFTER_ARMS.has(this.LA(1).tokenType)) arms.push(this.SUBRULE(this.caseArm));
    while (this.LA(1).tokenType === T.Bar) {
      this.SKIP_TOKEN();
      arms.push(this.SUBRULE2(this.caseArm));
    }
    if (this.LA(1).tokenType !== T.K.ELSE) {
      this.CONSUME(T.K.END);
      return { kind: "Case", id: nodeId(), selector, arms, span: this.spanFrom(first) };
    }
    this.SKIP_TOKEN();
    const otherwise = this.SUBRULE(this.stmts);
    this.CONSUME(T.K.END);
    return { kind: "Case", id: nodeId(), selector, arms, otherwise, span: this.spanFrom(first) };
  }

  /** `tryStmt` after its body, in the fast instance (the forms and options by their keywords). */
  private plainTry(first: IToken, body: A.Stmt[]): A.Stmt {
    if (this.LA(1).tokenType === T.K.FINALLY) {
      this.SKIP_TOKEN();
      const cleanup = this.SUBRULE3(this.stmts);
      this.CONSUME2(T.K.END);
      return {
        kind: "TryFinally",
        id: nodeId(),
        body,
        finally: cleanup,
        span: this.spanFrom(first),
      };
    }
    this.CONSUME(T.K.EXCEPT);
    const handlers: A.Handler[] = [];
    // A handler starts with the exception's name.
    if (this.LA(1).tokenType === T.Ident) handlers.push(this.SUBRULE(this.handler));
    while (this.LA(1).tokenType === T.Bar) {
      this.SKIP_TOKEN();
      handlers.push(this.SUBRULE2(this.handler));
    }
    if (this.LA(1).tokenType !== T.K.ELSE) {
      this.CONSUME(T.K.END);
      return { kind: "TryExcept", id: nodeId(), body, handlers, span: this.spanFrom(first) };
    }
    this.SKIP_TOKEN();
    const otherwise = this.SUBRULE2(this.stmts);
    this.CONSUME(T.K.END);
    return {
      kind: "TryExcept",
      id: nodeId(),
      body,
      handlers,
      otherwise,
      span: this.spanFrom(first),
    };
  }

  private whileStmt = this.RULE(
    "whileStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.WHILE);
      if (this.plainLoops()) {
        const condition = this.SUBRULE(this.expr);
        this.CONSUME(T.K.DO);
        const body = this.SUBRULE(this.stmts);
        this.CONSUME(T.K.END);
        return { kind: "While", id: nodeId(), condition, body, span: this.spanFrom(first) };
      }
      const condition = this.SUBRULE(this.expr);
      this.CONSUME(T.K.DO);
      const body = this.SUBRULE(this.stmts);
      this.CONSUME(T.K.END);
      return this.ACTION((): A.Stmt => ({
        kind: "While",
        id: nodeId(),
        condition,
        body,
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  private repeatStmt = this.RULE(
    "repeatStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.REPEAT);
      const body = this.SUBRULE(this.stmts);
      this.CONSUME(T.K.UNTIL);
      const condition = this.SUBRULE(this.expr);
      return this.ACTION((): A.Stmt => ({
        kind: "Repeat",
        id: nodeId(),
        body,
        condition,
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  private loopStmt = this.RULE(
    "loopStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.LOOP);
      const body = this.SUBRULE(this.stmts);
      this.CONSUME(T.K.END);
      return this.ACTION((): A.Stmt => ({
        kind: "Loop",
        id: nodeId(),
        body,
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  private returnStmt = this.RULE(
    "returnStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.RETURN);
      if (this.plainLoops()) {
        // The OPTION below, by its first tokens: no expression starts with a token that can end
        // a statement.
        const next = this.LA(1);
        const bare =
          next.tokenType === T.Semicolon ||
          next.tokenType === EOF ||
          STATEMENT_STOPS.has(next.tokenTypeIdx);
        if (bare) return { kind: "Return", id: nodeId(), span: this.spanFrom(first) };
        const value = this.SUBRULE(this.expr);
        return { kind: "Return", id: nodeId(), value, span: this.spanFrom(first) };
      }
      const value = this.OPTION(() => this.SUBRULE(this.expr));
      return this.ACTION((): A.Stmt => ({
        kind: "Return",
        id: nodeId(),
        ...(value ? { value } : {}),
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  private forStmt = this.RULE(
    "forStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.FOR);
      if (this.plainLoops()) return this.plainFor(first);
      const variable = this.CONSUME(T.Ident);
      this.CONSUME(T.Assign);
      const from = this.SUBRULE(this.expr);
      this.CONSUME(T.K.TO);
      const to = this.SUBRULE2(this.expr);
      const by = this.OPTION(() => {
        this.CONSUME(T.K.BY);
        return this.SUBRULE3(this.expr);
      });
      this.CONSUME(T.K.DO);
      const body = this.SUBRULE(this.stmts);
      this.CONSUME(T.K.END);
      return this.ACTION((): A.Stmt => ({
        kind: "For",
        id: nodeId(),
        variable: this.ident(variable),
        from,
        to,
        ...(by ? { by } : {}),
        body,
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  /** `arm {| arm} [ELSE stmts] END`, the tail CASE and TYPECASE share (a leading `|` is allowed). */
  private armsToEnd<Arm>(arm: ParserMethod<[], Arm>): { arms: Arm[]; otherwise?: A.Stmt[] } {
    const arms: Arm[] = [];
    this.OPTION(() => {
      const first = this.SUBRULE(arm);
      this.ACTION(() => arms.push(first));
    });
    this.MANY(() => {
      this.CONSUME(T.Bar);
      const next = this.SUBRULE2(arm);
      this.ACTION(() => arms.push(next));
    });
    const otherwise = this.OPTION2(() => {
      this.CONSUME(T.K.ELSE);
      return this.SUBRULE(this.stmts);
    });
    this.CONSUME(T.K.END);
    return otherwise ? { arms: fitted(arms), otherwise } : { arms: fitted(arms) };
  }

  private caseStmt = this.RULE(
    "caseStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.CASE);
      if (this.plainLoops()) return this.plainCase(first);
      const selector = this.SUBRULE(this.expr);
      this.CONSUME(T.K.OF);
      const { arms, otherwise } = this.armsToEnd(this.caseArm);
      return this.ACTION((): A.Stmt => ({
        kind: "Case",
        id: nodeId(),
        selector,
        arms,
        ...(otherwise ? { otherwise } : {}),
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  private caseArm = this.RULE(
    "caseArm",
    (): A.CaseArm => {
      const first = this.LA(1);
      let labels: A.CaseLabel[] = [];
      if (this.plainLoops()) labels = this.plainCommaList(this.caseLabel);
      else
        this.AT_LEAST_ONE_SEP({
          SEP: T.Comma,
          DEF: () => {
            const label = this.SUBRULE(this.caseLabel);
            this.ACTION(() => labels.push(label));
          },
        });
      this.CONSUME(T.Arrow);
      const body = this.SUBRULE(this.stmts);
      return this.ACTION((): A.CaseArm => ({
        kind: "CaseArm",
        labels,
        body,
        span: this.spanFrom(first),
      }));
    },
    {
      recoveryValueFunc: (): A.CaseArm => ({
        kind: "CaseArm",
        labels: [],
        body: [],
        span: this.hereSpan(),
      }),
    },
  );

  private caseLabel = this.RULE(
    "caseLabel",
    (): A.CaseLabel => {
      const low = this.SUBRULE(this.expr);
      if (this.plainLoops()) {
        // The OPTION below, by its first token.
        if (this.LA(1).tokenType !== T.DotDot) {
          return { kind: "CaseLabel", low, span: this.spanFromSpan(low.span) };
        }
        this.SKIP_TOKEN();
        const high = this.SUBRULE2(this.expr);
        return { kind: "CaseLabel", low, high, span: this.spanFromSpan(low.span) };
      }
      const high = this.OPTION(() => {
        this.CONSUME(T.DotDot);
        return this.SUBRULE2(this.expr);
      });
      return this.ACTION((): A.CaseLabel => ({
        kind: "CaseLabel",
        low,
        ...(high ? { high } : {}),
        span: this.spanFromSpan(low.span),
      }));
    },
    {
      recoveryValueFunc: (): A.CaseLabel => {
        const low = this.errorExpr();
        return { kind: "CaseLabel", low, span: low.span };
      },
    },
  );

  private typeCaseStmt = this.RULE(
    "typeCaseStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.TYPECASE);
      const selector = this.SUBRULE(this.expr);
      this.CONSUME(T.K.OF);
      const { arms, otherwise } = this.armsToEnd(this.typeCaseArm);
      return this.ACTION((): A.Stmt => ({
        kind: "TypeCase",
        id: nodeId(),
        selector,
        arms,
        ...(otherwise ? { otherwise } : {}),
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  private typeCaseArm = this.RULE(
    "typeCaseArm",
    (): A.TypeCaseArm => {
      const first = this.LA(1);
      const types: A.TypeNode[] = [];
      this.AT_LEAST_ONE_SEP({
        SEP: T.Comma,
        DEF: () => {
          const type = this.SUBRULE(this.type);
          this.ACTION(() => types.push(type));
        },
      });
      const binding = this.SUBRULE(this.binding);
      this.CONSUME(T.Arrow);
      const body = this.SUBRULE(this.stmts);
      return this.ACTION((): A.TypeCaseArm => ({
        kind: "TypeCaseArm",
        types,
        ...(binding ? { binding } : {}),
        body,
        span: this.spanFrom(first),
      }));
    },
    {
      recoveryValueFunc: (): A.TypeCaseArm => ({
        kind: "TypeCaseArm",
        types: [],
        body: [],
        span: this.hereSpan(),
      }),
    },
  );

  /** The optional `(v)` that names the value in a TYPECASE arm or an exception handler. */
  private binding = this.RULE(
    "binding",
    (): A.Ident | undefined =>
      this.OPTION(() => {
        this.CONSUME(T.LParen);
        const name = this.CONSUME(T.Ident);
        this.CONSUME(T.RParen);
        return this.ACTION(() => this.ident(name));
      }),
    { recoveryValueFunc: () => undefined },
  );

  private withStmt = this.RULE(
    "withStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.WITH);
      const bindings: A.WithBinding[] = [];
      this.AT_LEAST_ONE_SEP({
        SEP: T.Comma,
        DEF: () => {
          const name = this.CONSUME(T.Ident);
          this.CONSUME(T.Equal);
          const value = this.SUBRULE(this.expr);
          this.ACTION(() =>
            bindings.push({
              kind: "WithBinding",
              name: this.ident(name),
              value,
              span: this.spanFrom(name),
            }),
          );
        },
      });
      this.CONSUME(T.K.DO);
      const body = this.SUBRULE(this.stmts);
      this.CONSUME(T.K.END);
      return this.ACTION((): A.Stmt => ({
        kind: "With",
        id: nodeId(),
        bindings,
        body,
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  private tryStmt = this.RULE(
    "tryStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.TRY);
      const body = this.SUBRULE(this.stmts);
      if (this.plainLoops()) return this.plainTry(first, body);
      return this.OR([
        {
          ALT: () => {
            this.CONSUME(T.K.EXCEPT);
            const handlers: A.Handler[] = [];
            this.OPTION(() => {
              const handler = this.SUBRULE(this.handler);
              this.ACTION(() => handlers.push(handler));
            });
            this.MANY(() => {
              this.CONSUME(T.Bar);
              const handler = this.SUBRULE2(this.handler);
              this.ACTION(() => handlers.push(handler));
            });
            const otherwise = this.OPTION2(() => {
              this.CONSUME(T.K.ELSE);
              return this.SUBRULE2(this.stmts);
            });
            this.CONSUME(T.K.END);
            return this.ACTION((): A.Stmt => ({
              kind: "TryExcept",
              id: nodeId(),
              body,
              handlers,
              ...(otherwise ? { otherwise } : {}),
              span: this.spanFrom(first),
            }));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.K.FINALLY);
            const cleanup = this.SUBRULE3(this.stmts);
            this.CONSUME2(T.K.END);
            return this.ACTION((): A.Stmt => ({
              kind: "TryFinally",
              id: nodeId(),
              body,
              finally: cleanup,
              span: this.spanFrom(first),
            }));
          },
        },
      ]);
    },
    { recoveryValueFunc: () => undefined },
  );

  private handler = this.RULE(
    "handler",
    (): A.Handler => {
      const first = this.LA(1);
      let exceptions: A.QualIdent[] = [];
      if (this.plainLoops()) exceptions = this.plainCommaList(this.qualIdent);
      else
        this.AT_LEAST_ONE_SEP({
          SEP: T.Comma,
          DEF: () => {
            const name = this.SUBRULE(this.qualIdent);
            this.ACTION(() => exceptions.push(name));
          },
        });
      const binding = this.SUBRULE(this.binding);
      this.CONSUME(T.Arrow);
      const body = this.SUBRULE(this.stmts);
      return this.ACTION((): A.Handler => ({
        kind: "Handler",
        exceptions,
        ...(binding ? { binding } : {}),
        body,
        span: this.spanFrom(first),
      }));
    },
    {
      recoveryValueFunc: (): A.Handler => ({
        kind: "Handler",
        exceptions: [],
        body: [],
        span: this.hereSpan(),
      }),
    },
  );

  private raiseStmt = this.RULE(
    "raiseStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.RAISE);
      const exception = this.SUBRULE(this.qualIdent);
      const argument = this.OPTION(() => {
        this.CONSUME(T.LParen);
        const value = this.SUBRULE(this.expr);
        this.CONSUME(T.RParen);
        return value;
      });
      return this.ACTION((): A.Stmt => ({
        kind: "Raise",
        id: nodeId(),
        exception,
        ...(argument ? { argument } : {}),
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  private lockStmt = this.RULE(
    "lockStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.LOCK);
      const mutex = this.SUBRULE(this.expr);
      this.CONSUME(T.K.DO);
      const body = this.SUBRULE(this.stmts);
      this.CONSUME(T.K.END);
      return this.ACTION((): A.Stmt => ({
        kind: "Lock",
        id: nodeId(),
        mutex,
        body,
        span: this.spanFrom(first),
      }));
    },
    { recoveryValueFunc: () => undefined },
  );

  block = this.RULE(
    "block",
    (): A.Block => {
      const first = this.LA(1);
      const decls = this.SUBRULE(this.decls);
      this.CONSUME(T.K.BEGIN);
      const body = this.SUBRULE(this.stmts);
      this.CONSUME(T.K.END);
      return this.ACTION((): A.Block => ({
        kind: "Block",
        decls,
        body,
        span: this.spanFrom(first),
      }));
    },
    {
      recoveryValueFunc: (): A.Block => ({
        kind: "Block",
        decls: [],
        body: [],
        span: this.hereSpan(),
      }),
    },
  );

  /** True when the tokens ahead are pragmas (if any) and then a token of `type`. */
  protected aheadAfterPragmas(type: unknown): boolean {
    let k = 1;
    for (;;) {
      const next = this.LA(k).tokenType;
      if (next === type) return true;
      if (!PRAGMA_STARTS.has(next)) return false;
      k++;
      while (this.LA(k).tokenType !== T.PragmaEnd) {
        if (this.LA(k).tokenType === EOF) return false;
        k++;
      }
      k++;
    }
  }
}
