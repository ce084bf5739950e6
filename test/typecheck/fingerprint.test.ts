// Interface fingerprints: stable, structural, order-independent, and local to what changed.
import { describe, expect, it } from "vitest";
import { encodeType, typeFingerprint } from "../../src/typecheck/fingerprint.js";
import { sameType, unitNamed } from "../../src/typecheck/index.js";
import { checkSources } from "./support/check.js";

function fingerprints(text: string): Map<string, string> {
  const result = checkSources({ "Net.i3": text }, { named: ["Net.i3"] });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  const unit = unitNamed(result.program, "Net");
  if (!unit) throw new Error("Net was not checked");
  return new Map([...unit.fingerprints, ["<interface>", unit.fingerprint]]);
}

const base = `INTERFACE Net;
TYPE Key = BRANDED REF RECORD id: BRANDED REF INTEGER END;
TYPE Port = [0 .. 65535];
TYPE Packet = REF RECORD port: Port; data: REF ARRAY OF CHAR END;
CONST Mtu = 1500;
EXCEPTION Dropped(TEXT);
PROCEDURE Send (p: Packet; port: Port) RAISES {Dropped};
PROCEDURE Count (): CARDINAL;
VAR sent: INTEGER;
END Net.
`;

describe("interface fingerprints", () => {
  it("are 128-bit hex strings, identical across runs", () => {
    const a = fingerprints(base);
    const b = fingerprints(base);
    expect(a.get("Send")).toMatch(/^[0-9a-f]{32}$/);
    expect([...a]).toEqual([...b]);
  });

  it("change only for the procedure whose parameter type changed", () => {
    const a = fingerprints(base);
    const b = fingerprints(
      base.replace(
        "PROCEDURE Send (p: Packet; port: Port)",
        "PROCEDURE Send (p: Packet; port: INTEGER)",
      ),
    );
    const changed = [...a.keys()].filter((k) => a.get(k) !== b.get(k));
    expect(changed.sort()).toEqual(["<interface>", "Send"]);
  });

  it("do not change when an unrelated declaration is renamed", () => {
    const a = fingerprints(base);
    const b = fingerprints(
      base.replace("PROCEDURE Count (): CARDINAL;", "PROCEDURE Total (): CARDINAL;"),
    );
    for (const name of ["Key", "Port", "Packet", "Mtu", "Dropped", "Send", "sent"])
      expect(b.get(name)).toBe(a.get(name));
  });

  it("do not depend on the order of declarations", () => {
    const reordered = `INTERFACE Net;
VAR sent: INTEGER;
PROCEDURE Count (): CARDINAL;
PROCEDURE Send (p: Packet; port: Port) RAISES {Dropped};
EXCEPTION Dropped(TEXT);
CONST Mtu = 1500;
TYPE Packet = REF RECORD port: Port; data: REF ARRAY OF CHAR END;
TYPE Port = [0 .. 65535];
TYPE Key = BRANDED REF RECORD id: BRANDED REF INTEGER END;
END Net.
`;
    expect([...fingerprints(reordered)].sort()).toEqual([...fingerprints(base)].sort());
  });

  it("depend on record field order, names and constant values", () => {
    const a = fingerprints(base);
    expect(
      fingerprints(
        base.replace("port: Port; data: REF ARRAY OF CHAR", "data: REF ARRAY OF CHAR; port: Port"),
      ).get("Packet"),
    ).not.toBe(a.get("Packet"));
    expect(
      fingerprints(base.replace("port: Port; data", "dest: Port; data")).get("Packet"),
    ).not.toBe(a.get("Packet"));
    expect(fingerprints(base.replace("Mtu = 1500", "Mtu = 9000")).get("Mtu")).not.toBe(
      a.get("Mtu"),
    );
  });

  it("distinguish brands", () => {
    const plain = fingerprints("INTERFACE Net; TYPE T = REF INTEGER; END Net.\n");
    const branded = fingerprints('INTERFACE Net; TYPE T = BRANDED "T" REF INTEGER; END Net.\n');
    expect(branded.get("T")).not.toBe(plain.get("T"));
  });

  it("terminate on recursive types, deterministically, with back-references", () => {
    const text = "INTERFACE Net; TYPE List = REF RECORD head: INTEGER; tail: List END; END Net.\n";
    const result = checkSources({ "Net.i3": text }, { named: ["Net.i3"] });
    const list = unitNamed(result.program, "Net")?.types.find((t) => t.name === "List");
    expect(list).toBeDefined();
    expect(encodeType(list!.type)).toBe("REF(RECORD{head:INTEGER;tail:^1;})");
    const again = checkSources({ "Net.i3": text }, { named: ["Net.i3"] });
    const other = unitNamed(again.program, "Net")?.types.find((t) => t.name === "List");
    expect(other!.type).not.toBe(list!.type);
    expect(typeFingerprint(other!.type)).toBe(typeFingerprint(list!.type));
  });
});

