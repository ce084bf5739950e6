// Checks in-memory sources: a map of file name to text stands in for the disk (stdlib is read from disk).
import { readFileSync } from "node:fs";
import type { CheckResult } from "../../../src/typecheck/index.js";
import { check } from "../../../src/typecheck/index.js";

export function checkSources(
  sources: Record<string, string>,
  options: { trusted?: boolean; named?: string[] } = {},
): CheckResult {
  const named = options.named ?? Object.keys(sources);
  return check({
    units: named.map((path) => ({ path, text: sources[path] ?? "" })),
    searchPath: ["mem"],
    trusted: options.trusted ?? false,
    readFile: (path) => {
      if (path.startsWith("mem/")) return sources[path.slice(4)];
      try {
        return readFileSync(path, "utf8");
      } catch {
        return undefined;
      }
    },
  });
}

export function errorsOf(result: CheckResult): string[] {
  return result.diagnostics.map((d) => `${d.code} ${d.message}`);
}
