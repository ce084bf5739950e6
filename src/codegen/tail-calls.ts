// Accumulator tail-recursion elimination, as LLVM does it: in a procedure whose returns are
// `RETURN x + P(args)` with P itself (integer + wraps, so it is associative and commutative),
// the call becomes `acc := acc + x; params := args` and a jump back to the start, and every other
// return gives `acc + value`. Evaluation order is unchanged (x, then the arguments left to right).
// Only for procedures without a shadow-stack frame, TRY, nested procedures or aggregate results,
// so a jump back to the start is exactly a fresh activation once the other locals are zeroed.
import binaryen from "binaryen";
import type { FunctionGen } from "./frames.js";
import { k64 } from "./layout.js";

type Ref = binaryen.ExpressionRef;

/** binaryen.js has Block.setChildAt at run time; its type declarations omit it. */
const setChildAt = (
  binaryen as unknown as { Block: { setChildAt(block: Ref, index: number, child: Ref): void } }
).Block.setChildAt;

interface Site {
  readonly block: Ref;
  readonly index: number;
  /** Statements the value's block runs before the sum (e.g. the left operand's call). */
  readonly pre: readonly Ref[];
  readonly x: Ref;
  readonly operands: readonly Ref[];
}

function zero(m: binaryen.Module, type: binaryen.Type): Ref | undefined {
  if (type === binaryen.i32) return m.i32.const(0);
  if (type === binaryen.i64) return k64(m, 0n);
  if (type === binaryen.f32) return m.f32.const(0);
  if (type === binaryen.f64) return m.f64.const(0);
  return undefined;
}

/** The sites `local.set $result (add x (call $self …)); br $body` inside structured control flow. */
function findSites(
  root: Ref,
  self: string,
  addOp: binaryen.Operations,
  resultLocal: number,
  bodyLabel: string,
): Site[] {
  const sites: Site[] = [];
  const tailSite = (set: Ref, jump: Ref): Omit<Site, "block" | "index"> | undefined => {
    if (binaryen.getExpressionId(set) !== binaryen.LocalSetId) return undefined;
    const s = binaryen.getExpressionInfo(set) as binaryen.LocalSetInfo;
    if (s.isTee || s.index !== resultLocal) return undefined;
    // the value may be an unnamed block of statements ending in the sum
    const pre: Ref[] = [];
    let value = s.value;
    while (binaryen.getExpressionId(value) === binaryen.BlockId) {
      const block = binaryen.getExpressionInfo(value) as binaryen.BlockInfo;
      const last = block.children[block.children.length - 1];
      if (block.name || last === undefined) return undefined;
      pre.push(...block.children.slice(0, -1));
      value = last;
    }
    if (binaryen.getExpressionId(value) !== binaryen.BinaryId) return undefined;
    const add = binaryen.getExpressionInfo(value) as binaryen.BinaryInfo;
    if (add.op !== addOp || binaryen.getExpressionId(add.right) !== binaryen.CallId)
      return undefined;
    const call = binaryen.getExpressionInfo(add.right) as binaryen.CallInfo;
    if (call.isReturn || call.target !== self) return undefined;
    if (binaryen.getExpressionId(jump) !== binaryen.BreakId) return undefined;
    const br = binaryen.getExpressionInfo(jump) as binaryen.BreakInfo;
    if (br.name !== bodyLabel || br.condition || br.value) return undefined;
    return { pre, x: add.left, operands: call.operands };
  };
  const visit = (e: Ref): void => {
    if (!e) return;
    switch (binaryen.getExpressionId(e)) {
      case binaryen.BlockId: {
        const children = (binaryen.getExpressionInfo(e) as binaryen.BlockInfo).children;
        children.forEach((child, i) => {
          const next = children[i + 1];
          const site = next === undefined ? undefined : tailSite(child, next);
          if (site) sites.push({ block: e, index: i, ...site });
          else visit(child);
        });
        return;
      }
      case binaryen.IfId: {
        const info = binaryen.getExpressionInfo(e) as binaryen.IfInfo;
        visit(info.ifTrue);
        visit(info.ifFalse);
        return;
      }
      case binaryen.LoopId:
        visit((binaryen.getExpressionInfo(e) as binaryen.LoopInfo).body);
        return;
      default:
        return;
    }
  };
  visit(root);
  return sites;
}

/**
 * The function body with its self tail calls turned into a loop, or undefined when the procedure
 * does not qualify or has no such call. `wrapped` is the frameless body from FunctionGen.wrap.
 */
export function accumulateTailCalls(
  f: FunctionGen,
  self: string,
  params: readonly binaryen.Type[],
  resultType: binaryen.Type,
  wrapped: Ref,
): Ref | undefined {
  const m = f.m;
  const resultLocal = f.resultLocal;
  if (resultLocal === undefined || f.needsFrame || f.hasTry) return undefined;
  const addOp =
    resultType === binaryen.i64
      ? binaryen.AddInt64
      : resultType === binaryen.i32
        ? binaryen.AddInt32
        : undefined;
  if (addOp === undefined) return undefined;
  const resets: Ref[] = [];
  f.varTypes.forEach((type, i) => {
    const z = zero(m, type);
    if (z !== undefined) resets.push(m.local.set(params.length + i, z));
  });
  if (resets.length !== f.varTypes.length || params.some((t) => zero(m, t) === undefined))
    return undefined;
  const sites = findSites(wrapped, self, addOp, resultLocal, f.bodyLabel);
  if (sites.length === 0) return undefined;
  const acc = f.addLocal(resultType);
  const value = f.addLocal(resultType);
  const loop = `${f.bodyLabel}$tail`;
  const add = (a: Ref, b: Ref): Ref =>
    resultType === binaryen.i64 ? m.i64.add(a, b) : m.i32.add(a, b);
  for (const site of sites) {
    if (site.operands.length !== params.length) return undefined;
  }
  for (const site of sites) {
    const temps = site.operands.map((_, k) => f.addLocal(params[k] ?? binaryen.i32));
    setChildAt(
      site.block,
      site.index,
      m.block(null, [
        ...site.pre,
        m.local.set(acc, add(m.local.get(acc, resultType), site.x)),
        ...site.operands.map((operand, k) => m.local.set(temps[k] ?? 0, operand)),
        ...temps.map((t, k) => m.local.set(k, m.local.get(t, params[k] ?? binaryen.i32))),
        m.br(loop),
      ]),
    );
    setChildAt(site.block, site.index + 1, m.nop());
  }
  return m.block(
    null,
    [
      m.local.set(acc, zero(m, resultType) ?? m.unreachable()),
      m.local.set(value, m.loop(loop, m.block(null, [...resets, wrapped], resultType))),
      add(m.local.get(acc, resultType), m.local.get(value, resultType)),
    ],
    resultType,
  );
}
