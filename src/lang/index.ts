// The front end's entry point: `parse(file)` turns source text into a unit and diagnostics.
// Other stages import from src/lang only this file, ast.ts, source.ts and diagnostics.ts.
import type { Unit } from "./ast.js";
import { error, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { lexReusingTokens } from "./lexer.js";
import { parseTokens } from "./parse/parser.js";
import { fileSpan, type SourceFile } from "./source.js";

export type * from "./ast.js";
export { astToJson, dumpAst, type DumpOptions } from "./dump.js";
export * from "./diagnostics.js";
export * from "./source.js";

export interface ParseResult {
  /** Present whenever the unit's header could be parsed, even if errors follow. */
  readonly unit?: Unit;
  readonly diagnostics: readonly Diagnostic[];
}

/** Never throws: a failure inside the parser itself becomes an internal-error diagnostic. */
export function parse(file: SourceFile): ParseResult {
  try {
    // Nothing below keeps a token past this call, so the lexer may reuse token objects.
    const lexed = lexReusingTokens(file);
    const parsed = parseTokens(file.path, file.text, lexed.tokens, lexed.diagnostics);
    const diagnostics = sortDiagnostics([...lexed.diagnostics, ...parsed.diagnostics]);
    return { ...(parsed.unit ? { unit: parsed.unit } : {}), diagnostics };
  } catch (caught) {
    if (caught instanceof RangeError && /call stack/i.test(caught.message)) {
      return {
        diagnostics: [
          error("E1199", "the program is nested too deeply to parse", fileSpan(file.path), {
            hint: "split deeply nested expressions or statements into smaller pieces",
          }),
        ],
      };
    }
    const message = caught instanceof Error ? caught.message : String(caught);
    return {
      diagnostics: [
        error("E1999", `internal error in the parser: ${message}`, fileSpan(file.path), {
          hint: "this is a bug in Spindle; please report it with the file that caused it",
        }),
      ],
    };
  }
}
