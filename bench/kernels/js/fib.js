// Doubly recursive Fibonacci: call overhead.
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

export function run(n) {
  return fib(n);
}
