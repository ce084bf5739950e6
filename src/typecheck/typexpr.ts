// Type expressions: from TypeNode to Type. REF, OBJECT and PROCEDURE components are resolved after
// the enclosing declaration (Checker.deferred), which is what makes recursive types legal through them.
import type * as ast from "../lang/ast.js";
import type { Checker } from "./context.js";
import { constantValue } from "./exprs.js";
import { lookupQualIdent, qualifiedText, relatedDecl } from "./names.js";
import { checkOverrides, checkMethodDefaults } from "./objects.js";
import {
  assignability,
  concrete,
  isOrdinal,
  isReference,
  knownSuper,
  ordinalBase,
  ordinalBounds,
  sameType,
} from "./relations.js";
import type { Scope } from "./scope.js";
import {
  ERROR,
  type ExceptionRef,
  type FieldType,
  type MethodType,
  type ObjectType,
  type ProcedureType,
  type Qualifier,
  type RaisesSet,
  type RefType,
  type Type,
  typeName,
  UNTRACED_ROOT,
  ROOT,
} from "./types.js";
import { ordinalOf, type ConstValue } from "./values.js";
import { checkExpr } from "./exprs.js";

/** Resolves a type expression completely (including deferred REF/OBJECT/PROCEDURE parts). */
export function resolveType(c: Checker, node: ast.TypeNode, scope: Scope): Type {
  c.typeDepth++;
  const t = typeNode(c, node, scope);
  c.typeDepth--;
  c.drainDeferred();
  return t;
}

/** Resolves without draining: for use while a type declaration is being built. */
export function typeNode(c: Checker, node: ast.TypeNode, scope: Scope): Type {
  const t = build(c, node, scope);
  c.typeNodes.set(node, t);
  return t;
}

function build(c: Checker, node: ast.TypeNode, scope: Scope): Type {
  switch (node.kind) {
    case "NamedType":
      return namedType(c, node, scope);
    case "EnumType": {
      const names: string[] = [];
      for (const id of node.values) {
        if (names.includes(id.name))
          c.error("E2002", `enumeration value '${id.name}' is declared twice`, id.span);
        names.push(id.name);
      }
      return { kind: "Enum", names, count: names.length };
    }
    case "SubrangeType":
      return subrange(c, node, scope);
    case "ArrayType": {
      let element = typeNode(c, node.element, scope);
      if (node.indexes.length === 0) return { kind: "OpenArray", element };
      for (let i = node.indexes.length - 1; i >= 0; i--) {
        const indexNode = node.indexes[i]!;
        const index = typeNode(c, indexNode, scope);
        if (!isOrdinal(index))
          c.error(
            "E2024",
            `an array index type must be ordinal, not ${typeName(index)}`,
            indexNode.span,
          );
        if (element.kind === "OpenArray")
          c.error(
            "E2024",
            "the element type of a fixed array cannot be an open array",
            node.element.span,
          );
        element = { kind: "Array", index, element };
      }
      return element;
    }
    case "RecordType":
      return { kind: "Record", fields: fields(c, node.fields, scope, "record") };
    case "SetType": {
      const element = typeNode(c, node.element, scope);
      if (!isOrdinal(element))
        c.error(
          "E2024",
          `a set's element type must be ordinal, not ${typeName(element)}`,
          node.element.span,
        );
      else {
        const b = ordinalBounds(element);
        if (b && b.high - b.low >= 1n << 16n)
          c.error(
            "E2024",
            `SET OF ${typeName(element)} is too large; a set may have at most 65536 elements`,
            node.element.span,
          );
      }
      return { kind: "Set", element };
    }
    case "RefType": {
      const ref: RefType = {
        kind: "Ref",
        traced: !node.untraced,
        ...brandOf(c, node.brand, scope),
        target: ERROR,
      };
      c.deferred.push(
        withBrandContext(c, () => {
          ref.target = typeNode(c, node.target, scope);
        }),
      );
      return ref;
    }
    case "ObjectType":
      return objectType(c, node, scope);
    case "ProcedureType": {
      const proc: ProcedureType = {
        kind: "Procedure",
        formals: [],
        raises: { kind: "List", exceptions: [] },
        qualifiers: [...node.qualifiers],
      };
      c.deferred.push(withBrandContext(c, () => fillSignature(c, proc, node.signature, scope)));
      return proc;
    }
    case "PackedType": {
      const base = typeNode(c, node.base, scope);
      checkExpr(c, node.bits, scope);
      const v = constantValue(c, node.bits);
      const bits = v ? ordinalOf(v) : undefined;
      if (bits === undefined || bits <= 0n || bits > 64n) {
        c.error("E2009", "BITS n FOR T needs a constant n between 1 and 64", node.bits.span);
        return base;
      }
      return { kind: "Packed", bits: Number(bits), base };
    }
    default: {
      const unreachable: never = node;
      return unreachable;
    }
  }
}

