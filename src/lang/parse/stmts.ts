// Statement syntax: statement sequences with `;` separators, every statement form of the report,
// nested blocks and `<*ASSERT*>`.
import {
  EOF,
  isRecognitionException,
  type IToken,
  type OrMethodOpts,
  type ParserMethod,
} from "chevrotain";
import type * as A from "../ast.js";
import * as T from "../tokens.js";
import { STATEMENT_STOPS, describeToken } from "./core.js";
import { fitted, nodeId } from "./nodes.js";
import { ExprRules } from "./exprs.js";

const PRAGMA_STARTS: ReadonlySet<unknown> = new Set([
  T.PragmaFatal,
  T.PragmaAssert,
  T.PragmaExternal,
  T.PragmaMark,
]);

export abstract class StmtRules extends ExprRules {
  private statementForms: OrMethodOpts<A.Stmt | undefined> | undefined;

  private readonly consumeSemicolon = (): IToken => this.CONSUME(T.Semicolon);

  stmts = this.RULE(
    "stmts",
    (): A.Stmt[] => {
      const list: A.Stmt[] = [];
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

  /** One statement; `undefined` for a pragma that is not a statement (or after recovery). */
  private stmt = this.RULE(
    "stmt",
    (): A.Stmt | undefined => {
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

  private whileStmt = this.RULE(
    "whileStmt",
    (): A.Stmt | undefined => {
      const first = this.CONSUME(T.K.WHILE);
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
      const labels: A.CaseLabel[] = [];
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
      const exceptions: A.QualIdent[] = [];
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
