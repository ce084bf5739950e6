// The runtime's WAT support procedures for generated code: root registration, host-held
// handles, exceptions, exit, TEXT helpers, floor DIV/MOD and set operations on bit words.
import {
  EMPTY_TEXT,
  FaultCode,
  GLOBAL_ROOT_TABLE,
  LAST_RAISE_ARG,
  LAST_RAISE_ID,
  MAX_GLOBAL_ROOT_REGIONS,
  MAX_ROOT_SLOTS,
  NO_SITE,
  ROOT_SLOTS,
  SHADOW_STACK_LIMIT,
  TEXT_DESCRIPTOR,
} from "../abi.js";

/** Pushes a frame of `slots` reference slots holding the given locals (the runtime obeys its own ABI). */
function pushFrame(slots: readonly string[]): string {
  const size = 8 + 8 * Math.ceil((4 * slots.length) / 8);
  return `
  (local.set $frame (i32.sub (global.get $sp) (i32.const ${size})))
  (if (i32.lt_u (local.get $frame) (i32.const ${SHADOW_STACK_LIMIT}))
   (then (call $fault (i32.const ${FaultCode.stackExhausted}) (i32.const ${NO_SITE})) (unreachable)))
  (i64.store (local.get $frame) (i64.const ${size + slots.length * 2 ** 32}))
  ${slots.map((local, i) => `(i32.store offset=${8 + 4 * i} (local.get $frame) (local.get ${local}))`).join("\n  ")}
  (global.set $sp (local.get $frame))`;
}

function popFrame(): string {
  return `(global.set $sp (i32.add (local.get $frame) (i32.load (local.get $frame))))`;
}

const nilCheck = (local: string): string => `
  (if (i32.eqz (local.get ${local}))
   (then (call $fault (i32.const ${FaultCode.nilDereference}) (i32.const ${NO_SITE})) (unreachable)))`;

