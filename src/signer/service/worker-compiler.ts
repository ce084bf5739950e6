// Runs a synchronous compiler in worker threads, so the service's compile time bound can stop it:
// on timeout the worker is terminated and replaced, and the event loop never blocks on a compile.
import { Worker } from "node:worker_threads";
import { error } from "../../lang/diagnostics.js";
import type { ServiceCompileRequest, ServiceCompileResult, ServiceCompiler } from "./compiler.js";

export interface WorkerCompilerOptions {
  /** File URL of an ES module exporting the compile function. */
  readonly moduleUrl: string;
  /** `(request) => ServiceCompileResult | Promise<ServiceCompileResult>`; default `compile`. */
  readonly exportName?: string;
  /** Workers kept alive (each loads the compiler once); default 2. */
  readonly poolSize?: number;
}

export interface WorkerCompilerPool {
  readonly compiler: ServiceCompiler;
  close(): Promise<void>;
}

// CommonJS because `eval` workers are scripts; the compiler module itself is loaded with import().
const BOOTSTRAP = `
const { parentPort, workerData } = require("node:worker_threads");
const loaded = import(workerData.moduleUrl);
parentPort.on("message", async ({ id, request }) => {
  try {
    const module = await loaded;
    const compile = module[workerData.exportName];
    if (typeof compile !== "function") throw new Error("the compiler module has no export " + workerData.exportName);
    parentPort.postMessage({ id, result: await compile(request) });
  } catch (caught) {
    parentPort.postMessage({ id, failure: caught instanceof Error ? caught.message : String(caught) });
  }
});
`;

interface Pending {
  readonly resolve: (result: ServiceCompileResult) => void;
}

interface Slot {
  readonly worker: Worker;
  pending: Pending | undefined;
}

interface Reply {
  readonly id: number;
  readonly result?: ServiceCompileResult;
  readonly failure?: string;
}

function failed(message: string): ServiceCompileResult {
  return { diagnostics: [error("E4007", message)] };
}

export function workerCompilerPool(options: WorkerCompilerOptions): WorkerCompilerPool {
  const size = Math.max(1, options.poolSize ?? 2);
  const slots: Slot[] = [];
  const waiting: (() => void)[] = [];
  let nextId = 0;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      workerData: { moduleUrl: options.moduleUrl, exportName: options.exportName ?? "compile" },
    });
    // Idle compiler workers must not keep the process alive after the service stops.
    worker.unref();
    const slot: Slot = { worker, pending: undefined };
    worker.on("message", (reply: Reply) => {
      const pending = slot.pending;
      slot.pending = undefined;
      pending?.resolve(
        reply.result ?? failed(`the compiler failed: ${reply.failure ?? "no result"}`),
      );
      waiting.shift()?.();
    });
    worker.on("error", (caught) => retire(slot, `the compiler crashed: ${caught.message}`));
    worker.on("exit", () => retire(slot, "the compiler's worker exited"));
    slots.push(slot);
    return slot;
  };

  const retire = (slot: Slot, message: string, replace = false): void => {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    const pending = slot.pending;
    slot.pending = undefined;
    pending?.resolve(failed(message));
    void slot.worker.terminate();
    // After a timeout, replace the worker at once so the next request does not pay for loading the
    // compiler; after a crash, replace it lazily, so a compiler that cannot start does not respawn forever.
    if (replace && at >= 0 && !closed && slots.length < size) spawn();
    waiting.shift()?.();
  };

  const idleSlot = async (): Promise<Slot> => {
    for (;;) {
      const idle = slots.find((s) => s.pending === undefined);
      if (idle) return idle;
      if (slots.length < size) return spawn();
      // The service's admission limits bound how many requests can wait here.
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };

  for (let i = 0; i < size; i++) spawn();

  const compiler: ServiceCompiler = async (request: ServiceCompileRequest, signal: AbortSignal) => {
    if (closed) return failed("the compiler pool is closed");
    const slot = await idleSlot();
    if (signal.aborted) return failed("the compile was stopped at the time bound");
    return new Promise<ServiceCompileResult>((resolve) => {
      const pending: Pending = { resolve };
      slot.pending = pending;
      // A compile past the service's bound cannot be interrupted inside the worker: end the worker.
      signal.addEventListener(
        "abort",
        () => {
          if (slot.pending === pending)
            retire(slot, "the compile was stopped at the time bound", true);
        },
        { once: true },
      );
      slot.worker.postMessage({ id: nextId++, request });
    });
  };

  return {
    compiler,
    async close() {
      closed = true;
      await Promise.all(slots.splice(0).map((slot) => slot.worker.terminate()));
    },
  };
}
