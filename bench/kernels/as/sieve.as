// Sieve of Eratosthenes: counts the primes up to n.
export function run(n: i32): f64 {
  const composite = new Uint8Array(n + 1);
  let count: i64 = 0;
  for (let i: i64 = 2; i <= n; i++) {
    if (!composite[<i32>i]) {
      count++;
      for (let j: i64 = i * i; j <= n; j += i) composite[<i32>j] = 1;
    }
  }
  return <f64>count;
}
