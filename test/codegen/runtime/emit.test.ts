// A module built only through the Binaryen API with the ABI emitters, as the code generator will:
// frames, the inline allocation fast path, constant-time type tests, RAISE and catch, faults.
import binaryen from "binaryen";
import { describe, expect, it } from "vitest";
import {
  DescriptorKind,
  encodeDescriptor,
  exceptionId,
  FaultCode,
  INIT_EXPORT,
  META_SECTION,
  ROOT_TYPE_ID,
} from "../../../src/codegen/abi.js";
import { encodeMeta } from "../../../src/codegen/meta.js";
import { SPINDLE_FEATURES } from "../../../src/codegen/runtime/features.js";
import {
  AbiName,
  allocSmall,
  declareAbiImports,
  fault,
  framePrologue,
  frameSize,
  isType,
  loadRefSlot,
  payloadArgument,
  payloadId,
  raise,
  restoreStackPointer,
  staticAddress,
  storeRefSlot,
} from "../../../src/codegen/runtime/emit.js";
import { exported, linkOrThrow, metaFor } from "./fixture.js";

const BASE = 0xb0000001;
const DERIVED = 0xb0000002;
const BOX = 0xc0000001;
const OOPS = exceptionId("Shapes.Oops");

function staticData(): Uint8Array {
  const data = new Uint8Array(192);
  const object = (display: number[], size: number, pointerOffsets: number[]) =>
    encodeDescriptor({
      typeId: display[display.length - 1] ?? 0,
      kind: DescriptorKind.object,
      openDims: 0,
      display,
      size,
      pointerOffsets,
    });
  data.set(object([ROOT_TYPE_ID, BASE], 16, []), 0);
  data.set(object([ROOT_TYPE_ID, BASE, DERIVED], 24, [16]), 64);
  data.set(
    encodeDescriptor({
      typeId: BOX,
      kind: DescriptorKind.fixed,
      openDims: 0,
      display: [BOX],
      size: 16,
      pointerOffsets: [],
    }),
    128,
  );
  return data;
}

function shapes(): Uint8Array {
  const m = new binaryen.Module();
  try {
    m.setFeatures(SPINDLE_FEATURES);
    declareAbiImports(m, staticData(), ["alloc", "collect", "raise"]);
    const [fp, cell, entry, desc, object] = [0, 1, 2, 3, 4];
    const locals = [binaryen.i32, binaryen.i32, binaryen.i32, binaryen.i32, binaryen.i32];
    const size = frameSize(3);
    const get = (l: number) => m.local.get(l, binaryen.i32);
    const test = (
      slot: number,
      target: { typeId: number; depth: number; isObject: boolean },
      bit: number,
    ) =>
      m.i32.shl(
        m.block(
          null,
          [
            m.local.set(object, slot < 0 ? m.i32.const(0) : loadRefSlot(m, fp, slot)),
            isType(m, object, desc, target),
          ],
          binaryen.i32,
        ),
        m.i32.const(bit),
      );
    const base = { typeId: BASE, depth: 1, isObject: true };
    const derived = { typeId: DERIVED, depth: 2, isObject: true };
    m.addFunction(
      "classify",
      binaryen.none,
      binaryen.i32,
      locals,
      m.block(
        null,
        [
          framePrologue(m, fp, size, 3, 0),
          storeRefSlot(
            m,
            fp,
            0,
            allocSmall(m, () => staticAddress(m, 64), 24, cell, entry),
          ),
          storeRefSlot(
            m,
            fp,
            1,
            allocSmall(m, () => staticAddress(m, 0), 16, cell, entry),
          ),
          storeRefSlot(
            m,
            fp,
            2,
            allocSmall(m, () => staticAddress(m, 128), 16, cell, entry),
          ),
          m.i32.store(16, 4, loadRefSlot(m, fp, 0), loadRefSlot(m, fp, 1)),
          m.call(AbiName.runtime("collect"), [], binaryen.none),
          m.local.set(
            cell,
            m.i32.or(
              m.i32.or(
                m.i32.or(test(0, base, 0), test(1, derived, 1)),
                m.i32.or(test(1, base, 2), test(-1, derived, 3)),
              ),
              m.i32.or(test(2, base, 4), test(2, { typeId: BOX, depth: 0, isObject: false }, 5)),
            ),
          ),
          restoreStackPointer(m, fp, size),
          get(cell),
        ],
        binaryen.i32,
      ),
    );
    m.addFunction(
      "catch",
      binaryen.none,
      binaryen.i32,
      [...locals, binaryen.i64],
      m.block(
        null,
        [
          framePrologue(m, fp, size, 1, 0),
          storeRefSlot(
            m,
            fp,
            0,
            allocSmall(m, () => staticAddress(m, 0), 16, cell, entry),
          ),
          m.local.set(
            cell,
            m.try(
              "",
              m.block(null, [raise(m, OOPS, loadRefSlot(m, fp, 0)), m.i32.const(0)], binaryen.i32),
              [AbiName.exceptionTag],
              [
                m.block(
                  null,
                  [
                    m.local.set(5, m.i64.pop()),
                    restoreStackPointer(m, fp),
                    m.i32.and(
                      m.i32.eq(payloadId(m, m.local.get(5, binaryen.i64)), m.i32.const(OOPS | 0)),
                      m.i32.eq(
                        payloadArgument(m, m.local.get(5, binaryen.i64)),
                        loadRefSlot(m, fp, 0),
                      ),
                    ),
                  ],
                  binaryen.i32,
                ),
              ],
            ),
          ),
          restoreStackPointer(m, fp, size),
          get(cell),
        ],
        binaryen.i32,
      ),
    );
    m.addFunction("narrow", binaryen.none, binaryen.none, [], fault(m, FaultCode.narrowFailed, 0));
    m.addFunction("init", binaryen.none, binaryen.none, [], m.nop());
    m.addFunctionExport("classify", "Shapes.Classify");
    m.addFunctionExport("catch", "Shapes.Catch");
    m.addFunctionExport("narrow", "Shapes.Narrow");
    m.addFunctionExport("init", INIT_EXPORT);
    if (!m.validate()) throw new Error("Shapes is invalid");
    m.addCustomSection(
      META_SECTION,
      encodeMeta(
        metaFor({
          module: "Shapes",
          sourceFile: "shapes.m3",
          faultSites: [[5, 9]],
          dataSize: 192,
          exceptions: [{ id: OOPS, name: "Shapes.Oops" }],
        }),
      ),
    );
    return m.emitBinary();
  } finally {
    m.dispose();
  }
}

describe("the ABI emitters", () => {
  const { program } = linkOrThrow([{ name: "shapes.wasm", bytes: shapes() }]);

  it("allocate inline, keep frame slots alive and test types in constant time", () => {
    const before = program.domainCounters(0).allocations;
    expect(exported<() => number>(program, "Shapes", "Shapes.Classify")()).toBe(0b101101);
    expect(program.domainCounters(0).allocations - before).toBe(3);
  });

  it("raise an exception that a handler catches with its argument", () => {
    const sp = program.stackPointer.value;
    expect(exported<() => number>(program, "Shapes", "Shapes.Catch")()).toBe(1);
    expect(program.stackPointer.value).toBe(sp);
  });

  it("fault with the site's position", () => {
    const outcome = program.call(exported(program, "Shapes", "Shapes.Narrow"), []);
    expect(outcome.kind === "failed" && outcome.error.message).toBe(
      "shapes.m3:5:9: checked run-time error: NARROW failed",
    );
  });
});
