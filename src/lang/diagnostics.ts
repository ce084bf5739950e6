// Diagnostics are values: every stage returns them beside its output, and only the CLI prints them.
import type { Span } from "./source.js";

export type Severity = "error" | "warning" | "note";

export interface RelatedSpan {
  readonly span: Span;
  readonly message: string;
}

export interface Diagnostic {
  readonly severity: Severity;
  /** Stable code: E for errors, W for warnings; the first digit names the stage (see docs/diagnostics.md). */
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
  readonly related: readonly RelatedSpan[];
  readonly hint?: string;
}

export interface DiagnosticExtras {
  readonly related?: readonly RelatedSpan[];
  readonly hint?: string;
}

export function error(
  code: string,
  message: string,
  span?: Span,
  extras: DiagnosticExtras = {},
): Diagnostic {
  return make("error", code, message, span, extras);
}

export function warning(
  code: string,
  message: string,
  span?: Span,
  extras: DiagnosticExtras = {},
): Diagnostic {
  return make("warning", code, message, span, extras);
}

function make(
  severity: Severity,
  code: string,
  message: string,
  span: Span | undefined,
  extras: DiagnosticExtras,
): Diagnostic {
  return {
    severity,
    code,
    message,
    ...(span ? { span } : {}),
    related: extras.related ?? [],
    ...(extras.hint !== undefined ? { hint: extras.hint } : {}),
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Orders diagnostics by file and position so output is stable whatever order passes ran in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const fa = a.span?.file ?? "";
    const fb = b.span?.file ?? "";
    if (fa !== fb) return fa < fb ? -1 : 1;
    return (a.span?.start ?? 0) - (b.span?.start ?? 0);
  });
}
