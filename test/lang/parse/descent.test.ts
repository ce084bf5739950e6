// The descent parser must build exactly the tree the grammar builds, and must never accept a file
// the grammar rejects: valid files are parsed only by the descent parser, so a difference would
// reach the checker unseen, and an error it let through would never be reported.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IToken } from "chevrotain";
import { describe, expect, it } from "vitest";
import { astToJson, parse, type Unit } from "../../../src/lang/index.js";
import { lex } from "../../../src/lang/lexer.js";
import { parseValid } from "../../../src/lang/parse/descent/decls.js";
import { parseTokens } from "../../../src/lang/parse/parser.js";
import * as T from "../../../src/lang/tokens.js";
import { generateModule } from "../support/generate.js";

const here = dirname(fileURLToPath(import.meta.url));
const accept = join(here, "..", "golden", "accept");
const stdlib = join(here, "..", "..", "..", "stdlib");

/**
 * The tree as data, spans included: without node ids (the parsers number nodes in different
 * orders), and with the spans the descent parser's compact nodes derive made, so that they are
 * compared with the spans the grammar stores.
 */
function withoutIds(unit: Unit | undefined): unknown {
  return unit === undefined ? undefined : astToJson(unit, { spans: true });
}

/** The checker keeps facts by id: two different nodes with one id would share them. */
function expectDistinctIds(unit: unknown): void {
  const owners = new Map<number, object>();
  const visit = (value: unknown): void => {
    if (typeof value !== "object" || value === null) return;
    if ("id" in value && typeof value.id === "number") {
      const owner = owners.get(value.id);
      expect(owner === undefined || owner === value).toBe(true);
      owners.set(value.id, value);
    }
    for (const child of Object.values(value)) visit(child);
  };
  visit(unit);
  expect(owners.size).toBeGreaterThan(0);
}

function grammarParse(path: string, text: string, tokens: IToken[]) {
  return parseTokens(path, text, tokens, [], { instance: "grammar" });
}

/** Both parsers on one valid file: the same tree. */
function expectSameTree(path: string, text: string): void {
  const { tokens, diagnostics } = lex({ path, text });
  expect(diagnostics).toEqual([]);
  const grammar = grammarParse(path, text, tokens);
  expect(grammar.diagnostics).toEqual([]);
  const descent = parseValid({ path, text }, tokens);
  expect(descent).toBeDefined();
  expect(withoutIds(descent)).toEqual(withoutIds(grammar.unit));
  expectDistinctIds(descent);
}

function moduleWith(body: string, decls = "VAR x, y: INTEGER; p: PROCEDURE (a: INTEGER);"): string {
  return `MODULE M;\n${decls}\nBEGIN\n  ${body}\nEND M.\n`;
}

