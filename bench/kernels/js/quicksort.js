// Quicksort of n integers from a Park-Miller generator; returns an order-sensitive digest.
function sort(a, lo, hi) {
  while (lo < hi) {
    let i = lo;
    let j = hi;
    const pivot = a[lo + ((hi - lo) >> 1)];
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

export function run(n) {
  const a = new Int32Array(n);
  let seed = 42;
  for (let i = 0; i < n; i++) {
    seed = (seed * 48271) % 2147483647;
    a[i] = seed;
  }
  sort(a, 0, n - 1);
  let digest = 0;
  for (let i = 0; i < n; i++) digest = (digest * 31 + a[i]) % 1000000007;
  return digest;
}
