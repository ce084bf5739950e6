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

const MAX_UNSIGNED_64 = (1n << 64n) - 1n;

/** Small integer literals share their BigInt values (a BigInt is a heap object). */
const SMALL_INTEGERS: readonly bigint[] = Array.from({ length: 1024 }, (_, i) => BigInt(i));
/** Decimal literals with at most this many digits fit a double exactly. */
const SAFE_DIGITS = 15;

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
const CH_COLON = 58;
const CH_LESS = 60;
const CH_EQUAL = 61;
const CH_GREATER = 62;
const CH_UPPER_A = 65;
const CH_UPPER_F = 70;
const CH_UPPER_Z = 90;
const CH_BACKSLASH = 92;
const CH_UNDERSCORE = 95;
const CH_LOWER_A = 97;
const CH_LOWER_F = 102;
const CH_LOWER_Z = 122;

/** The token type of a two-character operator, or undefined; `*>` only closes an open pragma. */
function doubleCharacter(first: number, second: number, inPragma: boolean): TokenType | undefined {
  switch (first) {
    case CH_STAR:
      return second === CH_GREATER && inPragma ? T.PragmaEnd : undefined;
    case CH_DOT:
      return second === CH_DOT ? T.DotDot : undefined;
    case CH_COLON:
      return second === CH_EQUAL ? T.Assign : undefined;
    case CH_EQUAL:
      return second === CH_GREATER ? T.Arrow : undefined;
    case CH_LESS:
      return second === CH_EQUAL ? T.LessEqual : second === CH_COLON ? T.Subtype : undefined;
    case CH_GREATER:
      return second === CH_EQUAL ? T.GreaterEqual : undefined;
    default:
      return undefined;
  }
}

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

/**
 * The words of one file, each spelling stored once: every token of `x` shares one string (fewer
 * allocations, and later stages compare and hash interned strings), and keywords are found in
 * the same probe. Open addressing on a hash the lexer computes while it scans the word.
 */
class WordTable {
  /** Past this many words the table is replaced, so a long-running process stays bounded. */
  static readonly LIMIT = 1 << 16;
  private words: (string | undefined)[];
  private hashes: Int32Array;
  private types: TokenType[];
  private mask: number;
  private count = 0;

  constructor() {
    const size = 1024;
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.types = new Array<TokenType>(size).fill(T.Ident);
    this.mask = size - 1;
    for (const name of T.KEYWORD_NAMES)
      this.insert(name, wordHash(name, 0, name.length), T.K[name]);
  }

  /** The slot of the word text[start, end) with hash `hash`, adding it if new. */
  find(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    let slot = hash & this.mask;
    for (;;) {
      const word = this.words[slot];
      if (word === undefined) break;
      if (this.hashes[slot] === hash && word.length === length && text.startsWith(word, start)) {
        return slot;
      }
      slot = (slot + 1) & this.mask;
    }
    return this.insert(text.slice(start, end), hash, T.Ident);
  }

  get size(): number {
    return this.count;
  }

  word(slot: number): string {
    return this.words[slot] ?? "";
  }

  type(slot: number): TokenType {
    return this.types[slot] ?? T.Ident;
  }

  private insert(word: string, hash: number, type: TokenType): number {
    if (2 * (this.count + 1) > this.words.length) this.grow();
    let slot = hash & this.mask;
    while (this.words[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.words[slot] = word;
    this.hashes[slot] = hash;
    this.types[slot] = type;
    this.count++;
    return slot;
  }

  private grow(): void {
    const { words, hashes, types } = this;
    const size = words.length * 2;
    this.words = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
    this.types = new Array<TokenType>(size).fill(T.Ident);
    this.mask = size - 1;
    this.count = 0;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (word !== undefined) this.insert(word, hashes[i] ?? 0, types[i] ?? T.Ident);
    }
  }
}

/**
 * Shared by every file lexed in this process: most names recur from file to file, and a string
 * that outlives one parse costs the garbage collector nothing more.
 */
let sharedWords = new WordTable();

function wordTable(): WordTable {
  if (sharedWords.size > WordTable.LIMIT) sharedWords = new WordTable();
  return sharedWords;
}

/**
 * A token. One class, so every token has the same shape (chevrotain reads tokens in its hottest
 * loops), and mutable, so `parse` can reuse token objects (see `lexReusingTokens`).
 */
class Token implements IToken {
  constructor(
    public image: string,
    public startOffset: number,
    public endOffset: number,
    public startLine: number,
    public startColumn: number,
    public tokenTypeIdx: number,
    public tokenType: TokenType,
    public payload: unknown,
  ) {}
}

/**
 * Token objects kept from one `parse` to the next. Every token of a file survives until its parse
 * ends, so freshly allocated tokens are copied by each young-generation collection on the way;
 * reused ones are already old, which makes lexing and parsing markedly cheaper. Bounded, so one
 * huge file does not pin its tokens for the life of the process.
 */
const tokenPool: Token[] = [];
/** The array `parse`'s tokens are listed in, reused the same way (it is rewritten in place). */
const pooledTokenArray: IToken[] = [];
const TOKEN_POOL_LIMIT = 1 << 17;

/** The hash WordTable uses; the lexer computes the same one inline. */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

class Lexer {
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private inPragma = false;
  readonly tokens: IToken[];
  /** How many of `tokens` belong to this file (a reused array may hold more until `finish`). */
  private count = 0;
  readonly diagnostics: Diagnostic[] = [];
  private readonly text: string;
  private readonly path: string;
  private readonly words = wordTable();

