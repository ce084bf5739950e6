// Binaryen IR for the ABI's fixed sequences (imports, shadow-stack frames, the inline allocation
// fast path, type tests, RAISE, faults), so the code generator emits them mechanically.
import binaryen from "binaryen";
import {
  CURRENT_DOMAIN_ENTRY,
  DescriptorField,
  ENV_MEMORY,
  ENV_MEMORY_BASE,
  ENV_MODULE,
  ENV_STACK_POINTER,
  ENV_TABLE,
  ENV_TABLE_BASE,
  FaultCode,
  FREE_LIST_HEADS,
  HEADER_DOMAIN_BITS,
  HOST_MODULE,
  HostImport,
  RUNTIME_MODULE,
  RuntimeExport,
  SHADOW_STACK_LIMIT,
  SIZE_CLASSES,
  sizeClassFor,
} from "../abi.js";

type Module = binaryen.Module;
type Expr = binaryen.ExpressionRef;

/** Internal names under which declareAbiImports declares everything. */
export const AbiName = {
  memory: "env.memory",
  table: "env.table",
  memoryBase: "env.__memory_base",
  tableBase: "env.__table_base",
  stackPointer: "env.__stack_pointer",
  exceptionTag: "rt.exception",
  fault: "host.fault",
  runtime: (field: RuntimeFunction): string => `rt.${field}`,
} as const;

export type RuntimeFunction = Exclude<
  (typeof RuntimeExport)[keyof typeof RuntimeExport],
  "exception"
>;

const i32 = binaryen.i32;
const i64 = binaryen.i64;
const none = binaryen.none;

/** Wasm signatures of the runtime's functions: [params, result]. */
export const RUNTIME_SIGNATURES: Readonly<
  Record<RuntimeFunction, readonly [readonly number[], number]>
> = {
  init: [[i32, i32], none],
  alloc: [[i32, i32], i32],
  alloc_open: [[i32, i32], i32],
  collect: [[], none],
  recover: [[], none],
  raise: [[i32, i32], none],
  register_roots: [[i32, i32], none],
  unregister_roots: [[i32], none],
  root_new: [[i32], i32],
  root_get: [[i32], i32],
  root_set: [[i32, i32], none],
  root_free: [[i32], none],
  set_domain: [[i32], i32],
  static_alloc: [[i32], i32],
  text_new: [[i32], i32],
  text_cat: [[i32, i32], i32],
  text_equal: [[i32, i32], i32],
  text_compare: [[i32, i32], i32],
  text_hash: [[i32], i32],
  text_sub: [[i32, i32, i32], i32],
  div_i64: [[i64, i64], i64],
  mod_i64: [[i64, i64], i64],
  set_union: [[i32, i32, i32, i32], none],
  set_inter: [[i32, i32, i32, i32], none],
  set_diff: [[i32, i32, i32, i32], none],
  set_symdiff: [[i32, i32, i32, i32], none],
  set_eq: [[i32, i32, i32], i32],
  set_le: [[i32, i32, i32], i32],
  exit: [[i32], none],
  domain_alloc_count: [[i32], i64],
  domain_alloc_bytes: [[i32], i64],
  domain_live_bytes: [[i32], i64],
};

/**
 * Declares env memory (with the module's one data segment at __memory_base), table, bases,
 * stack pointer, the runtime functions `uses` names, the exception tag and the fault import.
 */
