// The parser's base: chevrotain configuration, span helpers, placeholders for error recovery,
// our own wording of syntax errors, and the rule signatures the construct files implement.
import {
  EOF,
  EmbeddedActionsParser,
  type IParserErrorMessageProvider,
  type IToken,
  type ParserMethod,
  type TokenType,
} from "chevrotain";
import type * as A from "../ast.js";
import { error, type Diagnostic } from "../diagnostics.js";
import { SourceSpan, type Span } from "../source.js";
import * as T from "../tokens.js";
import { nodeId, spanOfTokens, spanThrough, tokenSpan } from "./nodes.js";

/** How a token reads in a message: `'VAR'`, `'x'`, or "the end of the file". */
export function describeToken(token: IToken): string {
  if (token.tokenType === EOF) return "the end of the file";
  if (token.tokenType === T.TextLit) return `text ${token.image}`;
  if (token.tokenType === T.PragmaEnd) return "'*>'";
  return `'${token.image}'`;
}

function labelOf(type: TokenType): string {
  return type.LABEL ?? type.name;
}

/** Readable names for what a rule parses, for "expected …" messages. */
const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  type: "a type",
  typeLiteral: "a type",
  expr: "an expression",
  operand: "an expression",
  primary: "an expression",
  stmt: "a statement",
  unit: "INTERFACE or MODULE",
  decls: "a declaration",
  constItem: "a constant declaration",
  typeItem: "a type declaration",
  formal: "a formal parameter",
  raises: "'{' or ANY after RAISES",
  caseLabel: "a case label",
  caseArm: "a case label",
  pragma: "a pragma",
  refOrObjectType: "REF or OBJECT",
  element: "an expression",
  actual: "an expression or a type",
  actuals: "an expression or a type",
  tryStmt: "EXCEPT or FINALLY",
  identList: "an identifier",
  exprList: "an expression",
  typeCaseArm: "a type",
  handler: "an exception name",
  withStmt: "a binding 'name = value'",
  imports: "an interface name",
  qualIdent: "a name",
};

export function describeRule(ruleName: string): string {
  return RULE_DESCRIPTIONS[ruleName] ?? "something different";
}

/** Our wording of chevrotain's errors: what was expected, and what was found instead. */
export const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    return `expected ${labelOf(expected)}, found ${describeToken(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${describeToken(firstRedundant)} after the end of the unit`;
  },
  buildNoViableAltMessage({ actual, ruleName, customUserDescription }) {
    const first = actual[0];
    const found = first ? describeToken(first) : "the end of the file";
    return `expected ${customUserDescription ?? describeRule(ruleName)}, found ${found}`;
  },
  buildEarlyExitMessage({ actual, ruleName, customUserDescription }) {
    const first = actual[0];
    const found = first ? describeToken(first) : "the end of the file";
    return `expected ${customUserDescription ?? describeRule(ruleName)}, found ${found}`;
  },
};

/** Token types that end a broken declaration or statement when skipping after an error. */
const SYNC_TYPES: readonly TokenType[] = [
  T.Semicolon,
  T.K.END,
  T.K.BEGIN,
  T.K.CONST,
  T.K.TYPE,
  T.K.VAR,
  T.K.PROCEDURE,
  T.K.EXCEPTION,
  T.K.REVEAL,
  T.K.FUNCTIONAL,
  T.K.EPHEMERAL,
  T.K.ELSE,
  T.K.ELSIF,
  T.K.UNTIL,
  T.K.EXCEPT,
  T.K.FINALLY,
  T.Bar,
];
export const syncTokenIdx: ReadonlySet<number> = new Set(
  SYNC_TYPES.map((t) => t.tokenTypeIdx ?? -1),
);

function indexes(types: readonly TokenType[]): ReadonlySet<number> {
  return new Set(types.map((t) => t.tokenTypeIdx ?? -1));
}

const OPENERS = indexes([
  T.K.IF,
  T.K.WHILE,
  T.K.FOR,
  T.K.LOOP,
  T.K.CASE,
  T.K.TYPECASE,
  T.K.WITH,
  T.K.TRY,
  T.K.LOCK,
  T.K.BEGIN,
  T.K.RECORD,
  T.K.OBJECT,
  T.K.REPEAT,
]);
const CLOSERS = indexes([T.K.END, T.K.UNTIL]);

