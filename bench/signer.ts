// Signing costs: sign and verify a 100 KiB module against instantiating it, node:crypto against
// tweetnacl for Ed25519 and SHA-512, and the shared service's signed compiles per second.
import { createHash, verify as nodeVerify } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import binaryen from "binaryen";
import nacl from "tweetnacl";
import { buildProgram, COMPILER_VERSION } from "../src/codegen/program.js";
import { link, type LinkInput } from "../src/loader/index.js";
import { publicKeyObject, signEd25519 } from "../src/signer/ed25519-strict.js";
import { signModule } from "../src/signer/sign.js";
import { verifyModule } from "../src/signer/verify.js";
import { workerCompilerPool } from "../src/signer/service/worker-compiler.js";
import { compile as spindleCompile } from "../src/signer/service/spindle-compiler.js";
import type { ServiceCompiler } from "../src/signer/service/compiler.js";
import { STDLIB_DIR } from "../src/typecheck/index.js";
import { generateModule } from "../test/lang/support/generate.js";
import {
  attributesFor,
  buildModule,
  fixedKey,
  keyEntry,
  policyOf,
} from "../test/signer/fixtures.js";
import { post, startHarness } from "../test/signer/service/harness.js";
import { fixed, measure, table, type Measurement } from "./harness.js";

// The project's lib settings do not declare WebAssembly; Node 20 has it.
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<unknown> };
  }
).WebAssembly;

const MODULE_BYTES = 100 * 1024;
/** What the generated procedures cost in Wasm per source line at -O2, measured; for sizing only. */
const COMPILED_BYTES_PER_LINE = 22;
const SERVICE_CLIENTS = 8;
const SERVICE_MAX_REQUESTS = 400;
const SERVICE_MAX_MS = 20_000;

/** Times `iterations` calls per run, so microsecond operations rise above the timer's noise. */
async function perCall(
  name: string,
  iterations: number,
  work: () => unknown,
): Promise<Measurement> {
  const m = await measure(
    name,
    () => {
      for (let i = 0; i < iterations; i++) work();
    },
    { warmup: 2, runs: 9, budgetMs: 3_000 },
  );
  return { ...m, medianMs: m.medianMs / iterations };
}

/** ~100 KiB of functions: what instantiation really costs for code, unlike a data segment. */
function codeHeavyModule(targetBytes: number): Uint8Array {
  const module = new binaryen.Module();
  try {
    for (let f = 0; ; f++) {
      let body = module.local.get(0, binaryen.i64);
      for (let k = 0; k < 12; k++) {
        body = module.i64.add(
          module.i64.mul(body, module.i64.const(BigInt(k + f))),
          module.local.get(0, binaryen.i64),
        );
      }
      module.addFunction(`f${f}`, binaryen.i64, binaryen.i64, [], body);
      module.addFunctionExport(`f${f}`, `f${f}`);
      // binaryen has no cheap size query: grow in steps and check the emitted size now and then
      if (f % 100 === 99 && module.emitBinary().length >= targetBytes) break;
    }
    return module.emitBinary();
  } finally {
    module.dispose();
  }
}

/**
 * A real compiler output of about `targetBytes`: the front-end benchmark's generated procedures,
 * each called from the module body so that the optimiser keeps them all.
 */
function compiledModuleSource(targetBytes: number): string {
  const text = generateModule(Math.ceil(targetBytes / COMPILED_BYTES_PER_LINE), "Big");
  const count = (text.match(/^PROCEDURE Proc\d+/gm) ?? []).length;
  const calls = Array.from({ length: count }, (_, i) => `    EVAL Proc${i}(${i}, b, t);`);
  const body = ["VAR b: INTEGER := 0; t: Table;", "BEGIN", "  TRY", ...calls];
  body.push("  EXCEPT Failure => END", "END Big.", "");
  const footer = /BEGIN\nEND Big\.\n$/;
  if (!footer.test(text)) throw new Error("the generated module no longer ends as expected");
  return text.replace(footer, body.join("\n"));
}