describe("descent parser", () => {
  const goldens = readdirSync(accept).filter((f) => f.endsWith(".m3") || f.endsWith(".i3"));
  for (const file of goldens) {
    it(`builds the grammar's tree for ${file}`, () => {
      expectSameTree(file, readFileSync(join(accept, file), "utf8"));
    });
  }

  it("builds the grammar's tree for every standard library file", () => {
    const files = readdirSync(stdlib).filter((f) => f.endsWith(".m3") || f.endsWith(".i3"));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expectSameTree(file, readFileSync(join(stdlib, file), "utf8"));
  });

  it("builds the grammar's tree for a generated module", () => {
    expectSameTree("Gen.m3", generateModule(400, "Gen"));
  });

  // Corners where the two could drift apart: prefix operators inside operands, pragmas among
  // statements, a statement starting with a parenthesis, constructors with `..` anywhere.
  for (const body of [
    "x := y * NOT y = x - - y",
    "x := - NOT + y",
    "x := ORD(NOT (x > 0) OR x IN SET OF [0..3]{1, 2 .. 3})",
    '<*NOWARN*> x := 1; <*ASSERT x = 1, "one"*> <*ASSERT TRUE*> x := 2',
    "<*FATAL ANY*> <*INLINE*> VAR z := 1; BEGIN x := z END",
    "(p)(1); p(a := 2)",
    "EVAL ARRAY OF INTEGER{1, .., 2, ..}",
    "EVAL NEW(REF RECORD a: INTEGER END, a := 1)",
    "RETURN",
    "IF x = 1 THEN RETURN ELSIF x = 2 THEN EXIT ELSE END",
    "CASE x OF | 1, 2 .. 3 => x := 1 | 4 => ELSE END",
    "CASE x OF END",
    "TYPECASE NIL OF | NULL, REFANY (r) => EVAL r ELSE END",
    "TRY x := 1 EXCEPT | E.F, G (v) => x := v | H => ELSE END; TRY FINALLY END",
    "WITH a = x, b = a DO LOCK NIL DO REPEAT x := b UNTIL TRUE END END",
    "FOR i := 1 TO 2 BY - 1 DO WHILE FALSE DO LOOP EXIT END END END",
    "RAISE E.F(1); RAISE G",
    "EVAL BYTESIZE(FUNCTIONAL PROCEDURE (VAR a: INTEGER; READONLY b := 2): INTEGER RAISES ANY)",
    'EVAL NEW(T OBJECT a: INTEGER METHODS m() := P OVERRIDES n := Q END BRANDED "b" OBJECT END)',
    "EVAL {A, B}; EVAL [1 .. 2]; EVAL BITS 8 FOR [0 .. 255]",
    "EVAL UNTRACED BRANDED REF INTEGER; EVAL BRANDED OBJECT END",
  ]) {
    it(`builds the grammar's tree for '${body}'`, () => {
      expectSameTree("M.m3", moduleWith(body));
    });
  }

  for (const decls of [
    "<*INLINE*> PROCEDURE P() = BEGIN END P; <*OBSOLETE*> <*UNUSED*> VAR a, b := 1; c: INTEGER;",
    "<*FATAL E*> CONST <*UNUSED*> C: INTEGER = 1; D = C; TYPE T <: REFANY; U = T OBJECT END;",
    'EXCEPTION E; F(INTEGER); REVEAL T = BRANDED "t" OBJECT END; M.U <: T;',
    "TYPE R = RECORD <*UNUSED*> a, b: INTEGER := 1 <*OBSOLETE*> c := 2 END; VAR <*UNUSED*> v: R;",
    "TYPE O = OBJECT METHODS FUNCTIONAL EPHEMERAL m(); <*OBSOLETE*> n(x: INTEGER) := P; END;",
    '<*EXTERNAL*> PROCEDURE X(); <*EXTERNAL "y"*> PROCEDURE Y(); <*EXTERNAL Z:C*> PROCEDURE Z();',
    "VAR CONST <*INLINE*>",
    "EPHEMERAL FUNCTIONAL PROCEDURE P(<*UNUSED*> VALUE a: INTEGER; VAR b, c: T <*UNUSED*> d := 1) RAISES {} = BEGIN END P;",
  ]) {
    it(`builds the grammar's tree for declarations '${decls}'`, () => {
      expectSameTree("M.m3", moduleWith("", decls));
    });
  }

  it("parses 1,000 nested parentheses and 1,000 nested statements", () => {
    const parens = "(".repeat(1000) + "x" + ")".repeat(1000);
    const ifs = "IF TRUE THEN ".repeat(1000) + "x := 1 " + "END ".repeat(1000);
    const text = moduleWith(`x := ${parens}; ${ifs}`);
    const result = parse({ path: "M.m3", text });
    expect(result.diagnostics).toEqual([]);
    expect(result.unit?.kind).toBe("Module");
  });

  it("builds the grammar's tree for units with imports, exports and UNSAFE", () => {
    expectSameTree(
      "M.m3",
      "UNSAFE MODULE M EXPORTS A, B;\nIMPORT X, Y AS Z;\nFROM W IMPORT v, w;\nBEGIN END M.\n",
    );
    expectSameTree("I.i3", "INTERFACE I;\nIMPORT X;\nPROCEDURE P(): X.T;\nEND I.\n");
  });

  // Files the grammar reports errors in, even where its recovery might build a whole tree.
  for (const body of [
    "RETURN IF",
    "x := PROCEDURE ()",
    "IF x THEN ELSIF END",
    "FOR i = 1 TO 2 DO END",
    "x := a.b.(c)",
    "x := y z",
    "WHILE x DO x := 1 y := 2 END",
    "EVAL T.U OBJECT",
    "x = 1",
    "x + 1",
    "EVAL (a + b){1}",
  ]) {
    it(`leaves '${body}' to the grammar, which reports it`, () => {
      const text = moduleWith(body);
      const { tokens } = lex({ path: "M.m3", text });
      expect(parseValid({ path: "M.m3", text }, tokens)).toBeUndefined();
      expect(parse({ path: "M.m3", text }).diagnostics.length).toBeGreaterThan(0);
    });
  }

  for (const [what, text] of [
    ["a mismatched END name", "MODULE M; BEGIN END N.\n"],
    ["a procedure's mismatched END name", "MODULE M; PROCEDURE P() = BEGIN END Q; BEGIN END M.\n"],
    ["a generic unit", "GENERIC MODULE M(); BEGIN END M.\n"],
    [
      "a missing ';' after a field",
      "INTERFACE I; TYPE R = RECORD a: INTEGER b: INTEGER END; END I.\n",
    ],
    ["a field with neither type nor value", "INTERFACE I; TYPE R = RECORD a END; END I.\n"],
    ["'=' before a variable's value", "INTERFACE I; VAR a = 1; END I.\n"],
    ["a reserved word as a name", "INTERFACE I; VAR a: INTEGER; END: INTEGER; END I.\n"],
    ["text after the unit", "INTERFACE I; END I. x\n"],
  ] as const) {
    it(`leaves ${what} to the grammar, which reports it`, () => {
      const { tokens } = lex({ path: "M.m3", text });
      expect(parseValid({ path: "M.m3", text }, tokens)).toBeUndefined();
      expect(parse({ path: "M.m3", text }).diagnostics.length).toBeGreaterThan(0);
    });
  }
});

