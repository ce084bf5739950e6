// Clients of the signing service: the clients file (bearer tokens stored as SHA-256) and authentication.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { readTextFile } from "../files.js";
import { fail, ok, type Result } from "../result.js";

export interface ClientLimits {
  /** Sustained request rate. */
  readonly ratePerMinute: number;
  /** Requests allowed in a burst above the sustained rate. */
  readonly burst: number;
  /** Requests this client may have in flight at once. */
  readonly maxConcurrent: number;
}

export interface ServiceClient extends ClientLimits {
  readonly name: string;
  readonly tokenSha256: Uint8Array;
}

export const DEFAULT_LIMITS: ClientLimits = { ratePerMinute: 60, burst: 10, maxConcurrent: 2 };

export function hashToken(token: string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(token, "utf8").digest());
}

export function newToken(): string {
  return `spindle_${randomBytes(32).toString("base64url")}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function parseClients(text: string): Result<ServiceClient[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("the clients file is not JSON");
  }
  if (!isObject(json) || json["version"] !== 1 || !Array.isArray(json["clients"])) {
    return fail('the clients file must be {"version": 1, "clients": [...]}');
  }
  const clients: ServiceClient[] = [];
  for (const [i, raw] of (json["clients"] as unknown[]).entries()) {
    if (!isObject(raw)) return fail(`clients[${i}]: must be an object`);
    const name = raw["name"];
    if (typeof name !== "string" || !/^[A-Za-z0-9._-]{1,64}$/.test(name)) {
      return fail(`clients[${i}].name: must be 1-64 letters, digits, ".", "_" or "-"`);
    }
    const hash = raw["tokenSha256"];
    if (typeof hash !== "string" || !/^[0-9a-f]{64}$/.test(hash))
      return fail(`clients[${i}].tokenSha256: must be 64 lowercase hex digits`);
    const limits: Record<keyof ClientLimits, number> = { ...DEFAULT_LIMITS };
    for (const field of ["ratePerMinute", "burst", "maxConcurrent"] as const) {
      const value = raw[field];
      if (value === undefined) continue;
      if (typeof value !== "number" || !Number.isInteger(value) || value < 1)
        return fail(`clients[${i}].${field}: must be a positive integer`);
      limits[field] = value;
    }
    if (clients.some((c) => c.name === name))
      return fail(`clients[${i}].name: client ${name} is listed twice`);
    clients.push({ name, tokenSha256: Uint8Array.from(Buffer.from(hash, "hex")), ...limits });
  }
  return ok(clients);
}

export function readClientsFile(path: string): Result<ServiceClient[]> {
  const text = readTextFile(path);
  if (!text.ok) return text;
  const parsed = parseClients(text.value);
  return parsed.ok ? parsed : fail(`${path}: ${parsed.error}`);
}

/** The client whose token this Authorization header carries; compares hashes in constant time. */
export function authenticate(
  header: string | undefined,
  clients: readonly ServiceClient[],
): ServiceClient | undefined {
  const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header ?? "");
  if (!match?.[1]) return undefined;
  const presented = hashToken(match[1]);
  let found: ServiceClient | undefined;
  for (const client of clients) {
    if (timingSafeEqual(presented, client.tokenSha256)) found = client;
  }
  return found;
}
