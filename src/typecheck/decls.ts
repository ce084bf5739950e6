// Declarations: entering names in a scope, resolving each on first use (CONST, TYPE, VAR, EXCEPTION,
// PROCEDURE), checking procedure bodies, and the warnings about unused locals.
import type * as ast from "../lang/ast.js";
import { parseDeferredBlock } from "../lang/index.js";
import { checkAssignable } from "./assign.js";
import { MISSING_RETURN_CHECK, type Checker, type ProcState } from "./context.js";
import { checkExpr, constantValue } from "./exprs.js";
import { checkStatements } from "./stmts.js";
import { isReference, ordinalBounds } from "./relations.js";
import { Scope, type Pending } from "./scope.js";
import type { FormalSymbol, ProcedureSymbol, Storage, Symbol, VariableSymbol } from "./symbols.js";
import { exceptionNamed, resolveType, signatureOf, typeNode } from "./typexpr.js";
import { ERROR, nameType, typeName, type OpaqueType, type Type } from "./types.js";
import { ordinalOf } from "./values.js";

function declName(decl: ast.Decl): readonly ast.Ident[] {
  switch (decl.kind) {
    case "ConstDecl":
    case "TypeDecl":
    case "ExceptionDecl":
    case "ProcedureDecl":
      return [decl.name];
    case "VarDecl":
      return decl.names;
    case "RevealDecl":
    case "PragmaDecl":
      return [];
    default: {
      const unreachable: never = decl;
      return unreachable;
    }
  }
}

/** Enters every name of a declaration list, unresolved, reporting redeclarations. */
export function declareAll(c: Checker, scope: Scope, decls: readonly ast.Decl[]): void {
  for (const decl of decls) {
    const names = declName(decl);
    for (let index = 0; index < names.length; index++) {
      const ident = names[index]!;
      const existing = scope.own(ident.name);
      if (existing) {
        const span = existing.kind === "Pending" ? existing.decl.span : existing.span;
        c.error(
          "E2002",
          `'${ident.name}' is already declared in this scope`,
          ident.span,
          span ? { related: [{ span, message: `the first declaration of '${ident.name}'` }] } : {},
        );
        continue;
      }
      const pending: Pending = {
        kind: "Pending",
        name: ident.name,
        decl,
        index,
        state: "waiting",
        scope,
      };
      scope.entries.set(ident.name, pending);
    }
  }
}

/** Resolves every declaration of a list (those not already resolved on demand) and applies pragmas. */
export function resolveAll(c: Checker, scope: Scope, decls: readonly ast.Decl[]): void {
  for (const decl of decls) {
    if (decl.kind === "PragmaDecl") {
      applyPragma(c, decl.pragma, scope);
      continue;
    }
    for (const ident of declName(decl)) {
      const entry = scope.own(ident.name);
      if (entry?.kind === "Pending" && entry.decl === decl) resolvePending(c, entry);
    }
  }
  runObjectChecks(c);
}

export function runObjectChecks(c: Checker): void {
  if (c.objectChecks.length > 0) c.membersCache.clear();
  while (c.objectChecks.length > 0) c.objectChecks.shift()!();
}

function applyPragma(c: Checker, pragma: ast.Pragma, scope: Scope): void {
  if (pragma.name !== "FATAL") return;
  if (pragma.any) {
    c.unit.fatalAny = true;
    return;
  }
  for (const arg of pragma.args) {
    const q = asQualIdent(arg);
    if (!q) continue;
    const e = exceptionNamed(c, q, scope);
    if (e) c.unit.fatal.add(e.id);
  }
}

/** `E` and `I.E` written as pragma arguments arrive as expressions. */
function asQualIdent(e: ast.Expr): ast.QualIdent | undefined {
  if (e.kind === "Name") return { kind: "QualIdent", name: e.name, span: e.span };
  if (e.kind === "Select" && e.object.kind === "Name")
    return { kind: "QualIdent", qualifier: e.object.name, name: e.field, span: e.span };
  return undefined;
}

function pragmaNames(decl: ast.Decl): string[] {
  return decl.pragmas.map((p) => p.name);
}

