// Golden `--dump-ast` trees: each dump/ program's tree must print exactly as in its .ast file
// (regenerate with UPDATE_GOLDEN=1), so what the parser keeps — pragmas on fields and methods,
// procedure types as actuals — is visible and pinned.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dumpAst, parse } from "../../src/lang/index.js";

const folder = join(dirname(fileURLToPath(import.meta.url)), "golden", "dump");
const update = process.env["UPDATE_GOLDEN"] === "1";

describe("--dump-ast", () => {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".m3") || name.endsWith(".i3"))
    .sort();

  it("has programs to dump", () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of files) {
    it(`prints the tree of ${file}`, () => {
      const text = readFileSync(join(folder, file), "utf8");
      const result = parse({ path: file, text });
      expect(result.diagnostics).toEqual([]);
      const unit = result.unit;
      if (unit === undefined) throw new Error(`${file} has no unit`);
      const actual = dumpAst(unit, { spans: true }) + "\n";
      const expectedPath = join(folder, file.replace(/\.(m3|i3)$/, ".ast"));
      if (update) writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} is missing; run with UPDATE_GOLDEN=1`).toBe(
        true,
      );
      expect(actual).toBe(readFileSync(expectedPath, "utf8"));
    });
  }
});
