// The fast (non-recovering) parser instance must build exactly the tree the recovering one builds:
// valid code is parsed only by the fast one, so any difference would reach the checker unseen.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "../../../src/lang/index.js";
import { lex } from "../../../src/lang/lexer.js";
import { parseTokens } from "../../../src/lang/parse/parser.js";
import { generateModule } from "../support/generate.js";

const accept = join(dirname(fileURLToPath(import.meta.url)), "..", "golden", "accept");

function sameTreeBothWays(path: string, text: string): void {
  expect(parse({ path, text }).diagnostics).toEqual([]);
  const lexed = lex({ path, text });
  const fast = parseTokens(path, text, lexed.tokens, lexed.diagnostics, { instance: "fast" });
  expect(fast.diagnostics).toEqual([]);
  const recovering = parseTokens(path, text, lexed.tokens, lexed.diagnostics, {
    instance: "recovering",
  });
  expect(recovering.diagnostics).toEqual([]);
  expect(withoutIds(fast.unit)).toEqual(withoutIds(recovering.unit));
  expectDistinctIds(fast.unit);
  expectDistinctIds(recovering.unit);
}

/** The tree without node ids: the instances may number nodes in a different order. */
function withoutIds(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(withoutIds);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "id")
      .map(([key, child]) => [key, withoutIds(child)]),
  );
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

describe("fast path", () => {
  const files = readdirSync(accept).filter((f) => f.endsWith(".m3") || f.endsWith(".i3"));

  for (const file of files) {
    it(`builds the same tree as the recovering parser for ${file}`, () => {
      sameTreeBothWays(file, readFileSync(join(accept, file), "utf8"));
    });
  }

  it("builds the same tree for a generated module", () => {
    sameTreeBothWays("Gen.m3", generateModule(400, "Gen"));
  });

  // The fast instance reads these constructs by their first tokens; each must still fail there.
  for (const body of [
    "RETURN IF",
    "x := PROCEDURE ()",
    "IF x THEN ELSIF END",
    "FOR i = 1 TO 2 DO END",
    "x := a.b.(c)",
    "x := y z",
    "WHILE x DO x := 1 y := 2 END",
    "EVAL T.U OBJECT",
  ]) {
    it(`finds the error in '${body}' without recovery too`, () => {
      const text = `MODULE M;\nVAR x: INTEGER;\nBEGIN\n  ${body}\nEND M.\n`;
      const lexed = lex({ path: "M.m3", text });
      const fast = parseTokens("M.m3", text, lexed.tokens, lexed.diagnostics, { instance: "fast" });
      expect(fast.diagnostics.length).toBeGreaterThan(0);
      expect(parse({ path: "M.m3", text }).diagnostics.length).toBeGreaterThan(0);
    });
  }

  it("stops at an error that the recovering parser then reports with its neighbours", () => {
    const text = "MODULE M;\nVAR x: INTEGER\nBEGIN\n  x := ;\n  x = 1;\nEND M.\n";
    const lexed = lex({ path: "M.m3", text });
    const fast = parseTokens("M.m3", text, lexed.tokens, lexed.diagnostics, { instance: "fast" });
    expect(fast.diagnostics.length).toBeGreaterThan(0);
    expect(parse({ path: "M.m3", text }).diagnostics.map((d) => d.code)).toEqual([
      "E1110",
      "E1102",
      "E1107",
    ]);
  });
});
