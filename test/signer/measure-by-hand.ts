// Hand measurements quoted in docs/signing.md (not a test; the lead's `npm run bench` owns benchmarks):
//   node node_modules/vite-node/vite-node.mjs test/signer/measure-by-hand.ts
import { createHash, verify as nodeVerify } from "node:crypto";
import binaryen from "binaryen";
import nacl from "tweetnacl";
import { publicKeyObject, signEd25519 } from "../../src/signer/ed25519-strict.js";
import { sha256Of, signModule } from "../../src/signer/sign.js";
import { verifyModule } from "../../src/signer/verify.js";
import { attributesFor, buildModule, fixedKey, keyEntry, policyOf } from "./fixtures.js";
import { compileBody, post, startHarness } from "./service/harness.js";

function perOp(iterations: number, work: () => void): number {
  for (let i = 0; i < iterations; i++) work();
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) work();
  return Number(process.hrtime.bigint() - started) / 1000 / iterations;
}

// The project's lib settings do not declare WebAssembly; Node 20 has it.
const wasmApi = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<unknown> };
  }
).WebAssembly;

async function instantiateMicros(bytes: Uint8Array, iterations: number): Promise<number> {
  for (let i = 0; i < 5; i++) await wasmApi.instantiate(bytes, {});
  const started = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) await wasmApi.instantiate(bytes, {});
  return Number(process.hrtime.bigint() - started) / 1000 / iterations;
}

function codeHeavyModule(): Uint8Array {
  const module = new binaryen.Module();
  for (let f = 0; f < 700; f++) {
    let body = module.local.get(0, binaryen.i64);
    for (let k = 0; k < 12; k++) {
      body = module.i64.add(
        module.i64.mul(body, module.i64.const(BigInt(k + f))),
        module.local.get(0, binaryen.i64),
      );
    }
    module.addFunction(`f${f}`, binaryen.i64, binaryen.i64, [], body);
    module.addFunctionExport(`f${f}`, `f${f}`);
  }
  const bytes = module.emitBinary();
  module.dispose();
  return bytes;
}

const line = (label: string, micros: number): void =>
  console.log(`${label.padEnd(52)} ${micros.toFixed(1).padStart(9)} µs`);
const key = fixedKey(1);
const policy = policyOf(keyEntry(key));

for (const [label, wasm] of [
  ["100 KiB module (data)", buildModule("Big", 42, 100 * 1024)],
  ["68 KB module (700 functions)", codeHeavyModule()],
] as const) {
  let signed: Uint8Array = new Uint8Array();
  const sign = perOp(300, () => {
    const result = signModule(wasm, key, attributesFor("Big"), 1768478400);
    if (result.ok) signed = result.value;
  });
  const verify = perOp(300, () => verifyModule(signed, policy));
  const instantiate = await instantiateMicros(signed, 50);
  console.log(`${label}: ${wasm.length} bytes`);
  line("  sign (SHA-512 + Ed25519 + section)", sign);
  line("  verify (full verdict)", verify);
  line("  WebAssembly.instantiate", instantiate);
  console.log(`  verify / instantiate: ${((verify / instantiate) * 100).toFixed(1)} %`);
}

const message = new Uint8Array(300).fill(5);
const signature = signEd25519(key.seed, message);
const keyObject = publicKeyObject(key.publicKey);
const nodeVerifyMicros = perOp(2000, () => nodeVerify(null, message, keyObject, signature));
const naclVerifyMicros = perOp(100, () =>
  nacl.sign.detached.verify(message, signature, key.publicKey),
);
line("Ed25519 verify, node:crypto", nodeVerifyMicros);
line("Ed25519 verify, tweetnacl", naclVerifyMicros);
console.log(`  tweetnacl / node:crypto: ${(naclVerifyMicros / nodeVerifyMicros).toFixed(0)}x`);
const data = new Uint8Array(100 * 1024).fill(3);
const nodeSha = perOp(1000, () => createHash("sha512").update(data).digest());
const naclSha = perOp(50, () => nacl.hash(data));
line("SHA-512 of 100 KiB, node:crypto", nodeSha);
line("SHA-512 of 100 KiB, tweetnacl", naclSha);
console.log(`  tweetnacl / node:crypto: ${(naclSha / nodeSha).toFixed(0)}x`);

// Service overhead alone: a compiler that returns a prebuilt module, 8 clients each one request at a time.
const prebuilt = buildModule("Fixed", 1);
const clients = Object.fromEntries(
  Array.from({ length: 8 }, (_, i) => [
    `c${i}`,
    { burst: 100_000, ratePerMinute: 6_000_000, maxConcurrent: 4 },
  ]),
);
const harness = await startHarness(clients, {}, async () => ({
  wasm: prebuilt,
  diagnostics: [],
  attributes: {
    compiler: { name: "prebuilt", version: "0.1.0" },
    moduleName: "Fixed",
    sources: [{ name: "Fixed.m3", sha256: sha256Of("x") }],
    interfaces: [],
  },
}));
const total = 1000;
let sent = 0;
const started = Date.now();
await Promise.all(
  Object.values(harness.tokens).map(async (token) => {
    while (sent < total) {
      sent++;
      const response = await post(harness, token, compileBody("Fixed"));
      if (response.status !== 200) throw new Error(`status ${response.status}`);
      await response.arrayBuffer();
    }
  }),
);
console.log(
  `service, 8 clients, prebuilt module: ${(total / ((Date.now() - started) / 1000)).toFixed(0)} signed requests/s`,
);
await harness.stop();
