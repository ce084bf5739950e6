// The descent parser's base: a cursor over one file's tokens, the spans it builds, and the bail-out
// that hands a file with any syntax error to the recovering grammar.
import type { IToken, TokenType } from "chevrotain";
import type * as A from "../../ast.js";
import { SourceLines, type Span } from "../../source.js";
import * as T from "../../tokens.js";
import { IdentNode } from "../compact-nodes.js";
import { nodeId, spanOfTokens, spanThrough, tokenEnd, tokenSpan } from "../nodes.js";

/** A token type's index: the parser compares small integers, never token type objects. */
export function idx(type: TokenType): number {
  return type.tokenTypeIdx ?? -1;
}

/** Membership by token type index: one array read per test. */
export function indexSet(types: readonly TokenType[]): readonly boolean[] {
  const table: boolean[] = [];
  for (const t of types) table[idx(t)] = true;
  return table;
}

export const IDENT = idx(T.Ident);
export const SEMICOLON = idx(T.Semicolon);
export const COMMA = idx(T.Comma);
export const COLON = idx(T.Colon);
export const ASSIGN = idx(T.Assign);
export const EQUAL = idx(T.Equal);
export const SUBTYPE = idx(T.Subtype);
export const DOT = idx(T.Dot);
export const DOT_DOT = idx(T.DotDot);
export const ARROW = idx(T.Arrow);
export const BAR = idx(T.Bar);
export const L_PAREN = idx(T.LParen);
export const R_PAREN = idx(T.RParen);
export const L_BRACKET = idx(T.LBracket);
export const R_BRACKET = idx(T.RBracket);
export const L_BRACE = idx(T.LBrace);
export const R_BRACE = idx(T.RBrace);
export const CARET = idx(T.Caret);
export const PRAGMA_FATAL = idx(T.PragmaFatal);
export const PRAGMA_ASSERT = idx(T.PragmaAssert);
export const PRAGMA_EXTERNAL = idx(T.PragmaExternal);
export const PRAGMA_MARK = idx(T.PragmaMark);
export const PRAGMA_END = idx(T.PragmaEnd);
/** Keyword indexes by spelling. */
export const KW: Readonly<Record<T.KeywordName, number>> = Object.fromEntries(
  T.KEYWORD_NAMES.map((name) => [name, idx(T.K[name])]),
) as Record<T.KeywordName, number>;

/** What the descent parser reads past the last token: an index no token has. */
export const END_OF_INPUT = -1;

/** The tokens that open a pragma the `pragma` rule reads (ASSERT is a statement of its own). */
export const PRAGMA_STARTS = indexSet([T.PragmaFatal, T.PragmaExternal, T.PragmaMark]);

/**
 * Thrown at the first token the descent parser does not expect, or at anything the grammar
 * would report (a missing `;`, a mismatched END name): the caller then parses the file with the
 * recovering grammar, which words every error. One object, never a fresh Error: no stack trace.
 */
export const BAIL: unique symbol = Symbol("descent parser bailed out");

const NO_SOURCE = new SourceLines("", "");

export abstract class DescentReader {
  /** The file being parsed; the compact nodes derive their spans from it. */
  protected source = NO_SOURCE;
  protected tokens: readonly IToken[] = [];
  /** Index of the next token. */
  protected pos = 0;

  protected begin(source: SourceLines, tokens: readonly IToken[]): void {
    this.source = source;
    this.tokens = tokens;
    this.pos = 0;
  }

  /** Lets go of the file and its tokens, which the parser would otherwise keep until the next. */
  protected end(): void {
    this.begin(NO_SOURCE, []);
  }

  /** The type index of the token `ahead` places on (0: the next one), or END_OF_INPUT. */
  protected kind(ahead = 0): number {
    return this.tokens[this.pos + ahead]?.tokenTypeIdx ?? END_OF_INPUT;
  }

  protected atEnd(): boolean {
    return this.pos >= this.tokens.length;
  }

  /** The next token; bails at the end of the input. */
  protected peek(): IToken {
    const token = this.tokens[this.pos];
    if (token === undefined) throw BAIL;
    return token;
  }

  /** Consumes the next token, which must be of type `type`. */
  protected expect(type: number): IToken {
    const token = this.tokens[this.pos];
    if (token === undefined || token.tokenTypeIdx !== type) throw BAIL;
    this.pos++;
    return token;
  }

  /** Consumes the next token if it is of type `type`. */
  protected accept(type: number): boolean {
    if (this.tokens[this.pos]?.tokenTypeIdx !== type) return false;
    this.pos++;
    return true;
  }

  /** The last token consumed. */
  protected previous(): IToken {
    const token = this.tokens[this.pos - 1];
    if (token === undefined) throw BAIL;
    return token;
  }

  // -- spans: the same ones the grammar builds ---------------------------------------------------

  protected tokenSpan(token: IToken): Span {
    return tokenSpan(this.source.path, token);
  }

  /** From `first` to the end of the last token consumed. */
  protected spanFrom(first: IToken): Span {
    return spanOfTokens(this.source.path, first, this.previous());
  }

  /** The offset just past the last token consumed. */
  protected previousEnd(): number {
    return tokenEnd(this.previous());
  }

  /** From a node's span to the last token consumed; that span itself if nothing followed it. */
  protected spanFromSpan(first: Span): Span {
    return spanThrough(first, this.previous());
  }

  protected ident(token: IToken): A.Ident {
    return new IdentNode(nodeId(), token.image, this.source, token.startOffset);
  }

  protected identifier(): A.Ident {
    return this.ident(this.expect(IDENT));
  }

  /** `ident {"," ident}`, in an array of its exact size. */
  protected identList(): A.Ident[] {
    const first = this.identifier();
    if (this.kind() !== COMMA) return [first];
    const names = [first];
    while (this.accept(COMMA)) names.push(this.identifier());
    return names.slice();
  }

  /** `{pragma}`: the pragmas written before a declaration, field, formal or method. */
  protected pragmas(): A.Pragma[] {
    const pragmas: A.Pragma[] = [];
    while (PRAGMA_STARTS[this.kind()] === true) pragmas.push(this.pragma());
    return pragmas;
  }

  // -- rules the construct layers implement -----------------------------------------------------

  abstract pragma(): A.Pragma;
  abstract type(): A.TypeNode;
  abstract expr(): A.Expr;
  abstract stmts(): A.Stmt[];
  abstract block(): A.Block;
}
