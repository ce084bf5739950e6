// The lexer: source text to chevrotain tokens, decoding literals and skipping comments and
// unknown pragmas. Hand-written because nested comments, based literals and precise lexical
// diagnostics are simpler (and faster) here than as chevrotain custom patterns.
import type { IToken, TokenType } from "chevrotain";
import { error, warning, type Diagnostic } from "./diagnostics.js";
import type { SourceFile, Span } from "./source.js";
import * as T from "./tokens.js";

export interface LexResult {
  readonly tokens: IToken[];
  readonly diagnostics: Diagnostic[];
}

/** Operator spellings by token type index, so operator tokens share their image strings. */
const OPERATOR_IMAGES: (string | undefined)[] = [];
for (const type of T.allTokenTypes) {
  const label = type.LABEL;
  if (label !== undefined && label.startsWith("'"))
    OPERATOR_IMAGES[type.tokenTypeIdx ?? 0] = label.slice(1, -1);
}

// Operator tokens by character code: a table lookup instead of a long switch in the hot loop.
const SINGLE_CHARACTER: (TokenType | undefined)[] = [];
for (const [spelling, type] of [
  ["+", T.Plus],
  ["-", T.Minus],
  ["*", T.Star],
  ["/", T.Slash],
  ["&", T.Ampersand],
  ["^", T.Caret],
  [".", T.Dot],
  [",", T.Comma],
  [";", T.Semicolon],
  [":", T.Colon],
  ["=", T.Equal],
  ["#", T.Hash],
  ["<", T.Less],
  [">", T.Greater],
  ["|", T.Bar],
  ["(", T.LParen],
  [")", T.RParen],
  ["[", T.LBracket],
  ["]", T.RBracket],
  ["{", T.LBrace],
  ["}", T.RBrace],
] as const) {
  SINGLE_CHARACTER[spelling.charCodeAt(0)] = type;
}

/** Two-character operators by first and second character; `*>` only closes an open pragma. */
const DOUBLE_CHARACTER: ({ second: ReadonlyMap<number, TokenType> } | undefined)[] = [];
for (const [spelling, type] of [
  ["*>", T.PragmaEnd],
  ["..", T.DotDot],
  [":=", T.Assign],
  ["=>", T.Arrow],
  ["<=", T.LessEqual],
  ["<:", T.Subtype],
  [">=", T.GreaterEqual],
] as const) {
  const first = spelling.charCodeAt(0);
  const entry = DOUBLE_CHARACTER[first] ?? { second: new Map<number, TokenType>() };
  (entry.second as Map<number, TokenType>).set(spelling.charCodeAt(1), type);
  DOUBLE_CHARACTER[first] = entry;
}

const MAX_UNSIGNED_64 = (1n << 64n) - 1n;

// Character codes; plain constants so the hot loop compares against literals.
const CH_TAB = 9;
const CH_NEWLINE = 10;
const CH_FORM_FEED = 12;
const CH_RETURN = 13;
const CH_SPACE = 32;
const CH_DOUBLE_QUOTE = 34;
const CH_QUOTE = 39;
const CH_L_PAREN = 40;
const CH_R_PAREN = 41;
const CH_STAR = 42;
const CH_PLUS = 43;
const CH_MINUS = 45;
const CH_DOT = 46;
const CH_ZERO = 48;
const CH_SEVEN = 55;
const CH_NINE = 57;
const CH_LESS = 60;
const CH_UPPER_A = 65;
const CH_UPPER_F = 70;
const CH_UPPER_Z = 90;
const CH_BACKSLASH = 92;
const CH_UNDERSCORE = 95;
const CH_LOWER_A = 97;
const CH_LOWER_F = 102;
const CH_LOWER_Z = 122;

function isLetter(c: number): boolean {
  return (c >= CH_UPPER_A && c <= CH_UPPER_Z) || (c >= CH_LOWER_A && c <= CH_LOWER_Z);
}
function isDigit(c: number): boolean {
  return c >= CH_ZERO && c <= CH_NINE;
}
function isIdentPart(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === CH_UNDERSCORE;
}
/** The value of a hex digit, or -1. */
function hexValue(c: number): number {
  if (isDigit(c)) return c - CH_ZERO;
  if (c >= CH_UPPER_A && c <= CH_UPPER_F) return c - CH_UPPER_A + 10;
  if (c >= CH_LOWER_A && c <= CH_LOWER_F) return c - CH_LOWER_A + 10;
  return -1;
}

