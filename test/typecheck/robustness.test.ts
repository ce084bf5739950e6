// The checker never throws, whatever the parser recovered from: mutated programs (tokens deleted,
// inserted or replaced) produce diagnostics, never an internal error, and the same ones whether
// the checker keeps the procedure bodies or discards them.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/typecheck/index.js";
import { GOLDEN } from "./support/golden.js";

const WORDS = [
  "INTEGER",
  "TEXT",
  "NIL",
  "x",
  "1",
  "REF",
  "OBJECT",
  "END",
  ";",
  ":=",
  "(",
  ")",
  "[",
  "]",
  "^",
  ".",
  "BRANDED",
  "ARRAY",
  "OF",
  "RECORD",
  "PROCEDURE",
  "NEW",
  "FIRST",
  "VAL",
  "'a'",
  '"s"',
  "..",
  "{",
  "}",
  "=",
  "<:",
  "REVEAL",
  "RAISE",
  "TRY",
  "EXCEPT",
  "|",
  "=>",
  "CASE",
  "TYPECASE",
  "WITH",
  "FOR",
  "EXIT",
  "RETURN",
];

function generator(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

describe("robustness", () => {
  it("reports the same diagnostics, never an internal error, for 150 mutated programs", () => {
    const dir = join(GOLDEN, "accept");
    const texts = readdirSync(dir)
      .filter((f) => f.endsWith(".m3"))
      .map((f) => readFileSync(join(dir, f), "utf8"));
    const rnd = generator(2026);
    const internal: string[] = [];
    const differing: string[] = [];
    for (let i = 0; i < 150; i++) {
      const tokens = texts[rnd(texts.length)]!.split(/(\s+)/);
      for (let k = 0; k <= rnd(4); k++) {
        const at = rnd(tokens.length);
        const word = ` ${WORDS[rnd(WORDS.length)]!} `;
        const op = rnd(3);
        if (op === 0) tokens.splice(at, 1);
        else if (op === 1) tokens.splice(at, 0, word);
        else tokens[at] = word;
      }
      const request = {
        units: [{ path: `mutant${i}.m3`, text: tokens.join("") }],
        searchPath: [],
      };
      const result = check(request);
      for (const d of result.diagnostics) if (d.code === "E2999") internal.push(d.message);
      // Bodies skipped by counting ENDs in a broken file must not change a single diagnostic.
      const discarded = check({ ...request, bodies: "discard" });
      if (JSON.stringify(discarded.diagnostics) !== JSON.stringify(result.diagnostics))
        differing.push(request.units[0]!.path);
    }
    expect(internal).toEqual([]);
    expect(differing).toEqual([]);
  });
});
