// Name resolution: identifiers and `Interface.Name` to symbols, with "did you mean" hints and
// the bookkeeping (used, obsolete) that warnings need.
import type * as ast from "../lang/ast.js";
import type { Span } from "../lang/source.js";
import type { Checker, UnitState } from "./context.js";
import { resolvePending } from "./decls.js";
import { closestName, type Entry, type Scope } from "./scope.js";
import type { Spanned } from "./tables.js";
import type { InterfaceSymbol, Symbol } from "./symbols.js";

export function entrySymbol(c: Checker, entry: Entry): Symbol | undefined {
  return entry.kind === "Pending" ? resolvePending(c, entry) : entry;
}

/** Marks a symbol as used and warns when it is declared `<*OBSOLETE*>`. */
/** `at`: the use, whose span is read only for a diagnostic. */
export function noteUse(c: Checker, symbol: Symbol, at: Spanned): void {
  if (tracksUse(c, symbol)) c.unitUsed.add(symbol);
  if (c.obsolete.size > 0 && c.obsolete.has(symbol))
    c.warn("W2003", `'${symbol.name}' is obsolete`, at.span, relatedDecl(symbol));
}

/**
 * Only variables (unused locals) and other units' declarations (unused FROM-imports) are ever
 * asked about, so the unit's own constants, types and procedures, and built-ins, are not noted.
 */
function tracksUse(c: Checker, symbol: Symbol): boolean {
  switch (symbol.kind) {
    case "Variable":
    case "Interface":
      return true;
    case "Constant":
    case "Type":
    case "Procedure":
    case "Exception":
      return symbol.unit !== c.unit.name;
    case "Formal":
    case "Field":
    case "Method":
    case "EnumValue":
    case "Builtin":
      return false;
    default: {
      const unreachable: never = symbol;
      return unreachable;
    }
  }
}

export function relatedDecl(symbol: Symbol): { related: { span: Span; message: string }[] } {
  return symbol.span
    ? { related: [{ span: symbol.span, message: `'${symbol.name}' is declared here` }] }
    : { related: [] };
}

/** `PutText` written for `Wr.PutText`: the name declared by an interface the unit imports. */
function qualifiedGuess(c: Checker, name: string): string | undefined {
  for (const imp of c.unit.imports) {
    if (imp.symbol.kind !== "Interface") continue;
    const unit = c.interfaces.get(imp.symbol.interfaceName);
    if (typeof unit === "object" && unit.scope.own(name)) return `${imp.name}.${name}`;
  }
  return undefined;
}

/** Looks an identifier up; reports it as undeclared (with a hint) when it is not found. */
export function lookupIdent(c: Checker, ident: ast.Ident, scope: Scope): Symbol | undefined {
  const entry = scope.find(ident.name);
  if (entry === undefined) {
    // One message per undeclared name and unit: later uses are the same mistake.
    if (c.undeclared.has(ident.name)) return undefined;
    c.undeclared.add(ident.name);
    const guess = qualifiedGuess(c, ident.name) ?? closestName(ident.name, scope.visibleNames());
    c.error(
      "E2001",
      `undeclared identifier '${ident.name}'`,
      ident.span,
      guess ? { hint: `did you mean '${guess}'?` } : {},
    );
    return undefined;
  }
  const symbol = entrySymbol(c, entry);
  if (symbol) noteUse(c, symbol, ident);
  return symbol;
}

/** A name exported by an interface, as `I.name`; `use` is the whole qualified name. */
export function lookupInInterface(
  c: Checker,
  iface: InterfaceSymbol,
  name: ast.Ident,
  use: Spanned,
): Symbol | undefined {
  c.usedInterfaces.add(iface);
  const unit = c.interfaces.get(iface.interfaceName);
  if (unit === undefined || typeof unit === "string") return undefined;
  const entry = unit.scope.own(name.name);
  if (entry === undefined) {
    const guess = closestName(name.name, unit.scope.entries.keys());
    c.error(
      "E2001",
      `interface '${iface.interfaceName}' has no declaration named '${name.name}'`,
      name.span,
      guess ? { hint: `did you mean '${iface.name}.${guess}'?` } : {},
    );
    return undefined;
  }
  const symbol = entrySymbol(c, entry);
  if (symbol) noteUse(c, symbol, use);
  return symbol;
}

export function lookupQualIdent(c: Checker, q: ast.QualIdent, scope: Scope): Symbol | undefined {
  let symbol: Symbol | undefined;
  if (q.qualifier) {
    const head = lookupIdent(c, q.qualifier, scope);
    if (head === undefined) return undefined;
    if (head.kind !== "Interface") {
      c.error(
        "E2001",
        `'${q.qualifier.name}' is not an interface, so '${q.qualifier.name}.${q.name.name}' does not name a declaration`,
        q.qualifier.span,
      );
      return undefined;
    }
    c.symbols.set(q.qualifier, head);
    symbol = lookupInInterface(c, head, q.name, q);
  } else {
    symbol = lookupIdent(c, q.name, scope);
  }
  if (symbol) {
    c.symbols.set(q, symbol);
  }
  return symbol;
}

export function qualifiedText(q: ast.QualIdent): string {
  return q.qualifier ? `${q.qualifier.name}.${q.name.name}` : q.name.name;
}

export function unitOf(c: Checker, name: string): UnitState | undefined {
  const u = c.interfaces.get(name);
  return typeof u === "object" ? u : undefined;
}
