// Property test: `parse` never throws and never fails internally, whatever it is given; every
// diagnostic it returns points at a real place and renders.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderDiagnostic } from "../../src/cli/render.js";
import { parse } from "../../src/lang/index.js";
import { lex } from "../../src/lang/lexer.js";
import { KEYWORD_NAMES } from "../../src/lang/tokens.js";

/** mulberry32: small, fast, seeded; the same inputs on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = [
  ...KEYWORD_NAMES,
  ..."+ - * / & ^ . .. , ; : := = # < <= <: > >= => | ( ) [ ] { } *>".split(" "),
  "x",
  "Foo",
  "M.T",
  "42",
  "16_FF",
  "8_9",
  "1.5E3",
  "2.0D0",
  "'a'",
  "'\\n'",
  '"text"',
  '"bad\\q"',
  "<*FATAL",
  "<*ASSERT",
  "<*INLINE",
  "<*EXTERNAL",
  "<*UNKNOWN",
  "(*",
  "*)",
  "<*",
  '"',
  "'",
  "\n",
];

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("empty list");
  return item;
}

function checkSurvives(path: string, text: string): void {
  let result;
  try {
    result = parse({ path, text });
  } catch (caught) {
    throw new Error(`parse threw on ${JSON.stringify(text)}: ${String(caught)}`);
  }
  for (const d of result.diagnostics) {
    if (d.code === "E1999")
      throw new Error(`internal error on ${JSON.stringify(text)}: ${d.message}`);
    const span = d.span;
    if (span !== undefined) {
      const valid =
        span.line >= 1 &&
        span.column >= 1 &&
        span.start >= 0 &&
        span.start <= span.end &&
        span.end <= text.length + 1;
      if (!valid) throw new Error(`bad span ${JSON.stringify(span)} on ${JSON.stringify(text)}`);
    }
    renderDiagnostic(d, { color: false, sourceText: () => text });
  }
}

const here = dirname(fileURLToPath(import.meta.url));
const acceptDir = join(here, "golden", "accept");
const programs = readdirSync(acceptDir)
  .filter((name) => /\.(m3|i3)$/.test(name))
  .sort()
  .map((name) => readFileSync(join(acceptDir, name), "utf8"));

describe("parse never throws", () => {
  it("survives 2,000 random token streams", () => {
    const random = prng(1);
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 60);
      const words: string[] = [];
      // Half the streams start like a unit, so the parser gets past the header.
      if (random() < 0.5)
        words.push(pick(random, ["MODULE M;", "INTERFACE I;", "UNSAFE MODULE M;"]));
      for (let k = 0; k < length; k++) words.push(pick(random, VOCABULARY));
      checkSurvives("stream.m3", words.join(random() < 0.5 ? " " : ""));
    }
  });

  it("survives 2,000 random byte strings", () => {
    const random = prng(2);
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 200);
      let text = "";
      for (let k = 0; k < length; k++) text += String.fromCharCode(Math.floor(random() * 256));
      checkSurvives("bytes.m3", text);
    }
  });

  it("survives 1,000 mutations of valid programs", () => {
    const random = prng(3);
    for (let i = 0; i < 1000; i++) {
      const program = pick(random, programs);
      const tokens = lex({ path: "p.m3", text: program }).tokens;
      let text = program;
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits && tokens.length > 1; e++) {
        const index = Math.floor(random() * (tokens.length - 1));
        const token = tokens[index];
        const next = tokens[index + 1];
        if (token === undefined || next === undefined) continue;
        const start = token.startOffset;
        const end = (token.endOffset ?? start) + 1;
        const kind = random();
        if (kind < 0.4) {
          text = text.slice(0, start) + text.slice(end);
        } else if (kind < 0.8) {
          text = text.slice(0, start) + pick(random, VOCABULARY) + " " + text.slice(start);
        } else {
          const nextStart = next.startOffset;
          const nextEnd = (next.endOffset ?? nextStart) + 1;
          text =
            text.slice(0, start) +
            next.image +
            text.slice(end, nextStart) +
            token.image +
            text.slice(nextEnd);
        }
        // Offsets after the first edit are stale; edit from the new text's tokens next time.
        tokens.splice(0, tokens.length, ...lex({ path: "p.m3", text }).tokens);
      }
      checkSurvives("mutant.m3", text);
    }
  });

  it("still finds every valid program clean", () => {
    for (const program of programs) {
      expect(
        parse({ path: "ok.m3", text: program }).diagnostics.filter((d) => d.severity === "error"),
      ).toEqual([]);
    }
  });
});
