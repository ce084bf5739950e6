// Renders diagnostics for people (file:line:col, source line, caret, hint) and for machines (JSON lines).
import type { Diagnostic, RelatedSpan, Severity } from "../lang/diagnostics.js";
import { LineMap, type Span } from "../lang/source.js";

export interface RenderOptions {
  readonly color: boolean;
  /** Source text by file path, for quoting the offending line; a missing file just omits the quote. */
  readonly sourceText: (file: string) => string | undefined;
}

const ANSI = {
  reset: "\x1b[0m",
  bold: "\x1b[1m",
  red: "\x1b[31m",
  yellow: "\x1b[33m",
  cyan: "\x1b[36m",
  blue: "\x1b[34m",
} as const;

function paint(on: boolean, codes: string, text: string): string {
  return on ? `${codes}${text}${ANSI.reset}` : text;
}

function severityColor(severity: Severity): string {
  switch (severity) {
    case "error":
      return ANSI.red;
    case "warning":
      return ANSI.yellow;
    case "note":
      return ANSI.cyan;
    default: {
      const unreachable: never = severity;
      return unreachable;
    }
  }
}

function location(span: Span | undefined): string {
  return span ? `${span.file}:${span.line}:${span.column}: ` : "spindle: ";
}

export function renderDiagnostic(d: Diagnostic, options: RenderOptions): string {
  const lineMaps = new Map<string, LineMap>();
  const lines: string[] = [];
  const label = `${d.severity}[${d.code}]`;
  lines.push(
    `${paint(options.color, ANSI.bold, location(d.span))}` +
      `${paint(options.color, ANSI.bold + severityColor(d.severity), label)}: ` +
      paint(options.color, ANSI.bold, d.message),
  );
  if (d.span) lines.push(...quote(d.span, severityColor(d.severity), options, lineMaps));
  for (const related of d.related) lines.push(...renderRelated(related, options, lineMaps));
  if (d.hint !== undefined) {
    lines.push(`      ${paint(options.color, ANSI.blue, "=")} hint: ${d.hint}`);
  }
  return lines.join("\n");
}

function renderRelated(
  related: RelatedSpan,
  options: RenderOptions,
  lineMaps: Map<string, LineMap>,
): string[] {
  return [
    `${paint(options.color, ANSI.bold, location(related.span))}` +
      `${paint(options.color, ANSI.bold + ANSI.cyan, "note")}: ${related.message}`,
    ...quote(related.span, ANSI.cyan, options, lineMaps),
  ];
}

function quote(
  span: Span,
  color: string,
  options: RenderOptions,
  lineMaps: Map<string, LineMap>,
): string[] {
  const text = options.sourceText(span.file);
  if (text === undefined) return [];
  let map = lineMaps.get(span.file);
  if (!map) {
    map = new LineMap(text);
    lineMaps.set(span.file, map);
  }
  const source = map.lineText(span.line).replace(/\t/g, " ");
  const gutter = String(span.line).padStart(5);
  const onLine = Math.max(1, Math.min(span.end - span.start, source.length - span.column + 1));
  const caret = " ".repeat(span.column - 1) + "^".repeat(onLine);
  const bar = paint(options.color, ANSI.blue, "|");
  return [
    `${paint(options.color, ANSI.blue, gutter)} ${bar} ${source}`,
    `      ${bar} ${paint(options.color, ANSI.bold + color, caret)}`,
  ];
}

/** One JSON object per diagnostic, stable field names (documented in README). */
export function diagnosticToJson(d: Diagnostic): Record<string, unknown> {
  return {
    type: "diagnostic",
    severity: d.severity,
    code: d.code,
    message: d.message,
    ...(d.span ? spanToJson(d.span) : {}),
    related: d.related.map((r) => ({ message: r.message, ...spanToJson(r.span) })),
    ...(d.hint !== undefined ? { hint: d.hint } : {}),
  };
}

function spanToJson(span: Span): Record<string, unknown> {
  return {
    file: span.file,
    line: span.line,
    column: span.column,
    length: span.end - span.start,
  };
}
