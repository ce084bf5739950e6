// Object types: full member lists (inherited first), method defaults and overrides, and the rule
// that a procedure bound to a method takes the receiver as its first parameter.
import type * as ast from "../lang/ast.js";
import type { Checker } from "./context.js";
import { checkExpr, constantValue } from "./exprs.js";
import {
  concrete,
  isSubtype,
  knownSuper,
  raisesWithin,
  sameType,
  type RevelationView,
} from "./relations.js";
import type { Scope } from "./scope.js";
import type { FieldType, ObjectType, ProcedureType, Type } from "./types.js";
import { typeName } from "./types.js";
import type { ConstValue } from "./values.js";

export interface MemberField {
  readonly name: string;
  readonly type: Type;
  readonly declaredIn: ObjectType;
  readonly defaultValue?: ConstValue;
}

export interface MemberMethod {
  readonly name: string;
  readonly signature: ProcedureType;
  readonly declaredIn: ObjectType;
  /** What the method table slot holds for this type: a procedure, NIL, or nothing yet. */
  readonly binding?: ConstValue;
}

export interface ObjectMembers {
  readonly fields: readonly MemberField[];
  readonly methods: readonly MemberMethod[];
  /** False when some supertype is opaque here: there are members this unit cannot see. */
  readonly complete: boolean;
}

const EMPTY: ObjectMembers = { fields: [], methods: [], complete: true };
const caches = new WeakMap<RevelationView, WeakMap<Type, ObjectMembers>>();

/** Fields and methods of an object type as `view` sees it, inherited ones first. */
export function objectMembers(t: Type, view: RevelationView): ObjectMembers {
  let cache = caches.get(view);
  if (!cache) {
    cache = new WeakMap();
    caches.set(view, cache);
  }
  const hit = cache.get(t);
  if (hit) return hit;
  const result = compute(t, view, 0);
  cache.set(t, result);
  return result;
}

/** Uncached: the checker's view of an object changes while its overrides are being bound. */
export function computeMembers(t: Type, view: RevelationView): ObjectMembers {
  return compute(t, view, 0);
}

function compute(t: Type, view: RevelationView, depth: number): ObjectMembers {
  if (depth > 200) return EMPTY;
  const u = concrete(t, view);
  if (u.kind === "Opaque")
    return { ...compute(knownSuper(u, view), view, depth + 1), complete: false };
  if (u.kind !== "Object") return EMPTY;
  const base = compute(u.super, view, depth + 1);
  const fields: MemberField[] = [...base.fields];
  for (const f of u.fields) fields.push(memberField(f, u));
  const methods: MemberMethod[] = [...base.methods];
  for (const m of u.methods) {
    methods.push({
      name: m.name,
      signature: m.signature,
      declaredIn: u,
      ...(m.defaultValue ? { binding: m.defaultValue } : {}),
    });
  }
  for (const o of u.overrides) {
    const i = methods.findIndex((m) => m.name === o.name);
    if (i >= 0 && o.value) methods[i] = { ...methods[i]!, binding: o.value };
  }
  return { fields, methods, complete: base.complete };
}

function memberField(f: FieldType, declaredIn: ObjectType): MemberField {
  return {
    name: f.name,
    type: f.type,
    declaredIn,
    ...(f.defaultValue ? { defaultValue: f.defaultValue } : {}),
  };
}

/** A procedure can implement a method of `obj` if it takes a supertype of `obj` first, then the method's formals. */
export function bindsAsMethod(
  proc: ProcedureType,
  obj: Type,
  method: ProcedureType,
  view: RevelationView,
): boolean {
  if (proc.formals.length !== method.formals.length + 1) return false;
  const receiver = proc.formals[0]!;
  if (receiver.mode !== "VALUE" || !isSubtype(obj, receiver.type, view)) return false;
  for (let i = 0; i < method.formals.length; i++) {
    const f = proc.formals[i + 1]!;
    const g = method.formals[i]!;
    if (f.mode !== g.mode || !sameType(f.type, g.type, view)) return false;
  }
  if ((proc.result === undefined) !== (method.result === undefined)) return false;
  if (proc.result && method.result && !sameType(proc.result, method.result, view)) return false;
  return raisesWithin(proc.raises, method.raises);
}