/** A deterministic generator (a linear congruential one), so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
}

const TOKEN_TYPES = T.allTokenTypes.filter((t) => t !== T.BinaryOperator && t !== T.PrefixOperator);

/** A token of a random type where `at` stands, spelled and valued as the lexer would. */
function randomToken(at: IToken, pick: (n: number) => number): IToken {
  const type = TOKEN_TYPES[pick(TOKEN_TYPES.length)] ?? T.Ident;
  const label = type.LABEL ?? type.name;
  const literal: Record<string, readonly [string, unknown]> = {
    Ident: ["x", undefined],
    IntLit: ["1", 1n],
    RealLit: ["1.0", { value: 1, precision: "REAL" }],
    CharLit: ["'c'", 99],
    TextLit: ['"t"', "t"],
    PragmaMark: ["<*INLINE", undefined],
  };
  const [image, payload] = literal[type.name] ?? [
    label.startsWith("'") ? label.slice(1, -1) : type.name,
    undefined,
  ];
  // As the lexer makes tokens: the image is the text from the start offset to the end offset.
  const endOffset = at.startOffset + image.length - 1;
  return {
    ...at,
    image,
    endOffset,
    tokenType: type,
    tokenTypeIdx: type.tokenTypeIdx ?? 0,
    payload,
  };
}

describe("descent parser against the grammar on mutated programs", () => {
  const sources = readdirSync(accept)
    .filter((f) => f.endsWith(".m3") || f.endsWith(".i3"))
    .map((f) => {
      const text = readFileSync(join(accept, f), "utf8");
      return { file: f, text, tokens: lex({ path: f, text }).tokens.map((t) => ({ ...t })) };
    });

  it("never accepts what the grammar rejects, and agrees on what both accept", () => {
    const pick = random(20261124);
    let accepted = 0;
    for (let round = 0; round < 4000; round++) {
      const source = sources[pick(sources.length)];
      if (source === undefined) continue;
      const tokens = source.tokens.slice();
      for (let edit = 1 + pick(2); edit > 0; edit--) {
        const at = pick(tokens.length);
        const token = tokens[at];
        if (token === undefined) continue;
        switch (pick(4)) {
          case 0:
            tokens.splice(at, 1);
            break;
          case 1:
            tokens.splice(at, 0, { ...token });
            break;
          case 2:
            tokens[at] = tokens[at + 1] ?? token;
            tokens[at + 1] = token;
            break;
          default:
            tokens[at] = randomToken(token, pick);
        }
      }
      const descent = parseValid({ path: source.file, text: source.text }, tokens);
      const grammar = grammarParse(source.file, source.text, tokens);
      const grammarAccepts = grammar.unit !== undefined && grammar.diagnostics.length === 0;
      const where = `round ${round}, ${source.file}`;
      if (descent !== undefined) {
        accepted++;
        expect(grammar.diagnostics, where).toEqual([]);
        expect(withoutIds(descent), where).toEqual(withoutIds(grammar.unit));
      } else {
        expect(grammarAccepts, where).toBe(false);
      }
    }
    // Enough mutants stay valid for the comparison to mean something.
    expect(accepted).toBeGreaterThan(50);
  });
});
