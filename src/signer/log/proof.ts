// C2SP tlog-proof (c2sp.org/tlog-proof@v1): an offline-verifiable inclusion proof with its checkpoint.
import { fromBase64, toBase64 } from "../codec.js";
import { fail, ok, type Result } from "../result.js";
import { parseCheckpoint, type Checkpoint } from "./checkpoint.js";
import { verifyInclusion, type Hash } from "./merkle.js";
import { openNote, type NoteVerifier } from "./note.js";

export const TLOG_PROOF_HEADER = "c2sp.org/tlog-proof@v1";
const MAX_PATH = 64;

export interface TlogProof {
  readonly index: number;
  readonly path: readonly Hash[];
  /** The signed checkpoint note, verbatim. */
  readonly checkpointNote: string;
  readonly extra?: Uint8Array;
}

export function formatTlogProof(proof: TlogProof): string {
  const lines = [TLOG_PROOF_HEADER];
  if (proof.extra) lines.push(`extra ${toBase64(proof.extra)}`);
  lines.push(`index ${proof.index}`);
  for (const hash of proof.path) lines.push(toBase64(hash));
  return lines.join("\n") + "\n\n" + proof.checkpointNote;
}

export function parseTlogProof(text: string): Result<TlogProof> {
  const blank = text.indexOf("\n\n");
  if (blank < 0) return fail("the log proof has no blank line before its checkpoint");
  const lines = text.slice(0, blank).split("\n");
  const checkpointNote = text.slice(blank + 2);
  if (lines[0] !== TLOG_PROOF_HEADER)
    return fail(`the log proof does not start with ${TLOG_PROOF_HEADER}`);
  let at = 1;
  let extra: Uint8Array | undefined;
  const extraLine = lines[at];
  if (extraLine?.startsWith("extra ")) {
    extra = fromBase64(extraLine.slice(6));
    if (!extra) return fail("the log proof's extra data is not base64");
    at++;
  }
  const indexMatch = /^index (0|[1-9][0-9]*)$/.exec(lines[at] ?? "");
  if (!indexMatch) return fail("the log proof has no valid index line");
  const index = Number(indexMatch[1]);
  if (!Number.isSafeInteger(index)) return fail("the log proof index is too large");
  const hashLines = lines.slice(at + 1);
  if (hashLines.length > MAX_PATH) return fail(`the log proof has more than ${MAX_PATH} hashes`);
  const path: Hash[] = [];
  for (const line of hashLines) {
    const hash = fromBase64(line);
    if (!hash || hash.length !== 32) return fail("a log proof hash is not 32 bytes in base64");
    path.push(hash);
  }
  return ok({ index, path, checkpointNote, ...(extra ? { extra } : {}) });
}

export interface VerifiedInclusion {
  readonly index: number;
  readonly checkpoint: Checkpoint;
}

/** Checks the checkpoint's signature by the log key, its origin, and the entry's inclusion under it. */
export function verifyTlogProof(
  text: string,
  entryLeafHash: Hash,
  logKey: NoteVerifier,
): Result<VerifiedInclusion> {
  const proof = parseTlogProof(text);
  if (!proof.ok) return proof;
  const opened = openNote(proof.value.checkpointNote, logKey);
  if (!opened.ok) return fail(`checkpoint: ${opened.error}`);
  const checkpoint = parseCheckpoint(opened.value);
  if (!checkpoint.ok) return checkpoint;
  if (checkpoint.value.origin !== logKey.name) {
    return fail(`the checkpoint is for log "${checkpoint.value.origin}", not "${logKey.name}"`);
  }
  const { index, path } = proof.value;
  if (!verifyInclusion(index, checkpoint.value.size, entryLeafHash, path, checkpoint.value.root)) {
    return fail(
      `the inclusion proof for entry ${index} does not lead to the checkpoint's root at size ${checkpoint.value.size}`,
    );
  }
  return ok({ index, checkpoint: checkpoint.value });
}
