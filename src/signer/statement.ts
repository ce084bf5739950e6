// The signed statement: what a signature asserts about a module, and its one canonical byte encoding.
import { ByteReader, ByteWriter, bytesEqual } from "./codec.js";

export const STATEMENT_PURPOSE = "spindle-module-signature-v1";

export type KeyScope = "local" | "shared";

/** A named SHA-256 digest of a source file or of an imported interface. */
export interface NamedDigest {
  readonly name: string;
  readonly sha256: Uint8Array;
}

export interface CompilerIdentity {
  readonly name: string;
  readonly version: string;
}

export interface Statement {
  /** SHA-512 of every module byte before the `spindle.sig` section. */
  readonly moduleDigest: Uint8Array;
  /** 8-byte key id of the signing key (see keys.ts). */
  readonly keyId: Uint8Array;
  readonly scope: KeyScope;
  readonly compiler: CompilerIdentity;
  readonly moduleName: string;
  /** Signing time in whole seconds since the Unix epoch, UTC. */
  readonly time: number;
  /** Sorted by name, names unique. */
  readonly sources: readonly NamedDigest[];
  /** Sorted by name, names unique. */
  readonly interfaces: readonly NamedDigest[];
  /** Present exactly when scope is "shared": the entry's index in the service's log. */
  readonly logIndex?: number;
}

const MAX_TEXT = 1024;
const MAX_DIGESTS = 4096;

export type StatementResult =
  | { readonly ok: true; readonly statement: Statement }
  | { readonly ok: false; readonly error: string };

/** Sorts digests by name so that callers need not care about order. */
export function sortDigests(digests: readonly NamedDigest[]): NamedDigest[] {
  return [...digests].sort((a, b) => compareBytes(utf8(a.name), utf8(b.name)));
}

export function encodeStatement(statement: Statement): Uint8Array {
  const writer = new ByteWriter()
    .text(STATEMENT_PURPOSE)
    .bytes(statement.moduleDigest)
    .bytes(statement.keyId)
    .text(statement.scope)
    .text(statement.compiler.name)
    .text(statement.compiler.version)
    .text(statement.moduleName)
    .u64(BigInt(statement.time));
  writeDigests(writer, statement.sources);
  writeDigests(writer, statement.interfaces);
  if (statement.logIndex === undefined) writer.u8(0);
  else writer.u8(1).u64(BigInt(statement.logIndex));
  return writer.finish();
}

function writeDigests(writer: ByteWriter, digests: readonly NamedDigest[]): void {
  writer.u32(digests.length);
  for (const digest of digests) writer.text(digest.name).bytes(digest.sha256);
}

/** Decodes a statement, accepting only the exact bytes `encodeStatement` would produce. */
export function decodeStatement(bytes: Uint8Array): StatementResult {
  const reader = new ByteReader(bytes);
  const purpose = reader.text("purpose", 64);
  if (purpose !== undefined && purpose !== STATEMENT_PURPOSE) {
    return { ok: false, error: `unknown statement purpose "${purpose}"` };
  }
  const moduleDigest = fixed(reader, "module digest", 64);
  const keyId = fixed(reader, "key id", 8);
  const scope = reader.text("key scope", 16);
  if (scope !== undefined && scope !== "local" && scope !== "shared") {
    return { ok: false, error: `unknown key scope "${scope}"` };
  }
  const compilerName = reader.text("compiler name", MAX_TEXT);
  const compilerVersion = reader.text("compiler version", MAX_TEXT);
  const moduleName = reader.text("module name", MAX_TEXT);
  const time = reader.u64("time");
  const sources = readDigests(reader, "source");
  const interfaces = readDigests(reader, "interface");
  const hasLogIndex = reader.u8("log index flag");
  let logIndex: bigint | undefined;
  if (hasLogIndex === 1) logIndex = reader.u64("log index");
  else if (hasLogIndex !== undefined && hasLogIndex !== 0)
    reader.fail("log index flag is not 0 or 1");
  if (reader.failure !== undefined) return { ok: false, error: reader.failure };
  if (reader.remaining !== 0)
    return { ok: false, error: `${reader.remaining} stray bytes after the statement` };
  if (
    moduleDigest === undefined ||
    keyId === undefined ||
    (scope !== "local" && scope !== "shared") ||
    compilerName === undefined ||
    compilerVersion === undefined ||
    moduleName === undefined ||
    time === undefined ||
    sources === undefined ||
    interfaces === undefined
  ) {
    return { ok: false, error: "incomplete statement" };
  }
  if (
    time > BigInt(Number.MAX_SAFE_INTEGER) ||
    (logIndex ?? 0n) > BigInt(Number.MAX_SAFE_INTEGER)
  ) {
    return { ok: false, error: "time or log index out of range" };
  }
  if (scope === "shared" && logIndex === undefined) {
    return { ok: false, error: "a shared-key statement must carry a log index" };
  }
  if (scope === "local" && logIndex !== undefined) {
    return { ok: false, error: "a local-key statement must not carry a log index" };
  }
  const statement: Statement = {
    moduleDigest,
    keyId,
    scope,
    compiler: { name: compilerName, version: compilerVersion },
    moduleName,
    time: Number(time),
    sources,
    interfaces,
    ...(logIndex !== undefined ? { logIndex: Number(logIndex) } : {}),
  };
  // The encoding has one form per statement; anything else is a forgery or a bug.
  if (!bytesEqual(encodeStatement(statement), bytes)) {
    return { ok: false, error: "statement is not in canonical form" };
  }
  return { ok: true, statement };
}

function fixed(reader: ByteReader, what: string, size: number): Uint8Array | undefined {
  const bytes = reader.bytes(what, size);
  if (bytes !== undefined && bytes.length !== size) {
    return reader.fail(`${what} is ${bytes.length} bytes, expected ${size}`);
  }
  return bytes;
}

function readDigests(reader: ByteReader, what: string): NamedDigest[] | undefined {
  const count = reader.u32(`${what} digest count`);
  if (count === undefined) return undefined;
  if (count > MAX_DIGESTS) return reader.fail(`${count} ${what} digests, more than ${MAX_DIGESTS}`);
  const out: NamedDigest[] = [];
  for (let i = 0; i < count; i++) {
    const name = reader.text(`${what} name`, MAX_TEXT);
    const sha256 = fixed(reader, `${what} digest`, 32);
    if (name === undefined || sha256 === undefined) return undefined;
    const previous = out[out.length - 1];
    if (previous && compareBytes(utf8(previous.name), utf8(name)) >= 0) {
      return reader.fail(`${what} digests are not sorted by name without duplicates`);
    }
    out.push({ name, sha256 });
  }
  return out;
}

const encoder = new TextEncoder();

function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}
