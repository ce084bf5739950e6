// Parsing one file: the descent parser for valid files, else the grammar (chevrotain, built once,
// lazily, as its analysis is slow), whose errors become our diagnostics, cascades filtered out.
import type { IRecognitionException, IToken } from "chevrotain";
import type { Block, Unit } from "../ast.js";
import { error, type Diagnostic } from "../diagnostics.js";
import type { SourceLines, Span } from "../source.js";
import { syncTokenIdx } from "./core.js";
import { DeclRules } from "./decls.js";
import { parseValid, parseValidBlock } from "./descent/decls.js";
import { peekNodeId } from "./nodes.js";

class SpindleParser extends DeclRules {
  constructor() {
    super();
    this.performSelfAnalysis();
  }

  parseUnit(fileName: string, fileEnd: number, tokens: IToken[]): Unit | undefined {
    this.resetPartial();
    this.clearExpressionStack();
    this.begin(fileName, fileEnd, tokens);
    return this.unit();
  }
}

let grammarInstance: SpindleParser | undefined;

/** Built on first use: only files with syntax errors need it. */
function grammarParser(): SpindleParser {
  grammarInstance ??= new SpindleParser();
  return grammarInstance;
}

const EXCEPTION_CODES: Readonly<Record<string, string>> = {
  MismatchedTokenException: "E1101",
  NoViableAltException: "E1102",
  EarlyExitException: "E1103",
  NotAllInputParsedException: "E1104",
};

export interface SyntaxResult {
  readonly unit?: Unit;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses one file's tokens; syntax errors come back as diagnostics, one per independent error.
 * The descent parser reads the file first; only if it meets an error does the grammar, which
 * recovers and words every error, parse it again. `instance: "grammar"` skips the descent parser
 * (tests use it to check that both build the same tree). `deferBodies` applies to the descent
 * parser only: a file the grammar parses has every block parsed.
 */
export function parseTokens(
  fileName: string,
  text: string,
  tokens: IToken[],
  lexical: readonly Diagnostic[],
  options: { readonly instance?: "grammar"; readonly deferBodies?: boolean } = {},
): SyntaxResult {
  if (options.instance === undefined) {
    const unit = parseValid({ path: fileName, text }, tokens, options.deferBodies);
    if (unit !== undefined) return { unit, diagnostics: [] };
  }
  const p = grammarParser();
  const unit = p.parseUnit(fileName, text.length, tokens);
  const endSpan = endOfFileSpan(fileName, text, tokens);
  const fromChevrotain = p.errors.map((e) => exceptionDiagnostic(e, fileName, endSpan));
  const found = [...p.customDiagnostics, ...fromChevrotain];
  // A generic unit is rejected as a whole; its parameter list is not worth more errors.
  const generic = found.find((d) => d.code === "E1111");
  const diagnostics = generic ? [generic] : filterCascades(found, tokens, lexical, endSpan.start);
  return { ...(unit ? { unit } : {}), diagnostics };
}

/** A deferred block, parsed: its nodes have the ids from `firstNodeId` up to `endNodeId`. */
export interface DeferredParse {
  readonly block: Block;
  readonly firstNodeId: number;
  readonly endNodeId: number;
}

/**
 * The block of a `DeferredBlock`, from its tokens; undefined if it has a syntax error (which only
 * the grammar, parsing the whole file, words).
 */
export function parseBlockTokens(
  source: SourceLines,
  tokens: readonly IToken[],
): DeferredParse | undefined {
  const firstNodeId = peekNodeId();
  const block = parseValidBlock(source, tokens);
  return block === undefined ? undefined : { block, firstNodeId, endNodeId: peekNodeId() };
}

function exceptionDiagnostic(
  e: IRecognitionException,
  fileName: string,
  endSpan: Span,
): Diagnostic {
  const code = EXCEPTION_CODES[e.name] ?? "E1100";
  const token = e.token;
  const span: Span =
    Number.isNaN(token.startOffset) || token.startLine === undefined
      ? endSpan
      : {
          file: fileName,
          start: token.startOffset,
          end: (token.endOffset ?? token.startOffset) + 1,
          line: token.startLine,
          column: token.startColumn ?? 1,
        };
  return error(code, e.message, span);
}

function endOfFileSpan(fileName: string, text: string, tokens: readonly IToken[]): Span {
  const last = tokens[tokens.length - 1];
  if (last === undefined)
    return { file: fileName, start: text.length, end: text.length, line: 1, column: 1 };
  const end = (last.endOffset ?? last.startOffset) + 1;
  return {
    file: fileName,
    start: end,
    end,
    line: last.startLine ?? 1,
    column: (last.startColumn ?? 1) + end - last.startOffset,
  };
}

/** Codes that never cascade from another error, so they are always kept. */
const INDEPENDENT = new Set(["E1105", "E1111"]);

/**
 * One mistake often derails the parser for a few tokens. An error is kept only if a `;` or a
 * keyword that starts a new declaration or statement list lies between it and the error before.
 */
function filterCascades(
  diagnostics: readonly Diagnostic[],
  tokens: readonly IToken[],
  lexical: readonly Diagnostic[],
  endOffset: number,
): Diagnostic[] {
  // A comment or pragma left open swallows the rest of the file: "found the end of the file" says
  // nothing more.
  const swallowed = lexical.some((d) => d.code === "E1002" || d.code === "E1003");
  const syncBefore = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    syncBefore[i + 1] =
      (syncBefore[i] ?? 0) + (token && syncTokenIdx.has(token.tokenTypeIdx) ? 1 : 0);
  }
  const syncCountBelow = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid]?.startOffset ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return syncBefore[lo] ?? 0;
  };
  // Lexical errors take part as earlier errors (a bad literal may have eaten a `;`) but are
  // returned by the lexer, not here.
  const lexicalSet = new Set(lexical);
  const ordered = [...diagnostics, ...lexical]
    .map((d, index) => ({ d, index }))
    .sort((a, b) => (a.d.span?.start ?? 0) - (b.d.span?.start ?? 0) || a.index - b.index)
    .map((entry) => entry.d);
  const kept: Diagnostic[] = [];
  let previous: number | undefined;
  for (const d of ordered) {
    const start = d.span?.start ?? 0;
    if (lexicalSet.has(d)) {
      previous = start;
      continue;
    }
    if (INDEPENDENT.has(d.code)) {
      kept.push(d);
      continue;
    }
    if (swallowed && start >= endOffset) continue;
    if (previous !== undefined && syncCountBelow(start) - syncCountBelow(previous) === 0) continue;
    kept.push(d);
    previous = start;
  }
  return kept;
}
