// The side tables of one run, keyed by AST node: everything recorded about a node (type, symbol,
// folded value, checks, call, procedure) is reached through one record handle, so the checker
// passes handles along and a parent reads its operands' types and values without looking them
// up. Facts are kept by the node's parser-assigned id (unique in the process), per chunk of
// consecutive ids, each field as a dense array of the values it has plus a typed-array index: a
// Map keyed by node identity, then one record object per node, then one mostly-empty array per
// field and chunk were in turn the checker's largest costs at 50,000 lines (about 300,000 nodes).
// The ReadonlyMap views give CheckedProgram its per-table maps.
import type * as ast from "../lang/ast.js";
import type { Span } from "../lang/source.js";
import type { CallInfo, CheckedNode, NamedNode, RuntimeCheck } from "./program.js";
import type { ProcedureSymbol, Symbol } from "./symbols.js";
import type { Type } from "./types.js";
import type { ConstValue } from "./values.js";

/** Every AST node has a span; the nodes the checker records facts about have an id. */
export interface Spanned {
  readonly span: Span;
  readonly id?: number;
}

/** Ids per chunk: a file's nodes have consecutive ids, so a few chunks hold one file's records. */
const CHUNK_SIZE = 1024;

/**
 * One field of a chunk's records: the values it has, densely, and for each slot the position of
 * its value plus one (0: none). Arrays of CHUNK_SIZE slots per field were mostly holes (a field is
 * set on 10–70% of a chunk's ids) and, being young, were copied by every scavenge they survived:
 * at 50,000 lines the young-generation collector took half of the checker's time, mostly copying
 * them. A typed array's storage is outside the collected heap. (Large arrays are no way out: the
 * large-object space maps fresh pages for each, which is slower still.)
 */
class Field<V> {
  /** Uint16: positions are at most CHUNK_SIZE. */
  private readonly index = new Uint16Array(CHUNK_SIZE);
  private readonly values: (V | undefined)[] = [];

  has(slot: number): boolean {
    return this.index[slot] !== 0;
  }

  get(slot: number): V | undefined {
    const i = this.index[slot] as number;
    return i === 0 ? undefined : this.values[i - 1];
  }

  set(slot: number, v: V | undefined): void {
    const i = this.index[slot] as number;
    if (i !== 0) this.values[i - 1] = v;
    else if (v !== undefined) this.index[slot] = this.values.push(v);
  }

  clear(): void {
    if (this.values.length === 0) return;
    this.index.fill(0);
    this.values.length = 0;
  }

  /** Forgets the values of slots [from, to), their places in `values` left empty; how many. */
  clearSlots(from: number, to: number): number {
    if (this.values.length === 0) return 0;
    let cleared = 0;
    for (let slot = from; slot < to; slot++) {
      const i = this.index[slot] as number;
      if (i === 0) continue;
      this.values[i - 1] = undefined;
      this.index[slot] = 0;
      cleared++;
    }
    return cleared;
  }
}

/** The records of CHUNK_SIZE consecutive ids. */
class Chunk {
  readonly nodes = new Field<Spanned>();
  readonly types = new Field<Type>();
  readonly symbols = new Field<Symbol>();
  readonly constants = new Field<ConstValue>();
  readonly typeNodes = new Field<Type>();
  readonly checks = new Field<RuntimeCheck[]>();
  readonly calls = new Field<CallInfo>();
  readonly procedures = new Field<ProcedureSymbol>();
  /** How many slots have a record (a node in `nodes`). */
  live = 0;

  clear(): void {
    this.live = 0;
    this.nodes.clear();
    this.types.clear();
    this.symbols.clear();
    this.constants.clear();
    this.typeNodes.clear();
    this.checks.clear();
    this.calls.clear();
    this.procedures.clear();
  }

  clearSlots(from: number, to: number): void {
    this.live -= this.nodes.clearSlots(from, to);
    this.types.clearSlots(from, to);
    this.symbols.clearSlots(from, to);
    this.constants.clearSlots(from, to);
    this.typeNodes.clearSlots(from, to);
    this.checks.clearSlots(from, to);
    this.calls.clearSlots(from, to);
    this.procedures.clearSlots(from, to);
  }
}

/**
 * Everything one run recorded about one node, read and written through to the tables; a field
 * is undefined when its table has no entry. A short-lived handle: hold the node, not this.
 */
export class NodeFacts {
  constructor(
    private readonly chunk: Chunk,
    private readonly slot: number,
  ) {}

  get node(): Spanned {
    return this.chunk.nodes.get(this.slot) as Spanned;
  }

  get type(): Type | undefined {
    return this.chunk.types.get(this.slot);
  }
  set type(v: Type | undefined) {
    this.chunk.types.set(this.slot, v);
  }

  get symbol(): Symbol | undefined {
    return this.chunk.symbols.get(this.slot);
  }
  set symbol(v: Symbol | undefined) {
    this.chunk.symbols.set(this.slot, v);
  }

