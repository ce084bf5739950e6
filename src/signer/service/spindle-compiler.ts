// The signing service's own compiler, loaded in worker threads: it sees only the request's
// sources and the service's standard library, never other files on the server.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { STDLIB_DIR } from "../../typecheck/index.js";
import { compileAttested } from "../attest.js";
import type { ServiceCompileRequest, ServiceCompileResult } from "./compiler.js";

/** A folder name that exists nowhere: request interfaces are looked up under it by name. */
const REQUEST_DIR = "/spindle-request";

export function compile(request: ServiceCompileRequest): ServiceCompileResult {
  const provided = new Map<string, string>();
  for (const file of request.interfaces) {
    const name = file.path.split(/[\\/]/).pop() ?? file.path;
    provided.set(join(REQUEST_DIR, name), file.text);
  }
  const readFile = (path: string): string | undefined => {
    const given = provided.get(path);
    if (given !== undefined) return given;
    if (!path.startsWith(STDLIB_DIR) || path.includes("..")) return undefined;
    try {
      return readFileSync(path, "utf8");
    } catch {
      return undefined;
    }
  };
  return compileAttested({ module: request.module, searchPath: [REQUEST_DIR], readFile });
}
