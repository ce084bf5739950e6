// The token vocabulary of Spindle's Modula-3: keywords, operators, literals and pragma brackets.
// The lexer is hand-written (lexer.ts); these chevrotain token types are what the parser matches.
import { Lexer, createToken, type TokenType } from "chevrotain";

/** Categories let the parser match any binary or prefix operator with one CONSUME. */
export const BinaryOperator = createToken({
  name: "BinaryOperator",
  pattern: Lexer.NA,
  label: "an operator",
});
export const PrefixOperator = createToken({
  name: "PrefixOperator",
  pattern: Lexer.NA,
  label: "an operator",
});

const BINARY = new Set([
  "OR",
  "AND",
  "IN",
  "DIV",
  "MOD",
  "Plus",
  "Minus",
  "Ampersand",
  "Star",
  "Slash",
  "Equal",
  "Hash",
  "Less",
  "LessEqual",
  "Greater",
  "GreaterEqual",
]);
const PREFIX = new Set(["NOT", "Plus", "Minus"]);

function token(name: string, label: string): TokenType {
  const categories: TokenType[] = [];
  if (BINARY.has(name)) categories.push(BinaryOperator);
  if (PREFIX.has(name)) categories.push(PrefixOperator);
  return createToken({ name, label, pattern: Lexer.NA, categories });
}

/** Reserved words of the Modula-3 report, plus SPIN's FUNCTIONAL and EPHEMERAL. */
export const KEYWORD_NAMES = [
  "AND",
  "ANY",
  "ARRAY",
  "AS",
  "BEGIN",
  "BITS",
  "BRANDED",
  "BY",
  "CASE",
  "CONST",
  "DIV",
  "DO",
  "ELSE",
  "ELSIF",
  "END",
  "EPHEMERAL",
  "EVAL",
  "EXCEPT",
  "EXCEPTION",
  "EXIT",
  "EXPORTS",
  "FINALLY",
  "FOR",
  "FROM",
  "FUNCTIONAL",
  "GENERIC",
  "IF",
  "IMPORT",
  "IN",
  "INTERFACE",
  "LOCK",
  "LOOP",
  "METHODS",
  "MOD",
  "MODULE",
  "NOT",
  "OBJECT",
  "OF",
  "OR",
  "OVERRIDES",
  "PROCEDURE",
  "RAISE",
  "RAISES",
  "READONLY",
  "RECORD",
  "REF",
  "REPEAT",
  "RETURN",
  "REVEAL",
  "SET",
  "THEN",
  "TO",
  "TRY",
  "TYPE",
  "TYPECASE",
  "UNSAFE",
  "UNTIL",
  "UNTRACED",
  "VALUE",
  "VAR",
  "WHILE",
  "WITH",
] as const;
export type KeywordName = (typeof KEYWORD_NAMES)[number];

function keywordTable(): Record<KeywordName, TokenType> {
  const table: Partial<Record<KeywordName, TokenType>> = {};
  for (const name of KEYWORD_NAMES) table[name] = token(name, name);
  return table as Record<KeywordName, TokenType>;
}

/** Keyword token types by spelling (keywords are upper case and case sensitive, as in the report). */
export const K = keywordTable();
export const keywordByName: ReadonlyMap<string, TokenType> = new Map(Object.entries(K));

export const Ident = token("Ident", "an identifier");
export const IntLit = token("IntLit", "an integer literal");
export const RealLit = token("RealLit", "a real literal");
export const CharLit = token("CharLit", "a character literal");
export const TextLit = token("TextLit", "a text literal");

export const Plus = token("Plus", "'+'");
export const Minus = token("Minus", "'-'");
export const Star = token("Star", "'*'");
export const Slash = token("Slash", "'/'");
export const Ampersand = token("Ampersand", "'&'");
export const Caret = token("Caret", "'^'");
export const Dot = token("Dot", "'.'");
export const DotDot = token("DotDot", "'..'");
export const Comma = token("Comma", "','");
export const Semicolon = token("Semicolon", "';'");
export const Colon = token("Colon", "':'");
export const Assign = token("Assign", "':='");
export const Equal = token("Equal", "'='");
export const Hash = token("Hash", "'#'");
export const Less = token("Less", "'<'");
export const LessEqual = token("LessEqual", "'<='");
export const Subtype = token("Subtype", "'<:'");
export const Greater = token("Greater", "'>'");
export const GreaterEqual = token("GreaterEqual", "'>='");
export const Arrow = token("Arrow", "'=>'");
export const Bar = token("Bar", "'|'");
export const LParen = token("LParen", "'('");
export const RParen = token("RParen", "')'");
export const LBracket = token("LBracket", "'['");
export const RBracket = token("RBracket", "']'");
export const LBrace = token("LBrace", "'{'");
export const RBrace = token("RBrace", "'}'");

/** `<*FATAL`, `<*ASSERT`, `<*EXTERNAL`, and `<*NAME` for the argument-less pragmas; `*>` closes. */
export const PragmaFatal = token("PragmaFatal", "'<*FATAL'");
export const PragmaAssert = token("PragmaAssert", "'<*ASSERT'");
export const PragmaExternal = token("PragmaExternal", "'<*EXTERNAL'");
export const PragmaMark = token("PragmaMark", "a pragma");
export const PragmaEnd = token("PragmaEnd", "'*>'");

/** Pragmas whose only content is their name. */
export const MARK_PRAGMAS: ReadonlySet<string> = new Set([
  "UNUSED",
  "NOWARN",
  "INLINE",
  "OBSOLETE",
]);

export const allTokenTypes: readonly TokenType[] = [
  BinaryOperator,
  PrefixOperator,
  ...Object.values(K),
  Ident,
  IntLit,
  RealLit,
  CharLit,
  TextLit,
  Plus,
  Minus,
  Star,
  Slash,
  Ampersand,
  Caret,
  Dot,
  DotDot,
  Comma,
  Semicolon,
  Colon,
  Assign,
  Equal,
  Hash,
  Less,
  LessEqual,
  Subtype,
  Greater,
  GreaterEqual,
  Arrow,
  Bar,
  LParen,
  RParen,
  LBracket,
  RBracket,
  LBrace,
  RBrace,
  PragmaFatal,
  PragmaAssert,
  PragmaExternal,
  PragmaMark,
  PragmaEnd,
];

/** The value a literal token carries, decoded by the lexer. */
export type RealPrecision = "REAL" | "LONGREAL" | "EXTENDED";
export interface RealValue {
  readonly value: number;
  readonly precision: RealPrecision;
}
