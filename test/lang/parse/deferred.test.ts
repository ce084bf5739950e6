// Deferred bodies: `parse(file, { deferBodies: true })` leaves each procedure's block as the place
// of its text, and `parseDeferredBlock` must then build exactly the block the eager parse builds,
// spans included (the checker reports from them), or report that it has a syntax error.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Block, Decl, DeferredBlock, Unit } from "../../../src/lang/ast.js";
import { astToJson, parse, parseDeferredBlock } from "../../../src/lang/index.js";
import { generateModule } from "../support/generate.js";

const here = dirname(fileURLToPath(import.meta.url));
const accept = join(here, "..", "golden", "accept");
const stdlib = join(here, "..", "..", "..", "stdlib");

function modulesIn(dir: string): { path: string; text: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".m3"))
    .sort()
    .map((f) => ({ path: f, text: readFileSync(join(dir, f), "utf8") }));
}

function bodies(unit: Unit | undefined): (Block | DeferredBlock)[] {
  const found: (Block | DeferredBlock)[] = [];
  const visit = (decls: readonly Decl[]): void => {
    for (const d of decls) {
      if (d.kind !== "ProcedureDecl" || d.body === undefined) continue;
      found.push(d.body);
      if (d.body.kind === "Block") visit(d.body.decls);
    }
  };
  if (unit !== undefined) visit(unit.decls);
  return found;
}

/** A block as data with spans, without node ids (which differ between two parses). */
function plain(block: Block): unknown {
  return astToJson(block as unknown as Unit, { spans: true });
}

function parsedBlock(body: Block | DeferredBlock): Block {
  if (body.kind === "Block") return body;
  const parsed = parseDeferredBlock(body);
  if (parsed === undefined) throw new Error(`deferred block at line ${body.line} did not parse`);
  return parsed.block;
}

const corpus = [
  ...modulesIn(accept),
  ...modulesIn(stdlib),
  { path: "Generated.m3", text: generateModule(400, "Generated") },
];

describe("deferred blocks parse to the blocks the eager parse builds", () => {
  for (const file of corpus) {
    it(file.path, () => {
      const eager = parse(file);
      const deferred = parse(file, { deferBodies: true });
      expect(deferred.diagnostics).toEqual(eager.diagnostics);
      const expected = bodies(eager.unit);
      const actual = bodies(deferred.unit);
      expect(actual.map((b) => plain(parsedBlock(b)))).toEqual(
        expected.map((b) => plain(b as Block)),
      );
    });
  }

  it("defers every procedure of a module, and parses at once a block that declares procedures", () => {
    const text = `MODULE M;
PROCEDURE A(): INTEGER =
  TYPE R = RECORD x: INTEGER END;
  VAR r: R; o: OBJECT n: INTEGER END;
  BEGIN
    REPEAT r.x := r.x + 1 UNTIL r.x > 3;
    TRY LOCK NIL DO END EXCEPT ELSE END;
    RETURN r.x
  END A;
PROCEDURE B() =
  PROCEDURE Inner() = BEGIN END Inner;
  BEGIN Inner() END B;
BEGIN END M.
`;
    const unit = parse({ path: "M.m3", text }, { deferBodies: true }).unit;
    const kinds = bodies(unit).map((b) => b.kind);
    expect(kinds).toEqual(["DeferredBlock", "Block", "Block"]);
    const a = bodies(unit)[0] as DeferredBlock;
    expect(text.slice(a.start, a.end)).toMatch(/^TYPE R = RECORD[\s\S]*RETURN r\.x\n {2}END$/);
    expect({ line: a.span.line, column: a.span.column }).toEqual({ line: 3, column: 3 });
  });

  it("finds a syntax error in a deferred block only when the block is parsed", () => {
    const text = `MODULE M;
PROCEDURE A() =
  VAR x: INTEGER;
  BEGIN
    x := := 1
  END A;
BEGIN END M.
`;
    const deferred = parse({ path: "M.m3", text }, { deferBodies: true });
    expect(deferred.diagnostics).toEqual([]);
    const body = bodies(deferred.unit)[0];
    expect(body?.kind).toBe("DeferredBlock");
    expect(parseDeferredBlock(body as DeferredBlock)).toBeUndefined();
    expect(parse({ path: "M.m3", text }).diagnostics.map((d) => d.code)).toContain("E1102");
  });

  it("numbers a block's nodes consecutively, so their facts can be dropped by range", () => {
    const unit = parse(
      { path: "G.m3", text: generateModule(100, "G") },
      { deferBodies: true },
    ).unit;
    // The second procedure: the first is the generator's small Max.
    const parsed = parseDeferredBlock(bodies(unit)[1] as DeferredBlock);
    expect(parsed).toBeDefined();
    const ids: number[] = [];
    const visit = (value: unknown): void => {
      if (typeof value !== "object" || value === null) return;
      if ("id" in value && typeof value.id === "number") ids.push(value.id);
      for (const child of Object.values(value)) visit(child);
    };
    visit(parsed!.block);
    expect(ids.length).toBeGreaterThan(50);
    expect(Math.min(...ids)).toBeGreaterThanOrEqual(parsed!.firstNodeId);
    expect(Math.max(...ids)).toBeLessThan(parsed!.endNodeId);
  });
});
