import { rmSync } from "node:fs";
import { join } from "node:path";
import { spawnTypeScript } from "../spawn-ts.js";
import { expectNextCheckpointConsistent, signedHead } from "../log/consistency.js";
import { describe, expect, it } from "vitest";
import { fromBase64, toBase64 } from "../../../src/signer/codec.js";
import { logEntryOf } from "../../../src/signer/log/entry.js";
import { openService } from "../../../src/signer/service/setup.js";
import { decodeSignatureContent, locateSignature } from "../../../src/signer/signature-section.js";
import { compileBody, prepareFolder } from "./harness.js";

describe("the signing service under kill -9", () => {
  it("keeps every acknowledged entry intact and the tree consistent after a restart", async () => {
    const { dir, tokens } = prepareFolder({
      a: { burst: 1000, maxConcurrent: 4 },
      b: { burst: 1000, maxConcurrent: 4 },
    });
    const child = spawnTypeScript("test/signer/service/service-child.ts", [dir]);
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: Buffer) => {
        const match = /listening (\S+)/.exec(chunk.toString());
        if (match?.[1]) resolve(match[1]);
      });
      child.on("exit", () => reject(new Error(`service exited: ${stderr}`)));
    });
    const acknowledged: { index: number; module: Uint8Array }[] = [];
    let killed = false;
    const client = async (token: string, name: string): Promise<void> => {
      for (let i = 0; !killed; i++) {
        try {
          const response = await fetch(`${url}/v1/compile`, {
            method: "POST",
            headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
            body: compileBody(`${name}${i}`),
          });
          if (response.status !== 200) continue;
          const body = (await response.json()) as { module: string; logIndex: number };
          acknowledged.push({
            index: body.logIndex,
            module: fromBase64(body.module) ?? new Uint8Array(),
          });
          if (acknowledged.length >= 24 && !killed) {
            killed = true;
            child.kill("SIGKILL");
          }
        } catch {
          return;
        }
      }
    };
    const exited = new Promise((resolve) => child.on("exit", resolve));
    await Promise.all(
      Object.entries(tokens).flatMap(([name, token]) => [
        client(token, name),
        client(token, `${name}x`),
      ]),
    );
    await exited;

    const reopened = openService({
      keyDir: join(dir, "keys"),
      clientsFile: join(dir, "clients.json"),
      logDir: join(dir, "log"),
      origin: "spindle.test/log",
    });
    if (!reopened.ok) throw new Error(reopened.error);
    const log = reopened.value.signer.log;
    expect(log.size).toBeGreaterThanOrEqual(acknowledged.length);
    for (const { index, module } of acknowledged) {
      const located = locateSignature(module);
      if (located.kind !== "signed") throw new Error("unsigned answer");
      const content = decodeSignatureContent(located.content);
      if (!content.ok) throw new Error(content.error);
      expect(toBase64(log.entry(index) ?? new Uint8Array())).toBe(
        toBase64(logEntryOf(content.section.statementBytes, content.section.signature)),
      );
    }
    expectNextCheckpointConsistent(log, signedHead(log));
    log.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
