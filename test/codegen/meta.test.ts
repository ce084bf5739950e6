// The spindle.meta section: canonical, deterministic encoding and strict, never-throwing decoding.
import { describe, expect, it } from "vitest";
import { decodeMeta, encodeMeta, readMeta, type ModuleMeta } from "../../src/codegen/meta.js";
import { buildModule, metaFor } from "./runtime/fixture.js";

const sample: ModuleMeta = metaFor({
  module: "Main",
  sourceFile: "samples/main.m3",
  sourceDigest: "ab".repeat(32),
  exportedInterfaces: ["Main"],
  importedInterfaces: ["Wr", "Fmt"],
  imports: [
    { interface: "Wr", name: "PutText", kind: "procedure", fingerprint: "1a2b3c4d" },
    { interface: "Fmt", name: "Int", kind: "procedure", fingerprint: "5e6f7a8b" },
  ],
  exceptions: [{ id: 1234, name: "Wr.Failure" }],
  types: [
    {
      id: 7,
      name: "Main.T",
      fingerprint: "77",
      kind: "object",
      descriptorOffset: 0,
      size: 24,
      pointerCount: 1,
    },
  ],
  faultSites: [
    [12, 7],
    [3, 1],
  ],
  procedures: [["Main.P", 1]],
  dataSize: 128,
  tableSize: 4,
});

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe("spindle.meta", () => {
  it("round-trips, with unordered lists sorted and fault sites kept in index order", () => {
    const decoded = decodeMeta(encodeMeta(sample));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.meta.importedInterfaces).toEqual(["Fmt", "Wr"]);
    expect(decoded.meta.imports.map((d) => d.interface)).toEqual(["Fmt", "Wr"]);
    expect(decoded.meta.faultSites).toEqual([
      [12, 7],
      [3, 1],
    ]);
    expect(encodeMeta(decoded.meta)).toEqual(encodeMeta(sample));
  });

  it("encodes the same meta to the same bytes whatever the input order", () => {
    const shuffled: ModuleMeta = {
      ...sample,
      imports: [...sample.imports].reverse(),
      importedInterfaces: ["Fmt", "Wr"],
    };
    expect(text(encodeMeta(shuffled))).toBe(text(encodeMeta(sample)));
    expect(text(encodeMeta(sample))).toMatch(
      /^\{"abiVersion":2,"compiler":\{"name":"spindle-test","version":"0.0.0"\},"dataSize":128,/,
    );
  });

  it("is found in a module's binary", () => {
    const bytes = buildModule(sample, `(func (export "__spindle_init"))`);
    const read = readMeta(bytes);
    expect(read.ok && read.meta.module).toBe("Main");
  });

  const broken = (patch: (json: Record<string, unknown>) => void): string => {
    const json = JSON.parse(text(encodeMeta(sample))) as Record<string, unknown>;
    patch(json);
    const result = decodeMeta(new TextEncoder().encode(JSON.stringify(json)));
    return result.ok ? "accepted" : result.error;
  };

  it("rejects malformed meta with a reason, never by throwing", () => {
    expect(broken((j) => (j["version"] = 1))).toBe("meta.version 1 is not supported (expected 2)");
    expect(broken((j) => (j["extra"] = true))).toBe("meta has unknown field 'extra'");
    expect(broken((j) => delete j["tableSize"])).toBe("meta lacks field 'tableSize'");
    expect(broken((j) => (j["sourceDigest"] = "xyz"))).toBe(
      "meta.sourceDigest must be 64 lowercase hex digits",
    );
    expect(broken((j) => (j["module"] = "no spaces"))).toBe(
      "meta.module 'no spaces' is not an identifier",
    );
    expect(broken((j) => (j["dataSize"] = -1))).toBe(
      "meta.dataSize must be an integer in [0, 2147483647]",
    );
    expect(broken((j) => (j["faultSites"] = [[1]]))).toBe(
      "meta.faultSites[0] must be [line, column]",
    );
    expect(broken((j) => (j["procedures"] = [["Main.P", -1]]))).toBe(
      "meta.procedures[0][1] must be an integer in [0, 4294967295]",
    );
    expect(
      broken(
        (j) => (j["imports"] = [{ interface: "Wr", name: "P", kind: "macro", fingerprint: "00" }]),
      ),
    ).toBe("meta.imports[0].kind must be one of procedure, variable, exception, type, constant");
    expect(decodeMeta(new Uint8Array([0xff, 0xfe]))).toEqual({
      ok: false,
      error: "spindle.meta is not valid UTF-8",
    });
    expect(decodeMeta(new TextEncoder().encode("{"))).toEqual({
      ok: false,
      error: "spindle.meta is not valid JSON",
    });
    expect(decodeMeta(new TextEncoder().encode("[]"))).toEqual({
      ok: false,
      error: "meta must be an object",
    });
    expect(readMeta(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 0, 0x7f]))).toEqual({
      ok: false,
      error: "not a WebAssembly binary",
    });
  });
});
