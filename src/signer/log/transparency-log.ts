// The transparency log: the Merkle tree over the stored entries, signed checkpoints and proofs.
import { toHex } from "../codec.js";
import type { KeyPair } from "../keys.js";
import { fail, ok, type Result } from "../result.js";
import { formatCheckpoint, parseCheckpoint, type Checkpoint } from "./checkpoint.js";
import {
  consistencyProof,
  inclusionProof,
  leafHash,
  rootOf,
  verifyConsistency,
  type Hash,
  type SubtreeCache,
} from "./merkle.js";
import { noteVerifier, openNote, signNote, validKeyName, type NoteVerifier } from "./note.js";
import { formatTlogProof } from "./proof.js";
import { LogStore } from "./store.js";

export class TransparencyLog {
  private readonly leaves: Hash[];
  private readonly subtrees: SubtreeCache = new Map();
  private lastCheckpoint: { readonly checkpoint: Checkpoint; readonly note: string } | undefined;

  private constructor(
    private readonly store: LogStore,
    private readonly entries: Uint8Array[],
    private readonly key: KeyPair,
    readonly verifier: NoteVerifier,
    readonly truncatedBytes: number,
  ) {
    this.leaves = entries.map(leafHash);
  }

  /**
   * Opens the log in `dir`; `origin` is both the checkpoint origin and the note key name. Refuses a
   * log whose files disagree with the checkpoint it last signed (lost or rewritten entries).
   */
  static open(dir: string, key: KeyPair, origin: string): Result<TransparencyLog> {
    if (!validKeyName(origin))
      return fail(`log origin "${origin}" is empty or contains spaces or "+"`);
    const opened = LogStore.open(dir);
    if (!opened.ok) return opened;
    const { store, entries, checkpointNote, truncatedBytes } = opened.value;
    const log = new TransparencyLog(
      store,
      [...entries],
      key,
      noteVerifier(origin, key.publicKey),
      truncatedBytes,
    );
    if (checkpointNote !== undefined) {
      const restored = log.restoreCheckpoint(checkpointNote);
      if (!restored.ok) {
        store.close();
        return fail(`${dir}: ${restored.error}`);
      }
    }
    return ok(log);
  }

  private restoreCheckpoint(note: string): Result<void> {
    const text = openNote(note, this.verifier);
    if (!text.ok)
      return fail(`the saved checkpoint is not signed by this log's key: ${text.error}`);
    const checkpoint = parseCheckpoint(text.value);
    if (!checkpoint.ok) return checkpoint;
    if (checkpoint.value.origin !== this.verifier.name) {
      return fail(
        `the saved checkpoint is for log "${checkpoint.value.origin}", not "${this.verifier.name}"`,
      );
    }
    if (checkpoint.value.size > this.leaves.length) {
      return fail(
        `the log signed a checkpoint at size ${checkpoint.value.size} but only ${this.leaves.length} entries are on disk; acknowledged entries are missing`,
      );
    }
    if (
      toHex(rootOf(this.leaves, 0, checkpoint.value.size, this.subtrees)) !==
      toHex(checkpoint.value.root)
    ) {
      return fail(
        `the entries on disk do not match the checkpoint signed at size ${checkpoint.value.size}`,
      );
    }
    this.lastCheckpoint = { checkpoint: checkpoint.value, note };
    return ok(undefined);
  }

  get size(): number {
    return this.leaves.length;
  }

  get origin(): string {
    return this.verifier.name;
  }

  entry(index: number): Uint8Array | undefined {
    return this.entries[index];
  }

  /** Appends an entry durably and returns its index. */
  append(entry: Uint8Array): Result<number> {
    return this.appendAll([entry]);
  }

  /** Appends entries durably with one fsync and returns the index of the first. */
  appendAll(entries: readonly Uint8Array[]): Result<number> {
    const first = this.leaves.length;
    const written = this.store.appendAll(entries);
    if (!written.ok) return written;
    for (const entry of entries) {
      this.entries.push(entry);
      this.leaves.push(leafHash(entry));
    }
    return ok(first);
  }

  /** The root at `size` (default: the whole tree). */
  root(size = this.leaves.length): Hash {
    return rootOf(this.leaves, 0, size, this.subtrees);
  }

  /**
   * Signs (or reuses) the checkpoint for the current tree, after proving it consistent with the last
   * one signed; the new checkpoint is on disk before it is returned.
   */
  checkpoint(): Result<string> {
    const size = this.leaves.length;
    const previous = this.lastCheckpoint;
    if (previous && previous.checkpoint.size === size) return ok(previous.note);
    const root = this.root(size);
    if (previous) {
      const proof = consistencyProof(this.leaves, previous.checkpoint.size, size, this.subtrees);
      if (
        !verifyConsistency(previous.checkpoint.size, size, previous.checkpoint.root, root, proof)
      ) {
        return fail(
          `refusing to sign a checkpoint at size ${size} inconsistent with the one signed at size ${previous.checkpoint.size}`,
        );
      }
    }
    const checkpoint: Checkpoint = { origin: this.verifier.name, size, root };
    const note = signNote(
      formatCheckpoint(checkpoint),
      this.verifier.name,
      this.key.seed,
      this.key.publicKey,
    );
    const saved = this.store.saveCheckpoint(note);
    if (!saved.ok) return saved;
    this.lastCheckpoint = { checkpoint, note };
    return ok(note);
  }

  /** The last signed checkpoint note, if any. */
  get head(): string | undefined {
    return this.lastCheckpoint?.note;
  }

  inclusionProof(index: number, size: number): Hash[] {
    return inclusionProof(this.leaves, index, size, this.subtrees);
  }

  consistencyProof(first: number, second: number): Hash[] {
    return consistencyProof(this.leaves, first, second, this.subtrees);
  }

  /** A tlog-proof for `index` against the latest checkpoint (signing one if the tree grew). */
  proof(index: number): Result<string> {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.leaves.length) {
      return fail(`no log entry ${index}; the log has ${this.leaves.length} entries`);
    }
    const note = this.checkpoint();
    if (!note.ok) return note;
    const size = this.lastCheckpoint?.checkpoint.size ?? this.leaves.length;
    return ok(
      formatTlogProof({
        index,
        path: this.inclusionProof(index, size),
        checkpointNote: note.value,
      }),
    );
  }

  close(): void {
    this.store.close();
  }
}
