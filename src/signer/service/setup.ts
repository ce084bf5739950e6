// Assembling a signing service from its folders and files, and adding clients to a clients file.
import { existsSync, writeFileSync } from "node:fs";
import { toBase64, toHex } from "../codec.js";
import { keyPaths, readPrivateKeyFile, readPublicKeyFile } from "../keys.js";
import { readTextFile } from "../files.js";
import { formatVerifierKey, noteVerifier, validKeyName } from "../log/note.js";
import { TransparencyLog } from "../log/transparency-log.js";
import { fail, ok, type Result } from "../result.js";
import {
  DEFAULT_LIMITS,
  hashToken,
  newToken,
  parseClients,
  readClientsFile,
  type ClientLimits,
  type ServiceClient,
} from "./auth.js";
import { SharedSigner } from "./shared-signer.js";

export interface ServiceFiles {
  /** Folder holding spindle.key (module signing) and log.key (checkpoints). */
  readonly keyDir: string;
  readonly clientsFile: string;
  readonly logDir: string;
  readonly origin?: string;
}

export interface OpenedService {
  readonly signer: SharedSigner;
  readonly clients: readonly ServiceClient[];
}

export function openService(files: ServiceFiles): Result<OpenedService> {
  const moduleKey = readPrivateKeyFile(keyPaths(files.keyDir, "spindle").privatePath);
  if (!moduleKey.ok)
    return fail(`${moduleKey.error} (create it with: spindle keygen --out ${files.keyDir})`);
  const logKey = readPrivateKeyFile(keyPaths(files.keyDir, "log").privatePath);
  if (!logKey.ok)
    return fail(`${logKey.error} (create it with: spindle keygen --log --out ${files.keyDir})`);
  if (toHex(logKey.value.keyId) === toHex(moduleKey.value.keyId)) {
    return fail("the log key and the module key must differ");
  }
  const clients = readClientsFile(files.clientsFile);
  if (!clients.ok) return clients;
  const origin = files.origin ?? defaultOrigin(logKey.value.keyId);
  const log = TransparencyLog.open(files.logDir, logKey.value, origin);
  if (!log.ok) return log;
  return ok({ signer: new SharedSigner(moduleKey.value, log.value), clients: clients.value });
}

export function defaultOrigin(logKeyId: Uint8Array): string {
  return `spindle.local/log-${toHex(logKeyId)}`;
}

/**
 * The trust-policy file a loader needs for this service, built from the public key files alone:
 * with it, modules the service signed verify offline, inclusion proofs included.
 */
export function servicePolicy(keyDir: string, origin?: string): Result<Record<string, unknown>> {
  const moduleKey = readPublicKeyFile(keyPaths(keyDir, "spindle").publicPath);
  if (!moduleKey.ok) return moduleKey;
  const logKey = readPublicKeyFile(keyPaths(keyDir, "log").publicPath);
  if (!logKey.ok) return logKey;
  const name = origin ?? defaultOrigin(logKey.value.keyId);
  if (!validKeyName(name)) return fail(`log origin "${name}" is empty or contains spaces or "+"`);
  return ok({
    version: 1,
    keys: [
      {
        id: toHex(moduleKey.value.keyId),
        publicKey: toBase64(moduleKey.value.publicKey),
        scope: "shared",
        requireLogProof: true,
        logKey: formatVerifierKey(noteVerifier(name, logKey.value.publicKey)),
      },
    ],
  });
}

/** Adds a client with a fresh token and returns the token: the only time it is ever shown. */
export function addClient(
  path: string,
  name: string,
  limits: Partial<ClientLimits>,
): Result<string> {
  let clients: unknown[] = [];
  if (existsSync(path)) {
    const text = readTextFile(path);
    if (!text.ok) return text;
    const parsed = parseClients(text.value);
    if (!parsed.ok) return fail(`${path}: ${parsed.error}`);
    if (parsed.value.some((c) => c.name === name))
      return fail(`${path} already has a client named ${name}`);
    clients = (JSON.parse(text.value) as { clients: unknown[] }).clients;
  }
  const token = newToken();
  clients.push({ name, tokenSha256: toHex(hashToken(token)), ...DEFAULT_LIMITS, ...limits });
  const text = JSON.stringify({ version: 1, clients }, null, 2) + "\n";
  if (!parseClients(text).ok) return fail(`the limits for ${name} are not positive integers`);
  try {
    writeFileSync(path, text, { mode: 0o600 });
  } catch (caught) {
    return fail(
      `cannot write ${path}: ${caught instanceof Error ? caught.message : String(caught)}`,
    );
  }
  return ok(token);
}
