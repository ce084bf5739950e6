// Module-level state of code generation: the Binaryen module, imports (ABI, runtime, host, other
// interfaces), static data (globals, text literals, descriptors), the function table, fault sites
// and the `spindle.meta` record; every per-procedure generator works against one ModuleGen.
import binaryen from "binaryen";
import { k64, wasmType } from "./layout.js";
import {
  CLOSURE_LINK,
  CLOSURE_TAG,
  ENV_MEMORY,
  ENV_MEMORY_BASE,
  ENV_MODULE,
  ENV_STACK_POINTER,
  ENV_TABLE,
  ENV_TABLE_BASE,
  EXCEPTION_TAG_PARAMS,
  HEAP_START_PAGE,
  HOST_MODULE,
  HostImport,
  RUNTIME_MODULE,
  RuntimeExport,
  TEXT_DESCRIPTOR,
  exceptionId,
} from "./abi.js";
import type { MetaDeclaration, MetaException, MetaTypeSummary } from "./meta.js";
import { Layouts } from "./layout.js";
import type { Diagnostic } from "../lang/diagnostics.js";
import { error } from "../lang/diagnostics.js";
import type { Span } from "../lang/source.js";
import type {
  CheckedProgram,
  CheckedUnit,
  ExceptionRef,
  ProcedureSymbol,
  Type,
  VariableSymbol,
} from "../typecheck/index.js";
import { unitNamed } from "../typecheck/index.js";
import type { FunctionGen, Place } from "./frames.js";
import { wasmSignature } from "./calls.js";
import { load, store } from "./exprs.js";
import { accessorFingerprint, accessorName, descriptor } from "./objects.js";
import { uplevelSlotPlace, type UplevelSlot } from "./procedures.js";
import type { FormalSymbol, Symbol } from "../typecheck/index.js";

export const CodegenCode = {
  unsupported: "E3001",
  noModule: "E3002",
  invalid: "E3003",
} as const;

/** Internal names of the ABI imports. */
export const Names = {
  memory: "0",
  table: ENV_TABLE,
  memoryBase: "memoryBase",
  tableBase: "tableBase",
  sp: "sp",
  tag: "exception",
} as const;

interface RuntimeSignature {
  readonly params: readonly binaryen.Type[];
  readonly result: binaryen.Type;
}

const i32 = binaryen.i32;
const i64 = binaryen.i64;

const RUNTIME_SIGNATURES: Readonly<Record<string, RuntimeSignature>> = {
  [RuntimeExport.alloc]: { params: [i32, i32], result: i32 },
  [RuntimeExport.allocOpen]: { params: [i32, i32], result: i32 },
  [RuntimeExport.collect]: { params: [], result: binaryen.none },
  [RuntimeExport.raise]: { params: [i32, i32], result: binaryen.none },
  [RuntimeExport.registerRoots]: { params: [i32, i32], result: binaryen.none },
  [RuntimeExport.textNew]: { params: [i32], result: i32 },
  [RuntimeExport.textCat]: { params: [i32, i32], result: i32 },
  [RuntimeExport.textEqual]: { params: [i32, i32], result: i32 },
  [RuntimeExport.textCompare]: { params: [i32, i32], result: i32 },
  [RuntimeExport.textHash]: { params: [i32], result: i32 },
  [RuntimeExport.textSub]: { params: [i32, i32, i32], result: i32 },
  [RuntimeExport.exit]: { params: [i32], result: binaryen.none },
  [RuntimeExport.staticAlloc]: { params: [i32], result: i32 },
  [RuntimeExport.setUnion]: { params: [i32, i32, i32, i32], result: binaryen.none },
  [RuntimeExport.setIntersection]: { params: [i32, i32, i32, i32], result: binaryen.none },
  [RuntimeExport.setDifference]: { params: [i32, i32, i32, i32], result: binaryen.none },
  [RuntimeExport.setSymmetricDifference]: { params: [i32, i32, i32, i32], result: binaryen.none },
  [RuntimeExport.setEqual]: { params: [i32, i32, i32], result: i32 },
  [RuntimeExport.setSubset]: { params: [i32, i32, i32], result: i32 },
};