export function declareAbiImports(
  module: Module,
  data: Uint8Array,
  uses: readonly RuntimeFunction[],
): void {
  module.addGlobalImport(AbiName.memoryBase, ENV_MODULE, ENV_MEMORY_BASE, i32, false);
  module.addGlobalImport(AbiName.tableBase, ENV_MODULE, ENV_TABLE_BASE, i32, false);
  module.addGlobalImport(AbiName.stackPointer, ENV_MODULE, ENV_STACK_POINTER, i32, true);
  const segments = data.length > 0 ? [{ offset: memoryBase(module), data, passive: false }] : [];
  module.setMemory(0, 65536, null, segments, false, false, AbiName.memory);
  module.addMemoryImport(AbiName.memory, ENV_MODULE, ENV_MEMORY);
  module.addTable(AbiName.table, 0, 0xffffffff);
  module.addTableImport(AbiName.table, ENV_MODULE, ENV_TABLE);
  module.addTagImport(AbiName.exceptionTag, RUNTIME_MODULE, RuntimeExport.exceptionTag, i64, none);
  module.addFunctionImport(
    AbiName.fault,
    HOST_MODULE,
    HostImport.fault,
    binaryen.createType([i32, i32]),
    none,
  );
  for (const name of new Set(uses)) {
    const [params, result] = RUNTIME_SIGNATURES[name];
    module.addFunctionImport(
      AbiName.runtime(name),
      RUNTIME_MODULE,
      name,
      binaryen.createType([...params]),
      result,
    );
  }
}

export function memoryBase(module: Module): Expr {
  return module.global.get(AbiName.memoryBase, i32);
}

/** `__memory_base + offset`: the absolute address of a module's static datum. */
export function staticAddress(module: Module, offset: number): Expr {
  return offset === 0
    ? memoryBase(module)
    : module.i32.add(memoryBase(module), module.i32.const(offset));
}

/** `call fault(code, site); unreachable` */
export function fault(module: Module, code: FaultCode, site: number): Expr {
  return module.block(
    null,
    [
      module.call(AbiName.fault, [module.i32.const(code), module.i32.const(site)], none),
      module.unreachable(),
    ],
    binaryen.unreachable,
  );
}

/** Frame size for `refSlots` reference slots plus `dataBytes` of other frame data. */
export function frameSize(refSlots: number, dataBytes = 0): number {
  return 8 + Math.ceil((4 * refSlots + dataBytes) / 8) * 8;
}

/**
 * Pushes a frame into local `fp` (an i32 local): exhaustion check, header, zeroed reference
 * slots, then the new stack pointer. `site` is the procedure's fault site for stack exhaustion.
 */
export function framePrologue(
  module: Module,
  fp: number,
  size: number,
  refSlots: number,
  site: number,
): Expr {
  const sp = module.global.get(AbiName.stackPointer, i32);
  const statements: Expr[] = [
    module.local.set(fp, module.i32.sub(sp, module.i32.const(size))),
    module.if(
      module.i32.lt_u(module.local.get(fp, i32), module.i32.const(SHADOW_STACK_LIMIT)),
      fault(module, FaultCode.stackExhausted, site),
    ),
    module.i64.store(
      0,
      8,
      module.local.get(fp, i32),
      module.i64.const(BigInt(size) + (BigInt(refSlots) << 32n)),
    ),
  ];
  statements.push(...zeroSlots(module, fp, refSlots));
  statements.push(module.global.set(AbiName.stackPointer, module.local.get(fp, i32)));
  return module.block(null, statements, none);
}

/** Zeroes slots 8 .. 8+4n of the frame: paired i64 stores for a few, one memory.fill for many. */
function zeroSlots(module: Module, fp: number, n: number): Expr[] {
  const frame = (): Expr => module.local.get(fp, i32);
  if (n > 16) {
    return [
      module.memory.fill(
        module.i32.add(frame(), module.i32.const(8)),
        module.i32.const(0),
        module.i32.const(4 * n),
      ),
    ];
  }
  const stores: Expr[] = [];
  for (let slot = 0; slot + 1 < n; slot += 2) {
    stores.push(module.i64.store(8 + 4 * slot, 4, frame(), module.i64.const(0n)));
  }
  if (n % 2 === 1) stores.push(module.i32.store(8 + 4 * (n - 1), 4, frame(), module.i32.const(0)));
  return stores;
}

/** Pops the frame (on every exit), and restores it in every catch handler. */
export function restoreStackPointer(module: Module, fp: number, size = 0): Expr {
  const value =
    size === 0
      ? module.local.get(fp, i32)
      : module.i32.add(module.local.get(fp, i32), module.i32.const(size));
  return module.global.set(AbiName.stackPointer, value);
}

