// The client of the signing service, for `spindle compile --signer URL --token-file F`.
import { readFileSync } from "node:fs";
import type { Diagnostic } from "../../lang/diagnostics.js";
import type { SourceFile } from "../../lang/source.js";
import { fromBase64 } from "../codec.js";
import { fail, ok, type Result } from "../result.js";

export interface RemoteCompileResult {
  /** The signed module; absent when the source had errors. */
  readonly module?: Uint8Array;
  readonly diagnostics: readonly Diagnostic[];
  readonly keyId?: string;
  readonly logIndex?: number;
}

export interface SignerKeyInfo {
  readonly keyId: string;
  readonly publicKey: string;
  readonly scope: string;
  readonly logOrigin: string;
  readonly logKey: string;
}

export type Fetch = typeof fetch;

function errorText(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}

/** Reads a bearer token from a file (first line, trimmed). */
export function readTokenFile(path: string): Result<string> {
  try {
    const token = readFileSync(path, "utf8").split("\n")[0]?.trim() ?? "";
    return token === "" ? fail(`${path} is empty; it should hold the bearer token`) : ok(token);
  } catch (caught) {
    return fail(`cannot read the token file: ${errorText(caught)}`);
  }
}

function endpoint(base: string, path: string): string {
  return base.replace(/\/+$/, "") + path;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Sends sources to the service; a 422 (source errors) is a successful call with no module. */
export async function compileRemotely(
  base: string,
  token: string,
  module: SourceFile,
  interfaces: readonly SourceFile[],
  fetchImpl: Fetch = fetch,
): Promise<Result<RemoteCompileResult>> {
  let response: Response;
  try {
    response = await fetchImpl(endpoint(base, "/v1/compile"), {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ module, interfaces }),
    });
  } catch (caught) {
    return fail(`cannot reach the signing service at ${base}: ${errorText(caught)}`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return fail(`the signing service answered ${response.status} without JSON`);
  }
  if (!isObject(body))
    return fail(`the signing service answered ${response.status} with an unexpected body`);
  const diagnostics = Array.isArray(body["diagnostics"])
    ? (body["diagnostics"] as Diagnostic[])
    : [];
  if (response.status === 422) return ok({ diagnostics });
  if (response.status !== 200) {
    const retry = response.headers.get("retry-after");
    const message = typeof body["error"] === "string" ? body["error"] : "no reason given";
    return fail(
      `the signing service refused the request (${response.status}): ${message}${retry ? `; retry after ${retry} s` : ""}`,
    );
  }
  const moduleBytes = typeof body["module"] === "string" ? fromBase64(body["module"]) : undefined;
  if (!moduleBytes) return fail("the signing service's answer has no module");
  return ok({
    module: moduleBytes,
    diagnostics,
    ...(typeof body["keyId"] === "string" ? { keyId: body["keyId"] } : {}),
    ...(typeof body["logIndex"] === "number" ? { logIndex: body["logIndex"] } : {}),
  });
}

export async function fetchSignerKey(
  base: string,
  fetchImpl: Fetch = fetch,
): Promise<Result<SignerKeyInfo>> {
  try {
    const response = await fetchImpl(endpoint(base, "/v1/key"));
    const body: unknown = await response.json();
    if (response.status !== 200 || !isObject(body))
      return fail(`GET /v1/key answered ${response.status}`);
    const fields = ["keyId", "publicKey", "scope", "logOrigin", "logKey"] as const;
    if (!fields.every((f) => typeof body[f] === "string"))
      return fail("GET /v1/key answered an unexpected body");
    return ok(body as unknown as SignerKeyInfo);
  } catch (caught) {
    return fail(`cannot reach the signing service at ${base}: ${errorText(caught)}`);
  }
}

/** The service's latest signed checkpoint note (verify it with the log key before trusting it). */
export async function fetchLogHead(
  base: string,
  fetchImpl: Fetch = fetch,
): Promise<Result<string>> {
  try {
    const response = await fetchImpl(endpoint(base, "/v1/log/head"));
    const text = await response.text();
    return response.status === 200
      ? ok(text)
      : fail(`GET /v1/log/head answered ${response.status}`);
  } catch (caught) {
    return fail(`cannot reach the signing service at ${base}: ${errorText(caught)}`);
  }
}