/** Checks an expression bound to a method (a default in METHODS or an OVERRIDES entry). */
function methodBinding(
  c: Checker,
  obj: ObjectType,
  methodName: string,
  signature: ProcedureType,
  value: ast.Expr,
  scope: Scope,
): ConstValue | undefined {
  const t = checkExpr(c, value, scope);
  if (t.kind === "Error") return undefined;
  const v = constantValue(c, value);
  if (v?.kind === "Nil") return v;
  if (v?.kind !== "Procedure") {
    c.error(
      "E2028",
      `method '${methodName}' must be bound to a top-level procedure, not an expression of type ${typeName(t)}`,
      value.span,
    );
    return undefined;
  }
  if (v.procedure.parent) {
    c.error(
      "E2028",
      `method '${methodName}' cannot be bound to the nested procedure '${v.procedure.name}'`,
      value.span,
    );
    return undefined;
  }
  if (!bindsAsMethod(v.procedure.signature, obj, signature, c.view)) {
    const receiverSig: ProcedureType = {
      ...signature,
      formals: [{ name: "self", mode: "VALUE", type: obj }, ...signature.formals],
    };
    c.error(
      "E2028",
      `procedure '${v.procedure.name}' cannot be bound to method '${methodName}': its type ${typeName(v.procedure.signature)} does not match ${typeName(receiverSig)}`,
      value.span,
      v.procedure.span
        ? {
            related: [
              { span: v.procedure.span, message: `'${v.procedure.name}' is declared here` },
            ],
          }
        : {},
    );
    return undefined;
  }
  const missing = signature.qualifiers.filter(
    (q) =>
      !v.procedure.signature.qualifiers.includes(q) &&
      !(q === "EPHEMERAL" && v.procedure.signature.qualifiers.includes("FUNCTIONAL")),
  );
  if (missing.length > 0) {
    c.error(
      missing.includes("FUNCTIONAL") ? "E2018" : "E2019",
      `procedure '${v.procedure.name}' cannot be bound to the ${signature.qualifiers.join(" ")} method '${methodName}': it is not ${missing.join(" ")}`,
      value.span,
    );
    return undefined;
  }
  return v;
}

export function checkMethodDefaults(
  c: Checker,
  obj: ObjectType,
  node: ast.ObjectType,
  scope: Scope,
): void {
  node.methods.forEach((m, i) => {
    const method = obj.methods[i];
    if (!method || !m.default) return;
    const v = methodBinding(c, obj, method.name, method.signature, m.default, scope);
    if (v) method.defaultValue = v;
  });
  const inherited = computeMembers(obj.super, c.view);
  for (const m of node.methods) {
    if (
      inherited.methods.some((x) => x.name === m.name.name) ||
      inherited.fields.some((f) => f.name === m.name.name)
    )
      c.error(
        "E2002",
        `method '${m.name.name}' is already declared by a supertype; use OVERRIDES to replace it`,
        m.name.span,
      );
    if (obj.fields.some((f) => f.name === m.name.name))
      c.error("E2002", `'${m.name.name}' is declared both as a field and as a method`, m.name.span);
  }
  const seen = new Set<string>();
  for (const m of node.methods) {
    if (seen.has(m.name.name))
      c.error("E2002", `method '${m.name.name}' is declared twice`, m.name.span);
    seen.add(m.name.name);
  }
}

export function checkOverrides(
  c: Checker,
  obj: ObjectType,
  node: ast.ObjectType,
  scope: Scope,
): void {
  const all = computeMembers(obj, c.view);
  const overrides: ObjectType["overrides"] = [];
  for (const o of node.overrides) {
    const method = all.methods.find((m) => m.name === o.name.name);
    if (!method) {
      c.error("E2027", `${typeName(obj)} has no method '${o.name.name}' to override`, o.name.span);
      checkExpr(c, o.value, scope);
      continue;
    }
    const v = methodBinding(c, obj, method.name, method.signature, o.value, scope);
    overrides.push({ name: o.name.name, ...(v ? { value: v } : {}) });
  }
  obj.overrides = overrides;
}

export function isObjectType(t: Type, view: RevelationView): boolean {
  const u = concrete(t, view);
  return u.kind === "Object" || u.kind === "Root" || u.kind === "Opaque";
}
