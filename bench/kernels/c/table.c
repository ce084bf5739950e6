/* A string-keyed chained hash table: n inserts, 2n lookups (half miss), n updates. */
#include "alloc.h"

#define BUCKETS 65536

typedef struct Entry {
  const char *key;
  int length;
  long long value;
  struct Entry *next;
} Entry;

/* The key "key<i>" in a fresh allocation, as the other languages build a new string. */
static char *make_key(long long i, int *length) {
  char digits[24];
  int n = 0;
  do {
    digits[n++] = (char)('0' + i % 10);
    i /= 10;
  } while (i > 0);
  char *key = bump((unsigned long)n + 3);
  key[0] = 'k';
  key[1] = 'e';
  key[2] = 'y';
  for (int k = 0; k < n; k++) key[3 + k] = digits[n - 1 - k];
  *length = n + 3;
  return key;
}

static int hash(const char *key, int length) {
  long long h = 0;
  for (int i = 0; i < length; i++) h = (h * 31 + (unsigned char)key[i]) % 16777216;
  return (int)(h % BUCKETS);
}

static int equal(const char *a, int la, const char *b, int lb) {
  if (la != lb) return 0;
  for (int i = 0; i < la; i++)
    if (a[i] != b[i]) return 0;
  return 1;
}

static Entry *find(Entry **table, const char *key, int length) {
  Entry *e = table[hash(key, length)];
  while (e && !equal(e->key, e->length, key, length)) e = e->next;
  return e;
}

static void put(Entry **table, const char *key, int length, long long value) {
  Entry *e = find(table, key, length);
  if (e) {
    e->value = value;
  } else {
    int b = hash(key, length);
    e = bump(sizeof(Entry));
    e->key = key;
    e->length = length;
    e->value = value;
    e->next = table[b];
    table[b] = e;
  }
}

double run(int n) {
  unsigned long mark = heap_mark();
  Entry **table = bump(BUCKETS * sizeof(Entry *));
  for (int b = 0; b < BUCKETS; b++) table[b] = 0;
  long long total = 0;
  int length;
  for (int i = 0; i < n; i++) {
    char *key = make_key(i, &length);
    put(table, key, length, i);
  }
  for (int i = 0; i < 2 * n; i++) {
    char *key = make_key(i, &length);
    Entry *e = find(table, key, length);
    total += e ? e->value : 1;
  }
  for (int i = 0; i < n; i += 3) {
    char *key = make_key(i, &length);
    put(table, key, length, 2LL * i);
  }
  for (int i = 0; i < n; i++) {
    char *key = make_key(i, &length);
    total += find(table, key, length)->value;
  }
  heap_release(mark);
  return (double)total;
}