function nesting(token: IToken): number {
  if (OPENERS.has(token.tokenTypeIdx)) return 1;
  if (CLOSERS.has(token.tokenTypeIdx)) return -1;
  return 0;
}

/** Where a broken statement's skipping stops (outside the statement's own constructs). */
export const STATEMENT_STOPS = indexes([
  T.K.END,
  T.K.ELSE,
  T.K.ELSIF,
  T.K.UNTIL,
  T.K.EXCEPT,
  T.K.FINALLY,
  T.Bar,
]);

/** Where a broken declaration's skipping stops. */
export const DECLARATION_STOPS = indexes([
  T.K.CONST,
  T.K.TYPE,
  T.K.VAR,
  T.K.PROCEDURE,
  T.K.EXCEPTION,
  T.K.REVEAL,
  T.K.FUNCTIONAL,
  T.K.EPHEMERAL,
  T.K.BEGIN,
  T.K.END,
  T.PragmaFatal,
  T.PragmaMark,
  T.PragmaExternal,
]);

const INSERTABLE: ReadonlySet<TokenType> = new Set([
  T.Semicolon,
  T.Colon,
  T.Comma,
  T.RParen,
  T.RBracket,
  T.RBrace,
  T.Dot,
  T.PragmaEnd,
  T.K.END,
  T.K.THEN,
  T.K.DO,
  T.K.OF,
  T.K.TO,
]);

export abstract class ParserCore extends EmbeddedActionsParser {
  protected fileName = "";
  protected fileEnd = 0;
  /** Diagnostics we raise ourselves (chevrotain's own go to `this.errors`). */
  customDiagnostics: Diagnostic[] = [];

  constructor() {
    super(T.allTokenTypes as TokenType[], {
      recoveryEnabled: true,
      maxLookahead: 3,
      errorMessageProvider: errorMessages,
    });
  }

  /** Prepares for one file; the parser instance is reused across files. */
  begin(fileName: string, fileEnd: number, tokens: IToken[]): void {
    this.fileName = fileName;
    this.fileEnd = fileEnd;
    this.customDiagnostics = [];
    this.input = tokens;
  }

  // -- spans ------------------------------------------------------------------------------------

  protected tokenSpan(token: IToken): Span {
    if (Number.isNaN(token.startOffset)) return this.hereSpan();
    return tokenSpan(this.fileName, token);
  }

  /** A zero-width span where the parser stands: the next token, or the end of the last one. */
  protected hereSpan(): Span {
    const next = this.LA(1);
    if (!Number.isNaN(next.startOffset) && next.tokenType !== EOF) {
      return new SourceSpan(
        this.fileName,
        next.startOffset,
        next.startOffset,
        next.startLine ?? 1,
        next.startColumn ?? 1,
      );
    }
    const previous = this.LA(0);
    if (!Number.isNaN(previous.startOffset) && previous.tokenType !== EOF) {
      const end = (previous.endOffset ?? previous.startOffset) + 1;
      return new SourceSpan(
        this.fileName,
        end,
        end,
        previous.startLine ?? 1,
        (previous.startColumn ?? 1) + end - previous.startOffset,
      );
    }
    return new SourceSpan(this.fileName, this.fileEnd, this.fileEnd, 1, 1);
  }

  /** From `first` to the last token consumed. */
  protected spanFrom(first: IToken): Span {
    if (Number.isNaN(first.startOffset)) return this.hereSpan();
    return spanOfTokens(this.fileName, first, this.LA(0));
  }

  /** From a node's span to the last token consumed (see `spanThrough`). */
  protected spanFromSpan(first: Span | undefined): Span {
    if (first === undefined) return this.hereSpan();
    return spanThrough(first, this.LA(0));
  }

  protected ident(token: IToken): A.Ident {
    return { kind: "Ident", id: nodeId(), name: token.image, span: this.tokenSpan(token) };
  }