  get constant(): ConstValue | undefined {
    return this.chunk.constants.get(this.slot);
  }
  set constant(v: ConstValue | undefined) {
    this.chunk.constants.set(this.slot, v);
  }

  get typeNode(): Type | undefined {
    return this.chunk.typeNodes.get(this.slot);
  }
  set typeNode(v: Type | undefined) {
    this.chunk.typeNodes.set(this.slot, v);
  }

  get checks(): RuntimeCheck[] | undefined {
    return this.chunk.checks.get(this.slot);
  }
  set checks(v: RuntimeCheck[] | undefined) {
    this.chunk.checks.set(this.slot, v);
  }

  get call(): CallInfo | undefined {
    return this.chunk.calls.get(this.slot);
  }
  set call(v: CallInfo | undefined) {
    this.chunk.calls.set(this.slot, v);
  }

  get procedure(): ProcedureSymbol | undefined {
    return this.chunk.procedures.get(this.slot);
  }
  set procedure(v: ProcedureSymbol | undefined) {
    this.chunk.procedures.set(this.slot, v);
  }
}

export class NodeTables {
  /** Chunks by id / CHUNK_SIZE (negative for nodes the checker built itself). */
  private readonly chunks = new Map<number, Chunk>();
  /** The chunk used last (the checker works through one stretch of one file at a time). */
  private lastKey = Number.NaN;
  private lastChunk: Chunk | undefined = undefined;
  /** Chunks whose facts were all discarded, cleared, for the next ids to use. */
  private readonly spare: Chunk[] = [];
  /** Ids for nodes without one (built by the checker itself, not by the parser): -1, -2, … */
  private readonly unnumbered = new Map<Spanned, number>();

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

  private chunk(key: number, create: boolean): Chunk | undefined {
    if (key === this.lastKey) return this.lastChunk;
    let chunk = this.chunks.get(key);
    if (chunk === undefined) {
      if (!create) return undefined;
      chunk = this.spare.pop() ?? new Chunk();
      this.chunks.set(key, chunk);
    }
    this.lastKey = key;
    this.lastChunk = chunk;
    return chunk;
  }

  private idOf(n: Spanned, create: boolean): number | undefined {
    const id = n.id;
    if (id !== undefined) return id;
    let own = this.unnumbered.get(n);
    if (own === undefined && create) {
      own = -1 - this.unnumbered.size;
      this.unnumbered.set(n, own);
    }
    return own;
  }

  /** The node's record, if anything is recorded about it. */
  lookup(n: Spanned): NodeFacts | undefined {
    const id = this.idOf(n, false);
    if (id === undefined) return undefined;
    const key = Math.floor(id / CHUNK_SIZE);
    const chunk = this.chunk(key, false);
    const slot = id - key * CHUNK_SIZE;
    if (chunk === undefined || !chunk.nodes.has(slot)) return undefined;
    return new NodeFacts(chunk, slot);
  }

  /** The node's record, created empty on first use. */
  node(n: Spanned): NodeFacts {
    const id = this.idOf(n, true) as number;
    const key = Math.floor(id / CHUNK_SIZE);
    const chunk = this.chunk(key, true) as Chunk;
    const slot = id - key * CHUNK_SIZE;
    if (!chunk.nodes.has(slot)) {
      chunk.nodes.set(slot, n);
      chunk.live++;
    }
    return new NodeFacts(chunk, slot);
  }

  /**
   * Forgets every fact about the nodes with ids in [first, end) (the nodes of one deferred body,
   * once checked). Chunks left empty are cleared and kept for reuse: their typed arrays cost more
   * to allocate than to clear, and each body would otherwise need new ones.
   */
  discard(first: number, end: number): void {
    for (let key = Math.floor(first / CHUNK_SIZE); key * CHUNK_SIZE < end; key++) {
      const chunk = this.chunks.get(key);
      if (chunk === undefined) continue;
      const from = Math.max(first - key * CHUNK_SIZE, 0);
      const to = Math.min(end - key * CHUNK_SIZE, CHUNK_SIZE);
      if (from === 0 && to === CHUNK_SIZE) chunk.live = 0;
      else chunk.clearSlots(from, to);
      // A chunk shared with other nodes stays; one left empty is reused (and made again if one of
      // the ids after `end`, the next body's, gets a record).
      if (chunk.live > 0) continue;
      this.chunks.delete(key);
      chunk.clear();
      this.spare.push(chunk);
    }
    this.lastKey = Number.NaN;
    this.lastChunk = undefined;
  }

  *entries(): Generator<[Spanned, NodeFacts]> {
    for (const chunk of this.chunks.values()) {
      for (let slot = 0; slot < CHUNK_SIZE; slot++) {
        const node = chunk.nodes.get(slot);
        if (node !== undefined) yield [node, new NodeFacts(chunk, slot)];
      }
    }
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