function namedType(c: Checker, node: ast.NamedType, scope: Scope): Type {
  if (!node.name.qualifier && node.name.name.name === "ROOT") {
    c.symbols.set(node.name, { kind: "Type", name: "ROOT", unit: "", type: ROOT });
  }
  const entry = node.name.qualifier ? undefined : scope.find(node.name.name.name);
  if (entry?.kind === "Pending" && entry.state === "resolving" && entry.decl.kind === "TypeDecl") {
    c.error(
      "E2015",
      `illegal recursive type '${entry.name}': a type may refer to itself only through REF, OBJECT or PROCEDURE`,
      node.span,
      { related: [{ span: entry.decl.name.span, message: `'${entry.name}' is declared here` }] },
    );
    c.recursionReported.add(entry.decl);
    return ERROR;
  }
  const symbol = lookupQualIdent(c, node.name, scope);
  if (symbol === undefined) return ERROR;
  if (symbol.kind !== "Type") {
    c.error("E2024", `'${qualifiedText(node.name)}' is not a type`, node.span, relatedDecl(symbol));
    return ERROR;
  }
  return symbol.type;
}

function subrange(c: Checker, node: ast.SubrangeType, scope: Scope): Type {
  const lowType = checkExpr(c, node.low, scope);
  const highType = checkExpr(c, node.high, scope);
  const low = constantValue(c, node.low);
  const high = constantValue(c, node.high);
  if (lowType.kind === "Error" || highType.kind === "Error") return ERROR;
  if (!low || !high) {
    c.error(
      "E2009",
      "the bounds of a subrange must be constant expressions",
      (!low ? node.low : node.high).span,
    );
    return ERROR;
  }
  const base = ordinalBase(lowType);
  const otherBase = ordinalBase(highType);
  const lo = ordinalOf(low);
  const hi = ordinalOf(high);
  if (!base || !otherBase || lo === undefined || hi === undefined || !sameType(base, otherBase)) {
    c.error(
      "E2023",
      `the bounds of a subrange must be ordinals of the same type, not ${typeName(lowType)} and ${typeName(highType)}`,
      node.span,
    );
    return ERROR;
  }
  return { kind: "Subrange", base, low: lo, high: hi };
}

function brandOf(c: Checker, brand: ast.Brand | undefined, scope: Scope): { brand?: string } {
  if (!brand) return {};
  if (!brand.name) return { brand: anonymousBrand(c) };
  checkExpr(c, brand.name, scope);
  const v = constantValue(c, brand.name);
  if (v?.kind !== "Text") {
    c.error("E2009", "a brand must be a constant TEXT", brand.name.span);
    return { brand: anonymousBrand(c) };
  }
  return { brand: v.value };
}

/** Deferred parts of a type name their anonymous brands after the declaration that built them. */
function withBrandContext(c: Checker, run: () => void): () => void {
  const ctx = c.brandContext;
  return () => {
    const saved = c.brandContext;
    c.brandContext = ctx;
    run();
    c.brandContext = saved;
  };
}

/** Named after the enclosing declaration, so fingerprints do not depend on declaration order. */
function anonymousBrand(c: Checker): string {
  const ctx = c.brandContext;
  if (!ctx) return `${c.unit.name}.$${c.freshId()}`;
  ctx.count++;
  return `${c.unit.name}.${ctx.name}$${ctx.count}`;
}

/** Record and object fields; `T := default` fields take the default's type when T is omitted. */
export function fields(
  c: Checker,
  list: readonly ast.Field[],
  scope: Scope,
  what: "record" | "object",
): FieldType[] {
  const out: FieldType[] = [];
  for (const field of list) {
    let type: Type = field.type ? typeNode(c, field.type, scope) : ERROR;
    let defaultValue: ConstValue | undefined;
    if (field.default) {
      const valueType = checkExpr(c, field.default, scope);
      if (!field.type) type = valueType;
      defaultValue = constantValue(c, field.default);
      if (!defaultValue && valueType.kind !== "Error")
        c.error(
          "E2009",
          `the default of a ${what} field must be a constant expression`,
          field.default.span,
        );
      else if (field.type) {
        // after the deferred parts queued so far: a procedure type named here may have its
        // signature still to fill (a REVEAL is resolved before the unit's other declarations)
        const declared = type;
        const span = field.default.span;
        c.deferred.push(() => {
          if (assignability(valueType, declared, c.view).kind === "No")
            c.error(
              "E2003",
              `the default of field '${field.names[0]?.name}' has type ${typeName(valueType)}, which is not assignable to ${typeName(declared)}`,
              span,
            );
        });
      }
    }
    for (const name of field.names) {
      if (out.some((f) => f.name === name.name))
        c.error("E2002", `field '${name.name}' is declared twice`, name.span);
      out.push({
        name: name.name,
        type,
        ...(defaultValue ? { defaultValue } : {}),
        ...(field.default ? { defaultExpr: field.default } : {}),
      });
    }
  }
  return out;
}