const SIMPLE_ESCAPES: ReadonlyMap<number, number> = new Map([
  [110, 10], // \n
  [116, 9], // \t
  [114, 13], // \r
  [102, 12], // \f
  [CH_BACKSLASH, CH_BACKSLASH],
  [CH_QUOTE, CH_QUOTE],
  [CH_DOUBLE_QUOTE, CH_DOUBLE_QUOTE],
]);

/** Describes a character for a message: printable ones quoted, others by code. */
export function describeChar(c: number): string {
  if (c >= 33 && c < 127) return `'${String.fromCharCode(c)}'`;
  if (c === CH_SPACE) return "a space";
  return `character U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
}

class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private inPragma = false;
  readonly tokens: IToken[] = [];
  readonly diagnostics: Diagnostic[] = [];
  private readonly text: string;
  private readonly path: string;

  constructor(file: SourceFile) {
    this.text = file.text;
    this.path = file.path;
  }

  run(): void {
    const text = this.text;
    const length = text.length;
    while (this.pos < length) {
      // Whitespace is most of the text: skip it with a local index.
      let pos = this.pos;
      let c = text.charCodeAt(pos);
      while (
        c === CH_SPACE ||
        c === CH_NEWLINE ||
        c === CH_TAB ||
        c === CH_RETURN ||
        c === CH_FORM_FEED
      ) {
        if (c === CH_NEWLINE) this.newline(pos);
        c = text.charCodeAt(++pos);
      }
      this.pos = pos;
      if (pos >= length) break;
      if (isLetter(c)) {
        this.identifier();
      } else if (isDigit(c)) {
        this.number();
      } else if (c === CH_DOUBLE_QUOTE) {
        this.textLiteral();
      } else if (c === CH_QUOTE) {
        this.charLiteral();
      } else if (c === CH_L_PAREN && text.charCodeAt(pos + 1) === CH_STAR) {
        this.comment();
      } else if (c === CH_LESS && text.charCodeAt(pos + 1) === CH_STAR) {
        this.pragmaOpen();
      } else {
        this.operator(c);
      }
    }
  }

  private newline(offset: number): void {
    this.line++;
    this.lineStart = offset + 1;
  }

  private span(start: number, length: number): Span {
    return {
      file: this.path,
      start,
      end: start + length,
      line: this.line,
      column: start - this.lineStart + 1,
    };
  }

  private push(
    type: TokenType,
    start: number,
    end: number,
    payload?: unknown,
    image?: string,
  ): void {
    const column = start - this.lineStart + 1;
    this.tokens.push({
      image: image ?? this.text.slice(start, end),
      startOffset: start,
      endOffset: end - 1,
      startLine: this.line,
      startColumn: column,
      tokenTypeIdx: type.tokenTypeIdx ?? 0,
      tokenType: type,
      payload,
    });
  }

  private identifier(): void {
    const text = this.text;
    const start = this.pos;
    let end = start;
    // Keywords are all upper case: only such words need the (hashing) table lookup.
    let upper = true;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (c >= CH_UPPER_A && c <= CH_UPPER_Z) continue;
      if (!isIdentPart(c)) break;
      upper = false;
    }
    this.pos = end;
    const word = text.slice(start, end);
    const keyword = upper ? T.keywordByName.get(word) : undefined;
    this.push(keyword ?? T.Ident, start, end, undefined, word);
  }

  private number(): void {
    const text = this.text;
    const start = this.pos;
    let end = start;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    const next = text.charCodeAt(end);
    if (next === CH_UNDERSCORE) {
      this.basedNumber(start, end);
    } else if (next === CH_DOT && isDigit(text.charCodeAt(end + 1))) {
      this.realNumber(start, end);
    } else {
      this.pos = end;
      this.pushInteger(start, end, BigInt(text.slice(start, end)));
    }
  }

  private pushInteger(start: number, end: number, value: bigint): void {
    if (value > MAX_UNSIGNED_64) {
      this.diagnostics.push(
        error(
          "E1009",
          `integer literal ${this.text.slice(start, end)} does not fit in 64 bits`,
          this.span(start, end - start),
        ),
      );
      value = 0n;
    }
    this.push(T.IntLit, start, end, value);
  }

  /** `16_FF`: the base is decimal, the digits are checked against it. */
  private basedNumber(start: number, baseEnd: number): void {
    const text = this.text;
    const base = Number(text.slice(start, baseEnd));
    let end = baseEnd + 1;
    while (end < text.length && isIdentPart(text.charCodeAt(end))) end++;
    this.pos = end;
    const validBase = base >= 2 && base <= 16;
    if (!validBase) {
      this.diagnostics.push(
        error(
          "E1008",
          `base ${text.slice(start, baseEnd)} is not between 2 and 16`,
          this.span(start, baseEnd - start),
        ),
      );
      this.push(T.IntLit, start, end, 0n);
      return;
    }
    if (end === baseEnd + 1) {
      this.diagnostics.push(
        error(
          "E1012",
          `expected digits after '${text.slice(start, end)}'`,
          this.span(start, end - start),
        ),
      );
      this.push(T.IntLit, start, end, 0n);
      return;
    }
    let value = 0n;
    const bigBase = BigInt(base);
    for (let i = baseEnd + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      const digit = hexValue(c);
      if (digit < 0 || digit >= base) {
        this.diagnostics.push(
          error("E1007", `digit ${describeChar(c)} is not valid in base ${base}`, this.span(i, 1)),
        );
        this.push(T.IntLit, start, end, 0n);
        return;
      }
      value = value * bigBase + BigInt(digit);
    }
    this.pushInteger(start, end, value);
  }

  /** `1.5`, `1.5E3` (REAL), `1.5D3` (LONGREAL), `1.5X3` (EXTENDED). */
  private realNumber(start: number, intEnd: number): void {
    const text = this.text;
    let end = intEnd + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    const mantissa = text.slice(start, end);
    let precision: T.RealPrecision = "REAL";
    let exponent = "";
    const marker = text[end];
    if (marker !== undefined && "EeDdXx".includes(marker)) {
      precision =
        marker === "E" || marker === "e"
          ? "REAL"
          : marker === "D" || marker === "d"
            ? "LONGREAL"
            : "EXTENDED";
      let expEnd = end + 1;
      const sign = text.charCodeAt(expEnd);
      if (sign === CH_PLUS || sign === CH_MINUS) expEnd++;
      const digitsStart = expEnd;
      while (expEnd < text.length && isDigit(text.charCodeAt(expEnd))) expEnd++;
      if (expEnd === digitsStart) {
        this.diagnostics.push(
          error(
            "E1011",
            `expected the exponent's digits after '${text.slice(start, expEnd)}'`,
            this.span(start, expEnd - start),
          ),
        );
      } else {
        exponent = "e" + text.slice(end + 1, expEnd);
      }
      end = expEnd;
    }
    this.pos = end;
    const value: T.RealValue = { value: Number(mantissa + exponent), precision };
    this.push(T.RealLit, start, end, value);
  }

  /**
   * Decodes one escape after a backslash at `at`; returns the character code and the offset after
   * it, or reports a diagnostic and returns the backslash's position + 2.
   */
  private escape(at: number): { code: number; next: number } {
    const text = this.text;
    const c = text.charCodeAt(at + 1);
    const simple = SIMPLE_ESCAPES.get(c);
    if (simple !== undefined) return { code: simple, next: at + 2 };
    if (c >= CH_ZERO && c <= CH_SEVEN) {
      let code = 0;
      for (let i = 1; i <= 3; i++) {
        const d = text.charCodeAt(at + i);
        if (!(d >= CH_ZERO && d <= CH_SEVEN)) {
          this.diagnostics.push(
            error(
              "E1006",
              "an octal escape needs exactly three octal digits, e.g. '\\012'",
              this.span(at, i),
            ),
          );
          return { code: 0, next: at + i };
        }
        code = code * 8 + (d - CH_ZERO);
      }
      if (code > 255) {
        this.diagnostics.push(
          error("E1006", `octal escape '${text.slice(at, at + 4)}' is above 255`, this.span(at, 4)),
        );
        code = 0;
      }
      return { code, next: at + 4 };
    }
    const shown = Number.isNaN(c) || c === CH_NEWLINE ? "\\" : text.slice(at, at + 2);
    this.diagnostics.push(
      error("E1006", `invalid escape sequence '${shown}'`, this.span(at, Number.isNaN(c) ? 1 : 2), {
        hint: "the escapes are \\n \\t \\r \\f \\\\ \\' \\\" and \\ooo (three octal digits)",
      }),
    );
    return { code: 0, next: at + 2 };
  }

  private textLiteral(): void {
    const text = this.text;
    const start = this.pos;
    let i = start + 1;
    let value = "";
    let chunkStart = i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c) || c === CH_NEWLINE) {
        this.diagnostics.push(
          error(
            "E1004",
            "unterminated text literal: '\"' is missing before the end of the line",
            this.span(start, 1),
          ),
        );
        value += text.slice(chunkStart, i);
        this.pos = i;
        this.push(T.TextLit, start, i, value);
        return;
      }
      if (c === CH_DOUBLE_QUOTE) break;
      if (c === CH_BACKSLASH) {
        value += text.slice(chunkStart, i);
        const { code, next } = this.escape(i);
        value += String.fromCharCode(code);
        i = Math.min(next, text.length);
        chunkStart = i;
        continue;
      }
      i++;
    }
    value += text.slice(chunkStart, i);
    this.pos = i + 1;
    this.push(T.TextLit, start, i + 1, value);
  }

  private charLiteral(): void {
    const text = this.text;
    const start = this.pos;
    const c = text.charCodeAt(start + 1);
    let code = 0;
    let after = start + 2;
    if (Number.isNaN(c) || c === CH_NEWLINE) {
      this.unterminatedChar(start, start + 1);
      return;
    }
    if (c === CH_QUOTE) {
      this.diagnostics.push(error("E1010", "empty character literal ''", this.span(start, 2)));
      this.pos = start + 2;
      this.push(T.CharLit, start, start + 2, 0);
      return;
    }
    if (c === CH_BACKSLASH) {
      const decoded = this.escape(start + 1);
      code = decoded.code;
      after = decoded.next;
    } else {
      code = c > 255 ? 0 : c;
    }
    if (text.charCodeAt(after) !== CH_QUOTE) {
      const close = this.closingQuoteOnLine(after);
      if (close < 0) {
        this.unterminatedChar(start, after);
        return;
      }
      this.diagnostics.push(
        error(
          "E1010",
          "a character literal holds exactly one character",
          this.span(start, close + 1 - start),
          { hint: 'write a text literal in double quotes, "like this", for more than one' },
        ),
      );
      this.pos = close + 1;
      this.push(T.CharLit, start, close + 1, 0);
      return;
    }
    this.pos = after + 1;
    this.push(T.CharLit, start, after + 1, code);
  }

  /** The offset of the next `'` before the end of the line, or -1. */
  private closingQuoteOnLine(from: number): number {
    const text = this.text;
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === CH_NEWLINE) return -1;
      if (c === CH_QUOTE) return i;
    }
    return -1;
  }

  private unterminatedChar(start: number, end: number): void {
    this.diagnostics.push(
      error(
        "E1005",
        'unterminated character literal: expected a single character and a closing "\'"',
        this.span(start, 1),
      ),
    );
    const stop = Math.min(end, this.text.length);
    this.pos = stop;
    this.push(T.CharLit, start, stop, 0);
  }

  /** `(* … *)`, nesting; an unterminated comment is reported at its start. */
  private comment(): void {
    const text = this.text;
    const start = this.pos;
    const startLine = this.line;
    const startLineStart = this.lineStart;
    let depth = 0;
    let i = start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === CH_L_PAREN && text.charCodeAt(i + 1) === CH_STAR) {
        depth++;
        i += 2;
      } else if (c === CH_STAR && text.charCodeAt(i + 1) === CH_R_PAREN) {
        depth--;
        i += 2;
        if (depth === 0) {
          this.pos = i;
          return;
        }
      } else {
        if (c === CH_NEWLINE) this.newline(i);
        i++;
      }
    }
    this.diagnostics.push(
      error("E1002", "unterminated comment: '*)' is missing", {
        file: this.path,
        start,
        end: start + 2,
        line: startLine,
        column: start - startLineStart + 1,
      }),
    );
    this.pos = text.length;
  }

  /** `<*NAME`: known pragmas become tokens, unknown ones are skipped with a warning. */
  private pragmaOpen(): void {
    const text = this.text;
    const start = this.pos;
    if (this.inPragma) {
      this.diagnostics.push(
        error("E1003", "a pragma cannot start inside another pragma", this.span(start, 2)),
      );
    }
    let i = start + 2;
    while (i < text.length && (text.charCodeAt(i) === CH_SPACE || text.charCodeAt(i) === CH_TAB)) {
      i++;
    }
    let nameEnd = i;
    while (nameEnd < text.length && isIdentPart(text.charCodeAt(nameEnd))) nameEnd++;
    const name = text.slice(i, nameEnd);
    const type =
      name === "FATAL"
        ? T.PragmaFatal
        : name === "ASSERT"
          ? T.PragmaAssert
          : name === "EXTERNAL"
            ? T.PragmaExternal
            : T.MARK_PRAGMAS.has(name)
              ? T.PragmaMark
              : undefined;
    if (type !== undefined && text.indexOf("*>", nameEnd) >= 0) {
      this.pos = nameEnd;
      this.push(type, start, nameEnd, name);
      this.inPragma = true;
      return;
    }
    this.skipUnknownPragma(start, name, i, nameEnd);
  }

  private skipUnknownPragma(start: number, name: string, nameStart: number, nameEnd: number): void {
    const text = this.text;
    const close = text.indexOf("*>", nameEnd);
    const openLine = this.line;
    const openLineStart = this.lineStart;
    const end = close < 0 ? text.length : close + 2;
    for (let i = start; i < end; i++) if (text.charCodeAt(i) === CH_NEWLINE) this.newline(i);
    this.pos = end;
    const at: Span = {
      file: this.path,
      start,
      end: Math.max(nameEnd, start + 2),
      line: openLine,
      column: start - openLineStart + 1,
    };
    if (close < 0) {
      this.diagnostics.push(error("E1003", "unterminated pragma: '*>' is missing", at));
      return;
    }
    const shown =
      name === "" ? text.slice(nameStart, Math.min(close, nameStart + 20)).trim() : name;
    this.diagnostics.push(warning("W1001", `unrecognised pragma '${shown}' ignored`, at));
  }

  private operator(c: number): void {
    const text = this.text;
    const start = this.pos;
    const next = text.charCodeAt(start + 1);
    let type = SINGLE_CHARACTER[c];
    let length = 1;
    const double = DOUBLE_CHARACTER[c];
    if (double !== undefined && double.second.has(next)) {
      if (c !== CH_STAR || this.inPragma) {
        type = double.second.get(next);
        length = 2;
        if (c === CH_STAR) this.inPragma = false;
      }
    }
    if (type === undefined) {
      // Report a run of bad characters once, not once per character.
      let end = start + 1;
      while (end < text.length && this.isStray(text.charCodeAt(end))) end++;
      this.diagnostics.push(
        error(
          "E1001",
          `unexpected ${describeChar(c)} in the source`,
          this.span(start, end - start),
        ),
      );
      this.pos = end;
      return;
    }
    this.pos = start + length;
    this.push(type, start, start + length, undefined, OPERATOR_IMAGES[type.tokenTypeIdx ?? 0]);
  }

  private isStray(c: number): boolean {
    if (isIdentPart(c) || c <= CH_SPACE) return false;
    return !"+-*/&^.,;:=#<>|()[]{}\"'".includes(String.fromCharCode(c));
  }
}

export function lex(file: SourceFile): LexResult {
  const lexer = new Lexer(file);
  lexer.run();
  return { tokens: lexer.tokens, diagnostics: lexer.diagnostics };
}
