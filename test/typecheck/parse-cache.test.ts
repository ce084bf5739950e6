// check() parses a text it has seen before only once per process, but keeps no more than about a
// megabyte of source parsed: a long-lived process must not hold every large program's tree.
import { describe, expect, it } from "vitest";
import { check, unitNamed } from "../../src/typecheck/index.js";
import { generateModule } from "../lang/support/generate.js";

function treeOf(path: string, text: string) {
  const { program, diagnostics } = check({ units: [{ path, text }], searchPath: [] });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const name = path.replace(/\.m3$/, "");
  return unitNamed(program, name)?.ast;
}

describe("the parse cache", () => {
  it("reuses the tree of a small file it has parsed", () => {
    const text = generateModule(200, "Small");
    const first = treeOf("Small.m3", text);
    expect(first).toBeDefined();
    expect(treeOf("Small.m3", text)).toBe(first);
  });

  it("does not keep the tree of a file of more than a megabyte", () => {
    const text = generateModule(40_000, "Large");
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const first = treeOf("Large.m3", text);
    expect(first).toBeDefined();
    expect(treeOf("Large.m3", text)).not.toBe(first);
  });
});
