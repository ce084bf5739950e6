// Scopes: one map per block, chained to the enclosing one; declarations resolve lazily on first use
// so that, as in the report, every name of a scope is visible in the whole scope whatever its order.
import type * as ast from "../lang/ast.js";
import type { ProcedureSymbol, Symbol } from "./symbols.js";

/** A declaration entered in a scope but not yet resolved (its type or value not computed). */
export interface Pending {
  readonly kind: "Pending";
  readonly name: string;
  readonly decl: ast.Decl;
  /** For VAR declarations with several names: which one. */
  readonly index: number;
  state: "waiting" | "resolving";
  readonly scope: Scope;
}

export type Entry = Symbol | Pending;

export type ScopeKind = "builtin" | "unit" | "procedure" | "block";

export class Scope {
  readonly entries = new Map<string, Entry>();
  /** The procedure whose body this scope belongs to (undefined at unit level). */
  procedure: ProcedureSymbol | undefined;

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | undefined,
    /** The unit this scope belongs to (for qualified names). */
    readonly unit: string,
  ) {
    this.procedure = parent?.procedure;
  }

  /** The entry in this scope alone. */
  own(name: string): Entry | undefined {
    return this.entries.get(name);
  }

  /** Walks outward; depth is the nesting of blocks, so lookups stay O(depth) with O(1) per level. */
  find(name: string): Entry | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const e = s.entries.get(name);
      if (e !== undefined) return e;
    }
    return undefined;
  }

  /** Every name visible from here, for "did you mean" hints. */
  *visibleNames(): Generator<string> {
    for (let s: Scope | undefined = this; s; s = s.parent) yield* s.entries.keys();
  }
}

/** Levenshtein distance, bounded: returns limit+1 as soon as it must exceed the limit. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest candidate within a distance that scales with the name's length. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = name.length <= 3 ? 1 : name.length <= 6 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    if (c === name) continue;
    const d = editDistance(name, c, limit);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
