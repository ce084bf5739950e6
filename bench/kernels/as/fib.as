// Doubly recursive Fibonacci: call overhead.
function fib(n: i64): i64 {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

export function run(n: i32): f64 {
  return <f64>fib(n);
}
