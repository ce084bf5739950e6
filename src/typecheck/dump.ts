// `spindle check --dump-types`: every unit's declarations with their resolved types, constant
// values and (for interfaces) fingerprints, as text for people debugging the compiler.
import type { CheckedProgram, CheckedUnit } from "./program.js";
import type { Symbol } from "./symbols.js";
import { typeName, typeStructure } from "./types.js";
import { showValue } from "./values.js";

export function dumpTypes(program: CheckedProgram): string {
  return program.units.map(dumpUnit).join("\n");
}

function dumpUnit(unit: CheckedUnit): string {
  const header = `${unit.kind === "Interface" ? "INTERFACE" : "MODULE"} ${unit.name}${
    unit.fingerprint ? `  (fingerprint ${unit.fingerprint})` : ""
  }`;
  const lines = [header];
  for (const [name, symbol] of [...unit.scope].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!ownedBy(symbol, unit.name)) continue;
    const line = describe(name, symbol);
    if (line === undefined) continue;
    const fp = unit.fingerprints.get(name);
    lines.push(`  ${line}${fp ? `  [${fp.slice(0, 16)}]` : ""}`);
  }
  for (const r of unit.revelations) {
    lines.push(`  REVEAL ${r.opaque.qualifiedName} ${r.partial ? "<:" : "="} ${typeName(r.type)}`);
  }
  return lines.join("\n") + "\n";
}

function ownedBy(symbol: Symbol, unit: string): boolean {
  return "unit" in symbol && symbol.unit === unit;
}

function describe(name: string, s: Symbol): string | undefined {
  switch (s.kind) {
    case "Constant":
      return `CONST ${name}: ${typeName(s.type)} = ${showValue(s.value)}`;
    case "Type":
      if (s.type.kind === "Opaque" && s.type.qualifiedName === `${s.unit}.${name}`)
        return `TYPE ${name} <: ${typeName(s.type.super)}`;
      return `TYPE ${name} = ${typeStructure(s.type)}`;
    case "Variable":
      return `VAR ${name}: ${typeName(s.type)}`;
    case "Exception":
      return `EXCEPTION ${name}${s.exception.argument ? `(${typeName(s.exception.argument)})` : ""}`;
    case "Procedure":
      return `${typeName(s.signature).replace("PROCEDURE", `PROCEDURE ${name}`)}`;
    case "Formal":
    case "Field":
    case "Method":
    case "EnumValue":
    case "Builtin":
    case "Interface":
      return undefined;
    default: {
      const unreachable: never = s;
      return unreachable;
    }
  }
}
