// Source files and spans: where every token, node and diagnostic points back to.

/** A half-open byte range [start, end) in one file, with the 1-based line and column of start. */
export interface Span {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

/**
 * The spans the parser builds. A class, so they have a hidden class of their own: object literals
 * with the same five fields share one across the process, and a single non-small-integer stored
 * in any of them (chevrotain's placeholder tokens carry NaN-typed offsets) made V8 box the numbers
 * of every span, four extra heap objects per span. `| 0` keeps every field a small integer (no
 * offset, line or column reaches 2^31).
 */
export class SourceSpan implements Span {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;

  constructor(file: string, start: number, end: number, line: number, column: number) {
    this.file = file;
    this.start = start | 0;
    this.end = end | 0;
    this.line = line | 0;
    this.column = column | 0;
  }
}

/** A unit of source text as read from disk (or given by a client of the signing service). */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** Maps offsets to lines; built once per file so span construction stays O(log n). */
export class LineMap {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return "";
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
}

/**
 * One parsed file as the nodes that keep offsets instead of spans see it: the span of an offset
 * range is made when asked for, from line starts found on first use. Nodes of the file share it,
 * so it lives exactly as long as some node of the file does.
 */
export class SourceLines {
  private lines: LineMap | undefined;

  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  span(start: number, end: number): Span {
    this.lines ??= new LineMap(this.text);
    const { line, column } = this.lines.position(start);
    return new SourceSpan(this.path, start, end, line, column);
  }
}

/** From the start of `first` to `end`, an offset in the same file at or past `first`'s start. */
export function spanTo(first: Span, end: number): Span {
  return new SourceSpan(first.file, first.start, end, first.line, first.column);
}

/**
 * From the start of `first` to `end`; `first` itself when it reaches `end` already (spans are
 * immutable, so a node that ends where its first part does shares that part's span).
 */
export function spanThroughOffset(first: Span, end: number): Span {
  return end <= first.end ? first : spanTo(first, end);
}

export function spanOf(file: string, lines: LineMap, start: number, end: number): Span {
  const { line, column } = lines.position(start);
  return { file, start, end: Math.max(start, end), line, column };
}

/** The smallest span covering both; both must be in the same file. */
export function joinSpans(a: Span, b: Span): Span {
  const first = a.start <= b.start ? a : b;
  return { ...first, end: Math.max(a.end, b.end) };
}

/** A span for things that have no place in any source (command-line input, whole files). */
export function fileSpan(file: string): Span {
  return { file, start: 0, end: 0, line: 1, column: 1 };
}