  /** Where lexing stops: the end of the text, or of the range being lexed. */
  private readonly limit: number;

  constructor(
    file: SourceFile,
    private readonly reuseTokens: boolean,
    range?: LexRange,
  ) {
    this.text = file.text;
    this.path = file.path;
    this.tokens = reuseTokens ? pooledTokenArray : [];
    this.limit = range?.end ?? file.text.length;
    if (range) {
      this.pos = range.start;
      this.line = range.line;
      this.lineStart = range.lineStart;
    }
  }

  /** Drops what a reused token array held beyond this file's tokens. */
  finish(): void {
    this.tokens.length = this.count;
  }

  run(): void {
    const text = this.text;
    const length = this.limit;
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
    const tokens = this.tokens;
    const index = this.count++;
    const column = start - this.lineStart + 1;
    const text = image ?? this.text.slice(start, end);
    const typeIdx = type.tokenTypeIdx ?? 0;
    const reused = this.reuseTokens ? tokenPool[index] : undefined;
    if (reused === undefined) {
      const token = new Token(text, start, end - 1, this.line, column, typeIdx, type, payload);
      if (this.reuseTokens && index < TOKEN_POOL_LIMIT) tokenPool.push(token);
      tokens[index] = token;
      return;
    }
    reused.image = text;
    reused.startOffset = start;
    reused.endOffset = end - 1;
    reused.startLine = this.line;
    reused.startColumn = column;
    reused.tokenTypeIdx = typeIdx;
    reused.tokenType = type;
    reused.payload = payload;
    tokens[index] = reused;
  }

  private identifier(): void {
    const text = this.text;
    const start = this.pos;
    let end = start;
    let hash = 0;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (!isIdentPart(c)) break;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    this.pos = end;
    const slot = this.words.find(text, start, end, hash);
    this.push(this.words.type(slot), start, end, undefined, this.words.word(slot));
  }

  private number(): void {
    const text = this.text;
    const start = this.pos;
    let end = start;
    // Accumulated as a double while it is exact; longer literals go through BigInt's parser.
    let small = 0;
    while (end < text.length && isDigit(text.charCodeAt(end))) {
      small = small * 10 + (text.charCodeAt(end) - CH_ZERO);
      end++;
    }
    const next = text.charCodeAt(end);
    if (next === CH_UNDERSCORE) {
      this.basedNumber(start, end);
    } else if (next === CH_DOT && isDigit(text.charCodeAt(end + 1))) {
      this.realNumber(start, end);
    } else {
      this.pos = end;
      const value =
        end - start > SAFE_DIGITS
          ? BigInt(text.slice(start, end))
          : (SMALL_INTEGERS[small] ?? BigInt(small));
      this.pushInteger(start, end, value);
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
    const double = doubleCharacter(c, text.charCodeAt(start + 1), this.inPragma);
    const type = double ?? SINGLE_CHARACTER[c];
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
    if (type === T.PragmaEnd) this.inPragma = false;
    const length = double === undefined ? 1 : 2;
    this.pos = start + length;
    this.push(type, start, start + length, undefined, OPERATOR_IMAGES[type.tokenTypeIdx ?? 0]);
  }

  private isStray(c: number): boolean {
    if (isIdentPart(c) || c <= CH_SPACE) return false;
    return !"+-*/&^.,;:=#<>|()[]{}\"'".includes(String.fromCharCode(c));
  }
}

export function lex(file: SourceFile): LexResult {
  const lexer = new Lexer(file, false);
  lexer.run();
  lexer.finish();
  return { tokens: lexer.tokens, diagnostics: lexer.diagnostics };
}

/**
 * A stretch of a file that starts and ends between tokens, with the line `start` is on and the
 * offset that line begins at (so tokens get the positions a lexer of the whole file gives them).
 */
export interface LexRange {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly lineStart: number;
}

/**
 * Like `lex`, but the token objects are reused by the next call: the caller must be done with
 * them (and with anything that holds them, such as chevrotain's exceptions) before lexing again.
 * `parse` is that caller; it keeps no token past its return. With `range`, only that stretch.
 */
export function lexReusingTokens(file: SourceFile, range?: LexRange): LexResult {
  const lexer = new Lexer(file, true, range);
  lexer.run();
  lexer.finish();
  return { tokens: lexer.tokens, diagnostics: lexer.diagnostics };
}
