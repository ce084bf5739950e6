// Expression syntax: operands with selectors, actuals, constructors, and Modula-3's operator
// precedence (built from a flat operand/operator list, which keeps the grammar shallow and fast).
import type { IToken } from "chevrotain";
import type * as A from "../ast.js";
import type { Span } from "../source.js";
import * as T from "../tokens.js";
import { charValue, intValue, nodeId, realValue, spanBetween, textValue } from "./nodes.js";
import { TypeRules } from "./types.js";

const BINARY_LEVEL: Readonly<Record<string, number>> = {
  OR: 0,
  AND: 1,
  "=": 3,
  "#": 3,
  "<": 3,
  "<=": 3,
  ">": 3,
  ">=": 3,
  IN: 3,
  "+": 4,
  "-": 4,
  "&": 4,
  "*": 5,
  "/": 5,
  DIV: 5,
  MOD: 5,
};
/** `BINARY_LEVEL` by token type index (-1 for other tokens): an array read per operator. */
const LEVEL_BY_INDEX: readonly number[] = (() => {
  const table: number[] = [];
  for (const t of T.allTokenTypes) {
    const image = t.LABEL?.startsWith("'") ? t.LABEL.slice(1, -1) : t.name;
    table[t.tokenTypeIdx ?? 0] = BINARY_LEVEL[image] ?? -1;
  }
  return table;
})();
const NOT_LEVEL = 2;
const SIGN_LEVEL = 6;

type Item = A.Expr | IToken;

function isToken(item: Item | undefined): item is IToken {
  return item !== undefined && "tokenType" in item;
}

/**
 * Precedence climbing over a flat `{prefix} operand {op {prefix} operand}` list; prefix
 * operators bind at their own level (NOT below the relations, signs above the multiplications).
 */
class PrecedenceBuilder {
  private index: number;

  constructor(
    private readonly items: readonly Item[],
    start: number,
    private readonly end: number,
    private readonly spanOf: (token: IToken) => Span,
    private readonly placeholder: A.Expr,
  ) {
    this.index = start;
  }

  build(): A.Expr {
    return this.level(0);
  }

  private level(level: number): A.Expr {
    if (level === NOT_LEVEL || level === SIGN_LEVEL) return this.prefixed(level);
    let left = this.level(level + 1);
    for (;;) {
      const op = this.index < this.end ? this.items[this.index] : undefined;
      if (!isToken(op) || LEVEL_BY_INDEX[op.tokenTypeIdx] !== level) return left;
      this.index++;
      const right = this.level(level + 1);
      left = {
        kind: "Binary",
        id: nodeId(),
        op: op.image as A.BinaryOp,
        left,
        right,
        span: spanBetween(left.span, right.span),
      };
    }
  }

  private prefixed(level: number): A.Expr {
    const item = this.index < this.end ? this.items[this.index] : undefined;
    // Only after a syntax error can the list run short; the error is already reported.
    if (item === undefined) return this.placeholder;
    if (isToken(item)) {
      const isNot = item.image === "NOT";
      if (level === SIGN_LEVEL || isNot) {
        this.index++;
        const inner = this.prefixed(isNot ? NOT_LEVEL : SIGN_LEVEL);
        const op: A.UnaryOp = isNot ? "NOT" : item.image === "-" ? "-" : "+";
        return {
          kind: "Unary",
          id: nodeId(),
          op,
          operand: inner,
          span: spanBetween(this.spanOf(item), inner.span),
        };
      }
      return this.level(NOT_LEVEL + 1);
    }
    if (level === NOT_LEVEL) return this.level(NOT_LEVEL + 1);
    this.index++;
    return item;
  }
}

type Alternatives<R> = { ALT: () => R }[];

export abstract class ExprRules extends TypeRules {
  /**
   * Operands and operators of the expressions being parsed, innermost last, up to `top`.
   * A stack with an explicit top: shrinking an array's length would free its storage.
   */
  private readonly items: Item[] = [];
  private top = 0;
  /** The expression the selector loop is extending (each selector reads it before recursing). */
  private postfix: A.Expr | undefined;
  private primaryAlternatives: Alternatives<A.Expr> | undefined;
  private selectorAlternatives: Alternatives<A.Expr> | undefined;

