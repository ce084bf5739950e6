// `check` with bodies "discard" parses each procedure body when its turn comes and drops it after:
// it must report exactly what a check that keeps the bodies reports, for every program we have,
// including ones whose bodies have syntax errors, and it must keep nothing of the bodies.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderDiagnostic } from "../../src/cli/render.js";
import { generate } from "../../src/codegen/index.js";
import type { Decl } from "../../src/lang/ast.js";
import type { SourceFile } from "../../src/lang/source.js";
import { check, type CheckRequest } from "../../src/typecheck/index.js";
import { generateModule } from "../lang/support/generate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Programs to check: every sample, and every code-generation golden (file or folder). */
function programs(): { name: string; units: SourceFile[]; searchPath: string[] }[] {
  const found: { name: string; units: SourceFile[]; searchPath: string[] }[] = [];
  const read = (path: string): SourceFile => ({ path, text: readFileSync(path, "utf8") });
  const samples = join(root, "samples", "programs");
  for (const f of readdirSync(samples)
    .filter((f) => f.endsWith(".m3"))
    .sort())
    found.push({ name: `samples/${f}`, units: [read(join(samples, f))], searchPath: [samples] });
  const golden = join(root, "test", "codegen", "golden");
  for (const entry of readdirSync(golden).sort()) {
    const full = join(golden, entry);
    if (statSync(full).isDirectory()) {
      const units = readdirSync(full)
        .filter((f) => f.endsWith(".m3"))
        .sort()
        .map((f) => read(join(full, f)));
      found.push({ name: `codegen/${entry}`, units, searchPath: [full] });
    } else if (entry.endsWith(".m3")) {
      found.push({ name: `codegen/${entry}`, units: [read(full)], searchPath: [] });
    }
  }
  return found;
}

function rendered(request: CheckRequest): string {
  const texts = new Map(request.units.map((u) => [u.path, u.text]));
  return check(request)
    .diagnostics.map((d) =>
      renderDiagnostic(d, {
        color: false,
        sourceText: (path) => texts.get(path) ?? readFileSync(path, "utf8"),
      }),
    )
    .join("\n");
}

describe("a check that discards bodies reports what a check that keeps them reports", () => {
  for (const p of programs()) {
    it(p.name, () => {
      const request = { units: p.units, searchPath: p.searchPath };
      expect(rendered({ ...request, bodies: "discard" })).toBe(rendered(request));
    });
  }

  it("words a syntax error in a body, and still reports the type errors of other bodies", () => {
    const text = `MODULE Broken;
PROCEDURE Good(): INTEGER =
  BEGIN
    RETURN TRUE
  END Good;

PROCEDURE Bad() =
  VAR x: INTEGER;
  BEGIN
    x := := 1
  END Bad;

BEGIN
END Broken.
`;
    const request = { units: [{ path: "Broken.m3", text }], searchPath: [] };
    const kept = check(request).diagnostics;
    const discarded = check({ ...request, bodies: "discard" }).diagnostics;
    expect(discarded).toEqual(kept);
    expect(kept.map((d) => `${d.code}@${d.span?.line}`)).toEqual([
      "E2003@4",
      "W2001@8",
      "E1102@10",
    ]);
  });
});

describe("bodies the checker does not check", () => {
  const same = (text: string, path = "M.m3"): string[] => {
    const request = { units: [{ path, text }], searchPath: [] };
    const kept = check(request).diagnostics;
    expect(check({ ...request, bodies: "discard" }).diagnostics).toEqual(kept);
    return kept.map((d) => d.code);
  };

  it("still have their syntax errors reported: a procedure with a body in an interface", () => {
    const text = "INTERFACE I;\nPROCEDURE P() = BEGIN x := := 1 END P;\nEND I.\n";
    expect(same(text, "I.i3")).toEqual(["E2024", "E1102"]);
  });

  it("still have their syntax errors reported: a procedure whose name is taken", () => {
    const text =
      "MODULE M;\nPROCEDURE P() = BEGIN END P;\nPROCEDURE P() = BEGIN x := := 1 END P;\nBEGIN END M.\n";
    expect(same(text)).toContain("E1102");
  });

  it("are not parsed twice for a lexical warning (an unknown pragma) in a body", () => {
    const text = "MODULE M;\nPROCEDURE P() = BEGIN <*LL.sup < mu*> END P;\nBEGIN P() END M.\n";
    expect(same(text)).toEqual(["W1001"]);
    const { program } = check({
      units: [{ path: "M.m3", text }],
      searchPath: [],
      bodies: "discard",
    });
    const p = program.units.find((u) => u.name === "M")?.ast.decls[0];
    expect(p?.kind === "ProcedureDecl" && p.body?.kind).toBe("DeferredBlock");
  });
});

describe("a check that discards bodies keeps none of them", () => {
  // The generated procedures, and one long enough that its nodes fill whole chunks of facts.
  const long = Array.from({ length: 800 }, (_, i) => `    x := x + ${i} * y;`).join("\n");
  const text = generateModule(300, "Discarded").replace(
    "BEGIN\nEND Discarded.",
    `PROCEDURE Long(y: INTEGER): INTEGER =\n  VAR x := 0;\n  BEGIN\n${long}\n    RETURN x\n  END Long;\n\nBEGIN\nEND Discarded.`,
  );
  const request = { units: [{ path: "Discarded.m3", text }], searchPath: [] };

  it("leaves each procedure's body deferred, with no facts about its nodes", () => {
    const kept = check(request).program;
    const discarded = check({ ...request, bodies: "discard" }).program;
    const decls = discarded.units.find((u) => u.name === "Discarded")?.ast.decls ?? [];
    const procedures = decls.filter(
      (d): d is Extract<Decl, { kind: "ProcedureDecl" }> => d.kind === "ProcedureDecl",
    );
    expect(procedures.length).toBeGreaterThan(5);
    expect(procedures.every((p) => p.body?.kind === "DeferredBlock")).toBe(true);
    const insideABody = (start: number): boolean =>
      procedures.some(
        (p) => p.body !== undefined && p.body.span.start <= start && start < p.body.span.end,
      );
    const bodyFacts = [...discarded.exprTypes.keys()]
      .filter((node) => node.span.file === "Discarded.m3" && insideABody(node.span.start))
      .map((node) => `${node.kind} at ${node.span.line}:${node.span.column}`);
    expect(bodyFacts).toEqual([]);
    // The same program with its bodies kept has a type for each of their expressions.
    expect(discarded.exprTypes.size).toBeLessThan(kept.exprTypes.size / 10);
  });

  it("is refused by code generation, which needs the bodies", () => {
    const { program } = check({ ...request, bodies: "discard" });
    const result = generate(program, "Discarded");
    expect(result.bytes).toBeUndefined();
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      `module 'Discarded' was checked without its procedure bodies (check's bodies: "discard"); check it with bodies kept to compile it`,
    ]);
  });
});