function objectType(c: Checker, node: ast.ObjectType, scope: Scope): Type {
  let superType: Type = node.untraced ? UNTRACED_ROOT : ROOT;
  if (node.supertype) {
    const s = typeNode(c, node.supertype, scope);
    const sc = concrete(s, c.view);
    if (s.kind === "Error") superType = s;
    else if (
      sc.kind === "Object" ||
      sc.kind === "Root" ||
      (sc.kind === "Opaque" && isObjectLike(c, sc))
    )
      superType = s;
    else
      c.error(
        "E2024",
        `the supertype of an object type must be an object type, not ${typeName(s)}`,
        node.supertype.span,
      );
  }
  const traced = superType.kind === "Root" ? superType.traced : !node.untraced;
  const obj: ObjectType = {
    kind: "Object",
    super: superType,
    traced,
    ...brandOf(c, node.brand, scope),
    fields: [],
    methods: [],
    overrides: [],
  };
  c.deferred.push(
    withBrandContext(c, () => {
      obj.fields = fields(c, node.fields, scope, "object");
      obj.methods = node.methods.map((m): MethodType => {
        const signature: ProcedureType = {
          kind: "Procedure",
          formals: [],
          raises: { kind: "List", exceptions: [] },
          qualifiers: [...(m.qualifiers ?? [])],
        };
        fillSignature(c, signature, m.signature, scope);
        return { name: m.name.name, signature };
      });
      c.objectChecks.push(() => {
        checkMethodDefaults(c, obj, node, scope);
        checkOverrides(c, obj, node, scope);
      });
    }),
  );
  return obj;
}

function isObjectLike(c: Checker, t: Type): boolean {
  const u = concrete(t, c.view);
  if (u.kind === "Object" || u.kind === "Root") return true;
  if (u.kind === "Opaque") return isObjectLike(c, knownSuper(u, c.view));
  return false;
}

/** Fills a procedure type from a signature: formals, result and RAISES. */
export function fillSignature(
  c: Checker,
  proc: ProcedureType,
  sig: ast.Signature,
  scope: Scope,
): void {
  const seen = new Set<string>();
  for (const formal of sig.formals) {
    let type: Type = formal.type ? typeNode(c, formal.type, scope) : ERROR;
    let defaultValue: ConstValue | undefined;
    if (formal.default) {
      const valueType = checkExpr(c, formal.default, scope);
      if (!formal.type) type = valueType;
      defaultValue = constantValue(c, formal.default);
      if (formal.mode === "VAR")
        c.error("E2004", "a VAR parameter cannot have a default value", formal.default.span);
      else if (!defaultValue && valueType.kind !== "Error")
        c.error(
          "E2009",
          "the default of a parameter must be a constant expression",
          formal.default.span,
        );
      else if (formal.type && assignability(valueType, type, c.view).kind === "No")
        c.error(
          "E2003",
          `the default value has type ${typeName(valueType)}, which is not assignable to the parameter's type ${typeName(type)}`,
          formal.default.span,
        );
    }
    for (const name of formal.names) {
      if (seen.has(name.name))
        c.error("E2002", `parameter '${name.name}' is declared twice`, name.span);
      seen.add(name.name);
      proc.formals.push({
        name: name.name,
        mode: formal.mode,
        type,
        ...(defaultValue ? { defaultValue } : {}),
        ...(formal.default ? { defaultExpr: formal.default } : {}),
      });
    }
  }
  if (sig.result) {
    proc.result = typeNode(c, sig.result, scope);
    if (proc.result.kind === "OpenArray")
      c.error("E2024", "a procedure cannot return an open array", sig.result.span);
  }
  proc.raises = raisesSet(c, sig.raises, scope);
}

export function raisesSet(c: Checker, raises: ast.Raises, scope: Scope): RaisesSet {
  switch (raises.kind) {
    case "RaisesNone":
      return { kind: "List", exceptions: [] };
    case "RaisesAny":
      return { kind: "Any" };
    case "RaisesList": {
      const exceptions: ExceptionRef[] = [];
      for (const q of raises.names) {
        const e = exceptionNamed(c, q, scope);
        if (e && !exceptions.includes(e)) exceptions.push(e);
      }
      return { kind: "List", exceptions };
    }
    default: {
      const unreachable: never = raises;
      return unreachable;
    }
  }
}

export function exceptionNamed(
  c: Checker,
  q: ast.QualIdent,
  scope: Scope,
): ExceptionRef | undefined {
  const s = lookupQualIdent(c, q, scope);
  if (!s) return undefined;
  if (s.kind !== "Exception") {
    c.error("E2024", `'${qualifiedText(q)}' is not an exception`, q.span, relatedDecl(s));
    return undefined;
  }
  return s.exception;
}

export function signatureOf(
  c: Checker,
  sig: ast.Signature,
  scope: Scope,
  qualifiers: readonly Qualifier[],
): ProcedureType {
  const proc: ProcedureType = {
    kind: "Procedure",
    formals: [],
    raises: { kind: "List", exceptions: [] },
    qualifiers: [...qualifiers],
  };
  c.typeDepth++;
  fillSignature(c, proc, sig, scope);
  c.typeDepth--;
  c.drainDeferred();
  return proc;
}

export function isRefLike(c: Checker, t: Type): boolean {
  return isReference(t, c.view);
}
