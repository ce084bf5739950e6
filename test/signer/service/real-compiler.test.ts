// The shared service with Spindle's real compiler: it compiles source it was sent (and only
// that, plus its own standard library), signs and logs it, and the module verifies offline.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { validatePolicy } from "../../../src/signer/policy.js";
import { locateSignature } from "../../../src/signer/signature-section.js";
import { compileRemotely, fetchSignerKey } from "../../../src/signer/service/client.js";
import { compile } from "../../../src/signer/service/spindle-compiler.js";
import { verdictMessage } from "../../../src/signer/verdict.js";
import { verifyModule } from "../../../src/signer/verify.js";
import { spindle } from "../../support/cli.js";
import { startHarness, type Harness } from "./harness.js";

const SIEVE = readFileSync(join(import.meta.dirname, "../../../samples/programs/Sieve.m3"), "utf8");

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

async function startReal(): Promise<Harness> {
  harness = await startHarness({ alice: {} }, {}, async (request) => compile(request));
  return harness;
}

describe("the signing service with the real compiler", () => {
  it("signs what it compiled, and the module verifies offline with the service's policy", async () => {
    const h = await startReal();
    const result = await compileRemotely(
      h.service.url,
      h.tokens["alice"] ?? "",
      { path: "Sieve.m3", text: SIEVE },
      [],
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.value.logIndex).toBe(0);
    const key = await fetchSignerKey(h.service.url);
    if (!key.ok) throw new Error(key.error);
    const policy = validatePolicy({
      version: 1,
      keys: [
        {
          id: key.value.keyId,
          publicKey: key.value.publicKey,
          scope: "shared",
          requireLogProof: true,
          logKey: key.value.logKey,
        },
      ],
    });
    if (!policy.ok) throw new Error(policy.errors.join("\n"));
    const verdict = verifyModule(result.value.module ?? new Uint8Array(), policy.policy);
    expect(verdict.kind, verdictMessage(verdict)).toBe("ok");
  });

  it("compiles against interfaces sent with the request", async () => {
    const h = await startReal();
    const result = await compileRemotely(
      h.service.url,
      h.tokens["alice"] ?? "",
      {
        path: "CounterImpl.m3",
        text: "MODULE CounterImpl EXPORTS Counter; VAR n := 0;\nPROCEDURE Next (): INTEGER = BEGIN INC(n); RETURN n END Next;\nBEGIN END CounterImpl.\n",
      },
      [
        {
          path: "Counter.i3",
          text: "INTERFACE Counter; PROCEDURE Next (): INTEGER; END Counter.\n",
        },
      ],
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.value.module).toBeDefined();
  });

  it("never reads the server's own files for an import, and signs nothing with errors", async () => {
    const h = await startReal();
    const result = await compileRemotely(
      h.service.url,
      h.tokens["alice"] ?? "",
      { path: "Snoop.m3", text: "MODULE Snoop; IMPORT Secrets; BEGIN END Snoop.\n" },
      [],
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.value.module).toBeUndefined();
    expect(result.value.diagnostics.map((d) => d.message)).toContain(
      "interface 'Secrets' was not found: no Secrets.i3 on the search path",
    );
    expect(h.opened.signer.log.size).toBe(0);
  });
});

describe("spindle compile --signer", () => {
  it("has the service compile and sign the module, and writes what it returns", async () => {
    const h = await startReal();
    const dir = mkdtempSync(join(tmpdir(), "spindle-remote-"));
    const tokenFile = join(dir, "token");
    writeFileSync(tokenFile, (h.tokens["alice"] ?? "") + "\n");
    const source = join(dir, "Sieve.m3");
    writeFileSync(source, SIEVE);
    const out = join(dir, "Sieve.wasm");
    const run = await spindle([
      "compile",
      source,
      "--signer",
      h.service.url,
      "--token-file",
      tokenFile,
      "-o",
      out,
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/signed by key [0-9a-f]{16} \(shared\), log index 0\)/);
    expect(locateKind(readFileSync(out))).toBe("signed");
  });

  it("reports a refused token precisely and writes nothing", async () => {
    const h = await startReal();
    const dir = mkdtempSync(join(tmpdir(), "spindle-remote-"));
    const tokenFile = join(dir, "token");
    writeFileSync(tokenFile, "not-a-token\n");
    const source = join(dir, "Sieve.m3");
    writeFileSync(source, SIEVE);
    const run = await spindle([
      "compile",
      source,
      "--signer",
      h.service.url,
      "--token-file",
      tokenFile,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "the signing service refused the request (401): missing or unknown bearer token",
    );
    expect(existsSync(join(dir, "Sieve.wasm"))).toBe(false);
  });
});

function locateKind(bytes: Uint8Array): string {
  return locateSignature(bytes).kind;
}
