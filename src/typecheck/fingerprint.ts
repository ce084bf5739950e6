// Fingerprints: a SHA-256-based 128-bit hash of a type's structure (brands, field, method and formal
// names included, as type equivalence requires) and of every declaration an interface exports.
// Recursive types are written with back-references to the enclosing node (`^k`), so the encoding
// terminates and is the same on every run and machine; interface fingerprints sort declarations
// by name, so their order in the source does not matter.
import { createHash } from "node:crypto";
import type { Symbol } from "./symbols.js";
import type { FieldType, ProcedureType, RaisesSet, Type } from "./types.js";
import { showValue, type ConstValue } from "./values.js";

export function hash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 32);
}

const typeCache = new WeakMap<Type, string>();

/** The fingerprint of a type (hex, 128 bits). */
export function typeFingerprint(t: Type): string {
  const hit = typeCache.get(t);
  if (hit !== undefined) return hit;
  const fp = hash(encodeType(t));
  typeCache.set(t, fp);
  return fp;
}

/** The canonical structural encoding a type's fingerprint hashes. */
export function encodeType(t: Type): string {
  const out: string[] = [];
  encode(t, [], out);
  return out.join("");
}

function encode(t: Type, stack: Type[], out: string[]): void {
  const back = stack.lastIndexOf(t);
  if (back >= 0) {
    out.push(`^${stack.length - 1 - back}`);
    return;
  }
  stack.push(t);
  const sub = (u: Type): void => encode(u, stack, out);
  switch (t.kind) {
    case "Integer":
      out.push("INTEGER");
      break;
    case "Enum":
      out.push(t.builtin ?? `ENUM{${t.names.join(",")}}`);
      break;
    case "Subrange":
      out.push("[");
      sub(t.base);
      out.push(`:${t.low}..${t.high}]`);
      break;
    case "Float":
      out.push(t.precision);
      break;
    case "Array":
      out.push("ARRAY(");
      sub(t.index);
      out.push(")OF(");
      sub(t.element);
      out.push(")");
      break;
    case "OpenArray":
      out.push("ARRAY OF(");
      sub(t.element);
      out.push(")");
      break;
    case "Record":
      out.push("RECORD{");
      encodeFields(t.fields, sub, out);
      out.push("}");
      break;
    case "Set":
      out.push("SET(");
      sub(t.element);
      out.push(")");
      break;
    case "Ref":
      out.push(`${t.traced ? "" : "UNTRACED "}REF${brandText(t.brand)}(`);
      sub(t.target);
      out.push(")");
      break;
    case "Object":
      out.push(`${t.traced ? "" : "UNTRACED "}OBJECT${brandText(t.brand)}<:(`);
      sub(t.super);
      out.push("){");
      encodeFields(t.fields, sub, out);
      out.push("}METHODS{");
      for (const m of t.methods) {
        out.push(`${m.name}:`);
        encodeSignature(m.signature, sub, out);
        out.push(m.defaultValue ? `:=${showValue(m.defaultValue)};` : ";");
      }
      out.push("}OVERRIDES{");
      for (const o of t.overrides) out.push(`${o.name}:=${o.value ? showValue(o.value) : "?"};`);
      out.push("}");
      break;
    case "Root":
      out.push(t.traced ? "ROOT" : "UNTRACED ROOT");
      break;
    case "Procedure":
      out.push(`${t.qualifiers.join(" ")}PROCEDURE`);
      encodeSignature(t, sub, out);
      break;
    case "Refany":
    case "Null":
    case "Address":
    case "Text":
      out.push(t.kind.toUpperCase());
      break;
    case "Opaque":
      // An opaque type is identified by its declaration; its revelation is not part of the interface.
      out.push(`OPAQUE ${t.qualifiedName}<:(`);
      sub(t.super);
      out.push(")");
      break;
    case "Packed":
      out.push(`BITS ${t.bits} FOR(`);
      sub(t.base);
      out.push(")");
      break;
    case "Error":
      out.push("?");
      break;
    default: {
      const unreachable: never = t;
      return unreachable;
    }
  }
  stack.pop();
}

function brandText(brand: string | undefined): string {
  return brand === undefined ? "" : ` BRANDED ${JSON.stringify(brand)}`;
}

function encodeFields(fields: readonly FieldType[], sub: (t: Type) => void, out: string[]): void {
  for (const f of fields) {
    out.push(`${f.name}:`);
    sub(f.type);
    out.push(f.defaultValue ? `:=${showValue(f.defaultValue)};` : ";");
  }
}

function encodeSignature(p: ProcedureType, sub: (t: Type) => void, out: string[]): void {
  out.push("(");
  for (const f of p.formals) {
    out.push(`${f.mode} ${f.name}:`);
    sub(f.type);
    out.push(f.defaultValue ? `:=${showValue(f.defaultValue)};` : ";");
  }
  out.push(")");
  if (p.result) {
    out.push(":");
    sub(p.result);
  }
  out.push(` RAISES ${raisesText(p.raises)}`);
}

function raisesText(r: RaisesSet): string {
  if (r.kind === "Any") return "ANY";
  return `{${r.exceptions
    .map((e) => e.qualifiedName)
    .sort()
    .join(",")}}`;
}

/** The fingerprint of one exported declaration: its kind, name and type (and value, for constants). */
export function declarationFingerprint(symbol: Symbol): string | undefined {
  const text = declarationText(symbol);
  return text === undefined ? undefined : hash(text);
}

function declarationText(s: Symbol): string | undefined {
  switch (s.kind) {
    case "Constant":
      return `CONST ${s.name}:${encodeType(s.type)}=${constText(s.value)}`;
    case "Type":
      return `TYPE ${s.name}=${encodeType(s.type)}`;
    case "Variable":
      return `VAR ${s.name}:${encodeType(s.type)}`;
    case "Exception":
      return `EXCEPTION ${s.name}(${s.exception.argument ? encodeType(s.exception.argument) : ""})`;
    case "Procedure":
      return `PROCEDURE ${s.name}:${encodeType(s.signature)}`;
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

function constText(v: ConstValue): string {
  return showValue(v);
}

/** Declaration fingerprints of an interface by name, and the interface's own (order-independent). */
export function interfaceFingerprints(
  name: string,
  declarations: Iterable<[string, Symbol]>,
  revelations: readonly string[],
): { declarations: Map<string, string>; whole: string } {
  const map = new Map<string, string>();
  for (const [n, s] of declarations) {
    const fp = declarationFingerprint(s);
    if (fp !== undefined) map.set(n, fp);
  }
  const names = [...map.keys()].sort();
  const whole = hash(
    `INTERFACE ${name};${names.map((n) => `${n}=${map.get(n)}`).join(";")};REVEAL ${[...revelations].sort().join(";")}`,
  );
  return { declarations: map, whole };
}
