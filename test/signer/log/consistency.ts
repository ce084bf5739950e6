// Test support: the checkpoint a log last signed, and the check that the log's next checkpoint is
// consistent with it (what a monitor holding the old head would verify).
import { expect } from "vitest";
import { parseCheckpoint, type Checkpoint } from "../../../src/signer/log/checkpoint.js";
import { verifyConsistency } from "../../../src/signer/log/merkle.js";
import { openNote } from "../../../src/signer/log/note.js";
import type { TransparencyLog } from "../../../src/signer/log/transparency-log.js";

export function signedHead(log: TransparencyLog): Checkpoint {
  const text = openNote(log.head ?? "", log.verifier);
  if (!text.ok) throw new Error(`the log's head does not verify: ${text.error}`);
  const head = parseCheckpoint(text.value);
  if (!head.ok) throw new Error(head.error);
  return head.value;
}

export function expectNextCheckpointConsistent(log: TransparencyLog, saved: Checkpoint): void {
  expect(log.checkpoint().ok).toBe(true);
  const proof = log.consistencyProof(saved.size, log.size);
  expect(verifyConsistency(saved.size, log.size, saved.root, log.root(), proof)).toBe(true);
}