/** The compiled module and the standard-library modules it links against. */
async function compiledModule(): Promise<{ module: Uint8Array; others: LinkInput[] }> {
  const dir = mkdtempSync(join(tmpdir(), "spindle-bench-"));
  try {
    const file = join(dir, "Big.m3");
    writeFileSync(file, compiledModuleSource(MODULE_BYTES));
    const built = await buildProgram({
      files: [file],
      searchPath: [],
      optimize: 2,
      stdlibDir: STDLIB_DIR,
      compilerVersion: COMPILER_VERSION,
    });
    const errors = built.diagnostics.filter((d) => d.severity === "error");
    if (errors.length > 0) throw new Error(`compiling Big.m3: ${errors[0]?.message}`);
    const big = built.modules.find((m) => m.file === file);
    if (!big) throw new Error("the build produced no Big module");
    const others = built.modules
      .filter((m) => m !== big)
      .map((m) => ({ name: m.file, bytes: m.bytes }));
    return { module: big.bytes, others };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * V8 keeps compiled modules in a cache keyed by their bytes, which a loader meeting a module for the
 * first time never hits: every instantiation here gets bytes never seen before, by appending a
 * custom section holding a counter (after spindle.sig, where only V8 reads it).
 */
let nonce = 0;
function unseen(bytes: Uint8Array): Uint8Array {
  const name = new TextEncoder().encode("bench.nonce");
  const payload = new TextEncoder().encode(String(++nonce).padStart(12, "0"));
  const size = 1 + name.length + payload.length; // one LEB byte for the name's length
  const section = Uint8Array.from([0, size, name.length, ...name, ...payload]);
  const out = new Uint8Array(bytes.length + section.length);
  out.set(bytes);
  out.set(section, bytes.length);
  return out;
}

/** Median over runs of `calls` timed calls each; `prepare` runs before each call, untimed. */
async function perPreparedCall<P>(
  calls: number,
  prepare: () => P,
  work: (prepared: P) => unknown,
): Promise<Measurement> {
  const times: number[] = [];
  for (let run = 0; run < 11; run++) {
    let total = 0;
    for (let i = 0; i < calls; i++) {
      const prepared = prepare();
      const t0 = performance.now();
      await work(prepared);
      total += performance.now() - t0;
    }
    if (run >= 2) times.push(total / calls); // the first two runs warm up
  }
  times.sort((a, b) => a - b);
  return { name: "instantiate", medianMs: times[times.length >> 1] ?? 0, runs: times.length };
}

function µs(m: Measurement): string {
  return fixed(m.medianMs * 1000, 1);
}

interface ModuleCase {
  readonly label: string;
  readonly wasm: Uint8Array;
  readonly instantiate: (bytes: Uint8Array) => Promise<Measurement>;
}

async function moduleCases(): Promise<ModuleCase[]> {
  const alone = (bytes: Uint8Array) =>
    perPreparedCall(
      10,
      () => unseen(bytes),
      (fresh) => wasmApi.instantiate(fresh, {}),
    );
  const compiled = await compiledModule();
  const linkOptions = {
    heapLimitBytes: 64 * 1024 * 1024,
    host: { stdout: { write: () => true }, stderr: { write: () => true } },
  };
  const intoProgram = (bytes: Uint8Array) =>
    perPreparedCall(
      5,
      () => {
        const linked = link(compiled.others, linkOptions);
        if (!linked.program) throw new Error(`link: ${linked.diagnostics[0]?.message}`);
        return { program: linked.program, fresh: unseen(bytes) };
      },
      ({ program, fresh }) => {
        const failed = program.add([{ name: "Big.m3", bytes: fresh }]);
        if (failed.length > 0) throw new Error(`add: ${failed[0]?.message}`);
      },
    );
  return [
    {
      label: "data (one 100 KiB segment)",
      wasm: buildModule("Big", 42, MODULE_BYTES),
      instantiate: alone,
    },
    {
      label: "code (~100 KiB of functions)",
      wasm: codeHeavyModule(MODULE_BYTES),
      instantiate: alone,
    },
    { label: "Spindle-compiled Big.m3, linked", wasm: compiled.module, instantiate: intoProgram },
  ];
}

async function moduleRows(): Promise<{ rows: string[][]; notes: string[] }> {
  const key = fixedKey(1);
  const policy = policyOf(keyEntry(key));
  const rows: string[][] = [];
  for (const { label, wasm, instantiate } of await moduleCases()) {
    const once = signModule(wasm, key, attributesFor("Big"));
    if (!once.ok) throw new Error(`signing failed: ${once.error}`);
    const signed = once.value;
    const verdict = verifyModule(signed, policy);
    if (verdict.kind !== "ok") throw new Error(`verify failed: ${verdict.kind}`);
    const sign = await perCall(`sign ${label}`, 50, () =>
      signModule(wasm, key, attributesFor("Big")),
    );
    const verify = await perCall(`verify ${label}`, 50, () => {
      if (verifyModule(signed, policy).kind !== "ok") throw new Error("verify failed");
    });
    const instantiated = await instantiate(signed);
    rows.push([
      `${label}, ${(signed.length / 1024).toFixed(0)} KiB`,
      µs(sign),
      µs(verify),
      µs(instantiated),
      `${fixed((verify.medianMs / instantiated.medianMs) * 100, 0)} %`,
    ]);
  }
  const notes = [
    "Instantiation is `WebAssembly.instantiate(bytes)` for the two self-contained modules, and the",
    "loader's `LinkedProgram.add` (meta checks, compile, instantiate) of Big.m3 into a program",
    "already holding the runtime and the standard library. V8 validates every function when it",
    "compiles a module, compiles function bodies lazily on first call, and caches compiled modules",
    "by their bytes; each instantiation here gets bytes it has never seen, so the cache never answers.",
  ];
  return { rows, notes };
}

async function cryptoRows(): Promise<string[][]> {
  const key = fixedKey(1);
  const message = new Uint8Array(300).fill(5);
  const signature = signEd25519(key.seed, message);
  const keyObject = publicKeyObject(key.publicKey);
  if (!nodeVerify(null, message, keyObject, signature))
    throw new Error("node:crypto verify failed");
  if (!nacl.sign.detached.verify(message, signature, key.publicKey))
    throw new Error("tweetnacl verify failed");
  const nodeEd = await perCall("ed25519 node", 500, () =>
    nodeVerify(null, message, keyObject, signature),
  );
  const naclEd = await perCall("ed25519 tweetnacl", 10, () =>
    nacl.sign.detached.verify(message, signature, key.publicKey),
  );
  const data = new Uint8Array(MODULE_BYTES).fill(3);
  const nodeHash = createHash("sha512").update(data).digest();
  if (Buffer.compare(nodeHash, Buffer.from(nacl.hash(data))) !== 0)
    throw new Error("SHA-512 implementations disagree");
  const nodeSha = await perCall("sha512 node", 200, () =>
    createHash("sha512").update(data).digest(),
  );
  const naclSha = await perCall("sha512 tweetnacl", 10, () => nacl.hash(data));
  return [
    [
      "Ed25519 verify (300-byte message)",
      µs(nodeEd),
      µs(naclEd),
      fixed(naclEd.medianMs / nodeEd.medianMs, 0),
    ],
    ["SHA-512 of 100 KiB", µs(nodeSha), µs(naclSha), fixed(naclSha.medianMs / nodeSha.medianMs, 0)],
  ];
}

const KERNELS_M3 = fileURLToPath(new URL("./kernels/m3/", import.meta.url));

/**
 * The real compiler in worker threads, as the service is meant to run it. Workers do not inherit
 * tsx's loader, so they load the built compiler from dist/ (the codegen suite runs `npm run build`);
 * without it, the real compiler from src/ runs in-process on the event loop.
 */
async function realCompiler(): Promise<{
  compiler: ServiceCompiler;
  how: string;
  close: () => Promise<void>;
}> {
  const built = new URL("../dist/signer/service/spindle-compiler.js", import.meta.url);
  let reason = "dist/signer/service/spindle-compiler.js is missing (npm run build)";
  if (existsSync(fileURLToPath(built))) {
    const pool = workerCompilerPool({ moduleUrl: built.href, poolSize: 2 });
    const probe = await pool.compiler(serviceRequest(), new AbortController().signal);
    if (probe.wasm)
      return {
        compiler: pool.compiler,
        how: "the real compiler (built, dist/) in a pool of 2 worker threads (`workerCompilerPool`)",
        close: () => pool.close(),
      };
    await pool.close();
    reason = probe.diagnostics[0]?.message ?? "no module";
  }
  return {
    compiler: async (request) => spindleCompile(request),
    how: `the real compiler from src/ in-process on the event loop (worker pool: ${reason})`,
    close: async () => {},
  };
}

function serviceRequest(): {
  module: { path: string; text: string };
  interfaces: { path: string; text: string }[];
} {
  return {
    module: { path: "BenchFib.m3", text: readFileSync(join(KERNELS_M3, "BenchFib.m3"), "utf8") },
    interfaces: [
      { path: "BenchFib.i3", text: readFileSync(join(KERNELS_M3, "BenchFib.i3"), "utf8") },
    ],
  };
}

async function serviceRows(): Promise<{ row: string[]; how: string }> {
  const { compiler, how, close } = await realCompiler();
  const clients = Object.fromEntries(
    Array.from({ length: SERVICE_CLIENTS }, (_, i) => [
      `c${i}`,
      { burst: 100_000, ratePerMinute: 6_000_000, maxConcurrent: 4 },
    ]),
  );
  const harness = await startHarness(clients, {}, compiler);
  const body = JSON.stringify(serviceRequest());
  try {
    const token = Object.values(harness.tokens)[0] ?? "";
    const first = await post(harness, token, body); // warms the compiler and the log
    if (first.status !== 200)
      throw new Error(`service answered ${first.status}: ${await first.text()}`);
    await first.arrayBuffer();
    let sent = 0;
    let done = 0;
    const started = performance.now();
    await Promise.all(
      Object.values(harness.tokens).map(async (t) => {
        while (sent < SERVICE_MAX_REQUESTS && performance.now() - started < SERVICE_MAX_MS) {
          sent++;
          const response = await post(harness, t, body);
          if (response.status !== 200) throw new Error(`status ${response.status}`);
          const answer = (await response.json()) as { module?: string };
          if (!answer.module) throw new Error("no module in the answer");
          done++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      row: [String(SERVICE_CLIENTS), String(done), fixed(seconds, 1), fixed(done / seconds, 1)],
      how,
    };
  } finally {
    await harness.stop();
    await close();
  }
}

export async function signerBenchmark(): Promise<string> {
  const modules = await moduleRows();
  const crypto = await cryptoRows();
  const service = await serviceRows();
  return [
    "### Signing (signer)",
    "",
    "Median per operation in µs (context only); the ratio columns are what the targets are about.",
    "Target: verify under 10 % of `WebAssembly.instantiate` of the same module.",
    "",
    table(
      ["module", "sign µs", "verify µs", "instantiate µs", "verify / instantiate"],
      modules.rows,
    ),
    "",
    ...modules.notes,
    "",
    table(["operation", "node:crypto µs", "tweetnacl µs", "tweetnacl / node:crypto"], crypto),
    "",
    `Shared service on 127.0.0.1 (ephemeral port, temporary keys and log, fsync on), compiling`,
    `bench/kernels/m3/BenchFib.m3 with ${service.how}; each client sends one request at a time,`,
    `at most ${SERVICE_MAX_REQUESTS} requests or ${SERVICE_MAX_MS / 1000} s in all.`,
    "",
    table(["clients", "signed compiles", "seconds", "signed compiles/s"], [service.row]),
  ].join("\n");
}
