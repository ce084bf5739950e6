// The front end's entry point: `parse(file)` turns source text into a unit and diagnostics.
// Other stages import from src/lang only this file, ast.ts, source.ts and diagnostics.ts.
import type { DeferredBlock, Unit } from "./ast.js";
import { error, sortDiagnostics, type Diagnostic } from "./diagnostics.js";
import { lexReusingTokens } from "./lexer.js";
import { parseBlockTokens, parseTokens, type DeferredParse } from "./parse/parser.js";
import { fileSpan, type SourceFile } from "./source.js";

export type * from "./ast.js";
export { astToJson, dumpAst, type DumpOptions } from "./dump.js";
export * from "./diagnostics.js";
export * from "./source.js";
export type { DeferredParse } from "./parse/parser.js";

export interface ParseOptions {
  /**
   * Leave procedures' blocks as `DeferredBlock`s, for `parseDeferredBlock` to parse one at a time
   * (the checker does, when it wants only diagnostics). Their syntax is checked only then.
   */
  readonly deferBodies?: boolean;
}

export interface ParseResult {
  /** Present whenever the unit's header could be parsed, even if errors follow. */
  readonly unit?: Unit;
  readonly diagnostics: readonly Diagnostic[];
}

/** Never throws: a failure inside the parser itself becomes an internal-error diagnostic. */
export function parse(file: SourceFile, options: ParseOptions = {}): ParseResult {
  try {
    // Nothing below keeps a token past this call, so the lexer may reuse token objects.
    const lexed = lexReusingTokens(file);
    const parsed = parseTokens(file.path, file.text, lexed.tokens, lexed.diagnostics, options);
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

/**
 * Parses a `DeferredBlock`; undefined if it has a syntax error (the caller then parses the whole
 * file, whose diagnostics word every error). The block's nodes have consecutive ids, so a caller
 * keeping facts by id can drop the block's by their range. The lexer's tokens are reused, so this
 * must not run inside another `parse`.
 */
export function parseDeferredBlock(deferred: DeferredBlock): DeferredParse | undefined {
  const lexed = lexReusingTokens(deferred.source, deferred);
  // Lexical errors and warnings were reported when the whole file was lexed; an error makes the
  // caller parse the file again eagerly, as if the block did not parse.
  if (lexed.diagnostics.some((d) => d.severity === "error")) return undefined;
  return parseBlockTokens(deferred.source, lexed.tokens);
}