const HOST_SIGNATURES: Readonly<Record<string, RuntimeSignature>> = {
  [HostImport.fault]: { params: [i32, i32], result: binaryen.none },
  [HostImport.clockMs]: { params: [], result: binaryen.f64 },
  [HostImport.exit]: { params: [i32], result: binaryen.none },
  [HostImport.write]: { params: [i32, i32, i32], result: binaryen.none },
  [HostImport.flush]: { params: [i32], result: binaryen.none },
  [HostImport.read]: { params: [i32, i32, i32], result: i32 },
  [HostImport.argCount]: { params: [], result: i32 },
  [HostImport.argLength]: { params: [i32], result: i32 },
  [HostImport.argCopy]: { params: [i32, i32], result: i32 },
  [HostImport.raisedAt]: { params: [i32], result: binaryen.none },
};

/** Growable little-endian static data image, addressed from __memory_base. */
export class StaticData {
  private bytes = new Uint8Array(1024);
  size = 0;

  reserve(size: number, align: number): number {
    const offset = Math.ceil(this.size / align) * align;
    this.ensure(offset + size);
    this.size = offset + size;
    return offset;
  }

  put(data: Uint8Array, align: number): number {
    const offset = this.reserve(data.length, align);
    this.bytes.set(data, offset);
    return offset;
  }

  setU32(offset: number, value: number): void {
    new DataView(this.bytes.buffer).setUint32(offset, value >>> 0, true);
  }

  setBytes(offset: number, data: Uint8Array): void {
    this.bytes.set(data, offset);
  }

  image(): Uint8Array {
    return this.bytes.slice(0, this.size);
  }

  private ensure(n: number): void {
    if (n <= this.bytes.length) return;
    let size = this.bytes.length;
    while (size < n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes);
    this.bytes = grown;
  }
}

export interface GlobalVar {
  /** Offset from __memory_base, or an imported address global. */
  readonly offset?: number;
  readonly importGlobal?: string;
  readonly type: Type;
}

export class ModuleGen {
  readonly m: binaryen.Module;
  readonly layouts: Layouts;
  readonly data = new StaticData();
  readonly diagnostics: Diagnostic[] = [];
  readonly faultSites: [number, number][] = [];
  private readonly faultSiteIndex = new Map<string, number>();
  private readonly abiImports = new Set<string>();
  private readonly procedureImports = new Map<string, string>();
  readonly metaImports: MetaDeclaration[] = [];
  readonly metaExports: MetaDeclaration[] = [];
  readonly exceptions = new Map<number, MetaException>();
  readonly types: MetaTypeSummary[] = [];
  private readonly textLiterals = new Map<string, number>();
  readonly globals = new Map<VariableSymbol, GlobalVar>();
  /** Function table: internal function names; a procedure value is its index + 1 (0 is NIL). */
  readonly tableEntries: string[] = [];
  private readonly tableIndex = new Map<string, number>();
  /** Static regions that hold traced references (globals), as offsets from __memory_base. */
  readonly rootOffsets: number[] = [];
  /** Work to do in __spindle_init before the body (method suites etc.), added by generators. */
  readonly initActions: ((f: FunctionGen) => binaryen.ExpressionRef)[] = [];
  readonly functionTypes = new Map<string, binaryen.Type>();
  private labelCounter = 0;
  readonly descriptors = new Map<string, number>();
  /** Static images of structured constants used as designators (`K.Nums[i]`), by symbol. */
  readonly constantData = new Map<Symbol, number>();
  /** Descriptors built by __spindle_init, by fingerprint: the global holding the address. */
  readonly runtimeDescriptors = new Map<string, string>();
  /** Opaque types revealed elsewhere whose layout this module reads at run time (objects.ts). */
  readonly opaqueBases = new Map<string, { desc: string; size: string; methodBytes: string }>();
  readonly uplevelSymbols = new Set<Symbol>();
  readonly uplevel = new Map<Symbol, UplevelSlot>();
  private readonly helpers = new Set<string>();
  private readonly closureEntries = new Set<string>();
  private readonly closureRecords = new WeakMap<FunctionGen, Map<ProcedureSymbol, number>>();

