// The linker: checks a set of compiled modules against each other (meta, fingerprints, missing
// declarations), orders them by dependency, and instantiates them into one memory, one function
// table and one runtime heap; a linked program can take more modules later (shared linking).
import {
  ABI_VERSION,
  ENV_MEMORY,
  ENV_MEMORY_BASE,
  ENV_MODULE,
  ENV_STACK_POINTER,
  ENV_TABLE,
  ENV_TABLE_BASE,
  exportName,
  HEAP_START_PAGE,
  HOST_MODULE,
  HostImport,
  INIT_EXPORT,
  PAGE_SIZE,
  RUNTIME_MODULE,
  RuntimeExport,
  SHADOW_STACK_TOP,
} from "../codegen/abi.js";
import { readMeta, type MetaDeclaration, type ModuleMeta } from "../codegen/meta.js";
import { runtimeModule } from "../codegen/runtime/bytes.js";
import { RuntimeHost, type HostOptions, type RunOutcome } from "../codegen/runtime/host.js";
import {
  readDomainCounters,
  readGcStats,
  type DomainCounters,
  type GcStats,
} from "../codegen/runtime/stats.js";
import {
  wasm,
  type WasmGlobal,
  type WasmInstance,
  type WasmMemory,
  type WasmModule,
  type WasmTable,
  type WasmTag,
} from "../codegen/runtime/wasm-api.js";
import { error, type Diagnostic } from "../lang/diagnostics.js";

export interface LinkInput {
  /** What the user called it (a path or a module name); used in diagnostics. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface LinkOptions {
  readonly heapLimitBytes: number;
  readonly host: HostOptions;
  /** Heap size below which no collection happens (default: 16 MiB or the limit). */
  readonly gcThresholdBytes?: number;
}

export interface LinkResult {
  readonly program?: LinkedProgram;
  readonly diagnostics: readonly Diagnostic[];
}

/** Link diagnostics (E5xxx); docs/abi.md lists them. */
export const LinkCode = {
  badMeta: "E5001",
  duplicate: "E5002",
  missingInterface: "E5003",
  missingDeclaration: "E5004",
  fingerprintMismatch: "E5005",
  instantiation: "E5006",
  idCollision: "E5007",
  heapLimit: "E5008",
  abiVersion: "E5009",
} as const;

type WasmFunction = (...args: never[]) => unknown;

/** The runtime's exports that the linker and host use directly. */
export interface RuntimeApi {
  readonly instance: WasmInstance;
  readonly exceptionTag: WasmTag;
  readonly staticAlloc: (size: number) => number;
  readonly collect: () => void;
  readonly recover: () => void;
  readonly setDomain: (domain: number) => number;
  readonly rootNew: (ref: number) => number;
  readonly rootGet: (slot: number) => number;
  readonly rootFree: (slot: number) => void;
}

export interface LinkedModule {
  readonly name: string;
  readonly meta: ModuleMeta;
  readonly instance: WasmInstance;
  readonly memoryBase: number;
  readonly tableBase: number;
}

interface Candidate {
  readonly input: LinkInput;
  readonly meta: ModuleMeta;
  readonly module: WasmModule;
}

const MIN_HEAP_LIMIT_PAGES = 16;
const MAX_HEAP_LIMIT_PAGES = 65536 - HEAP_START_PAGE;
const DEFAULT_THRESHOLD_BYTES = 16 * 1024 * 1024;

/** Links `inputs` into a fresh program; its module bodies have not run yet (see LinkedProgram.run). */
export function link(inputs: readonly LinkInput[], options: LinkOptions): LinkResult {
  const limitPages = Math.floor(options.heapLimitBytes / PAGE_SIZE);
  if (!(limitPages >= MIN_HEAP_LIMIT_PAGES && limitPages <= MAX_HEAP_LIMIT_PAGES)) {
    return {
      diagnostics: [
        error(
          LinkCode.heapLimit,
          `heap limit ${options.heapLimitBytes} bytes is outside [${MIN_HEAP_LIMIT_PAGES * PAGE_SIZE}, ${MAX_HEAP_LIMIT_PAGES * PAGE_SIZE}]`,
        ),
      ],
    };
  }
  const program = new LinkedProgram(limitPages, options);
  const diagnostics = program.add(inputs);
  return diagnostics.length > 0 ? { diagnostics } : { program, diagnostics };
}

export class LinkedProgram {
  readonly memory: WasmMemory;
  readonly table: WasmTable;
  readonly stackPointer: WasmGlobal;
  readonly host: RuntimeHost;
  readonly runtime: RuntimeApi;
  private readonly linked: LinkedModule[] = [];
  private readonly pendingInit: LinkedModule[] = [];