/** Computes a pending declaration's symbol; called on first use or by resolveAll. */
export function resolvePending(c: Checker, p: Pending): Symbol | undefined {
  if (p.state === "resolving") {
    if (!c.recursionReported.has(p.decl)) {
      c.recursionReported.add(p.decl);
      c.error("E2015", `'${p.name}' is defined in terms of itself`, p.decl.span);
    }
    return undefined;
  }
  p.state = "resolving";
  const decl = p.decl;
  const scope = p.scope;
  let symbol: Symbol | undefined;
  switch (decl.kind) {
    case "ConstDecl":
      symbol = constant(c, decl, scope);
      break;
    case "TypeDecl":
      symbol = typeDecl(c, decl, scope);
      break;
    case "VarDecl":
      return variables(c, decl, scope, p.index);
    case "ExceptionDecl": {
      const argument = decl.argument ? resolveType(c, decl.argument, scope) : undefined;
      symbol = {
        kind: "Exception",
        name: decl.name.name,
        span: decl.name.span,
        unit: scope.unit,
        exception: {
          id: c.freshId(),
          qualifiedName: `${scope.unit}.${decl.name.name}`,
          ...(argument ? { argument } : {}),
        },
      };
      c.unit.exceptions.push(symbol);
      break;
    }
    case "ProcedureDecl":
      symbol = procedure(c, decl, scope);
      break;
    case "RevealDecl":
    case "PragmaDecl":
      return undefined;
    default: {
      const unreachable: never = decl;
      return unreachable;
    }
  }
  scope.entries.set(p.name, symbol);
  c.symbols.set(declName(decl)[0]!, symbol);
  if (decl.pragmas.some((x) => x.name === "OBSOLETE")) c.obsolete.add(symbol);
  c.drainDeferred();
  return symbol;
}

function constant(c: Checker, decl: ast.ConstDecl, scope: Scope): Symbol {
  const valueType = checkExpr(c, decl.value, scope);
  const declared = decl.type ? resolveType(c, decl.type, scope) : undefined;
  const value = constantValue(c, decl.value);
  let type = declared ?? valueType;
  if (!value && valueType.kind !== "Error") {
    c.error(
      "E2009",
      `the value of constant '${decl.name.name}' is not a constant expression`,
      decl.value.span,
    );
    type = ERROR;
  } else if (declared && value) {
    checkAssignable(c, decl.value, valueType, declared, () => `constant '${decl.name.name}'`);
    const bounds = ordinalBounds(declared);
    const ord = ordinalOf(value);
    if (bounds && ord !== undefined && (ord < bounds.low || ord > bounds.high))
      c.error(
        "E2020",
        `the value ${ord} is outside the range of ${typeName(declared)}`,
        decl.value.span,
      );
  }
  const symbol: Symbol = {
    kind: "Constant",
    name: decl.name.name,
    span: decl.name.span,
    unit: scope.unit,
    type,
    value: value ?? { kind: "Nil" },
  };
  c.unit.constants.push(symbol);
  return symbol;
}

function typeDecl(c: Checker, decl: ast.TypeDecl, scope: Scope): Symbol {
  const name = decl.name.name;
  let type: Type;
  if (decl.opaque) {
    // Entered before its supertype is resolved: `Default <: T OBJECT METHODS init(): Default END`.
    const opaque: OpaqueType = {
      kind: "Opaque",
      id: c.freshId(),
      qualifiedName: `${scope.unit}.${name}`,
      super: ERROR,
    };
    const early: Symbol = {
      kind: "Type",
      name,
      span: decl.name.span,
      unit: scope.unit,
      type: opaque,
    };
    scope.entries.set(name, early);
    const superType = resolveType(c, decl.type, scope);
    if (superType.kind !== "Error" && !isReference(superType, c.view))
      c.error(
        "E2029",
        `the opaque type '${name}' must be declared a subtype of a reference type, not of ${typeName(superType)}`,
        decl.type.span,
      );
    opaque.super = superType;
    c.unit.types.push(early);
    return early;
  } else {
    const savedBrand = c.brandContext;
    c.brandContext = {
      name: scope.procedure ? `${scope.procedure.qualifiedName}.${name}` : name,
      count: 0,
    };
    c.typeDepth++;
    type = typeNode(c, decl.type, scope);
    c.typeDepth--;
    c.brandContext = savedBrand;
    if (type.kind === "Object" && type.displayName === undefined) type.displayName = name;
    nameType(
      type,
      scope.kind === "unit" && c.unit.kind === "Interface" ? `${scope.unit}.${name}` : name,
    );
  }
  const symbol: Symbol = { kind: "Type", name, span: decl.name.span, unit: scope.unit, type };
  c.unit.types.push(symbol);
  return symbol;
}

