// C2SP tlog-checkpoint bodies (c2sp.org/tlog-checkpoint): origin, tree size and root hash, one per line.
import { fromBase64, toBase64 } from "../codec.js";
import { fail, ok, type Result } from "../result.js";
import { verifyConsistency, type Hash } from "./merkle.js";
import { openNote, type NoteVerifier } from "./note.js";

export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly root: Hash;
}

export function formatCheckpoint(checkpoint: Checkpoint): string {
  return `${checkpoint.origin}\n${checkpoint.size}\n${toBase64(checkpoint.root)}\n`;
}

/** Parses a checkpoint body (the text of its signed note); extension lines are allowed and ignored. */
export function parseCheckpoint(text: string): Result<Checkpoint> {
  if (!text.endsWith("\n")) return fail("the checkpoint does not end with a newline");
  const lines = text.slice(0, -1).split("\n");
  const [origin, sizeText, rootText] = lines;
  if (origin === undefined || origin === "") return fail("the checkpoint has no origin line");
  if (sizeText === undefined || !/^(0|[1-9][0-9]*)$/.test(sizeText)) {
    return fail(
      `the checkpoint tree size "${sizeText ?? ""}" is not a decimal without leading zeros`,
    );
  }
  const size = Number(sizeText);
  if (!Number.isSafeInteger(size)) return fail("the checkpoint tree size is too large");
  const root = rootText === undefined ? undefined : fromBase64(rootText);
  if (!root || root.length !== 32)
    return fail("the checkpoint root hash is not 32 bytes in base64");
  if (lines.slice(3).some((line) => line === ""))
    return fail("the checkpoint has an empty extension line");
  return ok({ origin, size, root });
}

/** Two checkpoints, each signed by the log, and a proof that the second extends the first. */
export function verifyCheckpointGrowth(
  olderNote: string,
  newerNote: string,
  proof: readonly Hash[],
  verifier: NoteVerifier,
): Result<{ readonly older: Checkpoint; readonly newer: Checkpoint }> {
  const heads: Checkpoint[] = [];
  for (const [label, note] of [
    ["older", olderNote],
    ["newer", newerNote],
  ] as const) {
    const text = openNote(note, verifier);
    if (!text.ok) return fail(`${label} checkpoint: ${text.error}`);
    const checkpoint = parseCheckpoint(text.value);
    if (!checkpoint.ok) return fail(`${label} checkpoint: ${checkpoint.error}`);
    if (checkpoint.value.origin !== verifier.name) {
      return fail(
        `${label} checkpoint is for log "${checkpoint.value.origin}", not "${verifier.name}"`,
      );
    }
    heads.push(checkpoint.value);
  }
  const [older, newer] = heads as [Checkpoint, Checkpoint];
  if (!verifyConsistency(older.size, newer.size, older.root, newer.root, proof)) {
    return fail(
      `the log at size ${newer.size} does not extend the log at size ${older.size}: it rewrote history`,
    );
  }
  return ok({ older, newer });
}
