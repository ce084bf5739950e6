/* Quicksort of n integers from a Park-Miller generator; returns an order-sensitive digest. */
#include "alloc.h"

static void sort(long long *a, int lo, int hi) {
  while (lo < hi) {
    int i = lo;
    int j = hi;
    long long pivot = a[lo + (hi - lo) / 2];
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        long long t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      sort(a, lo, j);
      lo = i;
    } else {
      sort(a, i, hi);
      hi = j;
    }
  }
}

double run(int n) {
  unsigned long mark = heap_mark();
  long long *a = bump((unsigned long)n * sizeof(long long));
  long long seed = 42;
  for (int i = 0; i < n; i++) {
    seed = (seed * 48271) % 2147483647;
    a[i] = seed;
  }
  sort(a, 0, n - 1);
  long long digest = 0;
  for (int i = 0; i < n; i++) digest = (digest * 31 + a[i]) % 1000000007;
  heap_release(mark);
  return (double)digest;
}
