// A string-keyed chained hash table: n inserts, 2n lookups (half miss), n updates.
const BUCKETS: i32 = 65536;

class Entry {
  constructor(
    public key: string,
    public value: i64,
    public next: Entry | null,
  ) {}
}

function hash(key: string): i32 {
  let h: i64 = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) % 16777216;
  return <i32>(h % BUCKETS);
}

function find(table: StaticArray<Entry | null>, key: string): Entry | null {
  let e = table[hash(key)];
  while (e !== null && e.key != key) e = e.next;
  return e;
}

function put(table: StaticArray<Entry | null>, key: string, value: i64): void {
  const e = find(table, key);
  if (e !== null) {
    e.value = value;
  } else {
    const b = hash(key);
    table[b] = new Entry(key, value, table[b]);
  }
}

export function run(n: i32): f64 {
  const table = new StaticArray<Entry | null>(BUCKETS);
  let total: i64 = 0;
  for (let i = 0; i < n; i++) put(table, "key" + i.toString(), i);
  for (let i = 0; i < 2 * n; i++) {
    const e = find(table, "key" + i.toString());
    total += e !== null ? e.value : 1;
  }
  for (let i = 0; i < n; i += 3) put(table, "key" + i.toString(), 2 * i);
  for (let i = 0; i < n; i++) total += find(table, "key" + i.toString())!.value;
  return <f64>total;
}
