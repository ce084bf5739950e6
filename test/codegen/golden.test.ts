// Golden programs: each test/codegen/golden/NAME.m3 runs through the real pipeline (check, generate,
// link with the standard library, run) and must print NAME.out; a first line `(* exit: N *)` sets
// the expected exit status and NAME.err the expected stderr. NAME.in, if present, is the
// program's standard input (else it is empty) and NAME.args its arguments, one per line. A folder
// NAME/ holds a program of several modules (Main.m3 plus its other units; expected.in and
// expected.args). UPDATE_GOLDEN=1 rewrites the expectations.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spindle } from "./harness.js";
import { STDLIB_DIR } from "../../src/cli/paths.js";

const GOLDEN = join(import.meta.dirname, "golden");
const SAMPLES = join(import.meta.dirname, "../../samples/programs");
const update = process.env["UPDATE_GOLDEN"] === "1";
const cache = mkdtempSync(join(tmpdir(), "spindle-golden-"));

interface Case {
  readonly name: string;
  readonly files: string[];
  readonly expected: string;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const entry of readdirSync(GOLDEN).sort()) {
    const path = join(GOLDEN, entry);
    if (entry.endsWith(".m3"))
      out.push({ name: entry.slice(0, -3), files: [path], expected: path.slice(0, -3) });
    else if (entry !== "samples" && statSync(path).isDirectory()) {
      const files = readdirSync(path)
        .filter((f) => /\.(m3|i3)$/.test(f))
        .sort()
        .map((f) => join(path, f));
      out.push({ name: entry, files, expected: join(path, "expected") });
    }
  }
  for (const entry of readdirSync(SAMPLES).sort()) {
    if (entry.endsWith(".m3"))
      out.push({
        name: `samples/${entry}`,
        files: [join(SAMPLES, entry)],
        expected: join(GOLDEN, "samples", entry.slice(0, -3)),
      });
  }
  return out;
}

function expectedExit(files: readonly string[]): number {
  for (const f of files) {
    const match = /^\(\* exit: (\d+) \*\)/.exec(readFileSync(f, "utf8"));
    if (match) return Number(match[1]);
  }
  return 0;
}

function check(path: string, actual: string): void {
  if (update) {
    if (actual !== "" || existsSync(path)) writeFileSync(path, actual);
    return;
  }
  const expected = existsSync(path) ? readFileSync(path, "utf8") : "";
  expect(actual).toBe(expected);
}

describe("golden programs", () => {
  for (const c of cases()) {
    it(
      c.name,
      async () => {
        const args = existsSync(`${c.expected}.args`)
          ? readFileSync(`${c.expected}.args`, "utf8").split("\n").slice(0, -1)
          : [];
        const stdin = existsSync(`${c.expected}.in`) ? readFileSync(`${c.expected}.in`) : "";
        const result = await spindle(
          ["run", "-I", join(c.files[0] ?? "", ".."), ...c.files, "--", ...args],
          { XDG_CACHE_HOME: cache },
          stdin,
        );
        check(`${c.expected}.out`, result.stdout);
        check(
          `${c.expected}.err`,
          result.stderr
            .split(GOLDEN)
            .join("golden")
            .split(SAMPLES)
            .join("samples")
            .split(STDLIB_DIR)
            .join("stdlib/"),
        );
        expect(result.code).toBe(expectedExit(c.files));
      },
      120_000,
    );
  }
});
