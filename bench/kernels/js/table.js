// A string-keyed chained hash table: n inserts, 2n lookups (half miss), n updates.
const BUCKETS = 65536;

function hash(key) {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) % 16777216;
  return h % BUCKETS;
}

function find(table, key) {
  let e = table[hash(key)];
  while (e !== null && e.key !== key) e = e.next;
  return e;
}

function put(table, key, value) {
  const e = find(table, key);
  if (e !== null) {
    e.value = value;
  } else {
    const b = hash(key);
    table[b] = { key, value, next: table[b] };
  }
}

export function run(n) {
  const table = new Array(BUCKETS).fill(null);
  let total = 0;
  for (let i = 0; i < n; i++) put(table, "key" + i, i);
  for (let i = 0; i < 2 * n; i++) {
    const e = find(table, "key" + i);
    total += e !== null ? e.value : 1;
  }
  for (let i = 0; i < n; i += 3) put(table, "key" + i, 2 * i);
  for (let i = 0; i < n; i++) total += find(table, "key" + i).value;
  return total;
}
