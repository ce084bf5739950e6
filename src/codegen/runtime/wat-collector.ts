// The collector's WAT: precise, non-moving mark-sweep with an explicit mark stack (overflow
// recovered by rescanning the heap), roots from the shadow stack, registered global regions,
// host-held slots and the last raised exception argument.
import {
  DescriptorField,
  DescriptorKind,
  DOMAIN_ENTRY_SIZE,
  DOMAIN_TABLE,
  FaultCode,
  FREE_LIST_HEADS,
  GLOBAL_ROOT_TABLE,
  HEAP_START_PAGE,
  LAST_RAISE_ARG,
  MARK_STACK,
  MARK_STACK_ENTRIES,
  MAX_DOMAINS,
  NO_SITE,
  PAGE_SIZE,
  PageKind,
  ROOT_SLOTS,
  SHADOW_STACK_TOP,
  SIZE_CLASSES,
  STAT_COLLECTIONS,
  STAT_FREED_OBJECTS,
  STAT_GC_MS,
  STAT_LIVE_BYTES,
} from "../abi.js";

const HEAP_START = HEAP_START_PAGE * PAGE_SIZE;

/** After a collection, the heap may grow to this many times the pages in use before the next. */
const GROWTH_FACTOR = 3;

export const collectorWat = `
 (global $markTop (mut i32) (i32.const 0))
 (global $overflow (mut i32) (i32.const 0))
 (global $collecting (mut i32) (i32.const 0))
 (global $liveBytes (mut i64) (i64.const 0))

 (func $collect (export "collect")
  (local $started f64) (local $next i32) (local $limit i32)
  ;; a collection cannot be re-entered: nothing it calls allocates
  (if (global.get $collecting) (then (return)))
  (global.set $collecting (i32.const 1))
  (local.set $started (call $clock))
  (call $markRoots)
  (call $drain)
  (block $recovered
   (loop $again
    (br_if $recovered (i32.eqz (global.get $overflow)))
    (global.set $overflow (i32.const 0))
    (call $rescan)
    (br $again)))
  (call $sweep)
  (local.set $limit (i32.sub (global.get $limitEnd) (i32.const ${HEAP_START_PAGE})))
  ;; marking costs in proportion to the live data, so the next collection waits until the heap has
  ;; grown well past what survived this one (at most to the limit, at least to the initial threshold)
  (local.set $next (i32.mul (global.get $inUse) (i32.const ${GROWTH_FACTOR})))
  (if (i32.lt_u (local.get $next) (global.get $minThreshold)) (then (local.set $next (global.get $minThreshold))))
  (if (i32.gt_u (local.get $next) (local.get $limit)) (then (local.set $next (local.get $limit))))
  (global.set $threshold (local.get $next))
  (i64.store (i32.const ${STAT_COLLECTIONS}) (i64.add (i64.load (i32.const ${STAT_COLLECTIONS})) (i64.const 1)))
  (f64.store (i32.const ${STAT_GC_MS})
   (f64.add (f64.load (i32.const ${STAT_GC_MS})) (f64.sub (call $clock) (local.get $started))))
  (global.set $collecting (i32.const 0)))

 ;; After a trap ended a call into Wasm (a fault inside a collection): forget the collection
 ;; in progress; marks it left behind only keep their objects for one more cycle.
 (func (export "recover")
  (global.set $collecting (i32.const 0))
  (global.set $markTop (i32.const 0))
  (global.set $overflow (i32.const 0)))

 ;; Marks one reference and queues it for scanning; anything that is not a heap object is left alone.
 (func $mark (param $r i32)
  (local $entry i32) (local $kind i32) (local $word i32) (local $desc i32)
  (if (i32.lt_u (local.get $r) (i32.const ${HEAP_START})) (then (return)))
  (local.set $entry (i32.load (call $pageEntry (i32.shr_u (local.get $r) (i32.const 16)))))
  (local.set $kind (i32.and (local.get $entry) (i32.const 255)))
  (if (i32.ne (local.get $kind) (i32.const ${PageKind.small}))
   (then
    (if (i32.ne (local.get $kind) (i32.const ${PageKind.large})) (then (return)))
    (if (i32.and (local.get $r) (i32.const 0xffff)) (then (return)))))
  (local.set $word (i32.load offset=4 (local.get $r)))
  (if (i32.and (local.get $word) (i32.const 1)) (then (return)))
  (local.set $desc (i32.load (local.get $r)))
  (if (i32.eqz (local.get $desc)) (then (return)))
  (i32.store offset=4 (local.get $r) (i32.or (local.get $word) (i32.const 1)))
  (if (i32.eqz (i32.load offset=${DescriptorField.ptrCount} (local.get $desc))) (then (return)))
  (if (i32.ge_u (global.get $markTop) (i32.const ${MARK_STACK_ENTRIES}))
   (then (global.set $overflow (i32.const 1)) (return)))
  (i32.store offset=${MARK_STACK} (i32.shl (global.get $markTop) (i32.const 2)) (local.get $r))
  (global.set $markTop (i32.add (global.get $markTop) (i32.const 1))))

 (func $drain
  (block $empty
   (loop $pop
    (br_if $empty (i32.eqz (global.get $markTop)))
    (global.set $markTop (i32.sub (global.get $markTop) (i32.const 1)))
    (call $scan (i32.load offset=${MARK_STACK} (i32.shl (global.get $markTop) (i32.const 2))))
    (br $pop))))

 (func $scanFields (param $base i32) (param $offsets i32) (param $n i32)
  (block $done
   (loop $each
    (br_if $done (i32.eqz (local.get $n)))
    (call $mark (i32.load (i32.add (local.get $base) (i32.load (local.get $offsets)))))
    (local.set $offsets (i32.add (local.get $offsets) (i32.const 4)))
    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
    (br $each))))

 (func $scan (param $object i32)
  (local $desc i32) (local $n i32) (local $offsets i32) (local $dims i32) (local $count i32)
  (local $j i32) (local $element i32) (local $elementSize i32)
  (local.set $desc (i32.load (local.get $object)))
  (local.set $n (i32.load offset=${DescriptorField.ptrCount} (local.get $desc)))
  (local.set $offsets (i32.add (local.get $desc) (i32.load offset=${DescriptorField.ptrOffsetsAt} (local.get $desc))))
  (if (i32.ne (i32.load8_u offset=${DescriptorField.kind} (local.get $desc)) (i32.const ${DescriptorKind.openArray}))
   (then (call $scanFields (local.get $object) (local.get $offsets) (local.get $n)) (return)))
  (local.set $dims (i32.load8_u offset=${DescriptorField.openDims} (local.get $desc)))
  (local.set $count (i32.const 1))
  (block $counted
   (loop $dim
    (br_if $counted (i32.ge_u (local.get $j) (local.get $dims)))
    (local.set $count (i32.mul (local.get $count)
     (i32.load offset=8 (i32.add (local.get $object) (i32.shl (local.get $j) (i32.const 2))))))
    (local.set $j (i32.add (local.get $j) (i32.const 1)))
    (br $dim)))
  (local.set $element (i32.add (local.get $object)
   (i32.add (i32.const 8) (i32.and (i32.add (i32.shl (local.get $dims) (i32.const 2)) (i32.const 7)) (i32.const -8)))))
  (local.set $elementSize (i32.load offset=${DescriptorField.size} (local.get $desc)))
  (block $done
   (loop $each
    (br_if $done (i32.eqz (local.get $count)))
    (call $scanFields (local.get $element) (local.get $offsets) (local.get $n))
    (local.set $element (i32.add (local.get $element) (local.get $elementSize)))
    (local.set $count (i32.sub (local.get $count) (i32.const 1)))
    (br $each))))

 (func $markMap (param $base i32) (param $map i32)
  (call $scanFields (local.get $base) (i32.add (local.get $map) (i32.const 4)) (i32.load (local.get $map))))

 (func $markRoots
  (local $frame i32) (local $size i32) (local $info i32) (local $n i32) (local $i i32)
  ;; shadow stack frames, innermost first
  (local.set $frame (global.get $sp))
  (block $stackDone
   (loop $frames
    (br_if $stackDone (i32.ge_u (local.get $frame) (i32.const ${SHADOW_STACK_TOP})))
    (local.set $size (i32.load (local.get $frame)))
    (local.set $info (i32.load offset=4 (local.get $frame)))
    (if (i32.or (i32.lt_u (local.get $size) (i32.const 8)) (i32.and (local.get $size) (i32.const 7)))
     (then (call $fault (i32.const ${FaultCode.corruptFrame}) (i32.const ${NO_SITE})) (unreachable)))
    (local.set $n (i32.and (local.get $info) (i32.const 0x7fffffff)))
    (local.set $i (i32.const 0))
    (block $slotsDone
     (loop $slots
      (br_if $slotsDone (i32.ge_u (local.get $i) (local.get $n)))
      (call $mark (i32.load offset=8 (i32.add (local.get $frame) (i32.shl (local.get $i) (i32.const 2)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $slots)))
    (if (i32.and (local.get $info) (i32.const 0x80000000))
     (then (call $markMap (local.get $frame)
      (i32.load offset=8 (i32.add (local.get $frame) (i32.shl (local.get $n) (i32.const 2)))))))
    (local.set $frame (i32.add (local.get $frame) (local.get $size)))
    (br $frames)))
  ;; module globals
  (local.set $i (i32.const 0))
  (block $regionsDone
   (loop $regions
    (br_if $regionsDone (i32.ge_u (local.get $i) (global.get $regions)))
    (call $markMap
     (i32.load offset=${GLOBAL_ROOT_TABLE} (i32.shl (local.get $i) (i32.const 3)))
     (i32.load offset=${GLOBAL_ROOT_TABLE + 4} (i32.shl (local.get $i) (i32.const 3))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $regions)))
  ;; host-held handles; a free slot has its low bit set
  (local.set $i (i32.const 0))
  (block $slotsDone
   (loop $slots
    (br_if $slotsDone (i32.ge_u (local.get $i) (global.get $slotHigh)))
    (local.set $n (i32.load offset=${ROOT_SLOTS} (i32.shl (local.get $i) (i32.const 2))))
    (if (i32.eqz (i32.and (local.get $n) (i32.const 1))) (then (call $mark (local.get $n))))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $slots)))
  (call $mark (i32.load (i32.const ${LAST_RAISE_ARG}))))

 ;; After a mark-stack overflow: rescan every marked object so that its unmarked children get marked.
 (func $rescan
  (local $page i32) (local $entry i32) (local $size i32) (local $cell i32) (local $end i32)
  (local.set $page (i32.const ${HEAP_START_PAGE}))
  (block $done
   (loop $pages
    (br_if $done (i32.ge_u (local.get $page) (global.get $heapEnd)))
    (local.set $entry (i32.load (call $pageEntry (local.get $page))))
    (if (i32.eq (i32.and (local.get $entry) (i32.const 255)) (i32.const ${PageKind.small}))
     (then
      (local.set $size (call $classSize (i32.shr_u (local.get $entry) (i32.const 8))))
      (local.set $cell (i32.shl (local.get $page) (i32.const 16)))
      (local.set $end (i32.add (local.get $cell) (i32.const 65536)))
      (block $cellsDone
       (loop $cells
        (br_if $cellsDone (i32.gt_u (i32.add (local.get $cell) (local.get $size)) (local.get $end)))
        (call $rescanObject (local.get $cell))
        (local.set $cell (i32.add (local.get $cell) (local.get $size)))
        (br $cells)))))
    (if (i32.eq (i32.and (local.get $entry) (i32.const 255)) (i32.const ${PageKind.large}))
     (then (call $rescanObject (i32.shl (local.get $page) (i32.const 16)))))
    (local.set $page (i32.add (local.get $page) (i32.const 1)))
    (br $pages))))

 (func $rescanObject (param $object i32)
  (if (i32.eqz (i32.load (local.get $object))) (then (return)))
  (if (i32.eqz (i32.and (i32.load offset=4 (local.get $object)) (i32.const 1))) (then (return)))
  (call $scan (local.get $object))
  (call $drain))

 (func $accountLive (param $word i32) (param $bytes i32)
  (local $entry i32)
  (local.set $entry (i32.add (i32.const ${DOMAIN_TABLE})
   (i32.mul (i32.shr_u (local.get $word) (i32.const 16)) (i32.const ${DOMAIN_ENTRY_SIZE}))))
  (i64.store offset=16 (local.get $entry)
   (i64.add (i64.load offset=16 (local.get $entry)) (i64.extend_i32_u (local.get $bytes))))
  (i64.store offset=24 (local.get $entry) (i64.add (i64.load offset=24 (local.get $entry)) (i64.const 1)))
  (global.set $liveBytes (i64.add (global.get $liveBytes) (i64.extend_i32_u (local.get $bytes)))))

 (func $countFreed (param $n i32)
  (i64.store (i32.const ${STAT_FREED_OBJECTS})
   (i64.add (i64.load (i32.const ${STAT_FREED_OBJECTS})) (i64.extend_i32_u (local.get $n)))))

 (func $sweep
  (local $page i32) (local $entry i32) (local $n i32) (local $word i32) (local $i i32)
  (memory.fill (i32.const ${FREE_LIST_HEADS}) (i32.const 0) (i32.const ${4 * SIZE_CLASSES.length}))
  (block $cleared
   (loop $domains
    (br_if $cleared (i32.ge_u (local.get $i) (i32.const ${MAX_DOMAINS})))
    (i64.store offset=${DOMAIN_TABLE + 16} (i32.mul (local.get $i) (i32.const ${DOMAIN_ENTRY_SIZE})) (i64.const 0))
    (i64.store offset=${DOMAIN_TABLE + 24} (i32.mul (local.get $i) (i32.const ${DOMAIN_ENTRY_SIZE})) (i64.const 0))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $domains)))
  (global.set $liveBytes (i64.const 0))
  (local.set $page (i32.const ${HEAP_START_PAGE}))
  (block $done
   (loop $pages
    (br_if $done (i32.ge_u (local.get $page) (global.get $heapEnd)))
    (local.set $entry (i32.load (call $pageEntry (local.get $page))))
    (local.set $n (i32.const 1))
    (if (i32.eq (i32.and (local.get $entry) (i32.const 255)) (i32.const ${PageKind.small}))
     (then (call $sweepBlock (local.get $page) (i32.shr_u (local.get $entry) (i32.const 8)))))
    (if (i32.eq (i32.and (local.get $entry) (i32.const 255)) (i32.const ${PageKind.large}))
     (then
      (local.set $n (i32.shr_u (local.get $entry) (i32.const 8)))
      (local.set $word (i32.load offset=4 (i32.shl (local.get $page) (i32.const 16))))
      (if (i32.and (local.get $word) (i32.const 1))
       (then
        (i32.store offset=4 (i32.shl (local.get $page) (i32.const 16)) (i32.xor (local.get $word) (i32.const 1)))
        (call $accountLive (local.get $word) (i32.shl (local.get $n) (i32.const 16))))
       (else (call $freePages (local.get $page) (local.get $n)) (call $countFreed (i32.const 1))))))
    (local.set $page (i32.add (local.get $page) (local.get $n)))
    (br $pages)))
  (i64.store (i32.const ${STAT_LIVE_BYTES}) (global.get $liveBytes)))

 ;; Sweeps one block. A first, read-only pass counts marked cells and allocated cells (a free
 ;; cell has desc 0, and its word at offset 4 is 0 or a 16-aligned free-list link, so never
 ;; marked); most blocks of short-lived objects are wholly dead, and those go straight back to the
 ;; page pool. Otherwise a second pass, from the end, clears the marks of live cells and zeroes each
 ;; run of dead or free cells with one memory.fill, threading its cells onto the class's free list.
 (func $sweepBlock (param $page i32) (param $c i32)
  (local $size i32) (local $base i32) (local $cell i32) (local $end i32) (local $live i32) (local $word i32)
  (local $used i32) (local $runEnd i32)
  (local.set $size (call $classSize (local.get $c)))
  (local.set $base (i32.shl (local.get $page) (i32.const 16)))
  (local.set $end (i32.add (local.get $base)
   (i32.mul (i32.div_u (i32.const 65536) (local.get $size)) (local.get $size))))
  (local.set $cell (local.get $base))
  (loop $each
   (local.set $live (i32.add (local.get $live) (i32.and (i32.load offset=4 (local.get $cell)) (i32.const 1))))
   (local.set $used (i32.add (local.get $used) (i32.ne (i32.load (local.get $cell)) (i32.const 0))))
   (br_if $each (i32.lt_u (local.tee $cell (i32.add (local.get $cell) (local.get $size))) (local.get $end))))
  (call $countFreed (i32.sub (local.get $used) (local.get $live)))
  (if (i32.eqz (local.get $live))
   (then (call $freePages (local.get $page) (i32.const 1)) (return)))
  (local.set $cell (local.get $end))
  (block $threaded
   (loop $each
    (br_if $threaded (i32.eq (local.get $cell) (local.get $base)))
    (local.set $cell (i32.sub (local.get $cell) (local.get $size)))
    (local.set $word (i32.load offset=4 (local.get $cell)))
    (if (i32.and (local.get $word) (i32.const 1))
     (then
      (i32.store offset=4 (local.get $cell) (i32.xor (local.get $word) (i32.const 1)))
      (call $accountLive (local.get $word) (local.get $size))
      (if (local.get $runEnd)
       (then
        (call $freeRun (i32.add (local.get $cell) (local.get $size)) (local.get $runEnd) (local.get $size) (local.get $c))
        (local.set $runEnd (i32.const 0)))))
     (else (if (i32.eqz (local.get $runEnd)) (then (local.set $runEnd (i32.add (local.get $cell) (local.get $size)))))))
    (br $each)))
  (if (local.get $runEnd) (then (call $freeRun (local.get $base) (local.get $runEnd) (local.get $size) (local.get $c)))))

 (func $freeRun (param $start i32) (param $end i32) (param $size i32) (param $c i32)
  (local $head i32) (local $cell i32)
  (memory.fill (local.get $start) (i32.const 0) (i32.sub (local.get $end) (local.get $start)))
  (local.set $head (i32.load offset=${FREE_LIST_HEADS} (i32.shl (local.get $c) (i32.const 2))))
  (local.set $cell (local.get $end))
  (block $done
   (loop $each
    (br_if $done (i32.eq (local.get $cell) (local.get $start)))
    (local.set $cell (i32.sub (local.get $cell) (local.get $size)))
    (i32.store offset=4 (local.get $cell) (local.get $head))
    (local.set $head (local.get $cell))
    (br $each)))
  (i32.store offset=${FREE_LIST_HEADS} (i32.shl (local.get $c) (i32.const 2)) (local.get $head)))
`;
