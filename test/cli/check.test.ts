// `spindle check` through the registered CLI: every error in one run, exit codes, JSON lines,
// --syntax-only without import resolution, and --dump-types.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spindle } from "../support/cli.js";

const dir = mkdtempSync(join(tmpdir(), "spindle-check-"));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const twoErrors = file(
  "Two.m3",
  [
    "MODULE Two EXPORTS Main;",
    "IMPORT IO;",
    'VAR x: INTEGER := "hello";',
    "BEGIN",
    '  IO.Putt("x")',
    "END Two.",
    "",
  ].join("\n"),
);

describe("spindle check", () => {
  it("reports every independent error with its position and exits 1", async () => {
    const run = await spindle(["check", twoErrors]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "Two.m3:3:19: error[E2003]: cannot assign a value of type TEXT to 'x' of type INTEGER",
    );
    expect(run.stderr).toContain(
      "Two.m3:5:6: error[E2001]: interface 'IO' has no declaration named 'Putt'",
    );
    expect(run.stderr).toContain("hint: did you mean 'IO.Put'?");
  });

  it("emits diagnostics as JSON lines under --json", async () => {
    const run = await spindle(["--json", "check", twoErrors]);
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l["code"])).toEqual(["E2003", "E2001"]);
    expect(lines[0]).toMatchObject({ type: "diagnostic", line: 3, column: 19, length: 7 });
  });

  it("checks the syntax alone without finding imports", async () => {
    const path = file("Lonely.m3", "MODULE Lonely; IMPORT Nowhere; BEGIN END Lonely.\n");
    expect((await spindle(["check", "--syntax-only", path])).code).toBe(0);
    const full = await spindle(["check", path]);
    expect(full.code).toBe(1);
    expect(full.stderr).toContain("interface 'Nowhere' was not found");
  });

  it("finds an interface beside the named module, and says where it looked when it is missing", async () => {
    file("Beside.i3", "INTERFACE Beside;\nCONST Answer = 42;\nEND Beside.\n");
    const user = file(
      "UsesBeside.m3",
      "MODULE UsesBeside EXPORTS Main;\nIMPORT Beside;\nVAR x := Beside.Answer;\nBEGIN\nEND UsesBeside.\n",
    );
    expect(await spindle(["check", user])).toMatchObject({ code: 0, stderr: "" });
    const lost = file(
      "UsesMissing.m3",
      "MODULE UsesMissing EXPORTS Main;\nIMPORT Missing;\nBEGIN\nEND UsesMissing.\n",
    );
    const run = await spindle(["check", lost]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "UsesMissing.m3:2:8: error[E2022]: interface 'Missing' was not found: no Missing.i3 on the search path",
    );
  });

  it("says when a file cannot be read", async () => {
    const run = await spindle(["check", join(dir, "Missing.m3")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("error[E1000]: cannot read");
    expect(run.stderr).toContain("no such file");
  });

  it("prints declarations with their types and fingerprints under --dump-types", async () => {
    const path = file(
      "Counter.i3",
      "INTERFACE Counter;\nTYPE T = [0 .. 9];\nPROCEDURE Next (): T;\nEND Counter.\n",
    );
    const run = await spindle(["check", "--dump-types", path]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^INTERFACE Counter {2}\(fingerprint [0-9a-f]{32}\)$/m);
    expect(run.stdout).toContain("TYPE T = [0..9]");
  });
});
