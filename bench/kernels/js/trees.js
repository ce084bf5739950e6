// Binary trees (after the benchmarks game): allocation and collection.
function make(depth) {
  if (depth === 0) return { left: null, right: null };
  return { left: make(depth - 1), right: make(depth - 1) };
}

function check(t) {
  if (t.left === null) return 1;
  return 1 + check(t.left) + check(t.right);
}

export function run(n) {
  let total = check(make(n + 1));
  const longLived = make(n);
  for (let depth = 4; depth <= n; depth += 2) {
    const iterations = 2 ** (n - depth + 4);
    for (let i = 1; i <= iterations; i++) total += check(make(depth));
  }
  return total + check(longLived);
}
