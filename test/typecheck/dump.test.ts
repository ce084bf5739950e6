// --dump-types output: declarations with their resolved types, values and fingerprints.
import { describe, expect, it } from "vitest";
import { dumpTypes } from "../../src/typecheck/index.js";
import { checkSources } from "./support/check.js";

describe("dumpTypes", () => {
  it("lists each unit's declarations with resolved types and constant values", () => {
    const result = checkSources({
      "Shapes.i3": `INTERFACE Shapes;
TYPE Kind = {Circle, Square};
TYPE T <: REFANY;
CONST Sides = 2 * 2;
PROCEDURE Area (k: Kind; size: REAL): REAL;
END Shapes.
`,
    });
    const text = dumpTypes(result.program);
    expect(text).toMatch(/^INTERFACE Shapes {2}\(fingerprint [0-9a-f]{32}\)$/m);
    expect(text).toContain("TYPE Kind = {Circle, Square}");
    expect(text).toContain("TYPE T <: REFANY");
    expect(text).toContain("CONST Sides: INTEGER = 4");
    expect(text).toContain("PROCEDURE Area (k: Shapes.Kind; size: REAL): REAL");
  });
});
