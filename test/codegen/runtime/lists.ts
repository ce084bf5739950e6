// A fixture module "Lists" written to the ABI: linked lists on the shadow stack and in a module
// global, garbage on the side, and a ring of mixed-size objects for stress runs.
import { DescriptorKind, encodeDescriptor, encodePointerMap } from "../../../src/codegen/abi.js";
import { buildModule, metaFor, watData } from "./fixture.js";

const nodeDescriptor = encodeDescriptor({
  typeId: 0x11111111,
  kind: DescriptorKind.fixed,
  openDims: 0,
  display: [0x11111111],
  size: 24,
  pointerOffsets: [8],
});
const blobDescriptor = encodeDescriptor({
  typeId: 0x22222222,
  kind: DescriptorKind.fixed,
  openDims: 0,
  display: [0x22222222],
  size: 120,
  pointerOffsets: [],
});
const refArrayDescriptor = encodeDescriptor({
  typeId: 0x33333333,
  kind: DescriptorKind.openArray,
  openDims: 1,
  display: [0x33333333],
  size: 4,
  pointerOffsets: [0],
});

/** Static data layout (offsets from __memory_base). */
const NODE = 0;
const BLOB = 64;
const HEAD = 128;
const ROOT_MAP = 136;
const REF_ARRAY = 160;
const RING = 132;

/** One segment at __memory_base: Wasm MVP data offsets cannot add a constant to a global. */
function staticData(): Uint8Array {
  const bytes = new Uint8Array(256);
  bytes.set(nodeDescriptor, NODE);
  bytes.set(blobDescriptor, BLOB);
  bytes.set(encodePointerMap([0, RING - HEAD]), ROOT_MAP);
  bytes.set(refArrayDescriptor, REF_ARRAY);
  return bytes;
}

