// The installed command itself: bin/spindle.js loads the esbuild bundle built by `npm run build`
// (npm test builds first), so these catch what only the bundle can break: paths to the standard
// library and package.json relative to the bundle's files, chunks loaded on demand, and Node's
// built-ins reached through require().
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { STDLIB_DIR as CHECKER_STDLIB_DIR } from "../../src/typecheck/index.js";
import { STDLIB_DIR as CLI_STDLIB_DIR } from "../../src/cli/paths.js";

const cache = mkdtempSync(join(tmpdir(), "spindle-bin-test-"));
afterAll(() => rmSync(cache, { recursive: true, force: true }));

function bin(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["bin/spindle.js", ...args], {
    encoding: "utf8",
    env: { ...process.env, XDG_CACHE_HOME: cache },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("bin/spindle.js", () => {
  it("reports the package's version", () => {
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(bin(["--version"])).toMatchObject({ status: 0, stdout: `${pkg.version}\n` });
  });

  it("checks a program against the standard library's interfaces", () => {
    expect(bin(["check", "samples/programs/Hello.m3"])).toMatchObject({ status: 0, stderr: "" });
  });

  it("compiles, links and runs a program, then runs it again from the build cache", () => {
    const first = bin(["run", "samples/programs/Hello.m3"]);
    expect(first).toMatchObject({ status: 0, stdout: "Hello, Spindle!\n", stderr: "" });
    expect(bin(["run", "samples/programs/Hello.m3"])).toEqual(first);
  });

  it("reports a checked run-time error with its position and exit code 1", () => {
    const faulty = join(cache, "Faulty.m3");
    writeFileSync(
      faulty,
      "MODULE Faulty EXPORTS Main;\nVAR a := ARRAY [1 .. 3] OF INTEGER{1, 2, 3}; i := 4;\nBEGIN\n  a[i] := 0\nEND Faulty.\n",
    );
    const r = bin(["run", faulty]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Faulty.m3:4:5");
  });
});

describe("the standard library's folder", () => {
  it("is the same for the CLI, which avoids loading the checker, and for the checker", () => {
    expect(CLI_STDLIB_DIR).toBe(CHECKER_STDLIB_DIR);
  });
});
