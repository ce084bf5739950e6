// Runs the checker over golden programs: files are named relative to test/typecheck/golden so the
// rendered diagnostics in `.expected` files do not depend on where the checkout lives.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import type { Diagnostic } from "../../../src/lang/diagnostics.js";
import { renderDiagnostic } from "../../../src/cli/render.js";
import { check, type CheckResult } from "../../../src/typecheck/index.js";

export const GOLDEN = new URL("../golden/", import.meta.url).pathname;

function readGolden(path: string): string | undefined {
  const full = isAbsolute(path) ? path : join(GOLDEN, path);
  try {
    return readFileSync(full, "utf8");
  } catch {
    return undefined;
  }
}

/** One golden case: a single file, or a folder whose .i3/.m3 files are checked together. */
export interface GoldenCase {
  readonly name: string;
  /** Paths relative to GOLDEN. */
  readonly files: readonly string[];
  readonly searchPath: readonly string[];
  readonly trusted: boolean;
}

export function goldenCases(folder: "accept" | "reject"): GoldenCase[] {
  const dir = join(GOLDEN, folder);
  const cases: GoldenCase[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    const trusted = entry.startsWith("trusted_");
    if (statSync(full).isDirectory()) {
      const files = readdirSync(full)
        .filter((f) => f.endsWith(".m3") || f.endsWith(".i3"))
        .sort()
        .map((f) => `${folder}/${entry}/${f}`);
      cases.push({ name: entry, files, searchPath: [`${folder}/${entry}`], trusted });
    } else if (entry.endsWith(".m3") || entry.endsWith(".i3")) {
      cases.push({
        name: entry.replace(/\.(m3|i3)$/, ""),
        files: [`${folder}/${entry}`],
        searchPath: [],
        trusted,
      });
    }
  }
  return cases;
}

export function runCase(c: GoldenCase, bodies: "keep" | "discard" = "keep"): CheckResult {
  return check({
    units: c.files.map((path) => ({ path, text: readGolden(path) ?? "" })),
    searchPath: c.searchPath,
    trusted: c.trusted,
    readFile: readGolden,
    bodies,
  });
}

export function render(diagnostics: readonly Diagnostic[]): string {
  return (
    diagnostics
      .map((d) => renderDiagnostic(d, { color: false, sourceText: readGolden }))
      .join("\n") + "\n"
  );
}

export function expectedPath(folder: string, name: string): string {
  return join(GOLDEN, folder, `${name}.expected`);
}

export { existsSync };
