// Per-procedure state: Wasm locals, places of variables, and the shadow-stack frame (header, traced
// reference slots written through on every assignment, an optional pointer map, and a memory area
// for aggregates, up-level variables and temporaries). Only references need slots.
import binaryen from "binaryen";
import {
  encodePointerMap,
  FaultCode,
  FRAME_HAS_MAP,
  FRAME_HEADER_SIZE,
  SHADOW_STACK_LIMIT,
} from "./abi.js";
import type { Repr } from "./layout.js";
import { wasmType } from "./layout.js";
import { Names, type ModuleGen } from "./module.js";
import type { ProcedureSymbol, Symbol, Type } from "../typecheck/index.js";
import type { Span } from "../lang/source.js";
import { inlineKnownCall, type InlineArguments } from "./known-calls.js";

type Ref = binaryen.ExpressionRef;

/** Where a variable's value is. */
export type Place =
  /** A scalar in a Wasm local; `slot` is its shadow-stack slot for traced references. */
  | { readonly kind: "local"; readonly index: number; readonly type: Type; readonly slot?: number }
  /** A value (scalar or aggregate) in memory at an address. */
  | { readonly kind: "mem"; readonly addr: () => Ref; readonly type: Type }
  /** A read-only value. */
  | { readonly kind: "value"; readonly get: () => Ref; readonly type: Type }
  /** An open array: data address and one length per open dimension (i32). */
  | {
      readonly kind: "open";
      readonly data: () => Ref;
      readonly lens: readonly (() => Ref)[];
      readonly type: Type;
    };

export interface LoopScope {
  readonly exit: string;
  readonly finallyDepth: number;
}

/** A TRY FINALLY being generated: jumps out of its body go through its finally code. */
export interface FinallyScope {
  readonly after: string;
  readonly actionLocal: number;
  /** Jumps taken through this scope, re-emitted after the finally code. */
  readonly actions: (() => Ref)[];
}

export class FunctionGen {
  readonly m: binaryen.Module;
  readonly paramTypes: binaryen.Type[] = [];
  readonly varTypes: binaryen.Type[] = [];
  readonly places = new Map<Symbol, Place>();
  refSlots = 0;
  memSize = 0;
  private memAlign = 8;
  private readonly memPointers: number[] = [];
  readonly loops: LoopScope[] = [];
  readonly finallies: FinallyScope[] = [];
  readonly bodyLabel: string;
  resultLocal: number | undefined;
  resultType: Type | undefined;
  /** Hidden parameter: address for an aggregate result. */
  resultAddressParam: number | undefined;
  staticLinkParam: number | undefined;
  hasTry = false;
  readonly fpLocal: number;
  readonly mbLocal: number;
  readonly spSaveLocal: number;
  /** Whether the body may allocate, i.e. whether references must be rooted at all. */
  mayAllocate = true;

  constructor(
    readonly mg: ModuleGen,
    readonly proc: ProcedureSymbol | undefined,
    paramTypes: readonly binaryen.Type[],
  ) {
    this.m = mg.m;
    this.paramTypes.push(...paramTypes);
    this.bodyLabel = mg.freshLabel("body");
    this.fpLocal = this.addLocal(binaryen.i32);
    this.mbLocal = this.addLocal(binaryen.i32);
    this.spSaveLocal = this.addLocal(binaryen.i32);
  }

  addLocal(type: binaryen.Type): number {
    this.varTypes.push(type);
    return this.paramTypes.length + this.varTypes.length - 1;
  }

  localOf(repr: Repr): number {
    return this.addLocal(wasmType(repr === "none" ? "i32" : repr));
  }

  get(index: number, repr: Repr): Ref {
    return this.m.local.get(index, wasmType(repr));
  }

  typeOfLocal(index: number): binaryen.Type {
    return index < this.paramTypes.length
      ? (this.paramTypes[index] ?? binaryen.i32)
      : (this.varTypes[index - this.paramTypes.length] ?? binaryen.i32);
  }

  /**
   * A call of `proc` that the compiler expands in place (TEXT and Math primitives, known-calls.ts), or
   * undefined for an ordinary call; `lower` lowers the arguments only when it is expanded.
   */
  inlineCall(proc: ProcedureSymbol, lower: () => InlineArguments, span: Span): Ref | undefined {
    return inlineKnownCall(this, proc, lower, span);
  }

  // ---------------------------------------------------------------------------------------------
  // Shadow-stack frame

  newRefSlot(): number | undefined {
    if (!this.mayAllocate) return undefined;
    return this.refSlots++;
  }

  slotStore(slot: number, value: Ref): Ref {
    return this.m.i32.store(
      FRAME_HEADER_SIZE + 4 * slot,
      4,
      this.m.local.get(this.fpLocal, binaryen.i32),
      value,
    );
  }

  /** Reserves `size` bytes in the frame's memory area; `pointers` are traced offsets inside it. */
  memAlloc(size: number, align: number, pointers: readonly number[] = []): number {
    const a = Math.max(1, Math.min(8, align));
    const offset = Math.ceil(this.memSize / a) * a;
    this.memSize = offset + Math.max(size, 0);
    this.memAlign = Math.max(this.memAlign, a);
    for (const p of pointers) this.memPointers.push(offset + p);
    return offset;
  }

  memAddr(offset: number): Ref {
    const mb = this.m.local.get(this.mbLocal, binaryen.i32);
    return offset === 0 ? mb : this.m.i32.add(mb, this.m.i32.const(offset));
  }