export const supportWat = `
 (global $regions (mut i32) (i32.const 0))
 (global $slotHigh (mut i32) (i32.const 0))
 (global $slotFree (mut i32) (i32.const -1))

 (func (export "register_roots") (param $base i32) (param $map i32)
  (if (i32.ge_u (global.get $regions) (i32.const ${MAX_GLOBAL_ROOT_REGIONS}))
   (then (call $fault (i32.const ${FaultCode.rootTableFull}) (i32.const ${NO_SITE})) (unreachable)))
  (i32.store offset=${GLOBAL_ROOT_TABLE} (i32.shl (global.get $regions) (i32.const 3)) (local.get $base))
  (i32.store offset=${GLOBAL_ROOT_TABLE + 4} (i32.shl (global.get $regions) (i32.const 3)) (local.get $map))
  (global.set $regions (i32.add (global.get $regions) (i32.const 1))))

 (func (export "unregister_roots") (param $base i32)
  (local $i i32) (local $last i32)
  (block $done
   (loop $each
    (br_if $done (i32.ge_u (local.get $i) (global.get $regions)))
    (if (i32.eq (i32.load offset=${GLOBAL_ROOT_TABLE} (i32.shl (local.get $i) (i32.const 3))) (local.get $base))
     (then
      (global.set $regions (i32.sub (global.get $regions) (i32.const 1)))
      (local.set $last (i32.shl (global.get $regions) (i32.const 3)))
      (i64.store offset=${GLOBAL_ROOT_TABLE} (i32.shl (local.get $i) (i32.const 3))
       (i64.load offset=${GLOBAL_ROOT_TABLE} (local.get $last)))
      (br $each)))
    (local.set $i (i32.add (local.get $i) (i32.const 1)))
    (br $each))))

 (func (export "root_new") (param $ref i32) (result i32)
  (local $slot i32)
  (if (i32.ge_s (global.get $slotFree) (i32.const 0))
   (then
    (local.set $slot (global.get $slotFree))
    (global.set $slotFree (i32.shr_s (i32.load offset=${ROOT_SLOTS} (i32.shl (local.get $slot) (i32.const 2))) (i32.const 1))))
   (else
    (if (i32.ge_u (global.get $slotHigh) (i32.const ${MAX_ROOT_SLOTS}))
     (then (call $fault (i32.const ${FaultCode.rootTableFull}) (i32.const ${NO_SITE})) (unreachable)))
    (local.set $slot (global.get $slotHigh))
    (global.set $slotHigh (i32.add (global.get $slotHigh) (i32.const 1)))))
  (i32.store offset=${ROOT_SLOTS} (i32.shl (local.get $slot) (i32.const 2)) (local.get $ref))
  (local.get $slot))

 (func $slotInUse (param $slot i32) (result i32)
  (if (i32.ge_u (local.get $slot) (global.get $slotHigh)) (then (return (i32.const 0))))
  (i32.eqz (i32.and (i32.load offset=${ROOT_SLOTS} (i32.shl (local.get $slot) (i32.const 2))) (i32.const 1))))

 (func (export "root_get") (param $slot i32) (result i32)
  (if (i32.eqz (call $slotInUse (local.get $slot))) (then (return (i32.const 0))))
  (i32.load offset=${ROOT_SLOTS} (i32.shl (local.get $slot) (i32.const 2))))

 (func (export "root_set") (param $slot i32) (param $ref i32)
  (if (call $slotInUse (local.get $slot))
   (then (i32.store offset=${ROOT_SLOTS} (i32.shl (local.get $slot) (i32.const 2))
    (i32.and (local.get $ref) (i32.const -2))))))

 (func (export "root_free") (param $slot i32)
  (if (i32.eqz (call $slotInUse (local.get $slot))) (then (return)))
  (i32.store offset=${ROOT_SLOTS} (i32.shl (local.get $slot) (i32.const 2))
   (i32.or (i32.shl (global.get $slotFree) (i32.const 1)) (i32.const 1)))
  (global.set $slotFree (local.get $slot)))

 ;; RAISE: keeps the argument reachable while the exception is in flight, then throws.
 (func (export "raise") (param $id i32) (param $arg i32)
  (i32.store (i32.const ${LAST_RAISE_ID}) (local.get $id))
  (i32.store (i32.const ${LAST_RAISE_ARG}) (local.get $arg))
  (throw $exception (i64.or (i64.shl (i64.extend_i32_u (local.get $id)) (i64.const 32))
                            (i64.extend_i32_u (local.get $arg)))))

 (func (export "exit") (param $status i32)
  (call $hostExit (local.get $status))
  (unreachable))

 (func $textNew (export "text_new") (param $length i32) (result i32)
  (local $text i32)
  (if (i32.lt_s (local.get $length) (i32.const 0))
   (then (call $fault (i32.const ${FaultCode.negativeLength}) (i32.const ${NO_SITE})) (unreachable)))
  (if (i32.eqz (local.get $length)) (then (return (i32.const ${EMPTY_TEXT}))))
  (local.set $text (call $alloc (i32.const ${TEXT_DESCRIPTOR}) (i32.add (local.get $length) (i32.const 12))))
  (i32.store offset=8 (local.get $text) (local.get $length))
  (local.get $text))

 (func (export "text_cat") (param $a i32) (param $b i32) (result i32)
  (local $la i32) (local $lb i32) (local $frame i32) (local $result i32)
  ${nilCheck("$a")}
  ${nilCheck("$b")}
  (local.set $la (i32.load offset=8 (local.get $a)))
  (local.set $lb (i32.load offset=8 (local.get $b)))
  (if (i32.eqz (local.get $la)) (then (return (local.get $b))))
  (if (i32.eqz (local.get $lb)) (then (return (local.get $a))))
  ${pushFrame(["$a", "$b"])}
  (local.set $result (call $textNew (i32.add (local.get $la) (local.get $lb))))
  ${popFrame()}
  (call $copyBytes (i32.add (local.get $result) (i32.const 12)) (i32.add (local.get $a) (i32.const 12)) (local.get $la))
  (call $copyBytes (i32.add (i32.add (local.get $result) (i32.const 12)) (local.get $la))
               (i32.add (local.get $b) (i32.const 12)) (local.get $lb))
  (local.get $result))

 ;; Text.Sub: the characters [start, start + length) clipped to the text.
 (func (export "text_sub") (param $t i32) (param $start i32) (param $length i32) (result i32)
  (local $n i32) (local $frame i32) (local $result i32)
  ${nilCheck("$t")}
  (local.set $n (i32.load offset=8 (local.get $t)))
  (if (i32.ge_u (local.get $start) (local.get $n)) (then (return (i32.const ${EMPTY_TEXT}))))
  (if (i32.gt_u (local.get $length) (i32.sub (local.get $n) (local.get $start)))
   (then (local.set $length (i32.sub (local.get $n) (local.get $start)))))
  (if (i32.and (i32.eqz (local.get $start)) (i32.eq (local.get $length) (local.get $n)))
   (then (return (local.get $t))))
  ${pushFrame(["$t"])}
  (local.set $result (call $textNew (local.get $length)))
  ${popFrame()}
  (call $copyBytes (i32.add (local.get $result) (i32.const 12))
               (i32.add (i32.add (local.get $t) (i32.const 12)) (local.get $start)) (local.get $length))
  (local.get $result))

 ;; memory.copy of non-overlapping bytes. V8 compiles memory.copy to a call out of the generated
 ;; code, about 3.5 ns whatever the length; the texts \`&\` and Sub build are mostly a few bytes,
 ;; which eight-byte moves copy in half that.
 (func $copyBytes (param $dst i32) (param $src i32) (param $n i32)
  (if (i32.gt_u (local.get $n) (i32.const 64))
   (then (memory.copy (local.get $dst) (local.get $src) (local.get $n)) (return)))
  (block $wordsDone
   (loop $words
    (br_if $wordsDone (i32.lt_u (local.get $n) (i32.const 8)))
    (i64.store align=1 (local.get $dst) (i64.load align=1 (local.get $src)))
    (local.set $dst (i32.add (local.get $dst) (i32.const 8)))
    (local.set $src (i32.add (local.get $src) (i32.const 8)))
    (local.set $n (i32.sub (local.get $n) (i32.const 8)))
    (br $words)))
  (block $bytesDone
   (loop $bytes
    (br_if $bytesDone (i32.eqz (local.get $n)))
    (i32.store8 (local.get $dst) (i32.load8_u (local.get $src)))
    (local.set $dst (i32.add (local.get $dst) (i32.const 1)))
    (local.set $src (i32.add (local.get $src) (i32.const 1)))
    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
    (br $bytes))))

 (func (export "text_equal") (param $a i32) (param $b i32) (result i32)
  (local $n i32)
  (if (i32.eq (local.get $a) (local.get $b)) (then (return (i32.const 1))))
  ${nilCheck("$a")}
  ${nilCheck("$b")}
  (local.set $n (i32.load offset=8 (local.get $a)))
  (if (i32.ne (local.get $n) (i32.load offset=8 (local.get $b))) (then (return (i32.const 0))))
  (i32.eqz (call $compareBytes (i32.add (local.get $a) (i32.const 12)) (i32.add (local.get $b) (i32.const 12)) (local.get $n))))

 ;; -1, 0 or 1 by unsigned bytes, then by length.
 (func (export "text_compare") (param $a i32) (param $b i32) (result i32)
  (local $la i32) (local $lb i32) (local $order i32)
  ${nilCheck("$a")}
  ${nilCheck("$b")}
  (local.set $la (i32.load offset=8 (local.get $a)))
  (local.set $lb (i32.load offset=8 (local.get $b)))
  (local.set $order (call $compareBytes (i32.add (local.get $a) (i32.const 12)) (i32.add (local.get $b) (i32.const 12))
   (select (local.get $la) (local.get $lb) (i32.lt_u (local.get $la) (local.get $lb)))))
  (if (local.get $order) (then (return (local.get $order))))
  (i32.sub (i32.gt_u (local.get $la) (local.get $lb)) (i32.lt_u (local.get $la) (local.get $lb))))

 (func $compareBytes (param $p i32) (param $q i32) (param $n i32) (result i32)
  (local $x i32) (local $y i32)
  (block $done
   (loop $words
    (br_if $done (i32.lt_u (local.get $n) (i32.const 8)))
    (br_if $done (i64.ne (i64.load (local.get $p)) (i64.load (local.get $q))))
    (local.set $p (i32.add (local.get $p) (i32.const 8)))
    (local.set $q (i32.add (local.get $q) (i32.const 8)))
    (local.set $n (i32.sub (local.get $n) (i32.const 8)))
    (br $words)))
  (block $same
   (loop $bytes
    (br_if $same (i32.eqz (local.get $n)))
    (local.set $x (i32.load8_u (local.get $p)))
    (local.set $y (i32.load8_u (local.get $q)))
    (if (i32.ne (local.get $x) (local.get $y))
     (then (return (select (i32.const -1) (i32.const 1) (i32.lt_u (local.get $x) (local.get $y))))))
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (local.set $q (i32.add (local.get $q) (i32.const 1)))
    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
    (br $bytes)))
  (i32.const 0))

 ;; FNV-1a over the text's bytes.
 (func (export "text_hash") (param $t i32) (result i32)
  (local $p i32) (local $end i32) (local $hash i32)
  ${nilCheck("$t")}
  (local.set $hash (i32.const 0x811c9dc5))
  (local.set $p (i32.add (local.get $t) (i32.const 12)))
  (local.set $end (i32.add (local.get $p) (i32.load offset=8 (local.get $t))))
  (block $done
   (loop $each
    (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
    (local.set $hash (i32.mul (i32.xor (local.get $hash) (i32.load8_u (local.get $p))) (i32.const 0x01000193)))
    (local.set $p (i32.add (local.get $p) (i32.const 1)))
    (br $each)))
  (local.get $hash))

 ;; Modula-3 DIV and MOD round toward minus infinity; b = 0 is checked by the caller, and
 ;; FIRST(INTEGER) DIV -1 wraps instead of trapping.
 (func (export "div_i64") (param $a i64) (param $b i64) (result i64)
  (local $q i64)
  (if (i64.eq (local.get $b) (i64.const -1)) (then (return (i64.sub (i64.const 0) (local.get $a)))))
  (local.set $q (i64.div_s (local.get $a) (local.get $b)))
  (if (i32.and (i64.ne (i64.rem_s (local.get $a) (local.get $b)) (i64.const 0))
               (i64.lt_s (i64.xor (local.get $a) (local.get $b)) (i64.const 0)))
   (then (local.set $q (i64.sub (local.get $q) (i64.const 1)))))
  (local.get $q))

 (func (export "mod_i64") (param $a i64) (param $b i64) (result i64)
  (local $r i64)
  (if (i64.eq (local.get $b) (i64.const -1)) (then (return (i64.const 0))))
  (local.set $r (i64.rem_s (local.get $a) (local.get $b)))
  (if (i32.and (i64.ne (local.get $r) (i64.const 0))
               (i64.lt_s (i64.xor (local.get $r) (local.get $b)) (i64.const 0)))
   (then (local.set $r (i64.add (local.get $r) (local.get $b)))))
  (local.get $r))

 ${setBinary("set_union", "i64.or (local.get $x) (local.get $y)")}
 ${setBinary("set_inter", "i64.and (local.get $x) (local.get $y)")}
 ${setBinary("set_diff", "i64.and (local.get $x) (i64.xor (local.get $y) (i64.const -1))")}
 ${setBinary("set_symdiff", "i64.xor (local.get $x) (local.get $y)")}
 ${setPredicate("set_eq", "i64.ne (i64.load (local.get $a)) (i64.load (local.get $b))")}
 ${setPredicate("set_le", "i64.ne (i64.and (i64.load (local.get $a)) (i64.xor (i64.load (local.get $b)) (i64.const -1))) (i64.const 0)")}
`;

