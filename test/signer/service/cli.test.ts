import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { signerCommand } from "../../../src/cli/commands/signer.js";
import { verifyCommand } from "../../../src/cli/commands/verify.js";
import { compileRemotely } from "../../../src/signer/service/client.js";
import { hashToken } from "../../../src/signer/service/auth.js";
import { run } from "../cli-support.js";
import { prepareFolder, startHarness } from "./harness.js";
import { testDoubleCompiler } from "./test-double-compiler.js";

describe("spindle signer", () => {
  it("refuses to serve without a compiler rather than sign anything", async () => {
    const { dir } = prepareFolder({ alice: {} });
    const result = await run(
      [
        "signer",
        "serve",
        "--key",
        join(dir, "keys"),
        "--clients",
        join(dir, "clients.json"),
        "--log",
        join(dir, "log"),
      ],
      {},
      [signerCommand(undefined)],
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "spindle: error[E4007]: this build of spindle has no compiler for the signing service to use\n",
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it("adds a client, storing only the token's hash, and refuses a duplicate name", async () => {
    const { dir } = prepareFolder({});
    const clients = join(dir, "clients.json");
    const added = await run(
      ["signer", "add-client", "bob", "--clients", clients, "--rate", "30"],
      {},
      [signerCommand(undefined)],
    );
    expect(added.code).toBe(0);
    const token = added.stdout.trim();
    expect(token).toMatch(/^spindle_[A-Za-z0-9_-]{43}$/);
    const file = readFileSync(clients, "utf8");
    expect(file).not.toContain(token);
    expect(file).toContain(Buffer.from(hashToken(token)).toString("hex"));
    expect(JSON.parse(file)).toMatchObject({
      version: 1,
      clients: [{ name: "bob", ratePerMinute: 30, burst: 10, maxConcurrent: 2 }],
    });
    const again = await run(["signer", "add-client", "bob", "--clients", clients], {}, [
      signerCommand(undefined),
    ]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(`spindle: error[E4007]: ${clients} already has a client named bob\n`);
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves with the compiler it is given until stopped, logging requests as JSON lines", async () => {
    const { dir, tokens } = prepareFolder({ alice: {} });
    let stop = (): void => undefined;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const command = signerCommand(testDoubleCompiler(), () => stopped);
    let listening = (_url: string): void => undefined;
    const urlPrinted = new Promise<string>((resolve) => (listening = resolve));
    const running = run(
      [
        "signer",
        "serve",
        "--port",
        "0",
        "--key",
        join(dir, "keys"),
        "--clients",
        join(dir, "clients.json"),
        "--log",
        join(dir, "log"),
        "--origin",
        "spindle.test/log",
      ],
      {},
      [command],
      (output) => {
        const match = /signing service on (\S+),/.exec(output);
        if (match?.[1]) listening(match[1]);
      },
    );
    const url = await urlPrinted;
    const response = await fetch(`${url}/v1/compile`, {
      method: "POST",
      headers: { Authorization: `Bearer ${tokens["alice"] ?? ""}` },
      body: JSON.stringify({ module: { path: "A.m3", text: "MODULE A; END A." } }),
    });
    expect(response.status).toBe(200);
    stop();
    const result = await running;
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(
      /^signing service on http:\/\/127\.0\.0\.1:\d+, key [0-9a-f]{16}, log spindle\.test\/log \(0 entries\)$/,
    );
    expect(lines[1]).toMatch(/^log key: spindle\.test\/log\+[0-9a-f]{8}\+/);
    expect(JSON.parse(lines[2] ?? "")).toMatchObject({
      method: "POST",
      path: "/v1/compile",
      client: "alice",
      status: 200,
      logIndex: 0,
    });
    expect(lines).toContain("signing service stopped");
    rmSync(dir, { recursive: true, force: true });
  });

  it("prints the policy that verifies the service's modules offline with spindle verify", async () => {
    const harness = await startHarness({ alice: {} });
    const compiled = await compileRemotely(
      harness.service.url,
      harness.tokens["alice"] ?? "",
      { path: "A.m3", text: "MODULE A; END A." },
      [],
    );
    if (!compiled.ok || !compiled.value.module) throw new Error("compile failed");
    // Outside the service's folder, which stop() deletes: verification needs only these two files.
    const elsewhere = mkdtempSync(join(tmpdir(), "spindle-offline-"));
    const file = join(elsewhere, "a.wasm");
    writeFileSync(file, compiled.value.module);
    const policy = await run(
      ["signer", "policy", "--key", join(harness.dir, "keys"), "--origin", "spindle.test/log"],
      {},
      [signerCommand(undefined)],
    );
    expect(policy.code).toBe(0);
    const policyFile = join(elsewhere, "policy.json");
    writeFileSync(policyFile, policy.stdout);
    await harness.stop();
    const verified = await run(["verify", file, "--trust", policyFile], {}, [verifyCommand]);
    expect(verified.code).toBe(0);
    rmSync(elsewhere, { recursive: true, force: true });
    expect(verified.stdout).toMatch(
      /^ok: Module A signed by key [0-9a-f]{16} \(shared\) at .* log entry 0 \(inclusion proof checked\)\n$/,
    );
  });
});
