// RFC 6962/9162 Merkle tree hashing: leaf and node hashes, roots, inclusion and consistency proofs.
import { createHash } from "node:crypto";
import { bytesEqual } from "../codec.js";

export type Hash = Uint8Array;

export function sha256(...parts: Uint8Array[]): Hash {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

export function leafHash(data: Uint8Array): Hash {
  return sha256(Uint8Array.of(0x00), data);
}

export function nodeHash(left: Hash, right: Hash): Hash {
  return sha256(Uint8Array.of(0x01), left, right);
}

/** The largest power of two strictly smaller than n (n ≥ 2). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * Hashes of complete, aligned subtrees (size a power of two, at least 8): once complete they never
 * change, so a growing log hashes O(log n) nodes per root or proof instead of O(n).
 */
export type SubtreeCache = Map<number, Hash>;

const MIN_CACHED = 8;

function isCompleteSubtree(start: number, size: number): boolean {
  return size >= MIN_CACHED && (size & (size - 1)) === 0 && start % size === 0 && size < 2 ** 30;
}

/** MTH(D[start:end]) over leaf hashes. */
export function rootOf(
  leaves: readonly Hash[],
  start = 0,
  end = leaves.length,
  cache?: SubtreeCache,
): Hash {
  const n = end - start;
  if (n === 0) return sha256();
  if (n === 1) return leaves[start] ?? sha256();
  const cacheable = cache !== undefined && isCompleteSubtree(start, n);
  const key = start * 32 + Math.log2(n);
  if (cacheable) {
    const known = cache.get(key);
    if (known) return known;
  }
  const k = splitPoint(n);
  const root = nodeHash(
    rootOf(leaves, start, start + k, cache),
    rootOf(leaves, start + k, end, cache),
  );
  if (cacheable) cache.set(key, root);
  return root;
}

/** PATH(m, D[0:size]) of RFC 6962 §2.1.1, leaf sibling first. */
export function inclusionProof(
  leaves: readonly Hash[],
  index: number,
  size: number,
  cache?: SubtreeCache,
): Hash[] {
  const path: Hash[] = [];
  const walk = (m: number, start: number, end: number): void => {
    const n = end - start;
    if (n <= 1) return;
    const k = splitPoint(n);
    if (m < k) {
      walk(m, start, start + k);
      path.push(rootOf(leaves, start + k, end, cache));
    } else {
      walk(m - k, start + k, end);
      path.push(rootOf(leaves, start, start + k, cache));
    }
  };
  walk(index, 0, size);
  return path;
}

/** PROOF(m, D[0:n]) of RFC 6962 §2.1.2. */
export function consistencyProof(
  leaves: readonly Hash[],
  m: number,
  n: number,
  cache?: SubtreeCache,
): Hash[] {
  const proof: Hash[] = [];
  const subproof = (m2: number, start: number, end: number, complete: boolean): void => {
    const size = end - start;
    if (m2 === size) {
      if (!complete) proof.push(rootOf(leaves, start, end, cache));
      return;
    }
    const k = splitPoint(size);
    if (m2 <= k) {
      subproof(m2, start, start + k, complete);
      proof.push(rootOf(leaves, start + k, end, cache));
    } else {
      subproof(m2 - k, start + k, end, false);
      proof.push(rootOf(leaves, start, start + k, cache));
    }
  };
  if (m > 0 && m < n) subproof(m, 0, n, true);
  return proof;
}

const isOdd = (n: number): boolean => n % 2 === 1;
const half = (n: number): number => Math.floor(n / 2);

/** RFC 9162 §2.1.3.2. */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Hash,
  proof: readonly Hash[],
  root: Hash,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size)
    return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return sn === 0 && bytesEqual(r, root);
}

/** RFC 9162 §2.1.4.2, plus the trivial cases of an empty first tree and equal sizes. */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Hash,
  secondRoot: Hash,
  proof: readonly Hash[],
): boolean {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second)
    return false;
  if (first === 0) return proof.length === 0 && bytesEqual(firstRoot, sha256());
  if (first === second) return proof.length === 0 && bytesEqual(firstRoot, secondRoot);
  if (proof.length === 0) return false;
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  const [head, ...rest] = path;
  if (!head) return false;
  let fr = head;
  let sr = head;
  for (const c of rest) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (!isOdd(fn)) {
        while (!isOdd(fn) && fn !== 0) {
          fn = half(fn);
          sn = half(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  return bytesEqual(fr, firstRoot) && bytesEqual(sr, secondRoot) && sn === 0;
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}