  constructor(limitPages: number, options: LinkOptions) {
    this.memory = new wasm.Memory({
      initial: HEAP_START_PAGE,
      maximum: HEAP_START_PAGE + limitPages,
    });
    this.table = new wasm.Table({ element: "anyfunc", initial: 0 });
    this.stackPointer = new wasm.Global({ value: "i32", mutable: true }, SHADOW_STACK_TOP);
    this.host = new RuntimeHost(options.host);
    this.host.attachMemory(this.memory);
    const instance = new wasm.Instance(runtimeModule(), {
      [ENV_MODULE]: { [ENV_MEMORY]: this.memory, [ENV_STACK_POINTER]: this.stackPointer },
      [HOST_MODULE]: this.host.importsFor("runtime"),
    });
    this.runtime = runtimeApi(instance);
    const threshold = Math.min(
      limitPages,
      Math.ceil((options.gcThresholdBytes ?? DEFAULT_THRESHOLD_BYTES) / PAGE_SIZE),
    );
    callExport(instance, RuntimeExport.init, limitPages, threshold);
  }

  /** Modules in initialisation order. */
  get modules(): readonly LinkedModule[] {
    return this.linked;
  }

  module(name: string): LinkedModule | undefined {
    return this.linked.find((m) => m.name === name);
  }

  /**
   * Checks and instantiates more modules against the ones already linked; nothing is added unless
   * every check passes. Their bodies run at the next `run()`.
   */
  add(inputs: readonly LinkInput[]): Diagnostic[] {
    const diagnostics: Diagnostic[] = [];
    const candidates = decodeAll(inputs, diagnostics);
    if (diagnostics.length > 0) return diagnostics;
    const all = [
      ...this.linked.map((m) => ({ meta: m.meta, name: m.name })),
      ...candidates.map((c) => ({ meta: c.meta, name: c.input.name })),
    ];
    checkUniqueness(all, diagnostics);
    const providers = providerMap(all);
    for (const candidate of candidates) checkImports(candidate, providers, diagnostics);
    checkWasmImports(candidates, providers, diagnostics);
    if (diagnostics.length > 0) return diagnostics;
    const ordered = initialisationOrder(candidates, providers, this.linked);
    return this.instantiate(ordered, providers);
  }

  private instantiate(
    ordered: readonly Candidate[],
    providers: ReadonlyMap<string, ModuleMeta>,
  ): Diagnostic[] {
    const bases = new Map<string, { memory: number; table: number }>();
    for (const m of this.linked)
      bases.set(m.meta.module, { memory: m.memoryBase, table: m.tableBase });
    for (const c of ordered) {
      // even an empty module gets a distinct, valid base (static_alloc(0) would hand out no address)
      const memoryBase = this.runtime.staticAlloc(Math.max(16, c.meta.dataSize));
      if (memoryBase === 0) {
        return [
          error(
            LinkCode.heapLimit,
            `module '${c.meta.module}': no room under the heap limit for its ${c.meta.dataSize} bytes of static data`,
          ),
        ];
      }
      const tableBase = this.table.length;
      if (c.meta.tableSize > 0) this.table.grow(c.meta.tableSize);
      bases.set(c.meta.module, { memory: memoryBase, table: tableBase });
    }
    const instances = new Map<string, WasmInstance>();
    for (const m of this.linked) instances.set(m.meta.module, m.instance);
    const added: LinkedModule[] = [];
    for (const c of ordered) {
      const base = bases.get(c.meta.module) ?? { memory: 0, table: 0 };
      const imports = this.importsFor(c, base, providers, bases, instances);
      let instance: WasmInstance;
      try {
        instance = new wasm.Instance(c.module, imports);
      } catch (caught) {
        const message = caught instanceof Error ? caught.message : String(caught);
        return [
          error(
            LinkCode.instantiation,
            `module '${c.meta.module}' could not be instantiated: ${message}`,
          ),
        ];
      }
      instances.set(c.meta.module, instance);
      this.host.registerModule(c.meta.module, {
        file: c.meta.sourceFile,
        sites: c.meta.faultSites,
        procedures: c.meta.procedures,
      });
      for (const e of c.meta.exceptions) this.host.registerException(e.id, e.name);
      added.push({
        name: c.meta.module,
        meta: c.meta,
        instance,
        memoryBase: base.memory,
        tableBase: base.table,
      });
    }
    this.linked.push(...added);
    this.pendingInit.push(...added);
    return [];
  }

