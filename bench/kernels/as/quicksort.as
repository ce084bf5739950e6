// Quicksort of n integers from a Park-Miller generator; returns an order-sensitive digest.
function sort(a: StaticArray<i64>, lo: i32, hi: i32): void {
  while (lo < hi) {
    let i = lo;
    let j = hi;
    const pivot = a[lo + (hi - lo) / 2];
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
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

export function run(n: i32): f64 {
  const a = new StaticArray<i64>(n);
  let seed: i64 = 42;
  for (let i = 0; i < n; i++) {
    seed = (seed * 48271) % 2147483647;
    a[i] = seed;
  }
  sort(a, 0, n - 1);
  let digest: i64 = 0;
  for (let i = 0; i < n; i++) digest = (digest * 31 + a[i]) % 1000000007;
  return <f64>digest;
}
