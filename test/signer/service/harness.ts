// Starts a real signing service on 127.0.0.1 with temporary keys, clients and log, for the service tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeKeyPair } from "../../../src/signer/keys.js";
import type { ClientLimits } from "../../../src/signer/service/auth.js";
import type { ServiceCompiler } from "../../../src/signer/service/compiler.js";
import {
  startSignerService,
  type RunningService,
  type SignerServiceOptions,
} from "../../../src/signer/service/server.js";
import { addClient, openService, type OpenedService } from "../../../src/signer/service/setup.js";
import { fixedKey } from "../fixtures.js";
import { testDoubleCompiler } from "./test-double-compiler.js";

export interface Harness {
  readonly dir: string;
  readonly service: RunningService;
  readonly opened: OpenedService;
  readonly tokens: Readonly<Record<string, string>>;
  readonly requestLog: string[];
  stop(): Promise<void>;
}

export const MODULE_KEY = fixedKey(21);
export const LOG_KEY = fixedKey(22);

export function prepareFolder(clients: Record<string, Partial<ClientLimits>>): {
  dir: string;
  tokens: Record<string, string>;
} {
  const dir = mkdtempSync(join(tmpdir(), "spindle-service-"));
  const keys = join(dir, "keys");
  for (const [pair, role] of [
    [MODULE_KEY, "spindle"],
    [LOG_KEY, "log"],
  ] as const) {
    const written = writeKeyPair(keys, pair, false, role);
    if (!written.ok) throw new Error(written.error);
  }
  const tokens: Record<string, string> = {};
  for (const [name, limits] of Object.entries(clients)) {
    const token = addClient(join(dir, "clients.json"), name, limits);
    if (!token.ok) throw new Error(token.error);
    tokens[name] = token.value;
  }
  return { dir, tokens };
}

export async function startHarness(
  clients: Record<string, Partial<ClientLimits>>,
  options: Partial<SignerServiceOptions> = {},
  compiler: ServiceCompiler = testDoubleCompiler(),
): Promise<Harness> {
  const { dir, tokens } = prepareFolder(clients);
  const opened = openService({
    keyDir: join(dir, "keys"),
    clientsFile: join(dir, "clients.json"),
    logDir: join(dir, "log"),
    origin: "spindle.test/log",
  });
  if (!opened.ok) throw new Error(opened.error);
  const requestLog: string[] = [];
  const service = await startSignerService({
    signer: opened.value.signer,
    clients: opened.value.clients,
    compiler,
    requestLog: (line) => requestLog.push(line),
    ...options,
  });
  return {
    dir,
    service,
    opened: opened.value,
    tokens,
    requestLog,
    async stop() {
      await service.close();
      opened.value.signer.log.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function compileBody(name: string, extra = ""): string {
  return JSON.stringify({
    module: { path: `${name}.m3`, text: `MODULE ${name}; ${extra} END ${name}.` },
    interfaces: [],
  });
}

export function post(harness: Harness, token: string | undefined, body: string): Promise<Response> {
  return fetch(`${harness.service.url}/v1/compile`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      ...(token !== undefined ? { Authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
}