  constructor(
    readonly program: CheckedProgram,
    readonly unit: CheckedUnit,
  ) {
    this.m = new binaryen.Module();
    this.layouts = new Layouts(unit.view);
    this.m.addGlobalImport(Names.memoryBase, ENV_MODULE, ENV_MEMORY_BASE, i32, false);
    this.m.addGlobalImport(Names.tableBase, ENV_MODULE, ENV_TABLE_BASE, i32, false);
    this.m.addGlobalImport(Names.sp, ENV_MODULE, ENV_STACK_POINTER, i32, true);
    this.m.addTableImport(Names.table, ENV_MODULE, ENV_TABLE);
    this.m.addTagImport(
      Names.tag,
      RUNTIME_MODULE,
      RuntimeExport.exceptionTag,
      binaryen.createType([...EXCEPTION_TAG_PARAMS].map(() => i64)),
      binaryen.none,
    );
    // the memory must exist before any load or store is built; finishSegments adds the data
    this.m.setMemory(HEAP_START_PAGE, 65536, null, [], false, false, Names.memory);
    this.m.addMemoryImport(Names.memory, ENV_MODULE, ENV_MEMORY);
    // an empty static area still gets a dummy byte so every text literal offset is valid
    this.data.reserve(16, 16);
  }

  get name(): string {
    return this.unit.name;
  }

  freshLabel(prefix: string): string {
    return `${prefix}${this.labelCounter++}`;
  }

