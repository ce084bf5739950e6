// Units: finding and checking imported interfaces once per run, IMPORT / FROM IMPORT / AS,
// EXPORTS (a module implements every procedure of the interfaces it exports), REVEAL, UNSAFE,
// and the unused-import warning.
import { join } from "node:path";
import type * as ast from "../lang/ast.js";
import type { SourceFile, Span } from "../lang/source.js";
import type { Checker, ImportRecord, ProcState, UnitState } from "./context.js";
import {
  checkBodies,
  declareAll,
  reportUnusedLocals,
  resolveAll,
  runObjectChecks,
} from "./decls.js";
import { entrySymbol, lookupQualIdent, qualifiedText } from "./names.js";
import { predeclaredScope } from "./predeclared.js";
import { coverageGap, isReference, isSubtype, sameType } from "./relations.js";
import { Scope } from "./scope.js";
import { checkStatements } from "./stmts.js";
import type { InterfaceSymbol, ProcedureSymbol, Symbol } from "./symbols.js";
import { resolveType } from "./typexpr.js";
import { typeName, type OpaqueType, type Type } from "./types.js";

/** Interfaces the user named on the command line, found before the search path is consulted. */
export type KnownSources = Map<string, { file: SourceFile; unit: ast.Unit }>;

/** Loads, parses and checks interface `name` (once per run); reports at `span` when it cannot. */
export function loadInterface(
  c: Checker,
  name: string,
  span: Span | undefined,
  known: KnownSources,
): UnitState | undefined {
  const state = c.interfaces.get(name);
  if (typeof state === "object") return state;
  if (state === "loading") {
    c.error("E2033", `interface '${name}' imports itself (through a cycle of imports)`, span);
    return undefined;
  }
  let found = known.get(name);
  if (!found && state !== "missing") {
    for (const dir of c.options.searchPath) {
      const path = join(dir, `${name}.i3`);
      const text = c.options.readFile(path);
      if (text === undefined) continue;
      const file: SourceFile = { path, text };
      const parsed = c.options.parse(file);
      c.parseDiagnostics.push(...parsed.diagnostics);
      if (parsed.unit) found = { file, unit: parsed.unit };
      break;
    }
  }
  if (!found) {
    c.interfaces.set(name, "missing");
    c.error("E2022", `interface '${name}' was not found: no ${name}.i3 on the search path`, span, {
      hint: "add its folder with -I DIR",
    });
    return undefined;
  }
  if (found.unit.kind !== "Interface") {
    c.error("E2022", `'${name}' is a module, not an interface, so it cannot be imported`, span);
    c.interfaces.set(name, "missing");
    return undefined;
  }
  c.interfaces.set(name, "loading");
  const checked = checkUnit(c, found.file, found.unit, known);
  c.interfaces.set(name, checked);
  return checked;
}

export function checkUnit(
  c: Checker,
  file: SourceFile,
  unit: ast.Unit,
  known: KnownSources,
): UnitState {
  const savedUnit = c.unit as UnitState | undefined;
  const savedProc = c.proc;
  const savedUsed = c.unitUsed;
  const savedUndeclared = c.undeclared;
  const name = unit.name.name;
  const exportScope = new Scope("block", predeclaredScope(), name);
  const scope = new Scope("unit", exportScope, name);
  const visible = new Set<OpaqueType>();
  const partial = new Map<OpaqueType, Type>();
  const state: UnitState = {
    name,
    kind: unit.kind,
    file: file.path,
    ast: unit,
    scope,
    visible,
    partial,
    view: { visible, partial },
    unsafe: unit.unsafe,
    imports: [],
    importedUnits: [],
    exportedUnits: [],
    constants: [],
    types: [],
    globals: [],
    exceptions: [],
    procedures: [],
    revelations: [],
    fatal: new Set(),
    fatalAny: false,
  };
  c.unit = state;
  c.proc = undefined;
  c.membersCache.clear();
  c.unitUsed = new Set();
  c.undeclared = new Set();
  if (unit.unsafe && !c.options.trusted) {
    const what = unit.kind === "Module" ? "module" : "interface";
    c.error(
      "E2016",
      `UNSAFE ${what} '${name}' is accepted only when building trusted kernel code`,
      unit.name.span,
      {
        hint: "remove UNSAFE, or build it as part of the trusted kernel",
      },
    );
  }
  processImports(c, state, unit.imports, known);
  if (unit.kind === "Module") processExports(c, state, unit, exportScope, known);
  for (const u of [...state.importedUnits, ...state.exportedUnits]) {
    for (const o of u.visible) visible.add(o);
    for (const [o, t] of u.partial) notePartial(c, state, o, t);
  }
  declareAll(c, scope, unit.decls);
  if (unit.kind === "Module") checkModuleRedeclarations(c, state, exportScope);
  for (const d of unit.decls) if (d.kind === "RevealDecl") reveal(c, state, d);
  resolveAll(c, scope, unit.decls);
  if (unit.kind === "Module") {
    checkImplementations(c, state, unit);
    checkBodies(c, scope, unit.decls);
    const body: ProcState = {
      name,
      raises: { kind: "List", exceptions: [] },
      qualifiers: [],
      loopDepth: 0,
      handlers: [],
    };
    c.proc = body;
    const bodyScope = new Scope("block", scope, name);
    // The parser's recovery can leave a module without a body; there is nothing to check then.
    checkStatements(c, (unit.body as readonly ast.Stmt[] | undefined) ?? [], bodyScope);
    reportUnusedLocals(c, bodyScope);
    c.proc = undefined;
  } else {
    for (const d of unit.decls)
      if (d.kind === "ProcedureDecl" && d.body)
        c.error("E2024", `a procedure in an interface has no body ('${d.name.name}')`, d.span);
  }
  runObjectChecks(c);
  reportUnusedImports(c, state);
  c.finished.push(state);
  c.membersCache.clear();
  if (savedUnit) c.unit = savedUnit;
  c.proc = savedProc;
  c.unitUsed = savedUsed;
  c.undeclared = savedUndeclared;
  return state;
}