  /** Forgets operands left behind by a parse that ended in an internal error. */
  protected clearExpressionStack(): void {
    this.items.length = 0;
    this.top = 0;
  }

  private readonly spanOfToken = (token: IToken): Span => this.tokenSpan(token);

  /** `{prefix}` before an operand; a rule (not MANY) so the common no-prefix case allocates nothing. */
  private prefixes = this.RULE("prefixes", (): void => {
    const prefix = this.CONSUME(T.PrefixOperator);
    this.items[this.top++] = prefix;
    this.OPTION(this.morePrefixes);
  });
  private readonly morePrefixes = (): void => {
    this.SUBRULE(this.prefixes);
  };
  private readonly leadingPrefixes = (): void => {
    this.SUBRULE(this.prefixes);
  };
  private readonly operandPrefixes = (): void => {
    this.SUBRULE2(this.prefixes);
  };
  private readonly pushOperation = (): void => {
    const op = this.CONSUME(T.BinaryOperator);
    this.items[this.top++] = op;
    this.OPTION2(this.operandPrefixes);
    const operand = this.SUBRULE2(this.operand);
    this.items[this.top++] = operand;
  };

  expr = this.RULE(
    "expr",
    (): A.Expr => {
      const start = this.top;
      this.OPTION(this.leadingPrefixes);
      const first = this.SUBRULE(this.operand);
      this.items[this.top++] = first;
      this.MANY3(this.pushOperation);
      const end = this.top;
      this.top = start;
      if (this.RECORDING_PHASE || end === start + 1) return first;
      const built = new PrecedenceBuilder(this.items, start, end, this.spanOfToken, first).build();
      return built;
    },
    {
      recoveryValueFunc: () => {
        return this.errorExpr();
      },
    },
  );

  private operand = this.RULE(
    "operand",
    (): A.Expr => {
      this.postfix = this.OR((this.primaryAlternatives ??= this.primaries()));
      this.MANY(this.selectorStep);
      return this.postfix;
    },
    { recoveryValueFunc: () => this.errorExpr() },
  );

  private readonly selectorStep = (): void => {
    this.postfix = this.OR2((this.selectorAlternatives ??= this.selectors()));
  };

