import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateKeyPair, writeKeyPair } from "../../src/signer/keys.js";
import { signAfterCompile } from "../../src/signer/local-signer.js";
import { localKeyPolicy } from "../../src/signer/policy.js";
import { verifyModule } from "../../src/signer/verify.js";
import { attributesFor, buildModule } from "./fixtures.js";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("signing inside compilation", () => {
  it("signs by default when the machine has a key, and the result verifies under that key", () => {
    const config = mkdtempSync(join(tmpdir(), "spindle-local-"));
    dirs.push(config);
    const pair = generateKeyPair();
    writeKeyPair(join(config, "spindle"), pair, false);
    const result = signAfterCompile(
      buildModule(),
      attributesFor("Hello"),
      { XDG_CONFIG_HOME: config },
      "auto",
    );
    expect(result.kind).toBe("signed");
    if (result.kind !== "signed") return;
    expect(verifyModule(result.wasm, localKeyPolicy(pair.publicKey)).kind).toBe("ok");
    expect(
      signAfterCompile(buildModule(), attributesFor("Hello"), { XDG_CONFIG_HOME: config }, "never"),
    ).toEqual({
      kind: "unsigned",
      reason: "disabled",
    });
  });

  it("leaves the module unsigned without a key, unless --sign asked for a signature", () => {
    const config = mkdtempSync(join(tmpdir(), "spindle-local-"));
    dirs.push(config);
    const env = { XDG_CONFIG_HOME: config };
    expect(signAfterCompile(buildModule(), attributesFor("Hello"), env, "auto")).toEqual({
      kind: "unsigned",
      reason: "no-key",
    });
    expect(signAfterCompile(buildModule(), attributesFor("Hello"), env, "always")).toEqual({
      kind: "error",
      error: "--sign needs this machine's key; create it with `spindle keygen`",
    });
  });
});
