// The side tables of one run, keyed by AST node: everything recorded about a node (type, symbol,
// folded value, checks, call, procedure) is reached through one record handle, so the checker
// passes handles along and a parent reads its operands' types and values without looking them
// up. Facts are kept by the node's parser-assigned id (unique in the process) in columns per chunk
// of consecutive ids: a Map keyed by node identity, and then one record object per node, were the
// checker's largest costs at 50,000 lines (about 300,000 nodes). The ReadonlyMap views give
// CheckedProgram its per-table maps.
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

type Column<V> = (V | undefined)[];

/** A column of CHUNK_SIZE slots; a slot never written reads as undefined. */
function column<V>(): Column<V> {
  return new Array<V | undefined>(CHUNK_SIZE);
}

/**
 * The records of CHUNK_SIZE consecutive ids, one array per field (columns are made on first
 * write): a quarter of a million record objects per 50,000 lines were a large share of what the
 * young-generation collector had to copy.
 */
class Chunk {
  readonly nodes: Column<Spanned> = column();
  types: Column<Type> | undefined = undefined;
  symbols: Column<Symbol> | undefined = undefined;
  constants: Column<ConstValue> | undefined = undefined;
  /** The fields few nodes have (under 5% each), together, so they cost one column. */
  rare: Column<RareFacts> | undefined = undefined;

  rareAt(slot: number): RareFacts {
    const rare = (this.rare ??= column());
    let r = rare[slot];
    if (r === undefined) {
      r = new RareFacts();
      rare[slot] = r;
    }
    return r;
  }
}

class RareFacts {
  typeNode: Type | undefined = undefined;
  checks: RuntimeCheck[] | undefined = undefined;
  call: CallInfo | undefined = undefined;
  procedure: ProcedureSymbol | undefined = undefined;
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
    return this.chunk.nodes[this.slot] as Spanned;
  }

  get type(): Type | undefined {
    return this.chunk.types?.[this.slot];
  }
  set type(v: Type | undefined) {
    (this.chunk.types ??= column())[this.slot] = v;
  }

  get symbol(): Symbol | undefined {
    return this.chunk.symbols?.[this.slot];
  }
  set symbol(v: Symbol | undefined) {
    (this.chunk.symbols ??= column())[this.slot] = v;
  }

  get constant(): ConstValue | undefined {
    return this.chunk.constants?.[this.slot];
  }
  set constant(v: ConstValue | undefined) {
    (this.chunk.constants ??= column())[this.slot] = v;
  }

  get typeNode(): Type | undefined {
    return this.chunk.rare?.[this.slot]?.typeNode;
  }
  set typeNode(v: Type | undefined) {
    this.chunk.rareAt(this.slot).typeNode = v;
  }

  get checks(): RuntimeCheck[] | undefined {
    return this.chunk.rare?.[this.slot]?.checks;
  }
  set checks(v: RuntimeCheck[] | undefined) {
    this.chunk.rareAt(this.slot).checks = v;
  }

  get call(): CallInfo | undefined {
    return this.chunk.rare?.[this.slot]?.call;
  }
  set call(v: CallInfo | undefined) {
    this.chunk.rareAt(this.slot).call = v;
  }

  get procedure(): ProcedureSymbol | undefined {
    return this.chunk.rare?.[this.slot]?.procedure;
  }
  set procedure(v: ProcedureSymbol | undefined) {
    this.chunk.rareAt(this.slot).procedure = v;
  }
}

export class NodeTables {
  /** Chunks by id / CHUNK_SIZE (negative for nodes the checker built itself). */
  private readonly chunks = new Map<number, Chunk>();
  /** The chunk used last (the checker works through one stretch of one file at a time). */
  private lastKey = Number.NaN;
  private lastChunk: Chunk | undefined = undefined;
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
      chunk = new Chunk();
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
    if (chunk === undefined || chunk.nodes[slot] === undefined) return undefined;
    return new NodeFacts(chunk, slot);
  }

  /** The node's record, created empty on first use. */
  node(n: Spanned): NodeFacts {
    const id = this.idOf(n, true) as number;
    const key = Math.floor(id / CHUNK_SIZE);
    const chunk = this.chunk(key, true) as Chunk;
    const slot = id - key * CHUNK_SIZE;
    chunk.nodes[slot] ??= n;
    return new NodeFacts(chunk, slot);
  }

  *entries(): Generator<[Spanned, NodeFacts]> {
    for (const [key, chunk] of this.chunks) {
      for (let slot = 0; slot < CHUNK_SIZE; slot++) {
        const node = chunk.nodes[slot];
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