  unsupported(what: string, span?: Span): void {
    if (this.diagnostics.length < 50) {
      this.diagnostics.push(
        error(CodegenCode.unsupported, `code generation does not support ${what} yet`, span),
      );
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Imports

  runtime(name: string): string {
    return this.importOnce("rt", RUNTIME_MODULE, name, RUNTIME_SIGNATURES);
  }

  host(name: string): string {
    return this.importOnce("host", HOST_MODULE, name, HOST_SIGNATURES);
  }

  /** Declares an ABI function import on first use; returns its internal name. */
  private importOnce(
    prefix: string,
    module: string,
    name: string,
    signatures: Readonly<Record<string, RuntimeSignature>>,
  ): string {
    const internal = `${prefix}:${name}`;
    if (!this.abiImports.has(internal)) {
      const sig = signatures[name];
      if (!sig) throw new Error(`unknown ${module} import ${name}`);
      this.m.addFunctionImport(
        internal,
        module,
        name,
        binaryen.createType([...sig.params]),
        sig.result,
      );
      this.abiImports.add(internal);
    }
    return internal;
  }

  /** The internal name of an interface procedure implemented by another module. */
  importProcedure(symbol: ProcedureSymbol, params: binaryen.Type, results: binaryen.Type): string {
    const key = `${symbol.unit}.${symbol.name}`;
    const known = this.procedureImports.get(key);
    if (known) return known;
    const internal = `import:${key}`;
    this.m.addFunctionImport(internal, symbol.unit, symbol.name, params, results);
    this.procedureImports.set(key, internal);
    this.metaImports.push({
      interface: symbol.unit,
      name: symbol.name,
      kind: "procedure",
      fingerprint: this.fingerprintOf(symbol.unit, symbol.name),
    });
    return internal;
  }

  /** The revealing module's `T__NEW`: a new T with its defaults (see objects.ts). */
  importAllocator(opaque: { qualifiedName: string }): string {
    return this.importOpaqueAccessor(opaque.qualifiedName, "NEW", binaryen.none, i32);
  }

  /** The revealing module's `T__TYPE`: the absolute address of the opaque type's descriptor. */
  importDescriptor(opaque: { qualifiedName: string }): string {
    return this.importOpaqueAccessor(opaque.qualifiedName, "TYPE", binaryen.none, i32);
  }

  /** The revealing module's `T__INIT(obj)`: stores the defaults of T's fields, hidden ones too. */
  importInitializer(opaque: { qualifiedName: string }): string {
    return this.importOpaqueAccessor(opaque.qualifiedName, "INIT", i32, binaryen.none);
  }

  /** A procedure the revealing module exports for an opaque type, imported once. */
  private importOpaqueAccessor(
    qualifiedName: string,
    what: "NEW" | "TYPE" | "INIT",
    params: binaryen.Type,
    result: binaryen.Type,
  ): string {
    const { iface, name } = accessorName(qualifiedName, what);
    const key = `${iface}.${name}`;
    const known = this.procedureImports.get(key);
    if (known) return known;
    const internal = `import:${key}`;
    this.m.addFunctionImport(internal, iface, name, params, result);
    this.procedureImports.set(key, internal);
    this.metaImports.push({
      interface: iface,
      name,
      kind: "procedure",
      fingerprint: accessorFingerprint(this, qualifiedName, what),
    });
    return internal;
  }

  fingerprintOf(iface: string, name: string): string {
    return this.interfaceUnit(iface)?.fingerprints.get(name) ?? "";
  }

  /** The interface unit of that name (a module may have the same name as its interface). */
  interfaceUnit(iface: string): CheckedUnit | undefined {
    return this.program.units.find((u) => u.kind === "Interface" && u.name === iface);
  }

  declaredInInterface(symbol: VariableSymbol): boolean {
    return this.interfaceUnit(symbol.unit)?.globals.includes(symbol) ?? false;
  }

  exportsInterface(iface: string): boolean {
    return this.unit.exports.includes(iface);
  }

  // ---------------------------------------------------------------------------------------------
  // Static data

  /** Address expression of static datum at `offset`. */
  staticAddress(offset: number): binaryen.ExpressionRef {
    const base = this.m.global.get(Names.memoryBase, i32);
    return offset === 0 ? base : this.m.i32.add(base, this.m.i32.const(offset));
  }

  /** A static TEXT object for a literal; the collector ignores static pages. */
  textLiteral(value: string): number {
    const known = this.textLiterals.get(value);
    if (known !== undefined) return known;
    const bytes = new Uint8Array(12 + value.length);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, TEXT_DESCRIPTOR, true);
    view.setUint32(4, 0, true);
    view.setUint32(8, value.length, true);
    for (let i = 0; i < value.length; i++) bytes[12 + i] = value.charCodeAt(i) & 0xff;
    const offset = this.data.put(bytes, 8);
    this.textLiterals.set(value, offset);
    return offset;
  }

  global(symbol: VariableSymbol): GlobalVar {
    const known = this.globals.get(symbol);
    if (known) return known;
    let g: GlobalVar;
    const iface = symbol.unit;
    if (iface !== this.name && !this.exportsInterface(iface)) {
      const internal = `gimport:${iface}.${symbol.name}`;
      this.m.addGlobalImport(internal, iface, symbol.name, i32, false);
      this.metaImports.push({
        interface: iface,
        name: symbol.name,
        kind: "variable",
        fingerprint: this.fingerprintOf(iface, symbol.name),
      });
      g = { importGlobal: internal, type: symbol.type };
    } else {
      const size = Math.max(1, this.layouts.size(symbol.type));
      const offset = this.data.reserve(size, Math.max(8, this.layouts.align(symbol.type)));
      for (const p of this.layouts.pointerOffsets(symbol.type)) this.rootOffsets.push(offset + p);
      if (this.declaredInInterface(symbol)) {
        this.metaExports.push({
          interface: iface,
          name: symbol.name,
          kind: "variable",
          fingerprint: this.fingerprintOf(iface, symbol.name),
          offset,
        });
      }
      g = { offset, type: symbol.type };
    }
    this.globals.set(symbol, g);
    return g;
  }

  globalAddress(g: GlobalVar): binaryen.ExpressionRef {
    if (g.importGlobal) return this.m.global.get(g.importGlobal, i32);
    return this.staticAddress(g.offset ?? 0);
  }

  // ---------------------------------------------------------------------------------------------
  // Faults, exceptions, table

  faultSite(span: Span | undefined): number {
    const line = span?.line ?? 0;
    const column = span?.column ?? 0;
    const key = `${line}:${column}`;
    const known = this.faultSiteIndex.get(key);
    if (known !== undefined) return known;
    const index = this.faultSites.length;
    this.faultSites.push([line, column]);
    this.faultSiteIndex.set(key, index);
    return index;
  }

  /** fault(code, site); unreachable */
  fault(code: number, span: Span | undefined): binaryen.ExpressionRef {
    const site = this.faultSite(span);
    return this.m.block(null, [
      this.m.call(
        this.host(HostImport.fault),
        [this.m.i32.const(code), this.m.i32.const(site)],
        binaryen.none,
      ),
      this.m.unreachable(),
    ]);
  }

  exceptionIdOf(e: ExceptionRef): number {
    const id = exceptionId(e.qualifiedName);
    if (!this.exceptions.has(id)) this.exceptions.set(id, { id, name: e.qualifiedName });
    return id;
  }

  /** Procedure value of a function: its table index + 1, relative to __table_base at run time. */
  tableSlot(functionName: string): number {
    const known = this.tableIndex.get(functionName);
    if (known !== undefined) return known;
    const index = this.tableEntries.length;
    this.tableEntries.push(functionName);
    this.tableIndex.set(functionName, index);
    return index;
  }

  procedureValue(functionName: string): binaryen.ExpressionRef {
    const slot = this.tableSlot(functionName);
    return this.m.i32.add(this.m.global.get(Names.tableBase, i32), this.m.i32.const(slot + 1));
  }

  /**
   * The entry of a nested procedure called as a closure: it has the signature of a top-level
   * procedure of the same type and passes the static link that the call site stored at
   * CLOSURE_LINK (docs/abi.md, section 1).
   */
  closureEntry(proc: ProcedureSymbol): string {
    const name = `${proc.qualifiedName}$closure`;
    if (this.closureEntries.has(name)) return name;
    this.closureEntries.add(name);
    const m = this.m;
    const sig = wasmSignature(this, proc.signature, false);
    const result = wasmType(sig.result);
    const params = sig.params.map((t, i) => m.local.get(i, t));
    const link = m.i32.load(0, 4, m.i32.const(CLOSURE_LINK));
    m.addFunction(
      name,
      binaryen.createType(sig.params),
      result,
      [],
      m.call(this.procedureFunction(proc), [link, ...params], result),
    );
    return name;
  }

  /** The frame offset of f's closure record for `proc` (one per procedure and frame). */
  closureRecord(f: FunctionGen, proc: ProcedureSymbol): number {
    let records = this.closureRecords.get(f);
    if (!records) this.closureRecords.set(f, (records = new Map()));
    const known = records.get(proc);
    if (known !== undefined) return known;
    const offset = f.memAlloc(8, 8);
    records.set(proc, offset);
    return offset;
  }

  /** Finishes memory, table segments; called once all functions exist. */
  finishSegments(): void {
    const image = this.data.image();
    this.m.setMemory(
      HEAP_START_PAGE,
      65536,
      null,
      [{ offset: this.m.global.get(Names.memoryBase, i32), data: image, passive: false }],
      false,
      false,
      Names.memory,
    );
    this.m.addMemoryImport(Names.memory, ENV_MODULE, ENV_MEMORY);
    if (this.tableEntries.length > 0) {
      this.m.addActiveElementSegment(
        Names.table,
        "elements",
        this.tableEntries,
        this.m.global.get(Names.tableBase, i32),
      );
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Procedures, static links, locals

  /** The internal function name that calls `proc`: its own, its implementation here, or an import. */
  procedureFunction(proc: ProcedureSymbol): string {
    if (proc.unit === this.name) return proc.qualifiedName;
    if (this.exportsInterface(proc.unit)) {
      const impl = proc.implementation;
      if (impl) return impl.qualifiedName;
      this.unsupported(
        `calling '${proc.qualifiedName}', which this module exports but does not implement`,
      );
    }
    const sig = wasmSignature(this, proc.signature, false);
    return this.importProcedure(
      proc,
      binaryen.createType(sig.params),
      sig.result === "none"
        ? binaryen.none
        : sig.result === "i64"
          ? binaryen.i64
          : sig.result === "f32"
            ? binaryen.f32
            : sig.result === "f64"
              ? binaryen.f64
              : binaryen.i32,
    );
  }

  /** The memory base of the frame of `owner`, an enclosing procedure of f's procedure (or itself). */
  staticLinkFor(f: FunctionGen, owner: ProcedureSymbol): binaryen.ExpressionRef {
    const m = this.m;
    if (f.proc === owner) return m.local.get(f.mbLocal, i32);
    let cur = f.proc;
    let link: binaryen.ExpressionRef = m.local.get(0, i32);
    cur = cur?.parent;
    let guard = 0;
    while (cur && cur !== owner && guard++ < 100) {
      link = m.i32.load(0, 4, link);
      cur = cur.parent;
    }
    return link;
  }

  uplevelPlace(f: FunctionGen, sym: VariableSymbol | FormalSymbol): Place | undefined {
    const slot = this.uplevel.get(sym);
    if (!slot) return undefined;
    return uplevelSlotPlace(f, slot, sym.type, () => this.staticLinkFor(f, slot.owner));
  }

  /** A place for a variable declared in f's procedure (block VAR, FOR, WITH, handler, TYPECASE). */
  declareLocal(f: FunctionGen, sym: VariableSymbol): Place {
    const known = f.places.get(sym);
    if (known) return known;
    const L = this.layouts;
    let p: Place;
    const up = this.uplevel.get(sym);
    if (up) {
      p = uplevelSlotPlace(f, up, sym.type, () => this.m.local.get(f.mbLocal, i32));
    } else if (L.reprOf(sym.type) === "agg") {
      const offset = f.memAlloc(L.size(sym.type), L.align(sym.type), L.pointerOffsets(sym.type));
      p = { kind: "mem", type: sym.type, addr: () => f.memAddr(offset) };
    } else {
      const repr = L.reprOf(sym.type);
      const index = f.localOf(repr === "open" ? "i32" : repr);
      const slot = L.isTracedRef(sym.type) ? f.newRefSlot() : undefined;
      p =
        slot === undefined
          ? { kind: "local", index, type: sym.type }
          : { kind: "local", index, type: sym.type, slot };
    }
    f.places.set(sym, p);
    return p;
  }

  // ---------------------------------------------------------------------------------------------
  // Exception arguments that are not references travel in a small heap box

  boxException(
    f: FunctionGen,
    argType: Type,
    value: binaryen.ExpressionRef,
  ): binaryen.ExpressionRef {
    const m = this.m;
    const refType: Type = { kind: "Ref", traced: true, target: argType };
    const desc = descriptor(this, refType);
    const box = f.localOf("i32");
    return m.block(
      null,
      [
        m.local.set(
          box,
          m.call(
            this.runtime(RuntimeExport.alloc),
            [this.staticAddress(desc), m.i32.const(8 + this.layouts.size(argType))],
            i32,
          ),
        ),
        store(f, argType, m.i32.add(f.get(box, "i32"), m.i32.const(8)), value),
        f.get(box, "i32"),
      ],
      i32,
    );
  }

  unboxException(
    f: FunctionGen,
    argType: Type,
    box: binaryen.ExpressionRef,
  ): binaryen.ExpressionRef {
    return load(f, argType, this.m.i32.add(box, this.m.i32.const(8)));
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers emitted into the module (Binaryen inlines them where it pays)

  helper(name: "memeq" | "div" | "mod" | "proceq"): string {
    const internal = `helper:${name}`;
    if (this.helpers.has(name)) return internal;
    this.helpers.add(name);
    const m = this.m;
    const g64 = (i: number): binaryen.ExpressionRef => m.local.get(i, i64);
    if (name === "proceq") {
      // equal values, or two closures of the same procedure over the same frame
      const g = (i: number): binaryen.ExpressionRef => m.local.get(i, i32);
      const record = (i: number): binaryen.ExpressionRef =>
        m.i32.and(g(i), m.i32.const(~CLOSURE_TAG));
      m.addFunction(
        internal,
        binaryen.createType([i32, i32]),
        i32,
        [],
        m.if(
          m.i32.eq(g(0), g(1)),
          m.i32.const(1),
          m.if(
            m.i32.lt_s(m.i32.and(g(0), g(1)), m.i32.const(0)),
            m.i32.and(
              m.i64.eq(m.i64.load(0, 4, record(0)), m.i64.load(0, 4, record(1))),
              m.i32.const(1),
            ),
            m.i32.const(0),
          ),
        ),
      );
    } else if (name === "div") {
      // floor division: q - 1 when the remainder is non-zero and the signs differ; x DIV -1 = -x
      m.addFunction(
        internal,
        binaryen.createType([i64, i64]),
        i64,
        [i64],
        m.block(
          null,
          [
            m.if(m.i64.eq(g64(1), k64(m, -1n)), m.return(m.i64.sub(k64(m, 0n), g64(0)))),
            m.local.set(2, m.i64.div_s(g64(0), g64(1))),
            m.if(
              m.i32.and(
                m.i64.ne(m.i64.rem_s(g64(0), g64(1)), k64(m, 0n)),
                m.i64.lt_s(m.i64.xor(g64(0), g64(1)), k64(m, 0n)),
              ),
              m.local.set(2, m.i64.sub(g64(2), k64(m, 1n))),
            ),
            g64(2),
          ],
          i64,
        ),
      );
    } else if (name === "mod") {
      m.addFunction(
        internal,
        binaryen.createType([i64, i64]),
        i64,
        [i64],
        m.block(
          null,
          [
            m.if(m.i64.eq(g64(1), k64(m, -1n)), m.return(k64(m, 0n))),
            m.local.set(2, m.i64.rem_s(g64(0), g64(1))),
            m.if(
              m.i32.and(
                m.i64.ne(g64(2), k64(m, 0n)),
                m.i64.lt_s(m.i64.xor(g64(2), g64(1)), k64(m, 0n)),
              ),
              m.local.set(2, m.i64.add(g64(2), g64(1))),
            ),
            g64(2),
          ],
          i64,
        ),
      );
    } else {
      const g = (i: number): binaryen.ExpressionRef => m.local.get(i, i32);
      const loop = "memeqLoop";
      const done = "memeqDone";
      m.addFunction(
        internal,
        binaryen.createType([i32, i32, i32]),
        i32,
        [],
        m.block(
          null,
          [
            m.block(done, [
              m.loop(
                loop,
                m.block(null, [
                  m.br(done, m.i32.eqz(g(2))),
                  m.if(
                    m.i32.ne(m.i32.load8_u(0, 1, g(0)), m.i32.load8_u(0, 1, g(1))),
                    m.return(m.i32.const(0)),
                  ),
                  m.local.set(0, m.i32.add(g(0), m.i32.const(1))),
                  m.local.set(1, m.i32.add(g(1), m.i32.const(1))),
                  m.local.set(2, m.i32.sub(g(2), m.i32.const(1))),
                  m.br(loop),
                ]),
              ),
            ]),
            m.i32.const(1),
          ],
          i32,
        ),
      );
    }
    return internal;
  }
}
