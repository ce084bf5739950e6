// The runtime's host half: the only things a Spindle program reaches outside Wasm — buffered
// console output, standard input, the program's arguments, a clock, fault recording bound per
// module instance, and exit — plus turning whatever ended a run (trap, RangeError, escaped
// exception, exit) into an outcome.
import { readSync } from "node:fs";
import { HostImport, Stream, TEXT_CHARS } from "../abi.js";
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
  /** `Params.Get(i)`: argv[0] is the program's name (as in cm3); defaults to ["main"]. */
  readonly argv?: readonly string[];
  /** `Stdio.stdin`: the given bytes (a string is Latin-1), or a file descriptor read
   *  synchronously (`{ fd: 0 }` for the process's stdin). Defaults to an empty input. */
  readonly stdin?: StdinSource;
}

export type StdinSource = string | Uint8Array | { readonly fd: number };

/** Synchronous reads from a byte array or a file descriptor; 0 bytes means end of file. */
class StdinReader {
  private readonly bytes: Uint8Array | undefined;
  private position = 0;
  private ended = false;

  constructor(private readonly source: StdinSource) {
    if (typeof source === "string") this.bytes = Buffer.from(source, "latin1");
    else if (source instanceof Uint8Array) this.bytes = source;
  }

  read(into: Uint8Array): number {
    if (this.bytes) {
      const n = Math.min(into.length, this.bytes.length - this.position);
      into.set(this.bytes.subarray(this.position, this.position + n));
      this.position += n;
      return n;
    }
    if (this.ended || typeof this.source !== "object" || !("fd" in this.source)) return 0;
    for (;;) {
      try {
        const n = readSync(this.source.fd, into, 0, into.length, null);
        if (n === 0) this.ended = true;
        return n;
      } catch (caught) {
        const code = caught instanceof Error && "code" in caught ? caught.code : undefined;
        // a non-blocking pipe or terminal with nothing yet: wait a little, without spinning
        if (code === "EAGAIN") Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        else if (code === "EOF" || code === "EBADF") {
          // Windows reports the end of a pipe as EOF; a closed fd 0 reads as an empty input
          this.ended = true;
          return 0;
        } else throw caught;
      }
    }
  }
}

/** Where a module's fault sites point: its source file and [line, column] per site index. */
export interface FaultSiteTable {
  readonly file: string;
  readonly sites: readonly (readonly [number, number])[];
  /** [function name, site of its declaration] per procedure of the module. */
  readonly procedures?: readonly (readonly [string, number])[];
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
  /** The latest RAISE: where an exception that escapes the program was raised. */
  private lastRaise: { readonly module: string; readonly site: number } | undefined;
  private exitStatus: number | undefined;
  private readonly clock: () => number;
  private readonly argv: readonly string[];
  private readonly stdin: StdinReader;

  constructor(private readonly options: HostOptions) {
    this.clock = options.clock ?? (() => performance.now());
    this.argv = options.argv && options.argv.length > 0 ? options.argv : ["main"];
    this.stdin = new StdinReader(options.stdin ?? "");
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
      [HostImport.raisedAt]: (site: number) => {
        this.lastRaise = { module: moduleName, site };
      },
      [HostImport.clockMs]: () => this.clock(),
      [HostImport.exit]: (status: number) => {
        this.exitStatus ??= status;
      },
      [HostImport.write]: (stream: number, address: number, length: number) =>
        this.write(stream, address, length),
      [HostImport.flush]: (stream: number) => this.flushStream(stream),
      [HostImport.read]: (stream: number, address: number, length: number) =>
        this.read(stream, address, length),
      [HostImport.argCount]: () => this.argv.length,
      [HostImport.argLength]: (index: number) => this.argBytes(index).length,
      [HostImport.argCopy]: (index: number, text: number) => {
        if (this.memory) {
          new Uint8Array(this.memory.buffer).set(this.argBytes(index), (text >>> 0) + TEXT_CHARS);
        }
        return text;
      },
    };
  }

  private argBytes(index: number): Uint8Array {
    return Buffer.from(this.argv[index] ?? "", "latin1");
  }

  /** Up to `length` bytes of standard input at `address`; 0 at end of file. */
  private read(stream: number, address: number, length: number): number {
    if (stream !== Stream.stdin || !this.memory || length <= 0) return 0;
    // a prompt written without Flush must appear before the program waits for its answer
    this.flushStream(Stream.stdout);
    return this.stdin.read(new Uint8Array(this.memory.buffer, address >>> 0, length >>> 0));
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
    this.lastRaise = undefined;
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
      const position = this.overflowPosition(caught);
      return failed({ kind: "stackOverflow", ...(position ? { position } : {}) });
    }
    if (isWasmException(caught) && caught.is(exceptionTag)) {
      const payload = BigInt.asUintN(64, BigInt(asBigInt(caught.getArg(exceptionTag, 0))));
      const id = Number(payload >> 32n);
      const argument = Number(payload & 0xffffffffn);
      const exception = this.exceptionNames.get(id) ?? `#${id.toString(16).padStart(8, "0")}`;
      const position = this.lastRaise && this.positionOf(this.lastRaise);
      return failed({
        kind: "unhandledException",
        exception,
        argument,
        ...(position ? { position } : {}),
      });
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

  /**
   * V8 reports a stack overflow with the innermost frames' function names (the modules carry a
   * name section): the first that is one of our procedures gives its declaration's position.
   */
  private overflowPosition(caught: RangeError): SourcePosition | undefined {
    for (const match of (caught.stack ?? "").matchAll(/^\s*at (\S+) \(wasm:/gm)) {
      const name = match[1] ?? "";
      for (const [module, table] of this.siteTables) {
        const entry = table.procedures?.find(([fn]) => fn === name);
        if (entry) return this.positionOf({ module, site: entry[1] });
      }
    }
    return undefined;
  }

  private positionOf(record: {
    readonly module: string;
    readonly site: number;
  }): SourcePosition | undefined {
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