function bind(
  c: Checker,
  state: UnitState,
  name: string,
  symbol: Symbol,
  span: Span,
  kind: ImportRecord["kind"],
): void {
  const existing = state.scope.own(name);
  if (existing) {
    c.error("E2002", `'${name}' is imported twice`, span);
    return;
  }
  state.scope.entries.set(name, symbol);
  state.imports.push({ name, symbol, span, kind });
}

function processImports(
  c: Checker,
  state: UnitState,
  imports: readonly ast.Import[],
  known: KnownSources,
): void {
  for (const imp of imports) {
    if (imp.kind === "Import") {
      for (const item of imp.items) {
        const iface = loadInterface(c, item.name.name, item.name.span, known);
        const local = item.alias ?? item.name;
        const symbol: InterfaceSymbol = {
          kind: "Interface",
          name: local.name,
          span: local.span,
          interfaceName: item.name.name,
        };
        if (!iface) {
          // Bound anyway, so uses of a missing interface are not reported again as undeclared.
          state.scope.entries.set(local.name, symbol);
          continue;
        }
        if (!state.importedUnits.includes(iface)) state.importedUnits.push(iface);
        c.symbols.set(item.name, symbol);
        bind(
          c,
          state,
          local.name,
          symbol,
          item.alias ? item.alias.span : item.name.span,
          "interface",
        );
      }
    } else {
      const iface = loadInterface(c, imp.module.name, imp.module.span, known);
      if (!iface) continue;
      if (!state.importedUnits.includes(iface)) state.importedUnits.push(iface);
      for (const n of imp.names) {
        const entry = iface.scope.own(n.name);
        if (!entry) {
          c.error(
            "E2001",
            `interface '${iface.name}' has no declaration named '${n.name}'`,
            n.span,
          );
          continue;
        }
        const symbol = entrySymbol(c, entry);
        if (!symbol) continue;
        c.symbols.set(n, symbol);
        bind(c, state, n.name, symbol, n.span, "name");
      }
    }
  }
}

function processExports(
  c: Checker,
  state: UnitState,
  unit: ast.ModuleUnit,
  exportScope: Scope,
  known: KnownSources,
): void {
  const explicit = unit.exports.length > 0;
  const names = explicit ? unit.exports : [unit.name];
  for (const n of names) {
    const iface =
      explicit || known.has(n.name) || c.interfaces.has(n.name) || findable(c, n.name)
        ? loadInterface(c, n.name, n.span, known)
        : undefined;
    if (!iface) continue;
    state.exportedUnits.push(iface);
    for (const [name, entry] of iface.scope.entries) {
      const symbol = entrySymbol(c, entry);
      if (symbol && symbol.kind !== "Interface") exportScope.entries.set(name, symbol);
    }
  }
}

/** A module without EXPORTS exports the interface of its name only if there is one. */
function findable(c: Checker, name: string): boolean {
  return c.options.searchPath.some(
    (dir) => c.options.readFile(join(dir, `${name}.i3`)) !== undefined,
  );
}

function checkModuleRedeclarations(c: Checker, state: UnitState, exportScope: Scope): void {
  for (const [name, entry] of state.scope.entries) {
    const inherited = exportScope.own(name);
    if (!inherited || entry.kind !== "Pending" || inherited.kind === "Pending") continue;
    if (entry.decl.kind === "ProcedureDecl" && inherited.kind === "Procedure") continue;
    c.error(
      "E2002",
      `'${name}' is already declared in an interface this module exports`,
      entry.decl.span,
      inherited.span ? { related: [{ span: inherited.span, message: "declared here" }] } : {},
    );
  }
}

