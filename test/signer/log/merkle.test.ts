import { describe, expect, it } from "vitest";
import { toHex } from "../../../src/signer/codec.js";
import {
  consistencyProof,
  inclusionProof,
  leafHash,
  nodeHash,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from "../../../src/signer/log/merkle.js";

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, "hex"));
// The Certificate Transparency reference leaves and roots (RFC 6962 test vectors).
const DATA = [
  "",
  "00",
  "10",
  "2021",
  "3031",
  "40414243",
  "5051525354555657",
  "606162636465666768696a6b6c6d6e6f",
].map(hex);
const ROOTS = [
  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];
const LEAVES = DATA.map(leafHash);

describe("RFC 6962 Merkle trees", () => {
  it("hash leaves and nodes with the 0x00 / 0x01 prefixes, by hand for three leaves", () => {
    const [a, b, c] = [hex("61"), hex("62"), hex("63")].map(leafHash) as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    expect(toHex(rootOf([a, b, c]))).toBe(toHex(nodeHash(nodeHash(a, b), c)));
    expect(inclusionProof([a, b, c], 2, 3).map(toHex)).toEqual([toHex(nodeHash(a, b))]);
    expect(inclusionProof([a, b, c], 0, 3).map(toHex)).toEqual([toHex(b), toHex(c)]);
    expect(consistencyProof([a, b, c], 2, 3).map(toHex)).toEqual([toHex(c)]);
    expect(consistencyProof([a, b, c], 1, 3).map(toHex)).toEqual([toHex(b), toHex(c)]);
  });

  it("match the reference roots for every size 0..8", () => {
    for (let n = 0; n <= 8; n++)
      expect(toHex(rootOf(LEAVES.slice(0, n))), `size ${n}`).toBe(ROOTS[n]);
  });

  it("produce the reference inclusion proofs", () => {
    expect(inclusionProof(LEAVES, 0, 8).map(toHex)).toEqual([
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]);
    expect(inclusionProof(LEAVES, 5, 8).map(toHex)).toEqual([
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]);
  });

  const many = Array.from({ length: 40 }, (_, i) => leafHash(Uint8Array.of(i, i * 7)));

  it("verify every inclusion proof of every tree up to 40 leaves with the RFC 9162 algorithm, and no wrong one", () => {
    for (let size = 1; size <= many.length; size++) {
      const root = rootOf(many, 0, size);
      for (let index = 0; index < size; index++) {
        const proof = inclusionProof(many, index, size);
        const leaf = many[index] ?? new Uint8Array();
        expect(verifyInclusion(index, size, leaf, proof, root)).toBe(true);
        if (size > 1) {
          expect(verifyInclusion((index + 1) % size, size, leaf, proof, root)).toBe(false);
          expect(verifyInclusion(index, size, many[(index + 1) % size] ?? leaf, proof, root)).toBe(
            false,
          );
        }
      }
    }
  });

  it("verify every consistency proof between trees up to 40 leaves, and reject tampered ones", () => {
    for (let second = 1; second <= many.length; second++) {
      const secondRoot = rootOf(many, 0, second);
      for (let first = 0; first <= second; first++) {
        const firstRoot = rootOf(many, 0, first);
        const proof = consistencyProof(many, first, second);
        expect(
          verifyConsistency(first, second, firstRoot, secondRoot, proof),
          `${first}→${second}`,
        ).toBe(true);
        if (first > 0 && first < second) {
          const bad = proof.map((h, i) => (i === 0 ? leafHash(h) : h));
          expect(verifyConsistency(first, second, firstRoot, secondRoot, bad)).toBe(false);
          expect(verifyConsistency(first, second, secondRoot, secondRoot, proof)).toBe(false);
        }
      }
    }
  });

  it("verify the reference consistency proofs", () => {
    const p = (...h: string[]) => h.map(hex);
    expect(
      verifyConsistency(
        1,
        8,
        hex(ROOTS[1] ?? ""),
        hex(ROOTS[8] ?? ""),
        p(
          "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
          "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
          "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
        ),
      ),
    ).toBe(true);
    expect(consistencyProof(LEAVES, 6, 8).map(toHex)).toEqual([
      "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]);
    expect(consistencyProof(LEAVES, 2, 5).map(toHex)).toEqual([
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
    ]);
  });
});

describe("the subtree cache", () => {
  it("gives the same roots and proofs as the uncached recursion while the tree grows", () => {
    const cache = new Map<number, Uint8Array>();
    const leaves: Uint8Array[] = [];
    for (let i = 0; i < 70; i++) {
      leaves.push(leafHash(Uint8Array.of(i)));
      const size = leaves.length;
      expect(toHex(rootOf(leaves, 0, size, cache))).toBe(toHex(rootOf(leaves)));
      const index = (i * 7) % size;
      expect(inclusionProof(leaves, index, size, cache).map(toHex)).toEqual(
        inclusionProof(leaves, index, size).map(toHex),
      );
      const m = Math.floor(size / 3);
      expect(consistencyProof(leaves, m, size, cache).map(toHex)).toEqual(
        consistencyProof(leaves, m, size).map(toHex),
      );
    }
    expect(cache.size).toBeGreaterThan(0);
  });
});
