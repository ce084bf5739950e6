// Units across files: interfaces found on the search path, checked once per run, and the
// diagnostics a user sees when an import cannot be satisfied.
import { describe, expect, it } from "vitest";
import { unitNamed } from "../../src/typecheck/index.js";
import { checkSources, errorsOf } from "./support/check.js";

const geometry = `INTERFACE Geometry;
TYPE Point = RECORD x, y: INTEGER END;
PROCEDURE Dist (READONLY a, b: Point): INTEGER;
END Geometry.
`;

const user = (name: string): string => `MODULE ${name};
IMPORT Geometry;
VAR p := Geometry.Point{1, 2};
BEGIN
  EVAL Geometry.Dist(p, p);
END ${name}.
`;

describe("units", () => {
  it("finds imported interfaces on the search path without naming them", () => {
    const result = checkSources(
      { "A.m3": user("A"), "Geometry.i3": geometry },
      { named: ["A.m3"] },
    );
    expect(errorsOf(result)).toEqual([]);
    expect(unitNamed(result.program, "Geometry")?.file).toBe("mem/Geometry.i3");
  });

  it("checks an interface once however many modules import it", () => {
    const result = checkSources(
      { "A.m3": user("A"), "B.m3": user("B"), "Geometry.i3": geometry },
      { named: ["A.m3", "B.m3"] },
    );
    expect(errorsOf(result)).toEqual([]);
    expect(result.program.units.map((u) => u.name)).toEqual(["Geometry", "A", "B"]);
  });

  it("reports a missing interface at the IMPORT and nothing at its uses", () => {
    const result = checkSources({ "A.m3": user("A") }, { named: ["A.m3"] });
    expect(errorsOf(result)).toEqual([
      "E2022 interface 'Geometry' was not found: no Geometry.i3 on the search path",
    ]);
    expect(result.diagnostics[0]?.span?.line).toBe(2);
  });

  it("links interface procedures to the module procedures that implement them", () => {
    const impl = `MODULE Geometry;
PROCEDURE Dist (READONLY a, b: Point): INTEGER =
  BEGIN
    RETURN ABS(a.x - b.x) + ABS(a.y - b.y);
  END Dist;
BEGIN
END Geometry.
`;
    const result = checkSources({ "Geometry.i3": geometry, "Geometry.m3": impl });
    expect(errorsOf(result)).toEqual([]);
    const declared = unitNamed(result.program, "Geometry")!.procedures.find(
      (p) => p.name === "Dist",
    )!;
    expect(declared.implementation?.unit).toBe("Geometry");
    expect(declared.implementation?.implements).toBe(declared);
  });

  it("rejects UNSAFE units unless the build is trusted", () => {
    const text = "UNSAFE MODULE K;\nVAR x: INTEGER; a := ADR(x);\nBEGIN\n  EVAL a;\nEND K.\n";
    expect(errorsOf(checkSources({ "K.m3": text }))).toEqual([
      "E2016 UNSAFE module 'K' is accepted only when building trusted kernel code",
    ]);
    expect(errorsOf(checkSources({ "K.m3": text }, { trusted: true }))).toEqual([]);
  });
});
