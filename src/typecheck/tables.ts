// The side tables of one run, keyed by AST node: one record per node holds everything recorded about
// it (type, symbol, folded value, checks, call, procedure), so a node costs one Map entry however
// many tables it is in; the checker passes records along so that a parent reads its operands'
// types and values without looking them up. Per-table Maps were the checker's main cost at 50,000
// lines (about 200,000 nodes, 330,000 entries). The ReadonlyMap views give CheckedProgram its
// per-table maps.
import type * as ast from "../lang/ast.js";
import type { Span } from "../lang/source.js";
import type { CallInfo, CheckedNode, NamedNode, RuntimeCheck } from "./program.js";
import type { ProcedureSymbol, Symbol } from "./symbols.js";
import type { Type } from "./types.js";
import type { ConstValue } from "./values.js";

/** Every AST node has a span; its start offset picks the node's shard. */
export interface Spanned {
  readonly span: Span;
}

/** Source bytes per shard: a few hundred nodes per file. */
const SHARD_BITS = 11;

/** Everything one run recorded about one node; a field is undefined when its table has no entry. */
export class NodeFacts {
  type: Type | undefined = undefined;
  typeNode: Type | undefined = undefined;
  symbol: Symbol | undefined = undefined;
  constant: ConstValue | undefined = undefined;
  checks: RuntimeCheck[] | undefined = undefined;
  call: CallInfo | undefined = undefined;
  procedure: ProcedureSymbol | undefined = undefined;
}

export class NodeTables {
  /**
   * Records by where the node starts in its file (nodes of every file starting near that offset
   * share a shard): small maps that stay in cache while one stretch of source is checked, where
   * one map of every node would miss the cache on nearly every access.
   */
  private readonly shards: (Map<Spanned, NodeFacts> | undefined)[] = [];

  readonly exprTypes = new FieldTable<ast.Expr, Type>(
    this,
    (f) => f.type,
    (f, v) => (f.type = v),
  );
  readonly typeNodes = new FieldTable<ast.TypeNode, Type>(
    this,
    (f) => f.typeNode,
    (f, v) => (f.typeNode = v),
  );
  readonly symbols = new FieldTable<NamedNode, Symbol>(
    this,
    (f) => f.symbol,
    (f, v) => (f.symbol = v),
  );
  readonly constants = new FieldTable<ast.Expr, ConstValue>(
    this,
    (f) => f.constant,
    (f, v) => (f.constant = v),
  );
  readonly checks = new FieldTable<CheckedNode, RuntimeCheck[]>(
    this,
    (f) => f.checks,
    (f, v) => (f.checks = v),
  );
  readonly calls = new FieldTable<ast.CallExpr, CallInfo>(
    this,
    (f) => f.call,
    (f, v) => (f.call = v),
  );
  readonly procedures = new FieldTable<ast.ProcedureDecl, ProcedureSymbol>(
    this,
    (f) => f.procedure,
    (f, v) => (f.procedure = v),
  );

  /** The node's record, if anything is recorded about it. */
  lookup(n: Spanned): NodeFacts | undefined {
    return this.shards[n.span.start >>> SHARD_BITS]?.get(n);
  }

  /** The node's record, created empty on first use. */
  node(n: Spanned): NodeFacts {
    const i = n.span.start >>> SHARD_BITS;
    let shard = this.shards[i];
    if (shard === undefined) {
      while (this.shards.length < i) this.shards.push(undefined);
      shard = new Map();
      this.shards[i] = shard;
    }
    let f = shard.get(n);
    if (f === undefined) {
      f = new NodeFacts();
      shard.set(n, f);
    }
    return f;
  }

  *entries(): Generator<[Spanned, NodeFacts]> {
    for (const shard of this.shards) if (shard) yield* shard;
  }
}

/**
 * One table as a ReadonlyMap (plus `set` for the checker's colder paths; hot paths write the
 * node's record directly).
 */
export class FieldTable<K extends Spanned, V> implements ReadonlyMap<K, V> {
  constructor(
    private readonly tables: NodeTables,
    private readonly read: (f: NodeFacts) => V | undefined,
    private readonly write: (f: NodeFacts, v: V) => void,
  ) {}

  get(key: K): V | undefined {
    const f = this.tables.lookup(key);
    return f === undefined ? undefined : this.read(f);
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V): this {
    this.write(this.tables.node(key), value);
    return this;
  }

  /** Counted on demand: only tests and tools ask. */
  get size(): number {
    let n = 0;
    for (const [, f] of this.tables.entries()) if (this.read(f) !== undefined) n++;
    return n;
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.snapshot()) callback.call(thisArg, v, k, this);
  }

  /** A real Map for iteration (the tables are complete once `check` returns). */
  private snapshot(): Map<K, V> {
    const m = new Map<K, V>();
    for (const [k, f] of this.tables.entries()) {
      const v = this.read(f);
      // Only keys of this table's kind have an entry in its field.
      if (v !== undefined) m.set(k as K, v);
    }
    return m;
  }

  entries(): MapIterator<[K, V]> {
    return this.snapshot().entries();
  }

  keys(): MapIterator<K> {
    return this.snapshot().keys();
  }

  values(): MapIterator<V> {
    return this.snapshot().values();
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.snapshot().entries();
  }
}
