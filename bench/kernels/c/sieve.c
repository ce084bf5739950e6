/* Sieve of Eratosthenes: counts the primes up to n. */
#include "alloc.h"

double run(int n) {
  unsigned long mark = heap_mark();
  unsigned char *composite = bump((unsigned long)n + 1);
  for (int i = 0; i <= n; i++) composite[i] = 0;
  long long count = 0;
  for (long long i = 2; i <= n; i++) {
    if (!composite[i]) {
      count++;
      for (long long j = i * i; j <= n; j += i) composite[j] = 1;
    }
  }
  heap_release(mark);
  return (double)count;
}