  private primaries(): Alternatives<A.Expr> {
    return [
      {
        ALT: () => {
          const name = this.CONSUME(T.Ident);
          if (this.RECORDING_PHASE) return this.errorExpr();
          const id = this.ident(name);
          return { kind: "Name", id: nodeId(), name: id, span: id.span };
        },
      },
      {
        ALT: () => {
          const token = this.CONSUME(T.IntLit);
          return {
            kind: "IntLiteral",
            id: nodeId(),
            value: intValue(token),
            text: token.image,
            span: this.tokenSpan(token),
          };
        },
      },
      {
        ALT: () => {
          const token = this.CONSUME(T.RealLit);
          const { value, precision } = realValue(token);
          return {
            kind: "RealLiteral",
            id: nodeId(),
            value,
            precision,
            text: token.image,
            span: this.tokenSpan(token),
          };
        },
      },
      {
        ALT: () => {
          const token = this.CONSUME(T.CharLit);
          return {
            kind: "CharLiteral",
            id: nodeId(),
            value: charValue(token),
            span: this.tokenSpan(token),
          };
        },
      },
      {
        ALT: () => {
          const token = this.CONSUME(T.TextLit);
          return {
            kind: "TextLiteral",
            id: nodeId(),
            value: textValue(token),
            span: this.tokenSpan(token),
          };
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen);
          const inner = this.SUBRULE(this.expr);
          this.CONSUME(T.RParen);
          return { kind: "Paren", id: nodeId(), inner, span: this.spanFrom(open) };
        },
      },
      {
        ALT: () => {
          const type = this.SUBRULE(this.typeLiteral);
          if (this.RECORDING_PHASE) return this.errorExpr();
          return { kind: "TypeExpr", id: nodeId(), type, span: type.span };
        },
      },
    ];
  }

  private selectors(): Alternatives<A.Expr> {
    return [
      {
        ALT: () => {
          const base = this.postfix ?? this.errorExpr();
          this.CONSUME(T.Caret);
          return { kind: "Deref", id: nodeId(), operand: base, span: this.spanFromSpan(base.span) };
        },
      },
      {
        ALT: () => {
          const base = this.postfix ?? this.errorExpr();
          this.CONSUME(T.Dot);
          const field = this.CONSUME2(T.Ident);
          return {
            kind: "Select",
            id: nodeId(),
            object: base,
            field: this.ident(field),
            span: this.spanFromSpan(base.span),
          };
        },
      },
      {
        ALT: () => {
          const base = this.postfix ?? this.errorExpr();
          this.CONSUME(T.LBracket);
          const indexes = this.SUBRULE(this.exprList);
          this.CONSUME(T.RBracket);
          return {
            kind: "Index",
            id: nodeId(),
            array: base,
            indexes,
            span: this.spanFromSpan(base.span),
          };
        },
      },
      {
        ALT: () => {
          const base = this.postfix ?? this.errorExpr();
          this.CONSUME2(T.LParen);
          const args = this.SUBRULE(this.actuals);
          this.CONSUME2(T.RParen);
          return {
            kind: "Call",
            id: nodeId(),
            callee: base,
            args,
            span: this.spanFromSpan(base.span),
          };
        },
      },
      {
        ALT: () => {
          const base = this.postfix ?? this.errorExpr();
          const open = this.LA(1);
          const parts = this.SUBRULE(this.constructorBody);
          if (this.RECORDING_PHASE) return base;
          const type = this.exprToType(base, open, "a constructor");
          return {
            kind: "Constructor",
            id: nodeId(),
            type,
            elements: parts.elements,
            repeatLast: parts.repeatLast,
            span: this.spanFromSpan(base.span),
          };
        },
      },
    ];
  }

  private exprList = this.RULE(
    "exprList",
    (): A.Expr[] => {
      const list: A.Expr[] = [];
      this.AT_LEAST_ONE_SEP({
        SEP: T.Comma,
        DEF: () => {
          list.push(this.SUBRULE(this.expr));
        },
      });
      return list;
    },
    { recoveryValueFunc: (): A.Expr[] => [] },
  );

  private actuals = this.RULE(
    "actuals",
    (): A.Actual[] => {
      const list: A.Actual[] = [];
      this.MANY_SEP({
        SEP: T.Comma,
        DEF: () => {
          list.push(this.SUBRULE(this.actual));
        },
      });
      return list;
    },
    { recoveryValueFunc: (): A.Actual[] => [] },
  );

  /** The type an expression denotes where syntax demands one (`T{…}`, `T OBJECT … END`). */
  protected exprToType(expr: A.Expr, at: IToken, what: string): A.TypeNode {
    switch (expr.kind) {
      case "TypeExpr":
        return expr.type;
      case "Name":
        return {
          kind: "NamedType",
          id: nodeId(),
          name: { kind: "QualIdent", id: nodeId(), name: expr.name, span: expr.span },
          span: expr.span,
        };
      case "Select":
        if (expr.object.kind === "Name") {
          const name: A.QualIdent = {
            kind: "QualIdent",
            id: nodeId(),
            qualifier: expr.object.name,
            name: expr.field,
            span: expr.span,
          };
          return { kind: "NamedType", id: nodeId(), name, span: expr.span };
        }
        break;
      default:
        break;
    }
    this.report("E1109", `${what} needs a type name before ${describeAt(at)}`, this.tokenSpan(at));
    return {
      kind: "NamedType",
      id: nodeId(),
      name: {
        kind: "QualIdent",
        id: nodeId(),
        name: { kind: "Ident", id: nodeId(), name: "", span: expr.span },
        span: expr.span,
      },
      span: expr.span,
    };
  }

  private constructorBody = this.RULE(
    "constructorBody",
    (): { elements: A.ConstructorElement[]; repeatLast: boolean } => {
      this.CONSUME(T.LBrace);
      const elements: A.ConstructorElement[] = [];
      let repeatLast = false;
      this.OPTION(() => {
        const element = this.SUBRULE(this.element);
        this.ACTION(() => elements.push(element));
        this.MANY(() => {
          this.CONSUME(T.Comma);
          this.OR([
            {
              ALT: () => {
                this.CONSUME(T.DotDot);
                repeatLast = true;
              },
            },
            {
              ALT: () => {
                const next = this.SUBRULE2(this.element);
                this.ACTION(() => elements.push(next));
              },
            },
          ]);
        });
      });
      this.CONSUME(T.RBrace);
      return { elements, repeatLast };
    },
    { recoveryValueFunc: () => ({ elements: [], repeatLast: false }) },
  );

  private element = this.RULE(
    "element",
    (): A.ConstructorElement =>
      this.OR([
        {
          ALT: () => {
            const name = this.CONSUME(T.Ident);
            this.CONSUME(T.Assign);
            const value = this.SUBRULE(this.expr);
            return this.ACTION((): A.ConstructorElement => ({
              kind: "ElementField",
              name: this.ident(name),
              value,
              span: this.spanFrom(name),
            }));
          },
        },
        {
          ALT: () => {
            const low = this.SUBRULE2(this.expr);
            const high = this.OPTION(() => {
              this.CONSUME(T.DotDot);
              return this.SUBRULE3(this.expr);
            });
            return this.ACTION((): A.ConstructorElement =>
              high === undefined
                ? { kind: "ElementValue", value: low, span: low.span }
                : { kind: "ElementRange", low, high, span: this.spanFromSpan(low.span) },
            );
          },
        },
      ]),
    {
      recoveryValueFunc: (): A.ConstructorElement => {
        const value = this.errorExpr();
        return { kind: "ElementValue", value, span: value.span };
      },
    },
  );

  /** `name := value` binds by keyword; a type may stand as an actual (`NEW(T OBJECT … END)`). */
  private actual = this.RULE(
    "actual",
    // Alternatives built once: per-call closures were a measurable share of the parse.
    (): A.Actual => {
      const forms = (this.actualAlternatives ??= this.actualForms());
      return this.OR(forms);
    },
    {
      recoveryValueFunc: (): A.Actual => {
        const value = this.errorExpr();
        return { kind: "Actual", value, span: value.span };
      },
    },
  );

  private actualAlternatives: Alternatives<A.Actual> | undefined;
  /** The value the object-suffix loop of an actual is extending (read before recursing). */
  private actualSoFar: A.Expr | undefined;

  private actualForms(): Alternatives<A.Actual> {
    return [
      {
        ALT: () => {
          const name = this.CONSUME(T.Ident);
          this.CONSUME(T.Assign);
          const value = this.SUBRULE(this.expr);
          if (this.RECORDING_PHASE) return { kind: "Actual", value, span: value.span };
          return { kind: "Actual", name: this.ident(name), value, span: this.spanFrom(name) };
        },
      },
      {
        ALT: () => {
          const first = this.LA(1);
          this.actualSoFar = this.SUBRULE2(this.expr);
          this.MANY(this.actualObjectStep);
          const value = this.actualSoFar;
          if (this.RECORDING_PHASE) return { kind: "Actual", value, span: value.span };
          // The value's span serves unless an object suffix followed it (or recovery moved it).
          const span =
            value.span.start === first.startOffset
              ? this.spanFromSpan(value.span)
              : this.spanFrom(first);
          return { kind: "Actual", value, span };
        },
      },
      {
        // A procedure type cannot start an expression, so only here may it stand as a type
        // actual (`BYTESIZE(PROCEDURE (x: INTEGER): INTEGER)`); in a statement, PROCEDURE starts
        // a block's declaration.
        ALT: () => {
          const type = this.SUBRULE(this.procedureType);
          const value: A.Expr = { kind: "TypeExpr", id: nodeId(), type, span: type.span };
          return { kind: "Actual", value, span: type.span };
        },
      },
    ];
  }

  private readonly actualObjectStep = (): void => {
    const base = this.actualSoFar ?? this.errorExpr();
    const parts = this.SUBRULE(this.objectSuffix);
    if (this.RECORDING_PHASE) return;
    const supertype = this.exprToType(base, parts.first, "an object type");
    const type = this.objectType(parts, supertype);
    this.actualSoFar = { kind: "TypeExpr", id: nodeId(), type, span: type.span };
  };
}

function describeAt(token: IToken): string {
  return `'${token.image}'`;
}