export function storeRefSlot(module: Module, fp: number, slot: number, value: Expr): Expr {
  return module.i32.store(8 + 4 * slot, 4, module.local.get(fp, i32), value);
}

export function loadRefSlot(module: Module, fp: number, slot: number): Expr {
  return module.i32.load(8 + 4 * slot, 4, module.local.get(fp, i32));
}

/**
 * The inline allocation fast path for a small object of `size` bytes (header included), falling
 * back to `spindle:rt.alloc`; needs two i32 scratch locals. Requires the `alloc` import, declared
 * under `allocFunction` (the code generator declares its imports under its own internal names).
 */
export function allocSmall(
  module: Module,
  desc: () => Expr,
  size: number,
  cell: number,
  entry: number,
  allocFunction: string = AbiName.runtime("alloc"),
): Expr {
  const c = sizeClassFor(size);
  if (c === undefined) return module.call(allocFunction, [desc(), module.i32.const(size)], i32);
  const cellSize = SIZE_CLASSES[c] ?? size;
  const head = FREE_LIST_HEADS + 4 * c;
  const get = (local: number): Expr => module.local.get(local, i32);
  return module.block(
    null,
    [
      module.local.set(cell, module.i32.load(head, 4, module.i32.const(0))),
      module.if(
        module.i32.eqz(get(cell)),
        module.local.set(cell, module.call(allocFunction, [desc(), module.i32.const(size)], i32)),
        module.block(
          null,
          [
            module.i32.store(head, 4, module.i32.const(0), module.i32.load(4, 4, get(cell))),
            module.i32.store(0, 4, get(cell), desc()),
            module.i32.store(
              4,
              4,
              get(cell),
              module.i32.or(
                module.i32.load(HEADER_DOMAIN_BITS, 4, module.i32.const(0)),
                module.i32.const((c + 1) << 8),
              ),
            ),
            module.local.set(entry, module.i32.load(CURRENT_DOMAIN_ENTRY, 4, module.i32.const(0))),
            module.i64.store(
              0,
              8,
              get(entry),
              module.i64.add(module.i64.load(0, 8, get(entry)), module.i64.const(1n)),
            ),
            module.i64.store(
              8,
              8,
              get(entry),
              module.i64.add(module.i64.load(8, 8, get(entry)), module.i64.const(BigInt(cellSize))),
            ),
          ],
          none,
        ),
      ),
      get(cell),
    ],
    i32,
  );
}

/**
 * ISTYPE(x, T) for the reference in local `object`, using i32 scratch local `desc`: NIL is a T;
 * objects compare the display entry at T's depth, other REF types the type id.
 */
export function isType(
  module: Module,
  object: number,
  desc: number,
  target: { typeId: number; depth: number; isObject: boolean },
): Expr {
  const get = (local: number): Expr => module.local.get(local, i32);
  const id = module.i32.const(target.typeId | 0);
  const test = target.isObject
    ? module.if(
        module.i32.ge_u(
          module.i32.load16_u(DescriptorField.depth, 2, get(desc)),
          module.i32.const(target.depth),
        ),
        module.i32.eq(
          module.i32.load(DescriptorField.display + 4 * target.depth, 4, get(desc)),
          id,
        ),
        module.i32.const(0),
      )
    : module.i32.eq(module.i32.load(DescriptorField.typeId, 4, get(desc)), id);
  return module.if(
    module.i32.eqz(get(object)),
    module.i32.const(1),
    module.block(null, [module.local.set(desc, module.i32.load(0, 4, get(object))), test], i32),
  );
}

/** RAISE: `spindle:rt.raise(id, arg)`; requires the `raise` import. */
export function raise(module: Module, id: number, arg: Expr): Expr {
  return module.call(AbiName.runtime("raise"), [module.i32.const(id | 0), arg], none);
}

/** The exception id and argument carried by a caught payload (an i64 expression). */
export function payloadId(module: Module, payload: Expr): Expr {
  return module.i32.wrap(module.i64.shr_u(payload, module.i64.const(32n)));
}

export function payloadArgument(module: Module, payload: Expr): Expr {
  return module.i32.wrap(payload);
}