  private importsFor(
    c: Candidate,
    base: { memory: number; table: number },
    providers: ReadonlyMap<string, ModuleMeta>,
    bases: ReadonlyMap<string, { memory: number; table: number }>,
    instances: ReadonlyMap<string, WasmInstance>,
  ): Record<string, Record<string, unknown>> {
    const env: Record<string, unknown> = {
      [ENV_MEMORY]: this.memory,
      [ENV_TABLE]: this.table,
      [ENV_MEMORY_BASE]: new wasm.Global({ value: "i32" }, base.memory),
      [ENV_TABLE_BASE]: new wasm.Global({ value: "i32" }, base.table),
      [ENV_STACK_POINTER]: this.stackPointer,
    };
    const imports: Record<string, Record<string, unknown>> = {
      [ENV_MODULE]: env,
      [RUNTIME_MODULE]: this.runtime.instance.exports,
      [HOST_MODULE]: this.host.importsFor(c.meta.module),
    };
    for (const d of wasm.Module.imports(c.module)) {
      if (d.module === ENV_MODULE || d.module === RUNTIME_MODULE || d.module === HOST_MODULE)
        continue;
      const provider = providers.get(d.module);
      if (!provider) continue;
      const target = imports[d.module] ?? (imports[d.module] = {});
      if (d.kind === "global") {
        const declaration = provider.exports.find(
          (e) => e.interface === d.module && e.name === d.name,
        );
        const providerBase = bases.get(provider.module)?.memory ?? 0;
        target[d.name] = new wasm.Global(
          { value: "i32" },
          providerBase + (declaration?.offset ?? 0),
        );
        continue;
      }
      const field = exportName(d.module, d.name);
      const ready = instances.get(provider.module);
      // A provider not yet instantiated is in an import cycle: call it through a trampoline.
      target[d.name] = ready
        ? ready.exports[field]
        : trampoline(() => instances.get(provider.module)?.exports[field]);
    }
    return imports;
  }

  /** Runs the bodies of modules added since the last run, in dependency order; stops at the first failure. */
  run(): RunOutcome {
    while (this.pendingInit.length > 0) {
      const next = this.pendingInit.shift();
      if (!next) break;
      const init = next.instance.exports[INIT_EXPORT];
      if (typeof init !== "function") continue;
      const outcome = this.call(init as WasmFunction, []);
      if (outcome.kind !== "completed") {
        this.pendingInit.length = 0;
        return outcome;
      }
    }
    return { kind: "completed" };
  }

  /** Calls into Wasm, turning traps, faults, exits and escaped exceptions into an outcome. */
  call(fn: WasmFunction, args: readonly unknown[]): RunOutcome {
    const stack = this.stackPointer.value;
    const outcome = this.host.guard(() => {
      (fn as (...a: unknown[]) => unknown)(...args);
    }, this.runtime.exceptionTag);
    if (outcome.kind !== "completed") {
      this.stackPointer.value = stack;
      this.runtime.recover();
    }
    return outcome;
  }

  gcStats(): GcStats {
    return readGcStats(this.memory);
  }

  domainCounters(domain: number): DomainCounters {
    return readDomainCounters(this.memory, domain);
  }
}

function trampoline(resolve: () => unknown): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    const target = resolve();
    if (typeof target !== "function") throw new Error("import cycle target has no such export");
    return (target as (...a: unknown[]) => unknown)(...args);
  };
}

function callExport(instance: WasmInstance, name: string, ...args: number[]): unknown {
  const fn = instance.exports[name];
  if (typeof fn !== "function") throw new Error(`runtime export '${name}' is missing`);
  return (fn as (...a: number[]) => unknown)(...args);
}

function runtimeApi(instance: WasmInstance): RuntimeApi {
  const fn = <T extends WasmFunction>(name: string): T => {
    const value = instance.exports[name];
    if (typeof value !== "function") throw new Error(`runtime export '${name}' is missing`);
    return value as T;
  };
  const tag = instance.exports[RuntimeExport.exceptionTag];
  if (typeof tag !== "object" || tag === null) throw new Error("runtime exception tag is missing");
  return {
    instance,
    exceptionTag: tag,
    staticAlloc: fn(RuntimeExport.staticAlloc),
    collect: fn(RuntimeExport.collect),
    recover: fn(RuntimeExport.recover),
    setDomain: fn(RuntimeExport.setDomain),
    rootNew: fn(RuntimeExport.rootNew),
    rootGet: fn(RuntimeExport.rootGet),
    rootFree: fn(RuntimeExport.rootFree),
  };
}

// ---------------------------------------------------------------------------------------------
// Checks

