/* Doubly recursive Fibonacci: call overhead. */
static long long fib(long long n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}

double run(int n) { return (double)fib(n); }
