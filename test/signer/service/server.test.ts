import { afterEach, describe, expect, it } from "vitest";
import { fromBase64, toBase64, toHex } from "../../../src/signer/codec.js";
import { verifyCheckpointGrowth } from "../../../src/signer/log/checkpoint.js";
import { logEntryOf } from "../../../src/signer/log/entry.js";
import { leafHash } from "../../../src/signer/log/merkle.js";
import { openNote, parseVerifierKey } from "../../../src/signer/log/note.js";
import { verifyTlogProof } from "../../../src/signer/log/proof.js";
import { validatePolicy, type TrustPolicy } from "../../../src/signer/policy.js";
import {
  compileRemotely,
  fetchLogHead,
  fetchSignerKey,
} from "../../../src/signer/service/client.js";
import { decodeSignatureContent, locateSignature } from "../../../src/signer/signature-section.js";
import { attachSignature } from "../../../src/signer/sign.js";
import { verdictMessage } from "../../../src/signer/verdict.js";
import { verifyModule } from "../../../src/signer/verify.js";
import { compileBody, post, startHarness, type Harness } from "./harness.js";

const running: Harness[] = [];
async function start(...args: Parameters<typeof startHarness>): Promise<Harness> {
  const harness = await startHarness(...args);
  running.push(harness);
  return harness;
}
afterEach(async () => {
  for (const harness of running.splice(0)) await harness.stop();
});

/** The policy a loader would hold: only the service's key and its log key, no network. */
async function policyFromService(harness: Harness, requireLogProof = true): Promise<TrustPolicy> {
  const key = await fetchSignerKey(harness.service.url);
  if (!key.ok) throw new Error(key.error);
  const result = validatePolicy({
    version: 1,
    keys: [
      {
        id: key.value.keyId,
        publicKey: key.value.publicKey,
        scope: "shared",
        requireLogProof,
        logKey: key.value.logKey,
      },
    ],
  });
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.policy;
}

function splitSignature(module: Uint8Array): {
  unsigned: Uint8Array;
  statementBytes: Uint8Array;
  signature: Uint8Array;
  logProof?: string;
} {
  const located = locateSignature(module);
  if (located.kind !== "signed") throw new Error("not signed");
  const content = decodeSignatureContent(located.content);
  if (!content.ok) throw new Error(content.error);
  return { unsigned: Uint8Array.from(located.signedBytes), ...content.section };
}

