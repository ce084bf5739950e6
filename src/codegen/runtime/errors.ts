// How a running Spindle program stops abnormally: the reasons, and the error that carries them.
import { faultMessage } from "../abi.js";

export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type RuntimeFailure =
  | {
      readonly kind: "fault";
      readonly code: number;
      /** The module whose code (or whose call into the runtime) faulted; "runtime" for the runtime itself. */
      readonly module: string;
      readonly position?: SourcePosition;
    }
  /** V8's own stack overflow; the position is the declaration of the innermost procedure. */
  | { readonly kind: "stackOverflow"; readonly position?: SourcePosition }
  | {
      readonly kind: "unhandledException";
      readonly exception: string;
      readonly argument: number;
      /** The RAISE that started it, when the raising module recorded it. */
      readonly position?: SourcePosition;
    }
  /** A trap that no checked run-time error announced: a bug in generated code or the runtime. */
  | { readonly kind: "trap"; readonly message: string };

export function describeFailure(failure: RuntimeFailure): string {
  switch (failure.kind) {
    case "fault":
      return `${where(failure.position)}checked run-time error: ${faultMessage(failure.code)}`;
    case "stackOverflow":
      return `${where(failure.position)}checked run-time error: ${faultMessage(8)}`;
    case "unhandledException":
      return `${where(failure.position)}checked run-time error: unhandled exception '${failure.exception}'`;
    case "trap":
      return `run-time trap: ${failure.message}`;
    default: {
      const unreachable: never = failure;
      return unreachable;
    }
  }
}

function where(position: SourcePosition | undefined): string {
  return position ? `${position.file}:${position.line}:${position.column}: ` : "";
}

/** Raised by the loader when a program stops on a checked run-time error or a trap. */
export class SpindleRuntimeError extends Error {
  constructor(readonly failure: RuntimeFailure) {
    super(describeFailure(failure));
    this.name = "SpindleRuntimeError";
  }
}