function checkImplementations(c: Checker, state: UnitState, unit: ast.ModuleUnit): void {
  for (const iface of state.exportedUnits) {
    for (const p of iface.procedures) {
      if (p.parent) continue;
      const entry = state.scope.own(p.name);
      const impl = entry ? entrySymbol(c, entry) : undefined;
      if (!impl || impl.kind !== "Procedure") {
        c.error(
          "E2013",
          `module '${state.name}' does not implement procedure '${iface.name}.${p.name}' of the interface it exports`,
          unit.name.span,
          p.span
            ? { related: [{ span: p.span, message: `'${iface.name}.${p.name}' is declared here` }] }
            : {},
        );
        continue;
      }
      const gap = sameQualifiers(impl, p)
        ? coverageGap(p.signature, impl.signature, state.view)
        : "its qualifiers (FUNCTIONAL, EPHEMERAL) differ from the interface's";
      if (gap !== undefined) {
        c.error(
          "E2014",
          `procedure '${p.name}' does not match its declaration in interface '${iface.name}': ${gap}`,
          impl.span,
          p.span ? { related: [{ span: p.span, message: "the interface's declaration" }] } : {},
        );
      }
      p.implementation = impl;
      impl.implements = p;
    }
  }
}

function sameQualifiers(a: ProcedureSymbol, b: ProcedureSymbol): boolean {
  return (
    a.qualifiers.length === b.qualifiers.length &&
    a.qualifiers.every((q) => b.qualifiers.includes(q))
  );
}

function reveal(c: Checker, state: UnitState, d: ast.RevealDecl): void {
  const s = lookupQualIdent(c, d.name, state.scope);
  const revealed = resolveType(c, d.type, state.scope);
  if (!s) return;
  if (s.kind !== "Type" || s.type.kind !== "Opaque") {
    c.error(
      "E2029",
      `'${qualifiedText(d.name)}' is not an opaque type, so it cannot be revealed`,
      d.name.span,
    );
    return;
  }
  const opaque = s.type;
  if (revealed.kind === "Error") return;
  if (!isReference(revealed, state.view)) {
    c.error(
      "E2029",
      `'${qualifiedText(d.name)}' can only be revealed as a reference type, not ${typeName(revealed)}`,
      d.type.span,
    );
    return;
  }
  if (!d.partial) {
    if (!isBranded(revealed)) {
      c.error(
        "E2029",
        `the full revelation of '${qualifiedText(d.name)}' must be a BRANDED type`,
        d.type.span,
      );
      return;
    }
    if (opaque.revealed) {
      c.error("E2029", `'${qualifiedText(d.name)}' is revealed twice`, d.span);
      return;
    }
    if (!isSubtype(revealed, opaque.super, state.view)) {
      c.error(
        "E2029",
        `the revelation of '${qualifiedText(d.name)}' must be a subtype of ${typeName(opaque.super)}, as its declaration says, not ${typeName(revealed)}`,
        d.type.span,
      );
      return;
    }
    if (revealed.kind === "Object" && revealed.displayName === undefined)
      revealed.displayName = qualifiedText(d.name);
    opaque.revealed = revealed;
    state.visible.add(opaque);
    c.membersCache.clear();
  } else if (
    !isSubtype(opaque, revealed, state.view) &&
    !isSubtype(opaque.super, revealed, state.view) &&
    !isSubtype(revealed, opaque.super, state.view)
  ) {
    c.error(
      "E2029",
      `the partial revelation '${qualifiedText(d.name)} <: ${typeName(revealed)}' contradicts its declaration '<: ${typeName(opaque.super)}'`,
      d.type.span,
    );
    return;
  }
  if (d.partial) notePartial(c, state, opaque, revealed);
  state.revelations.push({ opaque, type: revealed, partial: d.partial, span: d.span });
}

/**
 * A partial revelation `opaque <: revealed` seen by this unit: kept when it says more than what
 * the unit knew (the report makes all of a type's revealed supertypes one chain).
 */
function notePartial(c: Checker, state: UnitState, opaque: OpaqueType, revealed: Type): void {
  const known = state.partial.get(opaque);
  if (known === undefined || isSubtype(revealed, known, state.view)) {
    state.partial.set(opaque, revealed);
    c.membersCache.clear();
  }
}

function isBranded(t: Type): boolean {
  return (t.kind === "Ref" || t.kind === "Object") && t.brand !== undefined;
}

function reportUnusedImports(c: Checker, state: UnitState): void {
  for (const imp of state.imports) {
    if (imp.symbol.kind === "Interface" && imp.kind === "interface") {
      // An interface may be imported for what it reveals alone (`IMPORT CounterRep`).
      const iface = c.interfaces.get(imp.symbol.interfaceName);
      const reveals = typeof iface === "object" && iface.revelations.length > 0;
      if (!c.usedInterfaces.has(imp.symbol) && !reveals)
        c.warn(
          "W2002",
          `interface '${imp.symbol.interfaceName}' is imported but never used`,
          imp.span,
          { hint: "remove the import" },
        );
    } else if (!c.unitUsed.has(imp.symbol)) {
      c.warn("W2002", `'${imp.name}' is imported but never used`, imp.span, {
        hint: "remove it from the FROM … IMPORT list",
      });
    }
  }
}