function decodeAll(inputs: readonly LinkInput[], diagnostics: Diagnostic[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const input of inputs) {
    const meta = readMeta(input.bytes);
    if (!meta.ok) {
      diagnostics.push(error(LinkCode.badMeta, `'${input.name}': ${meta.error}`));
      continue;
    }
    if (meta.meta.abiVersion !== ABI_VERSION) {
      diagnostics.push(
        error(
          LinkCode.abiVersion,
          `module '${meta.meta.module}' was compiled for ABI version ${meta.meta.abiVersion}; this loader implements version ${ABI_VERSION}`,
        ),
      );
      continue;
    }
    let module: WasmModule;
    try {
      module = new wasm.Module(input.bytes);
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      diagnostics.push(
        error(
          LinkCode.instantiation,
          `'${input.name}' is not a valid WebAssembly module: ${message}`,
        ),
      );
      continue;
    }
    candidates.push({ input, meta: meta.meta, module });
  }
  return candidates;
}

function checkUniqueness(
  all: readonly { meta: ModuleMeta; name: string }[],
  diagnostics: Diagnostic[],
): void {
  const modules = new Map<string, string>();
  const interfaces = new Map<string, string>();
  const exceptions = new Map<number, string>();
  const types = new Map<number, string>();
  for (const { meta } of all) {
    if (modules.has(meta.module))
      diagnostics.push(error(LinkCode.duplicate, `module '${meta.module}' is linked twice`));
    modules.set(meta.module, meta.module);
    for (const i of meta.exportedInterfaces) {
      const other = interfaces.get(i);
      if (other !== undefined && other !== meta.module) {
        diagnostics.push(
          error(
            LinkCode.duplicate,
            `interface '${i}' is exported by both module '${other}' and module '${meta.module}'`,
          ),
        );
      }
      interfaces.set(i, meta.module);
    }
    for (const e of meta.exceptions) {
      const other = exceptions.get(e.id);
      if (other !== undefined && other !== e.name) {
        diagnostics.push(
          error(
            LinkCode.idCollision,
            `exceptions '${other}' and '${e.name}' have the same id ${hex8(e.id)}`,
          ),
        );
      }
      exceptions.set(e.id, e.name);
    }
    for (const t of meta.types) {
      const other = types.get(t.id);
      if (other !== undefined && other !== t.fingerprint) {
        diagnostics.push(
          error(
            LinkCode.idCollision,
            `type '${t.name}' has the same type id ${hex8(t.id)} as a different type`,
          ),
        );
      }
      types.set(t.id, t.fingerprint);
    }
  }
}

function providerMap(all: readonly { meta: ModuleMeta }[]): Map<string, ModuleMeta> {
  const providers = new Map<string, ModuleMeta>();
  for (const { meta } of all)
    for (const i of meta.exportedInterfaces) if (!providers.has(i)) providers.set(i, meta);
  return providers;
}

function checkImports(
  c: Candidate,
  providers: ReadonlyMap<string, ModuleMeta>,
  diagnostics: Diagnostic[],
): void {
  const importer = c.meta.module;
  const interfaces = new Set([
    ...c.meta.importedInterfaces,
    ...c.meta.imports.map((d) => d.interface),
  ]);
  for (const iface of [...interfaces].sort()) {
    if (!providers.has(iface)) {
      diagnostics.push(
        error(
          LinkCode.missingInterface,
          `module '${importer}' imports interface '${iface}', but no module in the link exports it`,
        ),
      );
    }
  }
  for (const wanted of c.meta.imports) {
    const provider = providers.get(wanted.interface);
    if (!provider) continue;
    const found = provider.exports.find(
      (e) => e.interface === wanted.interface && e.name === wanted.name,
    );
    if (!found) {
      diagnostics.push(
        error(
          LinkCode.missingDeclaration,
          `module '${importer}' needs ${wanted.kind} '${wanted.interface}.${wanted.name}', but module '${provider.module}' (exporting '${wanted.interface}') does not provide it`,
        ),
      );
      continue;
    }
    if (found.fingerprint !== wanted.fingerprint || found.kind !== wanted.kind) {
      diagnostics.push(
        error(
          LinkCode.fingerprintMismatch,
          mismatchMessage(importer, wanted, found, provider.module),
        ),
      );
    }
  }
}

function mismatchMessage(
  importer: string,
  wanted: MetaDeclaration,
  found: MetaDeclaration,
  provider: string,
): string {
  const [mine, theirs] = abbreviate(wanted.fingerprint, found.fingerprint);
  const what =
    found.kind === wanted.kind ? wanted.kind : `${wanted.kind} (provided as a ${found.kind})`;
  return (
    `interface '${wanted.interface}', ${what} '${wanted.name}': module '${importer}' was compiled against ` +
    `fingerprint ${mine}, but '${wanted.interface}' provides ${theirs} (in module '${provider}')`
  );
}

