// `spindle check` through a local harness (the lead registers it in src/cli/commands.ts).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { checkCommand } from "../../src/cli/commands/check.js";
import { CliContext } from "../../src/cli/context.js";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function check(args: readonly string[], json = false): Promise<Run> {
  let stdout = "";
  let stderr = "";
  let code = -1;
  const io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
  };
  const program = new Command("spindle").exitOverride();
  checkCommand.register(program, async (_invoked, run) => {
    code = await run(new CliContext(io, { json, quiet: false, color: false, debug: false }));
  });
  await program.parseAsync(["check", ...args], { from: "user" });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), "spindle-check-"));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("spindle check", () => {
  it("exits 0 and says so for a clean file", async () => {
    const path = file("Hello.m3", 'MODULE Hello; IMPORT IO; BEGIN IO.Put("hi\\n") END Hello.\n');
    const run = await check([path, "-I", "stdlib", "--syntax-only"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("checked 1 file: no errors\n");
    expect(run.stderr).toBe("");
  });

  it("exits 1 and prints every error with its source line", async () => {
    const path = file("Bad.m3", "MODULE Bad;\nVAR x: INTEGER\nBEGIN\n  x = 1\nEND Bad.\n");
    const run = await check([path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `${path}:3:1: error[E1110]: expected ';' after the declaration of 'x', found 'BEGIN'`,
    );
    expect(run.stderr).toContain("    4 |   x = 1\n");
    expect(run.stderr).toContain("error[E1107]: expected ':=' in an assignment, found '='");
  });

  it("reports a missing file clearly and exits 1", async () => {
    const run = await check([join(dir, "Nope.m3")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("error[E1000]: cannot read");
    expect(run.stderr).toContain("no such file");
  });

  it("dumps the syntax tree as text, and as JSON under --json", async () => {
    const path = file("Tiny.i3", "INTERFACE Tiny; CONST N = 16_10; END Tiny.\n");
    const text = await check([path, "--dump-ast"]);
    expect(text.stdout).toContain("Interface Tiny");
    expect(text.stdout).toContain("ConstDecl N");
    expect(text.stdout).toContain('IntLiteral value=16 text="16_10"');
    expect(text.stdout).not.toContain("@1:");
    const withSpans = await check([path, "--dump-ast", "--spans"]);
    expect(withSpans.stdout).toContain("ConstDecl N @1:23");
    const json = await check([path, "--dump-ast"], true);
    const line = JSON.parse(json.stdout.split("\n")[0] ?? "") as {
      type: string;
      ast: { kind: string };
    };
    expect(line.type).toBe("ast");
    expect(line.ast.kind).toBe("Interface");
  });

  it("emits diagnostics as JSON lines under --json", async () => {
    const path = file("Warn.m3", "MODULE Warn; <*WHATEVER*> BEGIN END Warn.\n");
    const run = await check([path], true);
    expect(run.code).toBe(0);
    const diagnostic = JSON.parse(run.stdout.split("\n")[0] ?? "") as Record<string, unknown>;
    expect(diagnostic).toMatchObject({ type: "diagnostic", severity: "warning", code: "W1001" });
  });
});
