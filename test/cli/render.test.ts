import { describe, expect, it } from "vitest";
import { error, warning } from "../../src/lang/diagnostics.js";
import { LineMap, spanOf } from "../../src/lang/source.js";
import { diagnosticToJson, renderDiagnostic } from "../../src/cli/render.js";
import { resolveColor } from "../../src/cli/context.js";

const text = "MODULE M;\nVAR x: Foo;\nBEGIN END M.\n";
const lines = new LineMap(text);
const at = (needle: string) => {
  const start = text.indexOf(needle);
  return spanOf("m.m3", lines, start, start + needle.length);
};

describe("diagnostic rendering", () => {
  it("shows file:line:col, the code, the source line, a caret under the span and the hint", () => {
    const d = error("E2001", "undeclared identifier 'Foo'", at("Foo"), {
      hint: "declare it or import the interface that does",
    });
    const out = renderDiagnostic(d, { color: false, sourceText: () => text });
    expect(out).toBe(
      [
        "m.m3:2:8: error[E2001]: undeclared identifier 'Foo'",
        "    2 | VAR x: Foo;",
        "      |        ^^^",
        "      = hint: declare it or import the interface that does",
      ].join("\n"),
    );
  });

  it("renders related spans as notes", () => {
    const d = error("E2002", "'x' is declared twice", at("x"), {
      related: [{ span: at("MODULE"), message: "first declared here" }],
    });
    const out = renderDiagnostic(d, { color: false, sourceText: () => text });
    expect(out).toContain("m.m3:1:1: note: first declared here");
  });

  it("colours only when asked", () => {
    const d = warning("W2001", "unused variable 'x'", at("x"));
    expect(renderDiagnostic(d, { color: true, sourceText: () => text })).toContain("\x1b[");
    expect(renderDiagnostic(d, { color: false, sourceText: () => text })).not.toContain("\x1b[");
  });

  it("emits JSON with position and length", () => {
    const d = error("E2001", "undeclared identifier 'Foo'", at("Foo"));
    expect(diagnosticToJson(d)).toEqual({
      type: "diagnostic",
      severity: "error",
      code: "E2001",
      message: "undeclared identifier 'Foo'",
      file: "m.m3",
      line: 2,
      column: 8,
      length: 3,
      related: [],
    });
  });
});

describe("colour choice", () => {
  const tty = { write: () => true, isTTY: true };
  const pipe = { write: () => true, isTTY: false };
  it("is on for a terminal, off for a pipe", () => {
    expect(resolveColor(undefined, tty, {})).toBe(true);
    expect(resolveColor(undefined, pipe, {})).toBe(false);
  });
  it("honours NO_COLOR and explicit flags", () => {
    expect(resolveColor(undefined, tty, { NO_COLOR: "1" })).toBe(false);
    expect(resolveColor(true, pipe, { NO_COLOR: "1" })).toBe(true);
    expect(resolveColor(false, tty, {})).toBe(false);
  });
});
