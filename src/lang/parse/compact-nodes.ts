// The descent parser's nodes of the most numerous kinds, which keep offsets, not spans: a span is
// an object of its own (64 bytes), and one per identifier, operator and call made spans over a
// third of a tree's memory. Each class derives `span` when asked for it, from its token's offset
// or from its children's spans, and builds exactly the span the grammar stores for that node.
import type * as A from "../ast.js";
import { spanThroughOffset, spanTo, type SourceLines, type Span } from "../source.js";

/** The fields in which these nodes keep their offsets: not syntax, and not shown in dumps. */
export const OFFSET_FIELDS: ReadonlySet<string> = new Set(["source", "start", "end"]);

/** An identifier: its span is its token's, from `start` for the length of its name. */
export class IdentNode implements A.Ident {
  readonly kind = "Ident";
  constructor(
    readonly id: number,
    readonly name: string,
    private readonly source: SourceLines,
    private readonly start: number,
  ) {}
  get span(): Span {
    return this.source.span(this.start, this.start + this.name.length);
  }
}

/** An integer literal: its span is its token's, from `start` for the length of its text. */
export class IntLiteralNode implements A.IntLiteral {
  readonly kind = "IntLiteral";
  constructor(
    readonly id: number,
    readonly value: bigint,
    readonly text: string,
    private readonly source: SourceLines,
    private readonly start: number,
  ) {}
  get span(): Span {
    return this.source.span(this.start, this.start + this.text.length);
  }
}

/**
 * A node that is only a name: a name standing as an expression, an unqualified `QualIdent`, a
 * type named by a `QualIdent`. Its span is the name's.
 */
export class NameOnlyNode<K extends string, N extends { readonly span: Span }> {
  constructor(
    readonly kind: K,
    readonly id: number,
    readonly name: N,
  ) {}
  get span(): Span {
    return this.name.span;
  }
}

/** `left op right`: from the left operand to the right one. */
export class BinaryNode implements A.BinaryExpr {
  readonly kind = "Binary";
  constructor(
    readonly id: number,
    readonly op: A.BinaryOp,
    readonly left: A.Expr,
    readonly right: A.Expr,
  ) {}
  get span(): Span {
    return spanTo(this.left.span, this.right.span.end);
  }
}

/** `NOT x`, `-x`, `+x`: from the operator's token at `start` to the operand's end. */
export class UnaryNode implements A.UnaryExpr {
  readonly kind = "Unary";
  constructor(
    readonly id: number,
    readonly op: A.UnaryOp,
    readonly operand: A.Expr,
    private readonly source: SourceLines,
    private readonly start: number,
  ) {}
  get span(): Span {
    return this.source.span(this.start, this.operand.span.end);
  }
}

/** `object.field`: from the object to the field's name. */
export class SelectNode implements A.SelectExpr {
  readonly kind = "Select";
  constructor(
    readonly id: number,
    readonly object: A.Expr,
    readonly field: A.Ident,
  ) {}
  get span(): Span {
    return spanThroughOffset(this.object.span, this.field.span.end);
  }
}

/** `operand^`: from the operand to the caret, which ends at `end`. */
export class DerefNode implements A.DerefExpr {
  readonly kind = "Deref";
  constructor(
    readonly id: number,
    readonly operand: A.Expr,
    private readonly end: number,
  ) {}
  get span(): Span {
    return spanThroughOffset(this.operand.span, this.end);
  }
}

/** `array[i, …]`: from the array to the closing bracket, which ends at `end`. */
export class IndexNode implements A.IndexExpr {
  readonly kind = "Index";
  constructor(
    readonly id: number,
    readonly array: A.Expr,
    readonly indexes: readonly A.Expr[],
    private readonly end: number,
  ) {}
  get span(): Span {
    return spanThroughOffset(this.array.span, this.end);
  }
}

/** `callee(args)`: from the callee to the closing parenthesis, which ends at `end`. */
export class CallNode implements A.CallExpr {
  readonly kind = "Call";
  constructor(
    readonly id: number,
    readonly callee: A.Expr,
    readonly args: readonly A.Actual[],
    private readonly end: number,
  ) {}
  get span(): Span {
    return spanThroughOffset(this.callee.span, this.end);
  }
}

/** A CASE label, `low` or `low .. high`: from the low expression to the high one's end. */
export class CaseLabelNode implements A.CaseLabel {
  readonly kind = "CaseLabel";
  constructor(
    readonly low: A.Expr,
    readonly high?: A.Expr,
  ) {}
  get span(): Span {
    return this.high === undefined
      ? this.low.span
      : spanThroughOffset(this.low.span, this.high.span.end);
  }
}

/** An actual without a keyword: the value's span. */
export class PlainActualNode implements A.Actual {
  readonly kind = "Actual";
  constructor(readonly value: A.Expr) {}
  get span(): Span {
    return this.value.span;
  }
}

/** `target := value`: from the target to the value's end. */
export class AssignNode implements A.AssignStmt {
  readonly kind = "Assign";
  constructor(
    readonly id: number,
    readonly target: A.Expr,
    readonly value: A.Expr,
  ) {}
  get span(): Span {
    return spanThroughOffset(this.target.span, this.value.span.end);
  }
}

/** A procedure call as a statement: the call's span. */
export class CallStmtNode implements A.CallStmt {
  readonly kind = "CallStmt";
  constructor(
    readonly id: number,
    readonly call: A.CallExpr,
  ) {}
  get span(): Span {
    return this.call.span;
  }
}
