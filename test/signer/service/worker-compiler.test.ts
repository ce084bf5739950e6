import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { workerCompilerPool } from "../../../src/signer/service/worker-compiler.js";
import { bundleTypeScript } from "../spawn-ts.js";
import { compileBody, post, startHarness } from "./harness.js";

const bundle = bundleTypeScript("test/signer/service/looping-compiler.ts");
afterAll(() => bundle.remove());

describe("the worker compiler pool", () => {
  it("stops a compile that never returns at the time bound, keeps serving meanwhile, and recovers", async () => {
    const pool = workerCompilerPool({ moduleUrl: pathToFileURL(bundle.file).href, poolSize: 1 });
    const harness = await startHarness(
      { alice: { maxConcurrent: 4 } },
      { compileTimeoutMs: 1000 },
      pool.compiler,
    );
    try {
      const token = harness.tokens["alice"];
      const looping = post(harness, token, compileBody("Loop", "LOOP"));
      await new Promise((r) => setTimeout(r, 100));
      // The event loop is free while a worker spins.
      expect((await fetch(`${harness.service.url}/v1/key`)).status).toBe(200);
      const stopped = await looping;
      expect(stopped.status).toBe(422);
      expect(await stopped.json()).toEqual({
        error: "compilation exceeded the service's limit of 1000 ms; nothing was signed",
        diagnostics: [],
      });
      const next = await post(harness, token, compileBody("After"));
      expect(next.status).toBe(200);
      const thrown = await post(harness, token, compileBody("Boom", "THROW"));
      expect(thrown.status).toBe(422);
      expect(await thrown.json()).toMatchObject({
        diagnostics: [
          { code: "E4007", message: "the compiler failed: the test double was told to throw" },
        ],
      });
      expect(harness.opened.signer.log.size).toBe(1);
    } finally {
      await harness.stop();
      await pool.close();
    }
  });
});