describe("the shared signing service", () => {
  it("compiles with its own compiler, signs, logs, and the module verifies offline with only the policy", async () => {
    const harness = await start({ alice: {} });
    const result = await compileRemotely(
      harness.service.url,
      harness.tokens["alice"] ?? "",
      { path: "Hello.m3", text: "MODULE Hello; END Hello." },
      [],
    );
    expect(result.ok).toBe(true);
    if (!result.ok || !result.value.module) return;
    expect(result.value.logIndex).toBe(0);
    const policy = await policyFromService(harness);
    const verdict = verifyModule(result.value.module, policy);
    expect(verdict.kind).toBe("ok");
    expect(verdictMessage(verdict)).toMatch(
      new RegExp(
        `^Module Hello signed by key ${toHex(harness.opened.signer.key.keyId)} \\(shared\\) at \\S+ with test-double-compiler 0\\.1\\.0, log entry 0 \\(inclusion proof checked\\)$`,
      ),
    );
    expect(harness.opened.signer.log.size).toBe(1);
  });

  it("answers 401 to a missing or wrong token", async () => {
    const harness = await start({ alice: {} });
    const missing = await post(harness, undefined, compileBody("Hello"));
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toBe('Bearer realm="spindle-signer"');
    expect(await missing.json()).toEqual({ error: "missing or unknown bearer token" });
    const wrong = await post(harness, `${harness.tokens["alice"] ?? ""}x`, compileBody("Hello"));
    expect(wrong.status).toBe(401);
    expect(harness.opened.signer.log.size).toBe(0);
  });

  it("answers 429 with Retry-After once a client is over its rate", async () => {
    const harness = await start({ alice: { ratePerMinute: 1, burst: 2 } });
    const token = harness.tokens["alice"];
    expect((await post(harness, token, compileBody("A"))).status).toBe(200);
    expect((await post(harness, token, compileBody("B"))).status).toBe(200);
    const third = await post(harness, token, compileBody("C"));
    expect(third.status).toBe(429);
    expect(Number(third.headers.get("retry-after"))).toBeGreaterThanOrEqual(59);
    expect(await third.json()).toEqual({
      error: "client alice is over its rate of 1 requests per minute",
    });
    expect(harness.opened.signer.log.size).toBe(2);
  });

  it("answers 503 at once, with Retry-After, to more concurrent requests than a client may have", async () => {
    const harness = await start(
      { alice: { maxConcurrent: 1 } },
      {},
      (await import("./test-double-compiler.js")).testDoubleCompiler(400),
    );
    const token = harness.tokens["alice"];
    const slow = post(harness, token, compileBody("Slow", "SLOW"));
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    const refused = await post(harness, token, compileBody("Second"));
    expect(Date.now() - started).toBeLessThan(300);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect((await slow).status).toBe(200);
  });

  it("answers 413 to a body over the bound, 400 to a malformed request and 422 to source errors, signing nothing", async () => {
    const harness = await start({ alice: {} }, { maxBodyBytes: 1024 });
    const token = harness.tokens["alice"];
    const big = await post(harness, token, compileBody("Big", "x".repeat(4096)));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: "the request body exceeds 1024 bytes" });
    const bad = await post(harness, token, JSON.stringify({ module: "text" }));
    expect(bad.status).toBe(400);
    const broken = await compileRemotely(
      harness.service.url,
      token ?? "",
      { path: "Bad.m3", text: "garbage" },
      [],
    );
    expect(broken).toMatchObject({
      ok: true,
      value: { diagnostics: [{ code: "E1001", message: "expected MODULE <name>;" }] },
    });
    expect(broken.ok && broken.value.module).toBeUndefined();
    expect(harness.opened.signer.log.size).toBe(0);
  });

  it("bounds compile time: a compile over the limit is refused and nothing is logged", async () => {
    const harness = await start({ alice: {} }, { compileTimeoutMs: 200 });
    const response = await post(harness, harness.tokens["alice"], compileBody("Hang", "HANG"));
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: "compilation exceeded the service's limit of 200 ms; nothing was signed",
      diagnostics: [],
    });
    expect(harness.opened.signer.log.size).toBe(0);
  });

  it("under many concurrent clients beyond their limits, logs every accepted request exactly once", async () => {
    const harness = await start(
      {
        c0: { burst: 6, maxConcurrent: 2 },
        c1: { burst: 6, maxConcurrent: 2 },
        c2: { burst: 6, maxConcurrent: 2 },
        c3: { burst: 6, maxConcurrent: 2 },
      },
      {},
      (await import("./test-double-compiler.js")).testDoubleCompiler(30),
    );
    const requests = Object.entries(harness.tokens).flatMap(([name, token]) =>
      Array.from({ length: 10 }, async (_, i) => {
        const response = await post(harness, token, compileBody(`M${name}x${i}`, "SLOW"));
        return {
          status: response.status,
          body: (await response.json()) as { module?: string; logIndex?: number },
        };
      }),
    );
    const results = await Promise.all(requests);
    const accepted = results.filter((r) => r.status === 200);
    expect(results.every((r) => [200, 429, 503].includes(r.status))).toBe(true);
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.length).toBeLessThan(results.length);
    const log = harness.opened.signer.log;
    expect(log.size).toBe(accepted.length);
    const indices = accepted.map((r) => r.body.logIndex ?? -1).sort((a, b) => a - b);
    expect(indices).toEqual(Array.from({ length: accepted.length }, (_, i) => i));
    const policy = await policyFromService(harness);
    for (const r of accepted) {
      const module = fromBase64(r.body.module ?? "") ?? new Uint8Array();
      expect(verifyModule(module, policy).kind).toBe("ok");
      const { statementBytes, signature } = splitSignature(module);
      expect(toBase64(log.entry(r.body.logIndex ?? -1) ?? new Uint8Array())).toBe(
        toBase64(logEntryOf(statementBytes, signature)),
      );
    }
    const lines = harness.requestLog.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(
      lines.filter((l) => l["status"] === 200 && typeof l["logIndex"] === "number"),
    ).toHaveLength(accepted.length);
    expect(lines[0]).toMatchObject({
      method: "POST",
      path: "/v1/compile",
      client: expect.any(String),
      durationMs: expect.any(Number),
    });
  });

  it("serves the signed tree head and entries with inclusion proofs that verify offline", async () => {
    const harness = await start({ alice: {} });
    for (const name of ["A", "B", "C"])
      await post(harness, harness.tokens["alice"], compileBody(name));
    const key = await fetchSignerKey(harness.service.url);
    const logKey = parseVerifierKey(key.ok ? key.value.logKey : "");
    if (!logKey.ok) throw new Error(logKey.error);
    const head = await fetchLogHead(harness.service.url);
    expect(head.ok && openNote(head.value, logKey.value)).toMatchObject({
      ok: true,
      value: expect.stringMatching(/^spindle\.test\/log\n3\n/),
    });
    const response = await fetch(`${harness.service.url}/v1/log/entries/1`);
    const entry = (await response.json()) as {
      entry: string;
      proof: string;
      statement: { module: string };
    };
    expect(entry.statement.module).toBe("B");
    const verified = verifyTlogProof(
      entry.proof,
      leafHash(fromBase64(entry.entry) ?? new Uint8Array()),
      logKey.value,
    );
    expect(verified.ok && verified.value.index).toBe(1);
    expect((await fetch(`${harness.service.url}/v1/log/entries/3`)).status).toBe(404);
    for (const name of ["D", "E"]) await post(harness, harness.tokens["alice"], compileBody(name));
    const newer = await fetchLogHead(harness.service.url);
    const growth = (await (
      await fetch(`${harness.service.url}/v1/log/consistency/3/5`)
    ).json()) as { proof: string[] };
    const proof = growth.proof.map((h) => fromBase64(h) ?? new Uint8Array());
    const older = head.ok ? head.value : "";
    const checked = verifyCheckpointGrowth(older, newer.ok ? newer.value : "", proof, logKey.value);
    expect(checked.ok && [checked.value.older.size, checked.value.newer.size]).toEqual([3, 5]);
    expect(
      verifyCheckpointGrowth(
        older,
        newer.ok ? newer.value : "",
        [...proof].reverse(),
        logKey.value,
      ),
    ).toEqual({
      ok: false,
      error: "the log at size 5 does not extend the log at size 3: it rewrote history",
    });
    expect((await fetch(`${harness.service.url}/v1/log/consistency/3/9`)).status).toBe(400);
    expect((await fetch(`${harness.service.url}/v1/compile`)).status).toBe(405);
  });

  it("grades a shared module without its log proof, or with another entry's proof", async () => {
    const harness = await start({ alice: {} });
    const token = harness.tokens["alice"] ?? "";
    const first = await compileRemotely(
      harness.service.url,
      token,
      { path: "A.m3", text: "MODULE A; END A." },
      [],
    );
    const second = await compileRemotely(
      harness.service.url,
      token,
      { path: "B.m3", text: "MODULE B; END B." },
      [],
    );
    if (!first.ok || !second.ok || !first.value.module || !second.value.module)
      throw new Error("compile failed");
    const policy = await policyFromService(harness);
    const a = splitSignature(first.value.module);
    const b = splitSignature(second.value.module);
    const stripped = attachSignature(a.unsigned, {
      statementBytes: a.statementBytes,
      signature: a.signature,
    });
    expect(verifyModule(stripped, policy).kind).toBe("no-log-proof");
    expect(verifyModule(stripped, await policyFromService(harness, false)).kind).toBe("ok");
    const swapped = attachSignature(a.unsigned, {
      statementBytes: a.statementBytes,
      signature: a.signature,
      ...(b.logProof ? { logProof: b.logProof } : {}),
    });
    expect(verdictMessage(verifyModule(swapped, policy))).toMatch(
      /^the transparency-log proof for key [0-9a-f]{16} is invalid: the inclusion proof for entry 1 does not lead to the checkpoint's root at size 2$/,
    );
  });

  it("revokes a shared key from a log index on, which a key thief cannot backdate", async () => {
    const harness = await start({ alice: {} });
    const token = harness.tokens["alice"] ?? "";
    const modules: Uint8Array[] = [];
    for (const name of ["A", "B", "C"]) {
      const result = await compileRemotely(
        harness.service.url,
        token,
        { path: `${name}.m3`, text: `MODULE ${name}; END ${name}.` },
        [],
      );
      if (!result.ok || !result.value.module) throw new Error("compile failed");
      modules.push(result.value.module);
    }
    const key = await fetchSignerKey(harness.service.url);
    if (!key.ok) throw new Error(key.error);
    const entry = {
      id: key.value.keyId,
      publicKey: key.value.publicKey,
      scope: "shared",
      requireLogProof: true,
      logKey: key.value.logKey,
    };
    const result = validatePolicy({ version: 1, keys: [{ ...entry, revokedFromLogIndex: 2 }] });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(modules.map((m) => verifyModule(m, result.policy).kind)).toEqual([
      "ok",
      "ok",
      "revoked-in-log",
    ]);
    expect(verdictMessage(verifyModule(modules[2] ?? new Uint8Array(), result.policy))).toBe(
      `key ${key.value.keyId} is revoked from log entry 2 on; the signature is entry 2`,
    );
    expect(
      validatePolicy({
        version: 1,
        keys: [{ ...entry, requireLogProof: false, revokedFromLogIndex: 2 }],
      }),
    ).toEqual({
      ok: false,
      errors: [
        "keys[0].revokedFromLogIndex: needs requireLogProof, or the index would be unchecked",
      ],
    });
  });

  it("rejects every one of 2,000 random byte flips of a service-signed module", async () => {
    const harness = await start({ alice: {} });
    const result = await compileRemotely(
      harness.service.url,
      harness.tokens["alice"] ?? "",
      { path: "A.m3", text: "MODULE A; END A." },
      [],
    );
    if (!result.ok || !result.value.module) throw new Error("compile failed");
    const module = result.value.module;
    const policy = await policyFromService(harness);
    let seed = 7;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const mutant = Uint8Array.from(module);
      const at = seed % mutant.length;
      mutant[at] = (mutant[at] ?? 0) ^ (1 + (seed % 255));
      expect(verifyModule(mutant, policy).kind, `flip at ${at}`).not.toBe("ok");
    }
  });

  it("finishes requests in flight when shut down", async () => {
    const harness = await start(
      { alice: {} },
      {},
      (await import("./test-double-compiler.js")).testDoubleCompiler(300),
    );
    const slow = post(harness, harness.tokens["alice"], compileBody("Slow", "SLOW"));
    await new Promise((r) => setTimeout(r, 100));
    const closed = harness.service.close();
    expect((await slow).status).toBe(200);
    await closed;
    await expect(fetch(`${harness.service.url}/v1/key`)).rejects.toThrow();
    expect(harness.opened.signer.log.size).toBe(1);
  });
});
