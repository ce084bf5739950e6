import { describe, expect, it } from "vitest";
import {
  encodeCustomSection,
  encodeU32Leb,
  readSections,
  readU32Leb,
} from "../../src/signer/wasm-sections.js";
import { buildModule } from "./fixtures.js";

const header = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];

describe("Wasm section reader", () => {
  it("lists the sections of a Binaryen module with custom section names", () => {
    const parsed = readSections(buildModule("Hello"));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.sections.map((s) => s.name ?? s.id)).toEqual([1, 3, 7, 10, "spindle.meta"]);
  });

  it("round-trips LEB128 and rejects overlong or overflowing encodings", () => {
    for (const n of [0, 1, 127, 128, 16383, 16384, 2 ** 32 - 1]) {
      const bytes = encodeU32Leb(n);
      expect(readU32Leb(bytes, 0, bytes.length)).toEqual({
        value: n,
        next: bytes.length,
        minimal: true,
      });
    }
    expect(readU32Leb(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x00), 0, 6)).toBeUndefined();
    expect(readU32Leb(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x1f), 0, 5)).toBeUndefined();
    expect(readU32Leb(Uint8Array.of(0x85, 0x00), 0, 2)?.minimal).toBe(false);
    expect(readU32Leb(Uint8Array.of(0x80), 0, 1)).toBeUndefined();
  });

  it("rejects a bad header, a section overrunning the file and an unknown section id", () => {
    expect(readSections(Uint8Array.of(0, 0x61, 0x73))).toEqual({
      ok: false,
      error: "the file is 3 bytes, too short for a Wasm header",
    });
    expect(readSections(Uint8Array.of(...header.slice(0, 4), 2, 0, 0, 0))).toEqual({
      ok: false,
      error: "unsupported Wasm version (expected 1)",
    });
    expect(readSections(Uint8Array.of(...header, 1, 5, 0))).toEqual({
      ok: false,
      error: "section at byte 8 claims 5 bytes but only 1 remain",
    });
    expect(readSections(Uint8Array.of(...header, 14, 0))).toEqual({
      ok: false,
      error: "unknown section id 14 at byte 8",
    });
  });

  it("rejects repeated and out-of-order standard sections", () => {
    expect(readSections(Uint8Array.of(...header, 1, 1, 0, 1, 1, 0))).toEqual({
      ok: false,
      error: "section id 1 appears twice",
    });
    expect(readSections(Uint8Array.of(...header, 3, 1, 0, 1, 1, 0))).toEqual({
      ok: false,
      error: "section id 1 at byte 11 is out of order",
    });
  });

  it("writes custom sections that it reads back", () => {
    const section = encodeCustomSection("spindle.sig", Uint8Array.of(1, 2, 3));
    const parsed = readSections(Uint8Array.of(...header, ...section));
    expect(parsed.ok && parsed.sections[0]).toMatchObject({
      name: "spindle.sig",
      contentStart: 22,
      end: 25,
      minimalEncoding: true,
    });
  });

  it("rejects a custom section whose name overruns it or is not UTF-8", () => {
    expect(readSections(Uint8Array.of(...header, 0, 2, 5, 0x61))).toEqual({
      ok: false,
      error: "custom section name at byte 10 overruns its section",
    });
    expect(readSections(Uint8Array.of(...header, 0, 2, 1, 0xff))).toEqual({
      ok: false,
      error: "custom section name at byte 10 is not UTF-8",
    });
  });
});
