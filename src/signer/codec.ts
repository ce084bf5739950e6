// Length-prefixed big-endian byte encoding shared by the statement and the signature section.

const encoder = new TextEncoder();

/** Appends fixed-width big-endian integers and u32-length-prefixed byte strings. */
export class ByteWriter {
  private readonly chunks: Uint8Array[] = [];
  private length = 0;

  u8(value: number): this {
    return this.raw(Uint8Array.of(value & 0xff));
  }

  u32(value: number): this {
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, value >>> 0);
    return this.raw(out);
  }

  u64(value: bigint): this {
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, value);
    return this.raw(out);
  }

  bytes(value: Uint8Array): this {
    return this.u32(value.length).raw(value);
  }

  text(value: string): this {
    return this.bytes(encoder.encode(value));
  }

  raw(value: Uint8Array): this {
    this.chunks.push(value);
    this.length += value.length;
    return this;
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Strict UTF-8 decoding; ASCII (every name Spindle writes) skips the slower decoder. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  let ascii = true;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii && bytes.length <= 4096) return String.fromCharCode(...bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Reads what ByteWriter wrote. Every read returns undefined past the end instead of throwing, and
 * the first failure is remembered so a decoder can check once at the end.
 */
export class ByteReader {
  private offset = 0;
  failure: string | undefined;

  constructor(private readonly input: Uint8Array) {}

  get remaining(): number {
    return this.input.length - this.offset;
  }

  fail(reason: string): undefined {
    this.failure ??= reason;
    return undefined;
  }

  u8(what: string): number | undefined {
    const bytes = this.take(1, what);
    return bytes?.[0];
  }

  u32(what: string): number | undefined {
    const bytes = this.take(4, what);
    if (!bytes) return undefined;
    return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  }

  u64(what: string): bigint | undefined {
    const bytes = this.take(8, what);
    if (!bytes) return undefined;
    return new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0);
  }

  /** A length-prefixed byte string no longer than `max`. */
  bytes(what: string, max: number): Uint8Array | undefined {
    const length = this.u32(`length of ${what}`);
    if (length === undefined) return undefined;
    if (length > max) return this.fail(`${what} is ${length} bytes, more than the ${max} allowed`);
    return this.take(length, what);
  }

  text(what: string, max: number): string | undefined {
    const bytes = this.bytes(what, max);
    if (!bytes) return undefined;
    return decodeUtf8(bytes) ?? this.fail(`${what} is not valid UTF-8`);
  }

  take(count: number, what: string): Uint8Array | undefined {
    if (this.failure !== undefined) return undefined;
    if (count > this.remaining) {
      return this.fail(`truncated: ${what} needs ${count} bytes, ${this.remaining} remain`);
    }
    const out = this.input.subarray(this.offset, this.offset + count);
    this.offset += count;
    return out;
  }
}

export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

/** Strict standard base64 (RFC 4648 §4, padded): undefined unless it round-trips exactly. */
export function fromBase64(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return undefined;
  const bytes = Buffer.from(text, "base64");
  if (bytes.toString("base64") !== text) return undefined;
  return new Uint8Array(bytes);
}

export function fromHex(text: string): Uint8Array | undefined {
  if (!/^(?:[0-9a-f]{2})*$/.test(text)) return undefined;
  return new Uint8Array(Buffer.from(text, "hex"));
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/** Text from a file, safe to print on a terminal: control characters become \u escapes. */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}
