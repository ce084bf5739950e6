// The shared signing service over node:http: authentication, admission limits, bounded bodies and compile
// time, structured request logs and graceful shutdown.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { SourceFile } from "../../lang/source.js";
import { hasErrors } from "../../lang/diagnostics.js";
import { toBase64, toHex } from "../codec.js";
import { authenticate, type ServiceClient } from "./auth.js";
import type { ServiceCompileRequest, ServiceCompileResult, ServiceCompiler } from "./compiler.js";
import { AdmissionControl } from "./limits.js";
import {
  consistencyReply,
  entryReply,
  errorReply,
  headReply,
  jsonReply,
  keyReply,
  routeOf,
  type Reply,
} from "./routes.js";
import type { SharedSigner } from "./shared-signer.js";

export interface SignerServiceOptions {
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly signer: SharedSigner;
  readonly clients: readonly ServiceClient[];
  readonly compiler: ServiceCompiler;
  readonly maxBodyBytes?: number;
  readonly compileTimeoutMs?: number;
  /** Requests in flight over all clients. */
  readonly maxInFlight?: number;
  /** Receives one JSON line per request. */
  readonly requestLog?: (line: string) => void;
  readonly clock?: () => number;
}

export interface RunningService {
  readonly url: string;
  readonly port: number;
  /** Stops accepting, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY = 1024 * 1024;
export const DEFAULT_COMPILE_TIMEOUT_MS = 30_000;

interface RequestRecord {
  client?: string;
  logIndex?: number;
}

export function startSignerService(options: SignerServiceOptions): Promise<RunningService> {
  const clock = options.clock ?? Date.now;
  const admission = new AdmissionControl(options.maxInFlight ?? 32, clock);
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY;
  const timeoutMs = options.compileTimeoutMs ?? DEFAULT_COMPILE_TIMEOUT_MS;
  let closing = false;

  const handle = async (request: IncomingMessage, record: RequestRecord): Promise<Reply> => {
    if (closing)
      return errorReply(503, "the service is shutting down", {
        "Retry-After": "5",
        Connection: "close",
      });
    const route = routeOf(request.method ?? "", request.url ?? "");
    switch (route.kind) {
      case "key":
        return keyReply(options.signer);
      case "head":
        return headReply(options.signer);
      case "entry":
        return entryReply(options.signer, route.index);
      case "consistency":
        return consistencyReply(options.signer, route.first, route.second);
      case "not-found":
        return errorReply(404, "no such endpoint");
      case "method-not-allowed":
        return errorReply(405, `use ${route.allow}`, { Allow: route.allow });
      case "compile":
        return compile(request, record);
      default: {
        const unreachable: never = route;
        return unreachable;
      }
    }
  };

  const compile = async (request: IncomingMessage, record: RequestRecord): Promise<Reply> => {
    const client = authenticate(request.headers.authorization, options.clients);
    if (!client) {
      return errorReply(401, "missing or unknown bearer token", {
        "WWW-Authenticate": 'Bearer realm="spindle-signer"',
      });
    }
    record.client = client.name;
    const admitted = admission.admit(client.name, client);
    if (!admitted.admitted) {
      return errorReply(admitted.status, admitted.reason, {
        "Retry-After": String(admitted.retryAfterSeconds),
      });
    }
    try {
      const body = await readBody(request, maxBody);
      if (body.kind === "too-large")
        return errorReply(413, `the request body exceeds ${maxBody} bytes`, {
          Connection: "close",
        });
      if (body.kind === "aborted") return errorReply(400, "the request body was cut short");
      const parsed = parseCompileRequest(body.text);
      if (typeof parsed === "string") return errorReply(400, parsed);
      const result = await compileWithin(options.compiler, parsed, timeoutMs);
      if (result === "timeout") {
        return jsonReply(422, {
          error: `compilation exceeded the service's limit of ${timeoutMs} ms; nothing was signed`,
          diagnostics: [],
        });
      }
      if (!result.wasm || !result.attributes || hasErrors(result.diagnostics)) {
        return jsonReply(422, {
          error: "the source has errors; nothing was signed",
          diagnostics: result.diagnostics,
        });
      }
      const signed = await options.signer.sign(
        result.wasm,
        result.attributes,
        Math.floor(clock() / 1000),
      );
      if (!signed.ok) return errorReply(500, `signing failed: ${signed.error}`);
      record.logIndex = signed.value.logIndex;
      return {
        ...jsonReply(200, {
          module: toBase64(signed.value.module),
          keyId: toHex(options.signer.key.keyId),
          logIndex: signed.value.logIndex,
          diagnostics: result.diagnostics,
        }),
        logIndex: signed.value.logIndex,
      };
    } finally {
      admitted.release();
    }
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const started = clock();
    const record: RequestRecord = {};
    response.on("finish", () => {
      options.requestLog?.(
        JSON.stringify({
          time: new Date(started).toISOString(),
          method: request.method,
          path: request.url,
          client: record.client ?? null,
          status: response.statusCode,
          durationMs: clock() - started,
          ...(record.logIndex !== undefined ? { logIndex: record.logIndex } : {}),
        }),
      );
    });
    handle(request, record)
      .catch((caught: unknown) =>
        errorReply(
          500,
          `internal error: ${caught instanceof Error ? caught.message : String(caught)}`,
        ),
      )
      .then((reply) => {
        const headers: Record<string, string> = {
          "Content-Type": reply.contentType,
          ...reply.headers,
        };
        if (closing) headers["Connection"] = "close";
        response.writeHead(reply.status, headers);
        response.end(reply.body);
      })
      .catch(() => response.destroy());
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 10_000;

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => {
      const address = server.address() as AddressInfo;
      const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${host}:${address.port}`,
        port: address.port,
        close: () =>
          new Promise<void>((done) => {
            closing = true;
            server.close(() => done());
            server.closeIdleConnections();
          }),
      });
    });
  });
}

type Body =
  | { readonly kind: "ok"; readonly text: string }
  | { readonly kind: "too-large" }
  | { readonly kind: "aborted" };

/** Reads at most `limit` bytes; a larger body is drained (up to a point) so the 413 reaches the client. */
function readBody(request: IncomingMessage, limit: number): Promise<Body> {
  return new Promise((resolve) => {
    const declared = Number(request.headers["content-length"] ?? "0");
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = declared > limit;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (size > limit * 4 + 65536) request.destroy();
      else if (!tooLarge) chunks.push(chunk);
    });
    request.on("end", () =>
      resolve(
        tooLarge
          ? { kind: "too-large" }
          : { kind: "ok", text: Buffer.concat(chunks).toString("utf8") },
      ),
    );
    request.on("error", () => resolve(tooLarge ? { kind: "too-large" } : { kind: "aborted" }));
    request.on("close", () => {
      if (!request.complete) resolve(tooLarge ? { kind: "too-large" } : { kind: "aborted" });
    });
  });
}

function isSourceFile(value: unknown): value is SourceFile {
  if (typeof value !== "object" || value === null) return false;
  const file = value as Record<string, unknown>;
  return (
    typeof file["path"] === "string" && typeof file["text"] === "string" && file["path"] !== ""
  );
}

function parseCompileRequest(text: string): ServiceCompileRequest | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return "the request body is not JSON";
  }
  if (typeof json !== "object" || json === null) return "the request body must be a JSON object";
  const body = json as Record<string, unknown>;
  if (!isSourceFile(body["module"]))
    return 'the request needs "module": {"path": ..., "text": ...}';
  const interfaces = body["interfaces"] ?? [];
  if (!Array.isArray(interfaces) || !interfaces.every(isSourceFile)) {
    return '"interfaces" must be a list of {"path": ..., "text": ...}';
  }
  return {
    module: { path: body["module"].path, text: body["module"].text },
    interfaces: interfaces.map((f) => ({ path: f.path, text: f.text })),
  };
}

async function compileWithin(
  compiler: ServiceCompiler,
  request: ServiceCompileRequest,
  timeoutMs: number,
): Promise<ServiceCompileResult | "timeout"> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve("timeout");
    }, timeoutMs);
  });
  try {
    return await Promise.race([compiler(request, controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