function variables(
  c: Checker,
  decl: ast.VarDecl,
  scope: Scope,
  wanted: number,
): Symbol | undefined {
  let type: Type = ERROR;
  const initType = decl.init ? checkExpr(c, decl.init, scope) : undefined;
  if (decl.type) type = resolveType(c, decl.type, scope);
  else if (initType) {
    type = initType;
    if (initType.kind === "Null")
      c.error(
        "E2003",
        "the type of a variable initialised with NIL must be given",
        decl.init!.span,
      );
  }
  if (decl.type && decl.init && initType) {
    checkAssignable(
      c,
      decl.init,
      initType,
      type,
      () => `'${decl.names.map((n) => n.name).join(", ")}'`,
    );
  }
  const b = ordinalBounds(type);
  if (b && b.high < b.low)
    c.error(
      "E2024",
      `a variable cannot have the empty type ${typeName(type)}`,
      decl.type?.span ?? decl.span,
    );
  if (type.kind === "OpenArray")
    c.error(
      "E2024",
      "a variable cannot have an open array type; use REF ARRAY OF T",
      decl.type?.span ?? decl.span,
    );
  const storage: Storage = scope.kind === "unit" ? "global" : "local";
  let result: Symbol | undefined;
  for (let i = 0; i < decl.names.length; i++) {
    const ident = decl.names[i]!;
    const v: VariableSymbol = {
      kind: "Variable",
      id: c.freshId(),
      name: ident.name,
      span: ident.span,
      storage,
      type,
      writable: true,
      aliases: false,
      unit: scope.unit,
      ...(scope.procedure ? { owner: scope.procedure } : {}),
      ...(decl.init ? { initExpr: decl.init } : {}),
      pragmas: pragmaNames(decl),
    };
    const entry = scope.own(ident.name);
    if (entry?.kind === "Pending" && entry.decl === decl) scope.entries.set(ident.name, v);
    c.symbols.set(ident, v);
    if (decl.pragmas.some((x) => x.name === "OBSOLETE")) c.obsolete.add(v);
    if (storage === "global") c.unit.globals.push(v);
    else scope.procedure?.locals.push(v);
    if (storage === "local") {
      const list = c.localsByScope.get(scope);
      if (list) list.push(v);
      else c.localsByScope.set(scope, [v]);
    }
    if (i === wanted) result = v;
  }
  return result;
}

function procedure(c: Checker, decl: ast.ProcedureDecl, scope: Scope): Symbol {
  const signature = signatureOf(c, decl.signature, scope, decl.qualifiers);
  const parent = scope.procedure;
  const symbol: ProcedureSymbol = {
    kind: "Procedure",
    id: c.freshId(),
    name: decl.name.name,
    span: decl.name.span,
    unit: scope.unit,
    qualifiedName: parent
      ? `${parent.qualifiedName}.${decl.name.name}`
      : `${scope.unit}.${decl.name.name}`,
    signature,
    qualifiers: [...decl.qualifiers],
    decl,
    ...(parent ? { parent } : {}),
    formals: [],
    locals: [],
    pragmas: pragmaNames(decl),
  };
  if (decl.qualifiers.includes("FUNCTIONAL")) {
    for (const f of decl.signature.formals) {
      if (f.mode === "VAR")
        c.error(
          "E2018",
          `FUNCTIONAL procedure '${decl.name.name}' may not have VAR parameters ('${f.names[0]?.name}')`,
          f.span,
        );
    }
  }
  c.procedureDecls.set(decl, symbol);
  c.unit.procedures.push(symbol);
  return symbol;
}

/** Checks the bodies of the procedures declared in a list, each in its own scope. */
export function checkBodies(c: Checker, scope: Scope, decls: readonly ast.Decl[]): void {
  for (const decl of decls) {
    if (decl.kind !== "ProcedureDecl" || !decl.body) continue;
    const symbol = c.procedureDecls.get(decl);
    if (!symbol) continue;
    if (decl.body.kind === "Block") checkProcedureBody(c, symbol, decl, decl.body, scope);
    else checkDeferredBody(c, symbol, decl, decl.body, scope);
  }
}

