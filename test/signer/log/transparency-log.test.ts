import {
  appendFileSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { spawnTypeScript } from "../spawn-ts.js";
import { toHex } from "../../../src/signer/codec.js";
import { parseCheckpoint } from "../../../src/signer/log/checkpoint.js";
import { leafHash, verifyConsistency } from "../../../src/signer/log/merkle.js";
import {
  formatVerifierKey,
  noteVerifier,
  openNote,
  parseVerifierKey,
  signNote,
} from "../../../src/signer/log/note.js";
import { parseTlogProof, verifyTlogProof } from "../../../src/signer/log/proof.js";
import { TransparencyLog } from "../../../src/signer/log/transparency-log.js";
import { fixedKey } from "../fixtures.js";
import { expectNextCheckpointConsistent, signedHead } from "./consistency.js";

const logKey = fixedKey(9);
const ORIGIN = "spindle.test/log";
const dirs: string[] = [];

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "spindle-log-"));
  dirs.push(dir);
  return join(dir, "log");
}

function openLog(dir: string): TransparencyLog {
  const opened = TransparencyLog.open(dir, logKey, ORIGIN);
  if (!opened.ok) throw new Error(opened.error);
  return opened.value;
}

const entry = (i: number): Uint8Array => new TextEncoder().encode(`entry ${i}`);

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("signed notes", () => {
  const verifier = noteVerifier(ORIGIN, logKey.publicKey);

  it("sign and open, with the C2SP key id and verifier key string", () => {
    const note = signNote("hello\n", ORIGIN, logKey.seed, logKey.publicKey);
    expect(note).toMatch(/^hello\n\n\u2014 spindle\.test\/log [A-Za-z0-9+/]{91}=\n$/);
    expect(openNote(note, verifier)).toEqual({ ok: true, value: "hello\n" });
    const vkey = formatVerifierKey(verifier);
    expect(vkey).toMatch(/^spindle\.test\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    const parsed = parseVerifierKey(vkey);
    expect(parsed.ok && toHex(parsed.value.publicKey)).toBe(toHex(logKey.publicKey));
  });

  it("reject a changed text, a note signed by another key and a forged key id", () => {
    const note = signNote("hello\n", ORIGIN, logKey.seed, logKey.publicKey);
    expect(openNote(note.replace("hello", "jello"), verifier)).toEqual({
      ok: false,
      error:
        "the signature by spindle.test/log does not verify: the Ed25519 signature does not match",
    });
    const other = fixedKey(10);
    expect(openNote(signNote("hello\n", ORIGIN, other.seed, other.publicKey), verifier)).toEqual({
      ok: false,
      error: `the note is not signed by ${ORIGIN}+${toHex(verifier.keyId)}`,
    });
    expect(
      parseVerifierKey(formatVerifierKey(verifier).replace(/\+[0-9a-f]{8}\+/, "+00000000+")).ok,
    ).toBe(false);
  });
});

describe("the transparency log", () => {
  it("appends, signs checkpoints and proves inclusion in the C2SP tlog-proof format", () => {
    const log = openLog(freshDir());
    for (let i = 0; i < 5; i++) expect(log.append(entry(i))).toEqual({ ok: true, value: i });
    const proof = log.proof(3);
    expect(proof.ok).toBe(true);
    if (!proof.ok) return;
    expect(proof.value.split("\n").slice(0, 2)).toEqual(["c2sp.org/tlog-proof@v1", "index 3"]);
    const verified = verifyTlogProof(proof.value, leafHash(entry(3)), log.verifier);
    expect(verified.ok && verified.value.checkpoint.size).toBe(5);
    expect(verifyTlogProof(proof.value, leafHash(entry(2)), log.verifier)).toEqual({
      ok: false,
      error: "the inclusion proof for entry 3 does not lead to the checkpoint's root at size 5",
    });
    expect(parseTlogProof(proof.value).ok).toBe(true);
    log.close();
  });

  it("continues the same tree after a restart and proves the old checkpoint consistent with the new", () => {
    const dir = freshDir();
    const first = openLog(dir);
    for (let i = 0; i < 3; i++) first.append(entry(i));
    const before = first.checkpoint();
    first.close();
    const second = openLog(dir);
    expect(second.size).toBe(3);
    expect(second.head).toBe(before.ok ? before.value : "");
    for (let i = 3; i < 7; i++) second.append(entry(i));
    const after = second.checkpoint();
    expect(after.ok).toBe(true);
    const oldText = openNote(before.ok ? before.value : "", second.verifier);
    const oldHead = parseCheckpoint(oldText.ok ? oldText.value : "");
    expect(oldHead.ok && oldHead.value.size).toBe(3);
    if (!oldHead.ok) return;
    expect(
      verifyConsistency(3, 7, oldHead.value.root, second.root(7), second.consistencyProof(3, 7)),
    ).toBe(true);
    second.close();
  });

  it("refuses to open a log whose entries disagree with its signed checkpoint", () => {
    const dir = freshDir();
    const log = openLog(dir);
    for (let i = 0; i < 4; i++) log.append(entry(i));
    log.checkpoint();
    log.close();
    const bytes = readFileSync(join(dir, "entries"));
    truncateSync(join(dir, "entries"), bytes.length - 5);
    expect(TransparencyLog.open(dir, logKey, ORIGIN)).toEqual({
      ok: false,
      error: `${dir}: the log signed a checkpoint at size 4 but only 3 entries are on disk; acknowledged entries are missing`,
    });
    // Rewriting history: same number of entries, different content, same checkpoint.
    const dir2 = freshDir();
    const honest = openLog(dir2);
    for (let i = 0; i < 4; i++) honest.append(entry(i));
    honest.checkpoint();
    honest.close();
    const note = readFileSync(join(dir2, "checkpoint"), "utf8");
    rmSync(dir2, { recursive: true });
    const forger = openLog(dir2);
    for (let i = 0; i < 4; i++) forger.append(entry(i + 100));
    forger.close();
    writeFileSync(join(dir2, "checkpoint"), note);
    expect(TransparencyLog.open(dir2, logKey, ORIGIN)).toEqual({
      ok: false,
      error: `${dir2}: the entries on disk do not match the checkpoint signed at size 4`,
    });
  });

  it("cuts off a torn final record and refuses corruption before it", () => {
    const dir = freshDir();
    const log = openLog(dir);
    for (let i = 0; i < 3; i++) log.append(entry(i));
    log.close();
    appendFileSync(join(dir, "entries"), Uint8Array.of(0, 0, 0, 50, 1, 2, 3));
    const reopened = openLog(dir);
    expect(reopened.size).toBe(3);
    expect(reopened.truncatedBytes).toBe(7);
    reopened.close();
    const bytes = readFileSync(join(dir, "entries"));
    bytes[14] = (bytes[14] ?? 0) ^ 1;
    writeFileSync(join(dir, "entries"), bytes);
    expect(TransparencyLog.open(dir, logKey, ORIGIN)).toEqual({
      ok: false,
      error: `${join(dir, "entries")}: record 0 at byte 0 fails its checksum; the log is corrupt`,
    });
  });

  it("keeps every acknowledged entry across a kill -9 in the middle of appending", async () => {
    const dir = freshDir();
    const child = spawnTypeScript("test/signer/log/crash-child.ts", [dir]);
    let acknowledged = -1;
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      let buffered = "";
      child.stdout.on("data", (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          const match = /^ack (\d+)$/.exec(line);
          if (match) acknowledged = Number(match[1]);
        }
        if (acknowledged >= 60) child.kill("SIGKILL");
      });
      child.on("exit", (_code, signal) =>
        signal === "SIGKILL" ? resolve() : reject(new Error(`child exited: ${stderr}`)),
      );
    });
    const log = openLog(dir);
    expect(log.size).toBeGreaterThanOrEqual(acknowledged + 1);
    for (let i = 0; i <= acknowledged; i++)
      expect(toHex(log.entry(i) ?? new Uint8Array())).toBe(
        toHex(new TextEncoder().encode(`entry ${i} `.repeat(1 + (i % 50)))),
      );
    const saved = signedHead(log);
    log.append(entry(9999));
    expectNextCheckpointConsistent(log, saved);
    log.close();
  });
});