describe("fingerprints of recursive types", () => {
  it("are equal for two unrollings of the same infinite type, and the types are one", () => {
    const text = `INTERFACE Net;
TYPE T = REF RECORD next: T END;
TYPE U = REF RECORD next: REF RECORD next: U END END;
VAR t: T; u: U;
END Net.
`;
    const result = checkSources({ "Net.i3": text }, { named: ["Net.i3"] });
    const unit = unitNamed(result.program, "Net")!;
    const t = unit.types.find((s) => s.name === "T")!.type;
    const u = unit.types.find((s) => s.name === "U")!.type;
    expect(t).not.toBe(u);
    expect(typeFingerprint(u)).toBe(typeFingerprint(t));
    expect(encodeType(u)).toBe("REF(RECORD{next:^1;})");
    // U's declaration fingerprint is that of U written without the unrolling
    const folded = fingerprints(
      text.replace("REF RECORD next: REF RECORD next: U END END", "REF RECORD next: U END"),
    );
    expect(folded.get("U")).toBe(fingerprints(text).get("U"));
    expect(sameType(t, u)).toBe(true);
  });

  it("let the checker assign one unrolling to the other", () => {
    const result = checkSources({
      "Prog.m3": `MODULE Prog EXPORTS Main;
TYPE T = REF RECORD next: T END;
     U = REF RECORD next: REF RECORD next: U END END;
VAR t: T; u: U;
BEGIN
  t := u; u := t; u := t.next; t := u.next.next;
END Prog.
`,
    });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  it("differ when the infinite trees differ, or by brand", () => {
    const fps = fingerprints(`INTERFACE Net;
TYPE T = REF RECORD next: T END;
TYPE A = REF RECORD next: REF RECORD other: A END END;
TYPE B = REF RECORD next: REF RECORD next: INTEGER END END;
TYPE C = BRANDED "C" REF RECORD next: C END;
END Net.
`);
    const result = checkSources(
      {
        "Net.i3": `INTERFACE Net;
TYPE T = REF RECORD next: T END;
TYPE A = REF RECORD next: REF RECORD other: A END END;
TYPE B = REF RECORD next: REF RECORD next: INTEGER END END;
TYPE C = BRANDED "C" REF RECORD next: C END;
END Net.
`,
      },
      { named: ["Net.i3"] },
    );
    const unit = unitNamed(result.program, "Net")!;
    const type = (n: string) => unit.types.find((s) => s.name === n)!.type;
    const t = typeFingerprint(type("T"));
    expect(typeFingerprint(type("A"))).not.toBe(t);
    expect(typeFingerprint(type("B"))).not.toBe(t);
    expect(typeFingerprint(type("C"))).not.toBe(t);
    expect(sameType(type("A"), type("T"))).toBe(false);
    expect(sameType(type("C"), type("T"))).toBe(false);
    expect(new Set([...fps.values()]).size).toBe(fps.size);
  });

  it("do not depend on which declaration of a cycle comes first", () => {
    const a = fingerprints(`INTERFACE Net;
TYPE Even = REF RECORD odd: Odd END;
TYPE Odd = REF RECORD even: Even END;
END Net.
`);
    const b = fingerprints(`INTERFACE Net;
TYPE Odd = REF RECORD even: Even END;
TYPE Even = REF RECORD odd: Odd END;
END Net.
`);
    expect(b.get("Even")).toBe(a.get("Even"));
    expect(b.get("Odd")).toBe(a.get("Odd"));
    expect(b.get("<interface>")).toBe(a.get("<interface>"));
  });
});
