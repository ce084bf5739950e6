// What every command receives: the output streams and the global flags, resolved once.
import { readFileSync } from "node:fs";
import type { Diagnostic } from "../lang/diagnostics.js";
import { diagnosticToJson, renderDiagnostic } from "./render.js";

export interface OutputStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** What `run` gives the program as standard input; the process's own (fd 0) when absent. */
  readonly stdin?: string | Uint8Array;
}

export interface GlobalFlags {
  readonly json: boolean;
  readonly quiet: boolean;
  readonly color: boolean;
  readonly debug: boolean;
}

/** Exit codes, documented in `spindle --help` and the README. */
export const ExitCode = {
  ok: 0,
  inputErrors: 1,
  usage: 2,
  internal: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A problem with how the command was called that commander itself cannot see (exit 2). */
export class UsageError extends Error {}

export class CliContext {
  private readonly sources = new Map<string, string>();

  constructor(
    readonly io: CliIo,
    readonly flags: GlobalFlags,
  ) {}

  /** Remembers a file's text so diagnostics pointing into it can quote the line. */
  rememberSource(path: string, text: string): void {
    this.sources.set(path, text);
  }

  /** Text of a file a diagnostic points into: remembered, or read once from disk (imported interfaces). */
  private sourceText(path: string): string | undefined {
    if (!this.sources.has(path)) {
      // Only source files are quoted: a span on a .wasm or key file must not print binary.
      if (!/\.(m3|i3)$/.test(path)) return undefined;
      try {
        this.sources.set(path, readFileSync(path, "utf8"));
      } catch {
        return undefined;
      }
    }
    return this.sources.get(path);
  }

  /** Human-readable output on stdout; suppressed by --quiet, replaced by `json` under --json. */
  info(line: string): void {
    if (!this.flags.json && !this.flags.quiet) this.io.stdout.write(line + "\n");
  }

  /** A command's primary result: printed even under --quiet. */
  result(line: string, json: Record<string, unknown>): void {
    if (this.flags.json) this.json(json);
    else this.io.stdout.write(line + "\n");
  }

  json(value: Record<string, unknown>): void {
    this.io.stdout.write(JSON.stringify(value) + "\n");
  }

  diagnostics(list: readonly Diagnostic[]): void {
    for (const d of list) {
      if (this.flags.quiet && d.severity !== "error") continue;
      if (this.flags.json) {
        this.json(diagnosticToJson(d));
      } else {
        const text = renderDiagnostic(d, {
          color: this.flags.color,
          sourceText: (file) => this.sourceText(file),
        });
        this.io.stderr.write(text + "\n");
      }
    }
  }
}

/** Colour only when asked, or on a terminal with NO_COLOR unset (https://no-color.org). */
export function resolveColor(
  explicit: boolean | undefined,
  stream: OutputStream,
  env: CliIo["env"],
): boolean {
  if (explicit !== undefined) return explicit;
  const noColor = env["NO_COLOR"];
  if (noColor !== undefined && noColor !== "") return false;
  return stream.isTTY === true;
}
