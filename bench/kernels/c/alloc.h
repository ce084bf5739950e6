/* A bump allocator over linear memory with a free list per kernel: -nostdlib has no malloc. */
#ifndef BENCH_ALLOC_H
#define BENCH_ALLOC_H
extern unsigned char __heap_base;
static unsigned long heap_top = 0;

static void *bump(unsigned long size) {
  if (heap_top == 0) heap_top = (unsigned long)&__heap_base;
  heap_top = (heap_top + 7) & ~7UL;
  unsigned long end = heap_top + size;
  unsigned long have = __builtin_wasm_memory_size(0) * 65536UL;
  if (end > have) __builtin_wasm_memory_grow(0, (end - have + 65535) / 65536);
  void *p = (void *)heap_top;
  heap_top = end;
  return p;
}

/* Memory used by one run is given back at the start of the next. */
static unsigned long heap_mark(void) {
  if (heap_top == 0) heap_top = (unsigned long)&__heap_base;
  return heap_top;
}
static void heap_release(unsigned long mark) { heap_top = mark; }
#endif
