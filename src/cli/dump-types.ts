// `spindle check --dump-types`: each unit's declarations with their checked types and fingerprints.
import {
  typeName,
  type CheckedUnit,
  type ProcedureSymbol,
  type Symbol,
} from "../typecheck/index.js";
import { showValue } from "../typecheck/values.js";

export interface DumpedDeclaration {
  readonly kind: string;
  readonly name: string;
  readonly type: string;
  readonly value?: string;
  readonly fingerprint?: string;
}

function describe(symbol: Symbol): Omit<DumpedDeclaration, "name" | "fingerprint"> | undefined {
  switch (symbol.kind) {
    case "Constant":
      return { kind: "CONST", type: typeName(symbol.type), value: showValue(symbol.value) };
    case "Type":
      return { kind: "TYPE", type: typeName(symbol.type) };
    case "Variable":
      return { kind: "VAR", type: typeName(symbol.type) };
    case "Procedure":
      return { kind: "PROCEDURE", type: procedureText(symbol) };
    case "Exception": {
      const argument = symbol.exception.argument;
      return { kind: "EXCEPTION", type: argument ? `(${typeName(argument)})` : "" };
    }
    case "Formal":
    case "Field":
    case "Method":
    case "EnumValue":
    case "Builtin":
    case "Interface":
      return undefined;
    default: {
      const unreachable: never = symbol;
      return unreachable;
    }
  }
}

function procedureText(p: ProcedureSymbol): string {
  const qualifiers = p.qualifiers.length > 0 ? `${p.qualifiers.join(" ")} ` : "";
  return qualifiers + typeName(p.signature);
}

/** The unit's own declarations (not those it imports), in name order for stable output. */
export function dumpedDeclarations(unit: CheckedUnit): DumpedDeclaration[] {
  const out: DumpedDeclaration[] = [];
  for (const [name, symbol] of [...unit.scope].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if ("unit" in symbol && symbol.unit !== unit.name) continue;
    const described = describe(symbol);
    if (!described) continue;
    const fingerprint = unit.fingerprints.get(name);
    out.push({ name, ...described, ...(fingerprint ? { fingerprint } : {}) });
  }
  return out;
}

export function renderDumpedUnit(unit: CheckedUnit): string {
  const head =
    `${unit.kind.toUpperCase()} ${unit.name}` +
    (unit.fingerprint ? `  fingerprint ${unit.fingerprint}` : "");
  const lines = dumpedDeclarations(unit).map((d) => {
    const value = d.value !== undefined ? ` = ${d.value}` : "";
    const type =
      d.kind === "EXCEPTION" ? d.type : d.kind === "TYPE" ? ` = ${d.type}` : `: ${d.type}`;
    const fp = d.fingerprint ? `  [${d.fingerprint}]` : "";
    return `  ${d.kind} ${d.name}${type}${value}${fp}`;
  });
  return [head, ...lines].join("\n");
}
