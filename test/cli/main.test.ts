import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { spindle } from "../support/cli.js";

const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

describe("spindle CLI", () => {
  it("prints help with the exit codes and exits 0", async () => {
    const run = await spindle(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: spindle");
    expect(run.stdout).toContain("--json");
    expect(run.stdout).toMatch(/Exit codes:[\s\S]*2 {2}usage error/);
  });

  it("prints the package version", async () => {
    const run = await spindle(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it("exits 2 on an unknown option, naming it", async () => {
    const run = await spindle(["--frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--frobnicate'");
  });

  it("exits 2 on an unknown command", async () => {
    const run = await spindle(["frobnicate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'frobnicate'|too many arguments/);
  });
});