/** dst[i] := a[i] op b[i] over n 64-bit words (dst may alias a or b). */
function setBinary(name: string, op: string): string {
  return `
 (func (export "${name}") (param $dst i32) (param $a i32) (param $b i32) (param $n i32)
  (local $x i64) (local $y i64)
  (block $done
   (loop $each
    (br_if $done (i32.eqz (local.get $n)))
    (local.set $x (i64.load (local.get $a)))
    (local.set $y (i64.load (local.get $b)))
    (i64.store (local.get $dst) (${op}))
    (local.set $dst (i32.add (local.get $dst) (i32.const 8)))
    (local.set $a (i32.add (local.get $a) (i32.const 8)))
    (local.set $b (i32.add (local.get $b) (i32.const 8)))
    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
    (br $each))))`;
}

/** 1 unless some word pair satisfies the failure test. */
function setPredicate(name: string, fails: string): string {
  return `
 (func (export "${name}") (param $a i32) (param $b i32) (param $n i32) (result i32)
  (block $done
   (loop $each
    (br_if $done (i32.eqz (local.get $n)))
    (if (${fails}) (then (return (i32.const 0))))
    (local.set $a (i32.add (local.get $a) (i32.const 8)))
    (local.set $b (i32.add (local.get $b) (i32.const 8)))
    (local.set $n (i32.sub (local.get $n) (i32.const 1)))
    (br $each)))
  (i32.const 1))`;
}
