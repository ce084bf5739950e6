// Golden tests: every accept/ program parses cleanly; every reject/ program renders exactly the
// diagnostics in its .expected file (regenerate with UPDATE_GOLDEN=1).
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderDiagnostic } from "../../src/cli/render.js";
import { parse } from "../../src/lang/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const golden = join(here, "golden");
const update = process.env["UPDATE_GOLDEN"] === "1";

function sources(folder: string): string[] {
  return readdirSync(join(golden, folder))
    .filter((name) => name.endsWith(".m3") || name.endsWith(".i3"))
    .sort();
}

/** Diagnostics as a user sees them, colour off; paths relative to the golden folder. */
function rendered(relative: string): string {
  const text = readFileSync(join(golden, relative), "utf8");
  const result = parse({ path: relative, text });
  return result.diagnostics
    .map((d) => renderDiagnostic(d, { color: false, sourceText: () => text }) + "\n")
    .join("");
}

describe("accepted programs", () => {
  const files = sources("accept");

  it("has a broad corpus", () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
  });

  for (const file of files) {
    it(`parses ${file} without diagnostics`, () => {
      const relative = `accept/${file}`;
      expect(rendered(relative)).toBe("");
      const text = readFileSync(join(golden, relative), "utf8");
      expect(parse({ path: relative, text }).unit).toBeDefined();
    });
  }
});

describe("rejected programs", () => {
  const files = sources("reject");

  it("has one file per rule", () => {
    expect(files.length).toBeGreaterThanOrEqual(35);
  });

  for (const file of files) {
    it(`reports ${file} as expected`, () => {
      const relative = `reject/${file}`;
      const expectedPath = join(golden, "reject", file.replace(/\.(m3|i3)$/, ".expected"));
      const actual = rendered(relative);
      if (update) writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} is missing; run with UPDATE_GOLDEN=1`).toBe(
        true,
      );
      expect(actual).not.toBe("");
      expect(actual).toBe(readFileSync(expectedPath, "utf8"));
    });
  }
});
