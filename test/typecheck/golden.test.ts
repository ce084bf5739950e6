// Golden programs: every accepted one checks with no diagnostic at all; every rejected one
// produces exactly its `.expected` rendering (regenerate with UPDATE_GOLDEN=1). Both hold whether
// the checker keeps the procedure bodies or parses, checks and drops them one at a time.
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { existsSync, expectedPath, goldenCases, render, runCase } from "./support/golden.js";

const update = process.env["UPDATE_GOLDEN"] === "1";

describe("accepted programs check cleanly", () => {
  for (const c of goldenCases("accept")) {
    it(c.name, () => {
      const result = runCase(c);
      expect(render(result.diagnostics)).toBe("\n");
    });
  }
});

describe("accepted programs check cleanly with their bodies discarded", () => {
  for (const c of goldenCases("accept")) {
    it(c.name, () => {
      expect(render(runCase(c, "discard").diagnostics)).toBe("\n");
    });
  }
});

describe("rejected programs report the same diagnostics with their bodies discarded", () => {
  for (const c of goldenCases("reject")) {
    it(c.name, () => {
      const path = expectedPath("reject", c.name);
      expect(render(runCase(c, "discard").diagnostics)).toBe(readFileSync(path, "utf8"));
    });
  }
});

describe("rejected programs report exactly the expected diagnostics", () => {
  for (const c of goldenCases("reject")) {
    it(c.name, () => {
      const result = runCase(c);
      const actual = render(result.diagnostics);
      const path = expectedPath("reject", c.name);
      if (update) writeFileSync(path, actual);
      expect(existsSync(path), `${path} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(actual).toBe(readFileSync(path, "utf8"));
    });
  }
});
