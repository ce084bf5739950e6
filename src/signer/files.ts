// Reading the signer's own files (keys, client lists, policies) as results, so a missing or
// unreadable file is reported with its path like any other bad input.
import { readFileSync } from "node:fs";
import { fail, ok, type Result } from "./result.js";

export function cannotRead<T>(path: string, caught: unknown): Result<T> {
  return fail(`cannot read ${path}: ${caught instanceof Error ? caught.message : String(caught)}`);
}

export function readTextFile(path: string): Result<string> {
  try {
    return ok(readFileSync(path, "utf8"));
  } catch (caught) {
    return cannotRead(path, caught);
  }
}
