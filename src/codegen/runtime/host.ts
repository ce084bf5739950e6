// The runtime's host half: the only things a Spindle program reaches outside Wasm — buffered
// console output, a clock, fault recording bound per module instance, and exit — plus turning
// whatever ended a run (trap, RangeError, escaped exception, exit) into an outcome.
import { HostImport, Stream } from "../abi.js";
import { SpindleRuntimeError, type RuntimeFailure, type SourcePosition } from "./errors.js";
import { isWasmException, wasm, type WasmMemory, type WasmTag } from "./wasm-api.js";

export interface ConsoleStream {
  write(chunk: string): unknown;
}

export interface HostOptions {
  readonly stdout: ConsoleStream;
  readonly stderr: ConsoleStream;
  /** Milliseconds, monotonic; defaults to performance.now. */
  readonly clock?: () => number;
}

/** Where a module's fault sites point: its source file and [line, column] per site index. */
export interface FaultSiteTable {
  readonly file: string;
  readonly sites: readonly (readonly [number, number])[];
}

interface FaultRecord {
  readonly module: string;
  readonly code: number;
  readonly site: number;
}

export type RunOutcome =
  | { readonly kind: "completed" }
  | { readonly kind: "exited"; readonly status: number }
  | { readonly kind: "failed"; readonly error: SpindleRuntimeError };

const FLUSH_THRESHOLD = 8192;

export class RuntimeHost {
  private memory: WasmMemory | undefined;
  private readonly siteTables = new Map<string, FaultSiteTable>();
  private readonly exceptionNames = new Map<number, string>();
  private readonly buffers = new Map<number, string[]>([
    [Stream.stdout, []],
    [Stream.stderr, []],
  ]);
  private readonly buffered = new Map<number, number>();
  private lastFault: FaultRecord | undefined;
  private exitStatus: number | undefined;
  private readonly clock: () => number;

  constructor(private readonly options: HostOptions) {
    this.clock = options.clock ?? (() => performance.now());
  }

  attachMemory(memory: WasmMemory): void {
    this.memory = memory;
  }

  registerModule(name: string, table: FaultSiteTable): void {
    this.siteTables.set(name, table);
  }

  registerException(id: number, qualifiedName: string): void {
    this.exceptionNames.set(id, qualifiedName);
  }

  /** The HOST_MODULE imports for one module instance; `fault` knows which module called it. */
  importsFor(moduleName: string): Record<string, (...args: never[]) => unknown> {
    return {
      [HostImport.fault]: (code: number, site: number) => {
        this.lastFault ??= { module: moduleName, code, site };
      },
      [HostImport.clockMs]: () => this.clock(),
      [HostImport.exit]: (status: number) => {
        this.exitStatus ??= status;
      },
      [HostImport.write]: (stream: number, address: number, length: number) =>
        this.write(stream, address, length),
      [HostImport.flush]: (stream: number) => this.flushStream(stream),
    };
  }

  private write(stream: number, address: number, length: number): void {
    const buffer = this.buffers.get(stream);
    if (!buffer || !this.memory || length <= 0) return;
    const bytes = new Uint8Array(this.memory.buffer, address >>> 0, length >>> 0);
    buffer.push(Buffer.from(bytes).toString("latin1"));
    const size = (this.buffered.get(stream) ?? 0) + length;
    this.buffered.set(stream, size);
    if (size >= FLUSH_THRESHOLD) this.flushStream(stream);
  }

  private flushStream(stream: number): void {
    const buffer = this.buffers.get(stream);
    if (!buffer || buffer.length === 0) return;
    const target = stream === Stream.stderr ? this.options.stderr : this.options.stdout;
    target.write(buffer.join(""));
    buffer.length = 0;
    this.buffered.set(stream, 0);
  }

  flush(): void {
    this.flushStream(Stream.stdout);
    this.flushStream(Stream.stderr);
  }

  /** Forgets a previous run's fault or exit so the next call into Wasm starts clean. */
  reset(): void {
    this.lastFault = undefined;
    this.exitStatus = undefined;
  }

  /**
   * Runs one call into Wasm and classifies how it ended. JS errors that are not traps, stack
   * overflow or Spindle exceptions are bugs in the host and are rethrown.
   */
  guard(call: () => void, exceptionTag: WasmTag): RunOutcome {
    this.reset();
    try {
      call();
      return { kind: "completed" };
    } catch (caught) {
      return this.classify(caught, exceptionTag);
    } finally {
      this.flush();
    }
  }

  private classify(caught: unknown, exceptionTag: WasmTag): RunOutcome {
    if (this.exitStatus !== undefined) return { kind: "exited", status: this.exitStatus };
    if (this.lastFault) return failed(this.faultFailure(this.lastFault));
    if (caught instanceof RangeError && /call stack/i.test(caught.message)) {
      return failed({ kind: "stackOverflow" });
    }
    if (isWasmException(caught) && caught.is(exceptionTag)) {
      const payload = BigInt.asUintN(64, BigInt(asBigInt(caught.getArg(exceptionTag, 0))));
      const id = Number(payload >> 32n);
      const argument = Number(payload & 0xffffffffn);
      const exception = this.exceptionNames.get(id) ?? `#${id.toString(16).padStart(8, "0")}`;
      return failed({ kind: "unhandledException", exception, argument });
    }
    if (caught instanceof wasm.RuntimeError) {
      return failed({ kind: "trap", message: caught.message });
    }
    throw caught;
  }

  private faultFailure(record: FaultRecord): RuntimeFailure {
    const position = this.positionOf(record);
    return {
      kind: "fault",
      code: record.code,
      module: record.module,
      ...(position ? { position } : {}),
    };
  }

  private positionOf(record: FaultRecord): SourcePosition | undefined {
    const table = this.siteTables.get(record.module);
    const site = table?.sites[record.site];
    if (!table || !site) return undefined;
    return { file: table.file, line: site[0], column: site[1] };
  }
}

function asBigInt(value: unknown): bigint {
  return typeof value === "bigint" ? value : BigInt(Number(value));
}

function failed(failure: RuntimeFailure): RunOutcome {
  return { kind: "failed", error: new SpindleRuntimeError(failure) };
}
