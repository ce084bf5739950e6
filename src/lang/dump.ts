// `--dump-ast`: the AST as an indented, readable tree, or as JSON; spans only when asked.
import type { Unit } from "./ast.js";
import { OFFSET_FIELDS } from "./parse/compact-nodes.js";
import type { Span } from "./source.js";

export interface DumpOptions {
  readonly spans?: boolean;
}

type Value = unknown;

function isNode(value: Value): value is { readonly kind: string } & Record<string, Value> {
  return (
    typeof value === "object" && value !== null && "kind" in value && typeof value.kind === "string"
  );
}

function isSpan(value: Value): value is Span {
  return typeof value === "object" && value !== null && "start" in value && "line" in value;
}

/** Identifiers and qualified identifiers print inline, as they are written. */
function inlineName(value: Value): string | undefined {
  if (!isNode(value)) return undefined;
  if (value.kind === "Ident" && typeof value["name"] === "string") return value["name"];
  if (value.kind === "QualIdent") {
    const name = inlineName(value["name"]);
    const qualifier = inlineName(value["qualifier"]);
    if (name === undefined) return undefined;
    return qualifier === undefined ? name : `${qualifier}.${name}`;
  }
  return undefined;
}

function scalar(value: Value): string | undefined {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return value.toString();
    default:
      return inlineName(value);
  }
}

function spanText(span: Span): string {
  return `@${span.line}:${span.column}`;
}

function dumpNode(
  node: { readonly kind: string } & Record<string, Value>,
  indent: string,
  options: DumpOptions,
  out: string[],
  label = "",
): void {
  const inline: string[] = [];
  const children: [string, Value][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "kind" || key === "span" || key === "id" || OFFSET_FIELDS.has(key)) continue;
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      const names = value.map(inlineName);
      if (names.every((n): n is string => n !== undefined))
        inline.push(`${key}=[${names.join(", ")}]`);
      else children.push([key, value]);
      continue;
    }
    if (key === "name") {
      const name = typeof value === "string" ? value : scalar(value);
      if (name !== undefined) {
        inline.unshift(name);
        continue;
      }
    }
    const text = scalar(value);
    if (text !== undefined) inline.push(`${key}=${text}`);
    else children.push([key, value]);
  }
  const where = options.spans === true && isSpan(node["span"]) ? ` ${spanText(node["span"])}` : "";
  out.push(`${indent}${label}${node.kind}${inline.length ? " " + inline.join(" ") : ""}${where}`);
  for (const [key, value] of children) dumpValue(key, value, indent + "  ", options, out);
}

function dumpValue(
  key: string,
  value: Value,
  indent: string,
  options: DumpOptions,
  out: string[],
): void {
  if (Array.isArray(value)) {
    out.push(`${indent}${key}:`);
    for (const item of value) dumpValue("", item, indent + "  ", options, out);
    return;
  }
  const label = key === "" ? "" : `${key}: `;
  if (isNode(value)) {
    dumpNode(value, indent, options, out, label);
    return;
  }
  if (typeof value === "object" && value !== null) {
    // Plain records such as IF arms and import items.
    out.push(`${indent}${label.trimEnd() || "-"}`);
    for (const [k, v] of Object.entries(value)) {
      if (k === "span" || v === undefined) continue;
      dumpValue(k, v, indent + "  ", options, out);
    }
    return;
  }
  out.push(`${indent}${label}${scalar(value) ?? String(value)}`);
}

/** An indented tree, one node per line. */
export function dumpAst(unit: Unit, options: DumpOptions = {}): string {
  const out: string[] = [];
  dumpValue("", unit, "", options, out);
  return out.join("\n");
}

/**
 * A node as plain data: `kind` first, its own fields, then its span, which a compact node derives
 * from offsets that are not shown.
 */
function plainNode(node: { readonly kind: string } & Record<string, Value>): Record<string, Value> {
  const plain: Record<string, Value> = { kind: node.kind };
  for (const [key, value] of Object.entries(node)) {
    if (key !== "kind" && key !== "span" && !OFFSET_FIELDS.has(key)) plain[key] = value;
  }
  plain["span"] = node["span"];
  return plain;
}

/** The AST as a JSON-ready value: bigints as decimal strings, spans dropped unless asked. */
export function astToJson(unit: Unit, options: DumpOptions = {}): unknown {
  return JSON.parse(
    JSON.stringify(unit, (key, value: Value) => {
      if (isNode(value)) return plainNode(value);
      if (key === "span" && options.spans !== true) return undefined;
      // Ids are identities for the checker's tables, not syntax (and differ between runs).
      if (key === "id" && typeof value === "number") return undefined;
      if (typeof value === "bigint") return value.toString();
      return value;
    }),
  );
}
