// `npm run demo`, the README's quick start, end to end through bin/spindle.js and the built bundle
// (npm test builds first): every step must exit as the demo means it to, and each sample's output
// must reach the user.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const cache = mkdtempSync(join(tmpdir(), "spindle-demo-test-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe("npm run demo", () => {
  it("compiles, signs, verifies and runs every sample, and refuses the bad ones", () => {
    const demo = spawnSync(process.execPath, ["scripts/demo.js"], {
      encoding: "utf8",
      env: { ...process.env, XDG_CACHE_HOME: cache, NO_COLOR: "1" },
    });
    expect(demo.stdout).toContain("Hello, Spindle!");
    expect(demo.stdout).toMatch(/Faulty\.m3:6:15: checked run-time error: subscript out of range/);
    expect(demo.stdout).not.toContain("!! expected exit");
    expect(demo.stdout.trimEnd().split("\n").at(-1)).toBe("demo: every step behaved as expected");
    expect(demo.status).toBe(0);
  }, 600_000);
});