const body = `
 (data (offset (global.get $mb)) "${watData(staticData())}")

 (func (export "__spindle_init")
  (call $register_roots (i32.add (global.get $mb) (i32.const ${HEAD})) (i32.add (global.get $mb) (i32.const ${ROOT_MAP}))))

 (func $newNode (param $next i32) (param $value i64) (result i32)
  (local $node i32)
  (local.set $node (call $alloc (global.get $mb) (i32.const 24)))
  (i32.store offset=8 (local.get $node) (local.get $next))
  (i64.store offset=16 (local.get $node) (local.get $value))
  (local.get $node))

 ;; The list lives only in this call's shadow-stack frame while garbage forces collections.
 (func (export "Lists.Build") (param $n i32) (result i64)
  (local $fp i32) (local $i i32) (local $node i32) (local $sum i64)
  (local.set $fp (i32.sub (global.get $sp) (i32.const 16)))
  (i64.store (local.get $fp) (i64.const ${16 + 2 ** 32}))
  (i64.store offset=8 (local.get $fp) (i64.const 0))
  (global.set $sp (local.get $fp))
  (block $built
   (loop $each
    (br_if $built (i32.ge_u (local.get $i) (local.get $n)))
    (drop (call $alloc (i32.add (global.get $mb) (i32.const ${BLOB})) (i32.const 120)))
    (drop (call $alloc (i32.add (global.get $mb) (i32.const ${BLOB})) (i32.const 120)))
    (drop (call $alloc (i32.add (global.get $mb) (i32.const ${BLOB})) (i32.const 120)))
    (i32.store offset=8 (local.get $fp)
     (call $newNode (i32.load offset=8 (local.get $fp)) (i64.extend_i32_u (local.get $i))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $each)))
  (local.set $node (i32.load offset=8 (local.get $fp)))
  (block $summed
   (loop $walk
    (br_if $summed (i32.eqz (local.get $node)))
    (local.set $sum (i64.add (local.get $sum) (i64.load offset=16 (local.get $node))))
    (local.set $node (i32.load offset=8 (local.get $node)))
    (br $walk)))
  (global.set $sp (i32.add (local.get $fp) (i32.const 16)))
  (local.get $sum))

 ;; Prepends n nodes to the list held in the module global.
 (func (export "Lists.Fill") (param $n i32)
  (local $i i32)
  (block $done
   (loop $each
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (i32.store offset=${HEAD} (global.get $mb)
     (call $newNode (i32.load offset=${HEAD} (global.get $mb)) (i64.extend_i32_u (local.get $i))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $each))))

 (func (export "Lists.Garbage") (param $n i32)
  (block $done
   (loop $each
    (br_if $done (i32.eqz (local.get $n)))
    (drop (call $alloc (i32.add (global.get $mb) (i32.const ${BLOB})) (i32.const 120)))
    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
    (br $each))))

 (func (export "Lists.Sum") (result i64)
  (local $node i32) (local $sum i64)
  (local.set $node (i32.load offset=${HEAD} (global.get $mb)))
  (block $done
   (loop $walk
    (br_if $done (i32.eqz (local.get $node)))
    (local.set $sum (i64.add (local.get $sum) (i64.load offset=16 (local.get $node))))
    (local.set $node (i32.load offset=8 (local.get $node)))
    (br $walk)))
  (local.get $sum))

 (func (export "Lists.Drop")
  (i32.store offset=${HEAD} (global.get $mb) (i32.const 0))
  (i32.store offset=${RING} (global.get $mb) (i32.const 0)))

 ;; A ring (open array) of n fresh nodes: wider than the mark stack when n > 65536.
 (func (export "Lists.Wide") (param $n i32)
  (local $ring i32) (local $i i32)
  (local.set $ring (call $alloc_open (i32.add (global.get $mb) (i32.const ${REF_ARRAY})) (local.get $n)))
  (i32.store offset=${RING} (global.get $mb) (local.get $ring))
  (block $done
   (loop $each
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (i32.store offset=16 (i32.add (local.get $ring) (i32.shl (local.get $i) (i32.const 2)))
     (call $newNode (i32.const 0) (i64.extend_i32_u (local.get $i))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $each))))

 (func (export "Lists.WideSum") (result i64)
  (local $ring i32) (local $i i32) (local $n i32) (local $sum i64)
  (local.set $ring (i32.load offset=${RING} (global.get $mb)))
  (local.set $n (i32.load offset=8 (local.get $ring)))
  (block $done
   (loop $each
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (local.set $sum (i64.add (local.get $sum)
     (i64.load offset=16 (i32.load offset=16 (i32.add (local.get $ring) (i32.shl (local.get $i) (i32.const 2)))))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $each)))
  (local.get $sum))

 ;; Allocates at least budget bytes of objects of mixed sizes (and a large one now and then),
 ;; keeping only the last ringSize of them reachable through a ring (an open array of refs).
 ;; Each object's stamp (offset 12) is its iteration number; returns the number of ring slots
 ;; whose object does not carry a stamp congruent to the slot, i.e. 0 when nothing live was lost.
 (func (export "Lists.Stress") (param $budget i64) (param $ringSize i32) (result i32)
  (local $i i32) (local $allocated i64) (local $size i32) (local $object i32) (local $ring i32) (local $bad i32)
  (local $slot i32)
  (local.set $ring (call $alloc_open (i32.add (global.get $mb) (i32.const ${REF_ARRAY})) (local.get $ringSize)))
  (i32.store offset=${RING} (global.get $mb) (local.get $ring))
  (block $done
   (loop $each
    (br_if $done (i64.ge_u (local.get $allocated) (local.get $budget)))
    (local.set $size
     (if (result i32) (i32.eqz (i32.rem_u (local.get $i) (i32.const 97)))
      (then (i32.const 100000))
      (else (i32.shl (i32.const 64) (i32.shl (i32.and (local.get $i) (i32.const 3)) (i32.const 1))))))
    (local.set $object (call $alloc (global.get $mb) (local.get $size)))
    (local.set $slot (i32.rem_u (local.get $i) (local.get $ringSize)))
    ;; point at the previous object (chains of at most 16) so marking follows real edges
    (if (i32.and (local.get $i) (i32.const 15))
     (then
      (i32.store offset=8 (local.get $object)
       (i32.load offset=16 (i32.add (local.get $ring)
        (i32.shl (i32.rem_u (i32.add (local.get $slot) (i32.sub (local.get $ringSize) (i32.const 1))) (local.get $ringSize))
                 (i32.const 2)))))))
    (i32.store offset=12 (local.get $object) (local.get $i))
    (i32.store offset=16 (i32.add (local.get $ring) (i32.shl (local.get $slot) (i32.const 2))) (local.get $object))
    (local.set $allocated (i64.add (local.get $allocated) (i64.extend_i32_u (local.get $size))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $each)))
  (call $collect)
  (local.set $slot (i32.const 0))
  (block $checked
   (loop $check
    (br_if $checked (i32.ge_u (local.get $slot) (local.get $ringSize)))
    (local.set $object (i32.load offset=16 (i32.add (local.get $ring) (i32.shl (local.get $slot) (i32.const 2)))))
    (if (i32.and (i32.ne (local.get $object) (i32.const 0))
                 (i32.ne (i32.rem_u (i32.load offset=12 (local.get $object)) (local.get $ringSize)) (local.get $slot)))
     (then (local.set $bad (i32.add (local.get $bad) (i32.const 1)))))
    (if (i32.eqz (local.get $object)) (then (local.set $bad (i32.add (local.get $bad) (i32.const 1)))))
    (local.set $slot (i32.add (local.get $slot) (i32.const 1)))
    (br $check)))
  (local.get $bad))
`;

export function listsModule(): { name: string; bytes: Uint8Array } {
  return {
    name: "Lists.wasm",
    bytes: buildModule(metaFor({ module: "Lists", dataSize: 256 }), body),
  };
}
