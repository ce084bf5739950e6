// Fingerprints: a SHA-256-based 128-bit hash of a type's structure (brands, field, method and formal
// names included, as type equivalence requires) and of every declaration an interface exports.
// Modula-3 types are equal when their expanded (possibly infinite) trees are, so `T = REF RECORD
// next: T END` and `U = REF RECORD next: REF RECORD next: U END END` are one type. The encoding is
// therefore that of the minimal graph: the type graph's nodes are merged by partition refinement
// (Moore's algorithm) until only distinguishable ones remain, then one node of each class is
// written out, with back-references to the enclosing node (`^k`) where a path comes back. The
// result is the same for every unrolling, run, machine and declaration order; interface
// fingerprints sort declarations by name, so their order in the source does not matter.
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
  const representative = minimise(t);
  const out: string[] = [];
  const stack: Type[] = [];
  const encode = (u: Type): void => {
    const r = representative.get(u) ?? u;
    const back = stack.lastIndexOf(r);
    if (back >= 0) {
      out.push(`^${stack.length - 1 - back}`);
      return;
    }
    stack.push(r);
    encodeNode(r, encode, out);
    stack.pop();
  };
  encode(t);
  return out.join("");
}

/** A node's own text (its components written as a placeholder) and its components, in order. */
function shallow(t: Type): { label: string; components: Type[] } {
  const out: string[] = [];
  const components: Type[] = [];
  encodeNode(
    t,
    (u) => {
      components.push(u);
      out.push("\u0001");
    },
    out,
  );
  return { label: out.join(""), components };
}

/**
 * Maps every node reachable from `root` to the representative of its class in the minimal graph:
 * nodes start in classes by their own text and are split while their components' classes differ.
 * Representatives are the first node of each class in a depth-first walk from the root.
 */
function minimise(root: Type): Map<Type, Type> {
  const nodes: Type[] = [];
  const index = new Map<Type, number>();
  const labels: string[] = [];
  const components: number[][] = [];
  const visit = (t: Type): number => {
    const known = index.get(t);
    if (known !== undefined) return known;
    const i = nodes.length;
    nodes.push(t);
    index.set(t, i);
    const node = shallow(t);
    labels.push(node.label);
    components.push([]);
    components[i] = node.components.map(visit);
    return i;
  };
  visit(root);
  let classOf = classesBy(labels);
  let count = new Set(classOf).size;
  for (;;) {
    const keys = nodes.map((_, i) =>
      [classOf[i], ...components[i]!.map((k) => classOf[k])].join(","),
    );
    const next = classesBy(keys);
    const nextCount = new Set(next).size;
    classOf = next;
    if (nextCount === count) break;
    count = nextCount;
  }
  const first = new Map<number, Type>();
  const representative = new Map<Type, Type>();
  nodes.forEach((t, i) => {
    const k = classOf[i]!;
    if (!first.has(k)) first.set(k, t);
    representative.set(t, first.get(k)!);
  });
  return representative;
}

/** Numbers the distinct keys in order of first appearance. */
function classesBy(keys: readonly string[]): number[] {
  const ids = new Map<string, number>();
  return keys.map((k) => {
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    return id;
  });
}

/** Writes one node of the encoding; `sub` writes a component. */
function encodeNode(t: Type, sub: (u: Type) => void, out: string[]): void {
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
      out.push(`${[...t.qualifiers].sort().join(" ")}PROCEDURE`);
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
