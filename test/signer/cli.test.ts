import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { encodeMeta, META_VERSION } from "../../src/codegen/meta.js";
import { readPrivateKeyFile } from "../../src/signer/keys.js";
import { signModule } from "../../src/signer/sign.js";
import { attributesFor, buildModule, keyEntry, SIGN_TIME } from "./fixtures.js";
import { run } from "./cli-support.js";

const dirs: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), "spindle-cli-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("spindle keygen", () => {
  it("writes the key under XDG_CONFIG_HOME with a 0600 private file in a 0700 folder", async () => {
    const config = temp();
    const result = await run(["keygen"], { XDG_CONFIG_HOME: config });
    expect(result.code).toBe(0);
    const dir = join(config, "spindle");
    expect(result.stdout).toMatch(
      new RegExp(`^key [0-9a-f]{16}\\npublic key: ${dir}/spindle.pub\\n`),
    );
    expect(statSync(join(dir, "spindle.key")).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readPrivateKeyFile(join(dir, "spindle.key")).ok).toBe(true);
  });

  it("falls back to ~/.config/spindle and prints JSON under --json", async () => {
    const home = temp();
    const result = await run(["--json", "keygen"], { HOME: home });
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as Record<string, string>;
    expect(json["publicKeyPath"]).toBe(join(home, ".config", "spindle", "spindle.pub"));
    expect(json["keyId"]).toMatch(/^[0-9a-f]{16}$/);
  });

  it("refuses to overwrite a key without --force", async () => {
    const out = temp();
    expect((await run(["keygen", "--out", out])).code).toBe(0);
    const before = readFileSync(join(out, "spindle.key"), "utf8");
    const again = await run(["keygen", "--out", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `spindle: error[E4005]: ${join(out, "spindle.key")} already exists; pass --force to replace the key\n`,
    );
    expect(readFileSync(join(out, "spindle.key"), "utf8")).toBe(before);
    const forced = await run(["keygen", "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, "spindle.key"), "utf8")).not.toBe(before);
    expect(statSync(join(out, "spindle.key")).mode & 0o777).toBe(0o600);
  });

  it("refuses to read a private key that others can read", async () => {
    const out = temp();
    await run(["keygen", "--out", out]);
    const path = join(out, "spindle.key");
    const { chmodSync } = await import("node:fs");
    chmodSync(path, 0o644);
    expect(readPrivateKeyFile(path)).toEqual({
      ok: false,
      error: `${path} is readable by other users (mode 644); run chmod 600 ${path}`,
    });
  });
});

describe("spindle verify and inspect", () => {
  async function machineWithSignedModule(): Promise<{
    config: string;
    file: string;
    keyId: string;
  }> {
    const config = temp();
    await run(["keygen"], { XDG_CONFIG_HOME: config });
    const key = readPrivateKeyFile(join(config, "spindle", "spindle.key"));
    if (!key.ok) throw new Error(key.error);
    const signed = signModule(buildModule("Hello"), key.value, attributesFor("Hello"), SIGN_TIME);
    if (!signed.ok) throw new Error(signed.error);
    const file = join(config, "hello.wasm");
    writeFileSync(file, signed.value);
    return { config, file, keyId: Buffer.from(key.value.keyId).toString("hex") };
  }

  it("verifies with the machine's own key by default, in one line", async () => {
    const { config, file, keyId } = await machineWithSignedModule();
    const result = await run(["verify", file], { XDG_CONFIG_HOME: config });
    expect(result).toEqual({
      code: 0,
      stdout: `ok: Module Hello signed by key ${keyId} (local) at 2026-01-15T12:00:00Z with spindle 0.1.0\n`,
      stderr: "",
    });
  });

  it("exits 1 with the precise reason when a byte was changed", async () => {
    const { config, file, keyId } = await machineWithSignedModule();
    const bytes = readFileSync(file);
    bytes[12] = (bytes[12] ?? 0) ^ 1;
    writeFileSync(file, bytes);
    const result = await run(["verify", file], { XDG_CONFIG_HOME: config });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `spindle: error[E4003]: ${file}: digest-mismatch: the module's bytes were changed after key ${keyId} signed them (SHA-512 differs)\n`,
    );
  });

  it("uses --trust and reports an unknown key and an invalid policy precisely", async () => {
    const { file } = await machineWithSignedModule();
    const other = temp();
    await run(["keygen", "--out", other]);
    const otherKey = readPrivateKeyFile(join(other, "spindle.key"));
    if (!otherKey.ok) throw new Error(otherKey.error);
    const policyPath = join(other, "policy.json");
    writeFileSync(policyPath, JSON.stringify({ version: 1, keys: [keyEntry(otherKey.value)] }));
    const unknown = await run(["--json", "verify", file, "--trust", policyPath]);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout)).toMatchObject({ type: "verdict", verdict: "unknown-key" });
    writeFileSync(policyPath, JSON.stringify({ version: 1, keys: [{ scope: "everywhere" }] }));
    const invalid = await run(["verify", file, "--trust", policyPath]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain(
      `spindle: error[E4002]: ${policyPath}: invalid trust policy: keys[0].scope: must be "local" or "shared", not "everywhere"`,
    );
  });

  it("says what to do when there is no policy and no machine key", async () => {
    const { file } = await machineWithSignedModule();
    const result = await run(["verify", file], { XDG_CONFIG_HOME: temp() });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      "spindle: error[E4004]: no trust policy: pass --trust POLICY.json, or run `spindle keygen` to trust this machine's own key\n",
    );
  });

  it("inspects sections, exports, meta and signature attributes, also as JSON", async () => {
    const { file, keyId } = await machineWithSignedModule();
    const result = await run(["inspect", file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("exports:\n  answer (function 0)\n");
    expect(result.stdout).toMatch(
      /meta \(spindle\.meta, not understood by this compiler: [^\n]+\):\n  \{\n    "module": "Hello"\n  \}\n/,
    );
    expect(result.stdout).toContain(
      `signature (spindle.sig):\n  keyId: ${keyId}\n  scope: local\n  module: Hello\n  compiler: spindle 0.1.0\n  time: 2026-01-15T12:00:00Z\n`,
    );
    expect(result.stdout).toContain("  interfaces:\n    IO sha256 ");
    const json = JSON.parse((await run(["--json", "inspect", file])).stdout) as {
      signature: { attributes: { keyId: string } };
    };
    expect(json.signature.attributes.keyId).toBe(keyId);
  });

  it("shows the compiler's meta section with its fingerprints", async () => {
    const meta = encodeMeta({
      version: META_VERSION,
      abiVersion: 1,
      module: "Hello",
      kind: "module",
      sourceFile: "Hello.m3",
      sourceDigest: "ab".repeat(32),
      compiler: { name: "spindle", version: "0.1.0" },
      exportedInterfaces: ["Hello"],
      importedInterfaces: ["IO"],
      exports: [
        { interface: "Hello", name: "Run", kind: "procedure", fingerprint: "0123456789abcdef" },
      ],
      imports: [
        { interface: "IO", name: "Put", kind: "procedure", fingerprint: "fedcba9876543210" },
      ],
      exceptions: [],
      types: [],
      faultSites: [],
      procedures: [],
      dataSize: 0,
      tableSize: 0,
    });
    const file = join(temp(), "meta.wasm");
    writeFileSync(file, buildModule("Hello", 1, 0, meta));
    const result = await run(["inspect", file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      "meta (spindle.meta):\n  module: Hello (module), from Hello.m3 sha256 " +
        "ab".repeat(32) +
        "\n",
    );
    expect(result.stdout).toContain(
      "  exported declarations:\n    Hello.Run (procedure) fingerprint 0123456789abcdef\n",
    );
    expect(result.stdout).toContain(
      "  imported declarations:\n    IO.Put (procedure) fingerprint fedcba9876543210\n",
    );
    expect(result.stdout).toContain("signature: none (unsigned)");
  });

  it("refuses to inspect a file that is not Wasm", async () => {
    const file = join(temp(), "x.wasm");
    writeFileSync(file, "hello, world");
    const result = await run(["inspect", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `spindle: error[E4006]: ${file}: not a well-formed Wasm module: not a Wasm module (bad magic)\n`,
    );
  });
});
