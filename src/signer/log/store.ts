// The log's files: an append-only record file fsynced before an append returns, and the last checkpoint.
import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from "node:fs";
import { dirname, join } from "node:path";
import { bytesEqual } from "../codec.js";
import { fail, ok, type Result } from "../result.js";
import { sha256 } from "./merkle.js";

const ENTRIES_FILE = "entries";
const CHECKPOINT_FILE = "checkpoint";
/** Record = u32 BE data length || first 8 bytes of SHA-256(data) || data. */
const RECORD_HEADER = 12;
export const MAX_ENTRY = 1024 * 1024;

export interface OpenedStore {
  readonly store: LogStore;
  readonly entries: readonly Uint8Array[];
  /** The last checkpoint note the log signed, if any. */
  readonly checkpointNote?: string;
  /** Bytes of a torn final record (a crash mid-append, never acknowledged) that were cut off. */
  readonly truncatedBytes: number;
}

function fsyncDirectory(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function errorText(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}

export class LogStore {
  private constructor(
    private readonly dir: string,
    private readonly fd: number,
    private length: number,
  ) {}

  /** Opens (or creates) the log folder, cutting off a torn final record and refusing real corruption. */
  static open(dir: string): Result<OpenedStore> {
    try {
      if (!existsSync(dir)) {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        fsyncDirectory(dirname(dir));
      }
      const path = join(dir, ENTRIES_FILE);
      const created = !existsSync(path);
      const fd = openSync(path, "a+");
      if (created) fsyncDirectory(dir);
      const bytes = readFileSync(path);
      const parsed = parseRecords(bytes);
      if (!parsed.ok) {
        closeSync(fd);
        return fail(`${path}: ${parsed.error}`);
      }
      const { entries, validLength } = parsed.value;
      if (validLength < bytes.length) {
        ftruncateSync(fd, validLength);
        fsyncSync(fd);
      }
      const checkpointPath = join(dir, CHECKPOINT_FILE);
      const checkpointNote = existsSync(checkpointPath)
        ? readFileSync(checkpointPath, "utf8")
        : undefined;
      return ok({
        store: new LogStore(dir, fd, validLength),
        entries,
        ...(checkpointNote !== undefined ? { checkpointNote } : {}),
        truncatedBytes: bytes.length - validLength,
      });
    } catch (caught) {
      return fail(`cannot open the log in ${dir}: ${errorText(caught)}`);
    }
  }

  /** Appends one record and returns only once it is on disk. */
  append(data: Uint8Array): Result<void> {
    return this.appendAll([data]);
  }

  /** Appends records with one write and one fsync (group commit); returns once all are on disk. */
  appendAll(entries: readonly Uint8Array[]): Result<void> {
    let size = 0;
    for (const data of entries) {
      if (data.length > MAX_ENTRY)
        return fail(`log entry of ${data.length} bytes exceeds ${MAX_ENTRY}`);
      size += RECORD_HEADER + data.length;
    }
    const records = new Uint8Array(size);
    let at = 0;
    for (const data of entries) {
      new DataView(records.buffer).setUint32(at, data.length);
      records.set(sha256(data).subarray(0, 8), at + 4);
      records.set(data, at + RECORD_HEADER);
      at += RECORD_HEADER + data.length;
    }
    try {
      let written = 0;
      while (written < records.length) written += writeSync(this.fd, records, written);
      fsyncSync(this.fd);
      this.length += records.length;
      return ok(undefined);
    } catch (caught) {
      // A partial write is cut off so the next append does not land behind garbage.
      try {
        ftruncateSync(this.fd, this.length);
      } catch {
        // The torn tail is also cut off at the next open.
      }
      return fail(`cannot append to the log: ${errorText(caught)}`);
    }
  }

  /** Replaces the checkpoint file atomically (write, fsync, rename, fsync folder). */
  saveCheckpoint(note: string): Result<void> {
    const path = join(this.dir, CHECKPOINT_FILE);
    const temporary = `${path}.tmp`;
    try {
      const fd = openSync(temporary, "w", 0o644);
      try {
        writeSync(fd, note);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, path);
      fsyncDirectory(this.dir);
      return ok(undefined);
    } catch (caught) {
      return fail(`cannot save the checkpoint: ${errorText(caught)}`);
    }
  }

  /** The size of the record file as this process knows it (for tests and diagnostics). */
  get byteLength(): number {
    return fstatSync(this.fd).size;
  }

  close(): void {
    closeSync(this.fd);
  }
}

function parseRecords(bytes: Uint8Array): Result<{ entries: Uint8Array[]; validLength: number }> {
  const entries: Uint8Array[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (bytes.length - offset < RECORD_HEADER) break;
    const length = new DataView(bytes.buffer, bytes.byteOffset + offset, 4).getUint32(0);
    const end = offset + RECORD_HEADER + length;
    // A crash can leave a record cut short, or file space allocated but never written (zeros).
    if (end > bytes.length || bytes.subarray(offset).every((b) => b === 0)) break;
    if (length > MAX_ENTRY) {
      return fail(
        `record ${entries.length} at byte ${offset} claims ${length} bytes; the log is corrupt`,
      );
    }
    const data = bytes.subarray(offset + RECORD_HEADER, end);
    if (
      !bytesEqual(sha256(data).subarray(0, 8), bytes.subarray(offset + 4, offset + RECORD_HEADER))
    ) {
      // Only the final record can be torn by a crash; a bad checksum before it is corruption.
      if (end === bytes.length) break;
      return fail(
        `record ${entries.length} at byte ${offset} fails its checksum; the log is corrupt`,
      );
    }
    entries.push(Uint8Array.from(data));
    offset = end;
  }
  return ok({ entries, validLength: offset });
}
