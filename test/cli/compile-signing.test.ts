// `spindle compile` signs what it just compiled with the machine key: by default when the key
// exists, always with --sign (refusing without a key), never with --no-sign.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spindle } from "../support/cli.js";

const HELLO = join(import.meta.dirname, "../../samples/programs/Hello.m3");

function freshConfig(): Record<string, string> {
  return { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), "spindle-sign-")) };
}

describe("compile and sign", () => {
  it("signs with the machine key when one exists, and the result verifies", async () => {
    const env = freshConfig();
    expect((await spindle(["keygen"], env)).code).toBe(0);
    const out = join(env.XDG_CONFIG_HOME!, "hello.wasm");
    const compiled = await spindle(["compile", HELLO, "-o", out], env);
    expect(compiled.code).toBe(0);
    expect(compiled.stdout).toMatch(/module Hello, signed by key [0-9a-f]{16} \(local\)\)/);
    const verified = await spindle(["verify", out], env);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^ok: Module Hello signed by key [0-9a-f]{16} \(local\)/);
  });

  it("refuses --sign without a machine key and writes nothing", async () => {
    const env = freshConfig();
    const out = join(env.XDG_CONFIG_HOME!, "hello.wasm");
    const compiled = await spindle(["compile", HELLO, "--sign", "-o", out], env);
    expect(compiled.code).toBe(1);
    expect(compiled.stderr).toContain(
      "--sign needs this machine's key; create it with `spindle keygen`",
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it("writes an unsigned module with --no-sign, which verify reports as unsigned", async () => {
    const env = freshConfig();
    await spindle(["keygen"], env);
    const out = join(env.XDG_CONFIG_HOME!, "hello.wasm");
    const compiled = await spindle(["compile", HELLO, "--no-sign", "-o", out], env);
    expect(compiled.code).toBe(0);
    expect(compiled.stdout).toContain("unsigned");
    const verified = await spindle(["verify", out], env);
    expect(verified.code).toBe(1);
    expect(verified.stderr).toContain("unsigned");
  });

  it("rejects contradictory options as a usage error", async () => {
    const run = await spindle(["compile", HELLO, "--no-sign", "--signer", "http://127.0.0.1:9"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--signer and --no-sign contradict each other");
  });
});