  get needsFrame(): boolean {
    return this.refSlots > 0 || this.memSize > 0;
  }

  /** Stores a value to a temporary local, rooting it when it is a traced reference. */
  temp(value: Ref, repr: Repr, traced: boolean): { get: () => Ref; set: Ref } {
    const index = this.localOf(repr);
    const slot = traced ? this.newRefSlot() : undefined;
    const set =
      slot === undefined
        ? this.m.local.set(index, value)
        : this.m.block(null, [
            this.m.local.set(index, value),
            this.slotStore(slot, this.get(index, repr)),
          ]);
    return { get: () => this.get(index, repr), set };
  }

  /**
   * A VALUE open-array formal gets its own copy: a headed region pushed below the frame (popped
   * with it), so the callee's assignments do not reach the caller's array.
   */
  copyOpenArray(dataParam: number, bytes: Ref, span: Span | undefined): Ref {
    const m = this.m;
    const size = this.addLocal(binaryen.i32);
    const at = this.addLocal(binaryen.i32);
    const getAt = (): Ref => m.local.get(at, binaryen.i32);
    return m.block(null, [
      m.local.set(size, bytes),
      m.local.set(
        at,
        m.i32.sub(
          m.global.get(Names.sp, binaryen.i32),
          m.i32.and(
            m.i32.add(m.local.get(size, binaryen.i32), m.i32.const(8 + 7)),
            m.i32.const(-8),
          ),
        ),
      ),
      m.if(
        m.i32.lt_u(getAt(), m.i32.const(SHADOW_STACK_LIMIT)),
        this.mg.fault(FaultCode.stackExhausted, span),
      ),
      m.i32.store(0, 4, getAt(), m.i32.sub(m.global.get(Names.sp, binaryen.i32), getAt())),
      m.i32.store(4, 4, getAt(), m.i32.const(0)),
      m.memory.copy(
        m.i32.add(getAt(), m.i32.const(8)),
        m.local.get(dataParam, binaryen.i32),
        m.local.get(size, binaryen.i32),
        Names.memory,
        Names.memory,
      ),
      m.local.set(dataParam, m.i32.add(getAt(), m.i32.const(8))),
      m.global.set(Names.sp, getAt()),
    ]);
  }

  /** Restores the shadow-stack pointer after catching an exception thrown by a callee. */
  restoreStack(): Ref {
    this.hasTry = true;
    return this.m.global.set(Names.sp, this.m.local.get(this.spSaveLocal, binaryen.i32));
  }

  /** The prologue (frame push, then `entry`) and the epilogue around `body`. */
  wrap(entry: readonly Ref[], body: Ref, resultRepr: Repr, span: Span | undefined): Ref {
    const m = this.m;
    const frame = this.needsFrame;
    const memStart =
      Math.ceil(
        (FRAME_HEADER_SIZE + 4 * this.refSlots + (this.memPointers.length > 0 ? 4 : 0)) / 8,
      ) * 8;
    const frameSize = Math.ceil((memStart + this.memSize) / 8) * 8;
    const prologue: Ref[] = [];
    const epilogue: Ref[] = [];
    if (frame) {
      const fp = (): Ref => m.local.get(this.fpLocal, binaryen.i32);
      prologue.push(
        m.local.set(
          this.fpLocal,
          m.i32.sub(m.global.get(Names.sp, binaryen.i32), m.i32.const(frameSize)),
        ),
      );
      prologue.push(
        m.if(
          m.i32.lt_u(fp(), m.i32.const(SHADOW_STACK_LIMIT)),
          this.mg.fault(FaultCode.stackExhausted, span),
        ),
      );
      prologue.push(
        m.memory.fill(
          m.i32.add(fp(), m.i32.const(8)),
          m.i32.const(0),
          m.i32.const(frameSize - 8),
          Names.memory,
        ),
      );
      const info = (this.refSlots | (this.memPointers.length > 0 ? FRAME_HAS_MAP : 0)) >>> 0;
      prologue.push(m.i32.store(0, 4, fp(), m.i32.const(frameSize)));
      prologue.push(m.i32.store(4, 4, fp(), m.i32.const(info | 0)));
      if (this.memPointers.length > 0) {
        const mapOffset = this.mg.data.put(
          encodePointerMap(this.memPointers.map((p) => memStart + p)),
          4,
        );
        prologue.push(
          m.i32.store(
            FRAME_HEADER_SIZE + 4 * this.refSlots,
            4,
            fp(),
            this.mg.staticAddress(mapOffset),
          ),
        );
      }
      prologue.push(m.global.set(Names.sp, fp()));
      if (this.memSize > 0)
        prologue.push(m.local.set(this.mbLocal, m.i32.add(fp(), m.i32.const(memStart))));
      epilogue.push(m.global.set(Names.sp, m.i32.add(fp(), m.i32.const(frameSize))));
    }
    // after the entry code: it may have pushed copies of VALUE open arrays a handler must keep
    const saveStack = this.hasTry
      ? [m.local.set(this.spSaveLocal, m.global.get(Names.sp, binaryen.i32))]
      : [];
    const result =
      resultRepr === "none" || this.resultLocal === undefined
        ? []
        : [m.local.get(this.resultLocal, wasmType(resultRepr))];
    const resultType = resultRepr === "none" ? binaryen.none : wasmType(resultRepr);
    return m.block(
      null,
      [
        ...prologue,
        m.block(this.bodyLabel, [...entry, ...saveStack, body]),
        ...epilogue,
        ...result,
      ],
      resultType,
    );
  }
}
