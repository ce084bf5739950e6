// The allocator's WAT: page pool with memory.grow up to the heap limit, segregated size-class
// free lists, large objects as page runs, static (never collected) data, and domain accounting.
import {
  CURRENT_DOMAIN,
  CURRENT_DOMAIN_ENTRY,
  DOMAIN_ENTRY_SIZE,
  DOMAIN_TABLE,
  FaultCode,
  FREE_LIST_HEADS,
  HEADER_DOMAIN_BITS,
  HEAP_START_PAGE,
  MAX_DOMAINS,
  MAX_SMALL_SIZE,
  NO_SITE,
  PAGE_TABLE,
  PageKind,
  SIZE_CLASS_LOOKUP,
  SIZE_CLASS_SIZES,
  STAT_HEAP_PAGES,
  STAT_LIMIT_PAGES,
  STAT_PEAK_HEAP_BYTES,
} from "../abi.js";

/** Memory grows by at least this many pages (1 MiB) at a time. */
const GROW_CHUNK_PAGES = 16;

export const heapWat = `
 ;; page index one past the last page the heap owns, and the most it may reach
 (global $heapEnd (mut i32) (i32.const ${HEAP_START_PAGE}))
 (global $limitEnd (mut i32) (i32.const ${HEAP_START_PAGE}))
 ;; pages holding small blocks, large objects or static data
 (global $inUse (mut i32) (i32.const 0))
 ;; a collection happens before $inUse would pass this
 (global $threshold (mut i32) (i32.const 0))
 (global $minThreshold (mut i32) (i32.const 0))
 ;; no free page lies below this one
 (global $freeHint (mut i32) (i32.const ${HEAP_START_PAGE}))
 (global $staticCur (mut i32) (i32.const 0))
 (global $staticEnd (mut i32) (i32.const 0))

 (func $init (export "init") (param $limitPages i32) (param $thresholdPages i32)
  (global.set $heapEnd (memory.size))
  (global.set $freeHint (memory.size))
  (global.set $limitEnd (i32.add (i32.const ${HEAP_START_PAGE}) (local.get $limitPages)))
  (global.set $minThreshold (local.get $thresholdPages))
  (global.set $threshold (local.get $thresholdPages))
  (i32.store (i32.const ${STAT_LIMIT_PAGES}) (local.get $limitPages))
  (drop (call $setDomain (i32.const 0))))

 (func $setDomain (export "set_domain") (param $d i32) (result i32)
  (local $previous i32)
  (if (i32.ge_u (local.get $d) (i32.const ${MAX_DOMAINS}))
   (then (call $fault (i32.const ${FaultCode.badDomain}) (i32.const ${NO_SITE})) (unreachable)))
  (local.set $previous (i32.load (i32.const ${CURRENT_DOMAIN})))
  (i32.store (i32.const ${CURRENT_DOMAIN}) (local.get $d))
  (i32.store (i32.const ${CURRENT_DOMAIN_ENTRY})
   (i32.add (i32.const ${DOMAIN_TABLE}) (i32.mul (local.get $d) (i32.const ${DOMAIN_ENTRY_SIZE}))))
  (i32.store (i32.const ${HEADER_DOMAIN_BITS}) (i32.shl (local.get $d) (i32.const 16)))
  (local.get $previous))

 (func $pageEntry (param $page i32) (result i32)
  (i32.add (i32.const ${PAGE_TABLE}) (i32.shl (local.get $page) (i32.const 2))))

 (func $takePages (param $start i32) (param $n i32)
  (local $bytes i64)
  (global.set $inUse (i32.add (global.get $inUse) (local.get $n)))
  (i32.store (i32.const ${STAT_HEAP_PAGES}) (global.get $inUse))
  (if (i32.eq (local.get $start) (global.get $freeHint))
   (then (global.set $freeHint (i32.add (local.get $start) (local.get $n)))))
  (local.set $bytes (i64.shl (i64.extend_i32_u (global.get $inUse)) (i64.const 16)))
  (if (i64.gt_u (local.get $bytes) (i64.load (i32.const ${STAT_PEAK_HEAP_BYTES})))
   (then (i64.store (i32.const ${STAT_PEAK_HEAP_BYTES}) (local.get $bytes)))))

 ;; First page of a run of n zeroed pages, or 0 when the heap limit forbids it; never collects.
 (func $getPages (param $n i32) (result i32)
  (local $p i32) (local $run i32) (local $start i32) (local $grow i32) (local $chunk i32)
  (if (i32.gt_u (i32.add (global.get $inUse) (local.get $n))
                (i32.sub (global.get $limitEnd) (i32.const ${HEAP_START_PAGE})))
   (then (return (i32.const 0))))
  (local.set $p (global.get $freeHint))
  (block $done
   (loop $scan
    (br_if $done (i32.ge_u (local.get $p) (global.get $heapEnd)))
    (if (i32.eq (i32.load8_u (call $pageEntry (local.get $p))) (i32.const ${PageKind.free}))
     (then
      (if (i32.eqz (local.get $run)) (then (local.set $start (local.get $p))))
      (local.set $run (i32.add (local.get $run) (i32.const 1)))
      (if (i32.eq (local.get $run) (local.get $n))
       (then (call $takePages (local.get $start) (local.get $n)) (return (local.get $start)))))
     (else (local.set $run (i32.const 0))))
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (br $scan)))
  ;; a free run that ends the heap is extended by growing memory
  (if (i32.eqz (local.get $run)) (then (local.set $start (global.get $heapEnd))))
  (local.set $grow (i32.sub (local.get $n) (local.get $run)))
  (if (i32.gt_u (i32.add (global.get $heapEnd) (local.get $grow)) (global.get $limitEnd))
   (then (return (i32.const 0))))
  ;; growing memory is costly in V8 (every instance sharing it is updated), so grow in chunks of
  ;; at least GROW_CHUNK pages when the limit allows; the surplus pages join the pool as free
  (local.set $chunk (select (local.get $grow) (i32.const ${GROW_CHUNK_PAGES}) (i32.gt_u (local.get $grow) (i32.const ${GROW_CHUNK_PAGES}))))
  (if (i32.gt_u (i32.add (global.get $heapEnd) (local.get $chunk)) (global.get $limitEnd))
   (then (local.set $chunk (i32.sub (global.get $limitEnd) (global.get $heapEnd)))))
  (if (i32.eq (memory.grow (local.get $chunk)) (i32.const -1))
   (then
    (local.set $chunk (local.get $grow))
    (if (i32.eq (memory.grow (local.get $chunk)) (i32.const -1)) (then (return (i32.const 0))))))
  (local.set $p (global.get $heapEnd))
  (global.set $heapEnd (i32.add (global.get $heapEnd) (local.get $chunk)))
  (block $marked
   (loop $mark
    (br_if $marked (i32.ge_u (local.get $p) (global.get $heapEnd)))
    (i32.store (call $pageEntry (local.get $p)) (i32.const ${PageKind.free}))
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (br $mark)))
  (call $takePages (local.get $start) (local.get $n))
  (local.get $start))

 ;; Returns a run to the pool, zeroed, so every page handed out is zero.
 (func $freePages (param $start i32) (param $n i32)
  (local $i i32)
  (memory.fill (i32.shl (local.get $start) (i32.const 16)) (i32.const 0) (i32.shl (local.get $n) (i32.const 16)))
  (block $done
   (loop $each
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (i32.store (call $pageEntry (i32.add (local.get $start) (local.get $i))) (i32.const ${PageKind.free}))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $each)))
  (global.set $inUse (i32.sub (global.get $inUse) (local.get $n)))
  (i32.store (i32.const ${STAT_HEAP_PAGES}) (global.get $inUse))
  (if (i32.lt_u (local.get $start) (global.get $freeHint)) (then (global.set $freeHint (local.get $start)))))

 (func $classSize (param $c i32) (result i32)
  (i32.load offset=${SIZE_CLASS_SIZES} (i32.shl (local.get $c) (i32.const 2))))

 ;; Threads the cells [from, to) of class c onto its free list (their bodies are zero).
 (func $thread (param $from i32) (param $to i32) (param $c i32)
  (local $size i32) (local $head i32)
  (local.set $size (call $classSize (local.get $c)))
  (local.set $head (i32.load offset=${FREE_LIST_HEADS} (i32.shl (local.get $c) (i32.const 2))))
  (block $done
   (loop $each
    (br_if $done (i32.le_u (local.get $to) (local.get $from)))
    (local.set $to (i32.sub (local.get $to) (local.get $size)))
    (i32.store offset=4 (local.get $to) (local.get $head))
    (local.set $head (local.get $to))
    (br $each)))
  (i32.store offset=${FREE_LIST_HEADS} (i32.shl (local.get $c) (i32.const 2)) (local.get $head)))

 ;; Makes a fresh page a block of class c and returns its first cell; the other cells go onto the
 ;; class's free list, where the inline allocation path of generated code (ABI section 7) finds
 ;; them without calling the runtime.
 (func $freshPage (param $page i32) (param $c i32) (result i32)
  (local $size i32) (local $base i32)
  (local.set $size (call $classSize (local.get $c)))
  (local.set $base (i32.shl (local.get $page) (i32.const 16)))
  (i32.store (call $pageEntry (local.get $page))
   (i32.or (i32.const ${PageKind.small}) (i32.shl (local.get $c) (i32.const 8))))
  (call $thread (i32.add (local.get $base) (local.get $size))
   (i32.add (local.get $base)
    (i32.mul (i32.div_u (i32.const 65536) (local.get $size)) (local.get $size)))
   (local.get $c))
  (local.get $base))

 ;; A cell of class c when its free list is empty: a fresh page below the threshold, else a
 ;; collection, else a fresh page up to the limit, else heap exhaustion.
 (func $refill (param $c i32) (result i32)
  (local $page i32) (local $cell i32)
  (if (i32.lt_u (global.get $inUse) (global.get $threshold))
   (then
    (local.set $page (call $getPages (i32.const 1)))
    (if (local.get $page) (then (return (call $freshPage (local.get $page) (local.get $c)))))))
  (call $collect)
  (local.set $cell (i32.load offset=${FREE_LIST_HEADS} (i32.shl (local.get $c) (i32.const 2))))
  (if (local.get $cell)
   (then
    (i32.store offset=${FREE_LIST_HEADS} (i32.shl (local.get $c) (i32.const 2)) (i32.load offset=4 (local.get $cell)))
    (return (local.get $cell))))
  (local.set $page (call $getPages (i32.const 1)))
  (if (local.get $page) (then (return (call $freshPage (local.get $page) (local.get $c)))))
  (call $fault (i32.const ${FaultCode.heapExhausted}) (i32.const ${NO_SITE}))
  (unreachable))

 (func $charge (param $bytes i32)
  (local $entry i32)
  (local.set $entry (i32.load (i32.const ${CURRENT_DOMAIN_ENTRY})))
  (i64.store (local.get $entry) (i64.add (i64.load (local.get $entry)) (i64.const 1)))
  (i64.store offset=8 (local.get $entry)
   (i64.add (i64.load offset=8 (local.get $entry)) (i64.extend_i32_u (local.get $bytes)))))

 ;; A zeroed object of size bytes (header included) whose header names desc.
 (func $alloc (export "alloc") (param $desc i32) (param $size i32) (result i32)
  (local $c i32) (local $head i32) (local $cell i32)
  (if (i32.gt_u (local.get $size) (i32.const ${MAX_SMALL_SIZE}))
   (then (return (call $allocLarge (local.get $desc) (local.get $size)))))
  (local.set $c (i32.load8_u offset=${SIZE_CLASS_LOOKUP}
   (i32.shr_u (i32.add (local.get $size) (i32.const 15)) (i32.const 4))))
  (local.set $head (i32.add (i32.const ${FREE_LIST_HEADS}) (i32.shl (local.get $c) (i32.const 2))))
  (local.set $cell (i32.load (local.get $head)))
  (if (local.get $cell)
   (then (i32.store (local.get $head) (i32.load offset=4 (local.get $cell))))
   (else (local.set $cell (call $refill (local.get $c)))))
  (i32.store (local.get $cell) (local.get $desc))
  (i32.store offset=4 (local.get $cell)
   (i32.or (i32.load (i32.const ${HEADER_DOMAIN_BITS}))
           (i32.shl (i32.add (local.get $c) (i32.const 1)) (i32.const 8))))
  (call $charge (call $classSize (local.get $c)))
  (local.get $cell))

 (func $allocLarge (param $desc i32) (param $size i32) (result i32)
  (local $n i32) (local $page i32) (local $i i32) (local $object i32)
  (if (i32.gt_u (local.get $size) (i32.const 0x7fff0000))
   (then (call $fault (i32.const ${FaultCode.heapExhausted}) (i32.const ${NO_SITE})) (unreachable)))
  (local.set $n (i32.shr_u (i32.add (local.get $size) (i32.const 65535)) (i32.const 16)))
  (if (i32.le_u (i32.add (global.get $inUse) (local.get $n)) (global.get $threshold))
   (then (local.set $page (call $getPages (local.get $n)))))
  (if (i32.eqz (local.get $page))
   (then
    (call $collect)
    (local.set $page (call $getPages (local.get $n)))
    (if (i32.eqz (local.get $page))
     (then (call $fault (i32.const ${FaultCode.heapExhausted}) (i32.const ${NO_SITE})) (unreachable)))))
  (i32.store (call $pageEntry (local.get $page))
   (i32.or (i32.const ${PageKind.large}) (i32.shl (local.get $n) (i32.const 8))))
  (local.set $i (i32.const 1))
  (block $done
   (loop $each
    (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
    (i32.store (call $pageEntry (i32.add (local.get $page) (local.get $i))) (i32.const ${PageKind.largeContinuation}))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $each)))
  (local.set $object (i32.shl (local.get $page) (i32.const 16)))
  (i32.store (local.get $object) (local.get $desc))
  (i32.store offset=4 (local.get $object) (i32.load (i32.const ${HEADER_DOMAIN_BITS})))
  (call $charge (i32.shl (local.get $n) (i32.const 16)))
  (local.get $object))

 ;; One-dimensional open array of length elements; the length is stored at offset 8.
 (func $allocOpen (export "alloc_open") (param $desc i32) (param $length i32) (result i32)
  (local $bytes i64) (local $object i32)
  (if (i32.lt_s (local.get $length) (i32.const 0))
   (then (call $fault (i32.const ${FaultCode.negativeLength}) (i32.const ${NO_SITE})) (unreachable)))
  (local.set $bytes (i64.add (i64.const 16)
   (i64.mul (i64.extend_i32_u (local.get $length)) (i64.extend_i32_u (i32.load offset=8 (local.get $desc))))))
  (if (i64.gt_u (local.get $bytes) (i64.const 0x7fff0000))
   (then (call $fault (i32.const ${FaultCode.heapExhausted}) (i32.const ${NO_SITE})) (unreachable)))
  (local.set $object (call $alloc (local.get $desc) (i32.wrap_i64 (local.get $bytes))))
  (i32.store offset=8 (local.get $object) (local.get $length))
  (local.get $object))

 ;; Zeroed, 16-aligned memory that is never collected (module static data); 0 when the limit forbids it.
 (func $staticAlloc (export "static_alloc") (param $size i32) (result i32)
  (local $n i32) (local $page i32) (local $i i32) (local $result i32)
  (local.set $size (i32.and (i32.add (local.get $size) (i32.const 15)) (i32.const -16)))
  (if (i32.gt_u (i32.add (local.get $size) (global.get $staticCur)) (global.get $staticEnd))
   (then
    (local.set $n (i32.shr_u (i32.add (local.get $size) (i32.const 65535)) (i32.const 16)))
    (local.set $page (call $getPages (local.get $n)))
    (if (i32.eqz (local.get $page)) (then (return (i32.const 0))))
    (block $done
     (loop $each
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (i32.store (call $pageEntry (i32.add (local.get $page) (local.get $i))) (i32.const ${PageKind.static}))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $each)))
    (global.set $staticCur (i32.shl (local.get $page) (i32.const 16)))
    (global.set $staticEnd (i32.shl (i32.add (local.get $page) (local.get $n)) (i32.const 16)))))
  (local.set $result (global.get $staticCur))
  (global.set $staticCur (i32.add (global.get $staticCur) (local.get $size)))
  (local.get $result))

 (func (export "domain_alloc_count") (param $d i32) (result i64)
  (call $domainCounter (local.get $d) (i32.const 0)))
 (func (export "domain_alloc_bytes") (param $d i32) (result i64)
  (call $domainCounter (local.get $d) (i32.const 8)))
 (func (export "domain_live_bytes") (param $d i32) (result i64)
  (call $domainCounter (local.get $d) (i32.const 16)))
 (func $domainCounter (param $d i32) (param $field i32) (result i64)
  (if (i32.ge_u (local.get $d) (i32.const ${MAX_DOMAINS})) (then (return (i64.const 0))))
  (i64.load (i32.add (i32.add (i32.const ${DOMAIN_TABLE}) (i32.mul (local.get $d) (i32.const ${DOMAIN_ENTRY_SIZE})))
                     (local.get $field))))
`;
