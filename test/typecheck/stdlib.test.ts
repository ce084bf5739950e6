// The standard library's interfaces are ordinary .i3 files that must check with no diagnostics.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, STDLIB_DIR } from "../../src/typecheck/index.js";

const interfaces = readdirSync(STDLIB_DIR)
  .filter((f) => f.endsWith(".i3"))
  .sort();

describe("stdlib", () => {
  it("has the interfaces the next stages need", () => {
    for (const name of [
      "Text",
      "Fmt",
      "IO",
      "Wr",
      "Rd",
      "Stdio",
      "Word",
      "Math",
      "Scan",
      "Thread",
      "Process",
      "Params",
      "TextRefTbl",
      "Main",
    ]) {
      expect(interfaces).toContain(`${name}.i3`);
    }
  });

  for (const file of interfaces) {
    it(`${file} checks cleanly`, () => {
      const path = join(STDLIB_DIR, file);
      const result = check({ units: [{ path, text: readFileSync(path, "utf8") }], searchPath: [] });
      expect(result.diagnostics).toEqual([]);
      expect(result.program.units.some((u) => u.file === path)).toBe(true);
    });
  }
});
