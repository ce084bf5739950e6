// Node construction both parsers share (the descent parser and the grammar): process-unique node
// ids, exact-size lists, spans from tokens, the literal values the lexer decoded, and qualified
// names as expressions.
import type { IToken } from "chevrotain";
import type * as A from "../ast.js";
import { SourceSpan, spanThroughOffset, spanTo, type Span } from "../source.js";
import type * as T from "../tokens.js";

let nextNodeId = 0;

/**
 * A fresh node id. Ids are unique in the process (never reset), so the checker's tables can index
 * facts by id for nodes of any number of files, cached or fresh, without a hash of node identity.
 */
export function nodeId(): number {
  return nextNodeId++;
}

/** The id the next node will get: the nodes parsed next have ids from there on, consecutively. */
export function peekNodeId(): number {
  return nextNodeId;
}

/**
 * `list` in an array of its exact size. An array grown by `push` from empty keeps room for 17
 * elements; most lists in a tree hold one or two, and the tree lives as long as its unit.
 */
export function fitted<E>(list: E[]): E[] {
  return list.length === 0 ? list : list.slice();
}

/** The offset just past a token. */
export function tokenEnd(token: IToken): number {
  return (token.endOffset ?? token.startOffset) + 1;
}

/** The span of one token. */
export function tokenSpan(file: string, token: IToken): Span {
  return new SourceSpan(
    file,
    token.startOffset,
    tokenEnd(token),
    token.startLine ?? 1,
    token.startColumn ?? 1,
  );
}

/** From the start of `first` to the end of `last` (or of `first`, if it ends later). */
export function spanOfTokens(file: string, first: IToken, last: IToken): Span {
  const lastEnd = tokenEnd(last);
  const firstEnd = tokenEnd(first);
  return new SourceSpan(
    file,
    first.startOffset,
    lastEnd > firstEnd ? lastEnd : firstEnd,
    first.startLine ?? 1,
    first.startColumn ?? 1,
  );
}

/**
 * From a node's span to the end of `last`; that very span when `last` ends within it (spans are
 * immutable, and a call statement or a lone actual need no copy of their own).
 */
export function spanThrough(first: Span, last: IToken): Span {
  return spanThroughOffset(first, tokenEnd(last));
}

/** The span from the start of `first` to the end of `last` (which follows it). */
export function spanBetween(first: Span, last: Span): Span {
  return spanTo(first, last.end);
}

/** Payload accessors: the lexer stores each literal's decoded value on its token. */
export function intValue(token: IToken): bigint {
  const value: unknown = token.payload;
  return typeof value === "bigint" ? value : 0n;
}
export function realValue(token: IToken): T.RealValue {
  const value: unknown = token.payload;
  if (typeof value === "object" && value !== null && "value" in value && "precision" in value) {
    return value as T.RealValue;
  }
  return { value: 0, precision: "REAL" };
}
export function charValue(token: IToken): number {
  const value: unknown = token.payload;
  return typeof value === "number" ? value : 0;
}
export function textValue(token: IToken): string {
  const value: unknown = token.payload;
  return typeof value === "string" ? value : "";
}

/** `FATAL` pragma arguments: a name, or `Interface.Name`, as the expression it reads as. */
export function qualIdentToExpr(name: A.QualIdent): A.Expr {
  if (name.qualifier === undefined)
    return { kind: "Name", id: nodeId(), name: name.name, span: name.span };
  const object: A.Expr = {
    kind: "Name",
    id: nodeId(),
    name: name.qualifier,
    span: name.qualifier.span,
  };
  return { kind: "Select", id: nodeId(), object, field: name.name, span: name.span };
}