/**
 * Thrown when a deferred body turns out to have a syntax error: `check` then checks the program
 * again with every body parsed, so the errors are worded and recovered from as always.
 */
export const DEFERRED_SYNTAX_ERROR: unique symbol = Symbol("syntax error in a deferred body");

/**
 * Parses a deferred body, checks it and drops it with every fact about its nodes: the caller asked
 * only for diagnostics, and a body that lives to the end of the run is memory the run must first
 * touch and then keep (the bodies are most of a program's tree).
 */
function checkDeferredBody(
  c: Checker,
  symbol: ProcedureSymbol,
  decl: ast.ProcedureDecl,
  deferred: ast.DeferredBlock,
  outer: Scope,
): void {
  const parsed = parseDeferredBlock(deferred);
  if (parsed === undefined) throw DEFERRED_SYNTAX_ERROR;
  c.checkedBodies.add(deferred);
  checkProcedureBody(c, symbol, decl, parsed.block, outer);
  c.tables.discard(parsed.firstNodeId, parsed.endNodeId);
}

/**
 * Parses the deferred bodies the checker did not check (a procedure in an interface, a name
 * declared twice): nothing in them is checked, but a syntax error in them is still reported.
 * Deferred bodies are only ever in a unit's own declarations.
 */
export function parseUncheckedBodies(c: Checker, units: readonly ast.Unit[]): void {
  for (const unit of units) {
    for (const decl of unit.decls) {
      if (decl.kind !== "ProcedureDecl" || decl.body?.kind !== "DeferredBlock") continue;
      if (c.checkedBodies.has(decl.body)) continue;
      if (parseDeferredBlock(decl.body) === undefined) throw DEFERRED_SYNTAX_ERROR;
    }
  }
}

function checkProcedureBody(
  c: Checker,
  symbol: ProcedureSymbol,
  decl: ast.ProcedureDecl,
  body: ast.Block,
  outer: Scope,
): void {
  const scope = new Scope("procedure", outer, outer.unit);
  scope.procedure = symbol;
  let index = 0;
  for (const formal of decl.signature.formals) {
    for (const ident of formal.names) {
      const type = symbol.signature.formals[index]?.type ?? ERROR;
      const f: FormalSymbol = {
        kind: "Formal",
        id: c.freshId(),
        name: ident.name,
        span: ident.span,
        mode: formal.mode,
        index,
        type,
        owner: symbol,
      };
      index++;
      symbol.formals.push(f);
      scope.entries.set(ident.name, f);
      c.symbols.set(ident, f);
    }
  }
  declareAll(c, scope, body.decls);
  resolveAll(c, scope, body.decls);
  const saved = c.proc;
  const state: ProcState = {
    symbol,
    name: symbol.name,
    ...(symbol.signature.result ? { result: symbol.signature.result } : {}),
    raises: symbol.signature.raises,
    qualifiers: symbol.qualifiers,
    loopDepth: 0,
    handlers: [],
  };
  checkBodies(c, scope, body.decls);
  c.proc = state;
  checkStatements(c, body.body, scope);
  c.proc = saved;
  if (symbol.signature.result && !endsInJump(body.body)) c.addCheck(decl, MISSING_RETURN_CHECK);
  reportUnusedLocals(c, scope);
}

/** Checks a nested block statement's declarations and body. */
export function checkBlock(c: Checker, block: ast.Block, outer: Scope): void {
  const scope = new Scope("block", outer, outer.unit);
  declareAll(c, scope, block.decls);
  resolveAll(c, scope, block.decls);
  const saved = c.proc;
  checkBodies(c, scope, block.decls);
  c.proc = saved;
  checkStatements(c, block.body, scope);
  reportUnusedLocals(c, scope);
}

function endsInJump(body: readonly ast.Stmt[]): boolean {
  const last = body[body.length - 1];
  return last !== undefined && (last.kind === "Return" || last.kind === "Raise");
}

export function reportUnusedLocals(c: Checker, scope: Scope): void {
  const list = c.localsByScope.get(scope);
  if (!list) return;
  c.localsByScope.delete(scope);
  for (const v of list) {
    if (!c.unitUsed.has(v) && !v.pragmas.includes("UNUSED") && !v.pragmas.includes("NOWARN"))
      c.warn("W2001", `local variable '${v.name}' is never used`, v.span, {
        hint: "remove it, or mark it <*UNUSED*>",
      });
  }
}