  /** The first token starting in [from, to), found by binary search; for pointing at operators. */
  protected tokenBetween(from: number, to: number): IToken | undefined {
    const tokens = this.input;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.startOffset ?? 0) < from) lo = mid + 1;
      else hi = mid;
    }
    const token = tokens[lo];
    return token !== undefined && token.startOffset < to ? token : undefined;
  }

  // -- diagnostics and re-synchronisation -------------------------------------------------------

  protected report(code: string, message: string, span: Span, hint?: string): void {
    if (this.RECORDING_PHASE) return;
    this.customDiagnostics.push(error(code, message, span, hint === undefined ? {} : { hint }));
  }

  /** Reports what was expected at the next token, naming what was found. */
  protected expectedHere(code: string, expected: string): void {
    const next = this.LA(1);
    this.report(code, `${expected}, found ${describeToken(next)}`, this.tokenSpan(next));
  }

  /**
   * Skips tokens after an error in a statement or declaration that began at `first`: up to a
   * `;` (consumed) or one of `stops`, outside any construct the broken text opened, or up to the
   * END that closes the construct the broken text is inside.
   */
  protected skipAfterError(first: IToken | undefined, stops: ReadonlySet<number>): void {
    if (this.RECORDING_PHASE) return;
    let depth = first === undefined ? 0 : this.openedSince(first);
    for (;;) {
      const next = this.LA(1);
      if (next.tokenType === EOF) return;
      if (depth === 0) {
        if (next.tokenType === T.Semicolon) {
          this.SKIP_TOKEN();
          return;
        }
        if (stops.has(next.tokenTypeIdx)) return;
      }
      const change = nesting(next);
      this.SKIP_TOKEN();
      if (change < 0 && depth > 0) {
        depth--;
        if (depth === 0) return;
      } else if (change > 0) depth++;
    }
  }

  /** How many constructs ending in END (or UNTIL) opened since `first` are still open. */
  private openedSince(first: IToken): number {
    const tokens = this.input;
    const here = this.LA(1).startOffset;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.startOffset ?? 0) < first.startOffset) lo = mid + 1;
      else hi = mid;
    }
    let depth = 0;
    for (let i = lo; i < tokens.length; i++) {
      const token = tokens[i];
      if (token === undefined || !(token.startOffset < here)) break;
      depth = Math.max(0, depth + nesting(token));
    }
    return depth;
  }

  /** After a missing `;` the declaration is complete: skip only what cannot start the next one. */
  protected skipToSync(): void {
    this.skipAfterError(undefined, DECLARATION_STOPS);
  }

  protected override canTokenTypeBeInsertedInRecovery(type: TokenType): boolean {
    return INSERTABLE.has(type);
  }

  /** Inserted tokens sit, zero-width, where the missing token should have been. */
  protected override getTokenToInsert(type: TokenType): IToken {
    const at = this.hereSpan();
    return {
      image: "",
      startOffset: at.start,
      endOffset: at.start - 1,
      startLine: at.line,
      startColumn: at.column,
      endLine: at.line,
      endColumn: at.column,
      tokenTypeIdx: type.tokenTypeIdx ?? 0,
      tokenType: type,
      isInsertedInRecovery: true,
    };
  }

  // -- placeholders returned by rules that failed and recovered --------------------------------

  protected errorIdent(): A.Ident {
    return { kind: "Ident", id: nodeId(), name: "", span: this.hereSpan() };
  }

  protected errorExpr(): A.Expr {
    const span = this.hereSpan();
    return {
      kind: "Name",
      id: nodeId(),
      name: { kind: "Ident", id: nodeId(), name: "", span },
      span,
    };
  }

  protected errorType(): A.TypeNode {
    const span = this.hereSpan();
    const name = { kind: "Ident", id: nodeId(), name: "", span } as const;
    return {
      kind: "NamedType",
      id: nodeId(),
      name: { kind: "QualIdent", id: nodeId(), name, span },
      span,
    };
  }

  protected errorSignature(): A.Signature {
    return {
      kind: "Signature",
      formals: [],
      raises: { kind: "RaisesNone" },
      span: this.hereSpan(),
    };
  }

  // -- rules implemented by the construct files ------------------------------------------------

  abstract qualIdent: ParserMethod<[], A.QualIdent>;
  abstract type: ParserMethod<[], A.TypeNode>;
  abstract typeLiteral: ParserMethod<[], A.TypeNode>;
  abstract signature: ParserMethod<[], A.Signature>;
  abstract expr: ParserMethod<[], A.Expr>;
  abstract stmts: ParserMethod<[], A.Stmt[]>;
  abstract decls: ParserMethod<[], A.Decl[]>;
  abstract block: ParserMethod<[], A.Block>;
  abstract pragma: ParserMethod<[], A.Pragma>;
}
