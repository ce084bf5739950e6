/* Binary trees (after the benchmarks game): allocation, with a free list instead of a collector. */
#include "alloc.h"

typedef struct Tree {
  struct Tree *left, *right;
} Tree;

static Tree *free_list = 0;

static Tree *make(int depth) {
  Tree *t;
  if (free_list) {
    t = free_list;
    free_list = t->left;
  } else {
    t = bump(sizeof(Tree));
  }
  if (depth == 0) {
    t->left = t->right = 0;
  } else {
    t->left = make(depth - 1);
    t->right = make(depth - 1);
  }
  return t;
}

static void release(Tree *t) {
  if (t->left) {
    release(t->left);
    release(t->right);
  }
  t->left = free_list;
  free_list = t;
}

static long long check(Tree *t) {
  if (!t->left) return 1;
  return 1 + check(t->left) + check(t->right);
}

static long long check_and_free(Tree *t) {
  long long c = check(t);
  release(t);
  return c;
}

double run(int n) {
  long long total = check_and_free(make(n + 1));
  Tree *long_lived = make(n);
  for (int depth = 4; depth <= n; depth += 2) {
    int iterations = 1 << (n - depth + 4);
    for (int i = 1; i <= iterations; i++) total += check_and_free(make(depth));
  }
  return (double)(total + check_and_free(long_lived));
}