/** Shortens two fingerprints to 12 digits unless that would hide their difference. */
function abbreviate(a: string, b: string): [string, string] {
  const short = 12;
  if (a.length <= short || b.length <= short || a.slice(0, short) === b.slice(0, short))
    return [a, b];
  return [`${a.slice(0, short)}…`, `${b.slice(0, short)}…`];
}

/** Every Wasm-level import must be one the ABI or the meta accounts for, and providers must really export it. */
function checkWasmImports(
  candidates: readonly Candidate[],
  providers: ReadonlyMap<string, ModuleMeta>,
  diagnostics: Diagnostic[],
): void {
  const envNames = new Set<string>([
    ENV_MEMORY,
    ENV_TABLE,
    ENV_MEMORY_BASE,
    ENV_TABLE_BASE,
    ENV_STACK_POINTER,
  ]);
  const runtimeNames = new Set<string>(wasm.Module.exports(runtimeModule()).map((e) => e.name));
  const hostNames = new Set<string>(Object.values(HostImport));
  const exportsOf = new Map<string, Set<string>>();
  for (const c of candidates)
    exportsOf.set(c.meta.module, new Set(wasm.Module.exports(c.module).map((e) => e.name)));
  for (const c of candidates) {
    const where = `module '${c.meta.module}'`;
    for (const d of wasm.Module.imports(c.module)) {
      if (d.module === ENV_MODULE) {
        if (!envNames.has(d.name))
          diagnostics.push(
            error(LinkCode.instantiation, `${where} imports unknown '${ENV_MODULE}.${d.name}'`),
          );
        continue;
      }
      if (d.module === RUNTIME_MODULE || d.module === HOST_MODULE) {
        const known = d.module === RUNTIME_MODULE ? runtimeNames : hostNames;
        if (!known.has(d.name))
          diagnostics.push(
            error(
              LinkCode.missingDeclaration,
              `${where} imports '${d.module}.${d.name}', which the runtime does not provide`,
            ),
          );
        continue;
      }
      const declared = c.meta.imports.find((i) => i.interface === d.module && i.name === d.name);
      if (!declared) {
        diagnostics.push(
          error(
            LinkCode.missingDeclaration,
            `${where} imports '${d.module}.${d.name}', which its spindle.meta does not declare`,
          ),
        );
        continue;
      }
      const provider = providers.get(d.module);
      if (!provider || d.kind === "global") continue;
      const providerExports = exportsOf.get(provider.module);
      if (providerExports && !providerExports.has(exportName(d.module, d.name))) {
        diagnostics.push(
          error(
            LinkCode.missingDeclaration,
            `module '${provider.module}' declares '${d.module}.${d.name}' but has no Wasm export '${exportName(d.module, d.name)}' (needed by ${where})`,
          ),
        );
      }
    }
    if (!exportsOf.get(c.meta.module)?.has(INIT_EXPORT)) {
      diagnostics.push(error(LinkCode.instantiation, `${where} has no '${INIT_EXPORT}' export`));
    }
  }
}

/**
 * Imported modules' bodies run first (depth-first, dependencies in name order); within an
 * import cycle the order is the depth-first one. A module named Main, or exporting Main, runs last.
 */
function initialisationOrder(
  candidates: readonly Candidate[],
  providers: ReadonlyMap<string, ModuleMeta>,
  alreadyLinked: readonly LinkedModule[],
): Candidate[] {
  const byModule = new Map(candidates.map((c) => [c.meta.module, c]));
  const done = new Set<string>(alreadyLinked.map((m) => m.name));
  const visiting = new Set<string>();
  const order: Candidate[] = [];
  const visit = (c: Candidate): void => {
    const name = c.meta.module;
    if (done.has(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const iface of [...c.meta.importedInterfaces].sort()) {
      const provider = providers.get(iface);
      const dependency = provider ? byModule.get(provider.module) : undefined;
      if (dependency) visit(dependency);
    }
    visiting.delete(name);
    done.add(name);
    order.push(c);
  };
  const isMain = (c: Candidate): boolean =>
    c.meta.module === "Main" || c.meta.exportedInterfaces.includes("Main");
  const sorted = [...candidates].sort((a, b) =>
    a.meta.module < b.meta.module ? -1 : a.meta.module > b.meta.module ? 1 : 0,
  );
  for (const c of sorted) if (!isMain(c)) visit(c);
  for (const c of sorted) if (isMain(c)) visit(c);
  return order;
}

function hex8(id: number): string {
  return (id >>> 0).toString(16).padStart(8, "0");
}
