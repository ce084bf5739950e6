// Binary trees (after the benchmarks game): allocation and collection.
class Tree {
  constructor(
    public left: Tree | null,
    public right: Tree | null,
  ) {}
}

function make(depth: i32): Tree {
  if (depth == 0) return new Tree(null, null);
  return new Tree(make(depth - 1), make(depth - 1));
}

function check(t: Tree): i64 {
  const left = t.left;
  const right = t.right;
  if (left === null || right === null) return 1;
  return 1 + check(left) + check(right);
}

export function run(n: i32): f64 {
  let total = check(make(n + 1));
  const longLived = make(n);
  for (let depth = 4; depth <= n; depth += 2) {
    const iterations = 1 << (n - depth + 4);
    for (let i = 1; i <= iterations; i++) total += check(make(depth));
  }
  return <f64>(total + check(longLived));
}
