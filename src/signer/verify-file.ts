// File-level verification for the CLI: read the module, choose the trust policy, return the verdict.
import { existsSync, readFileSync } from "node:fs";
import { SignerCode } from "./diagnostic-codes.js";
import { defaultKeyDir, keyPaths, readPublicKeyFile } from "./keys.js";
import { localKeyPolicy, parsePolicy, type TrustPolicy } from "./policy.js";
import type { Verdict } from "./verdict.js";
import { verifyModule } from "./verify.js";

export interface FileError {
  readonly code: string;
  readonly message: string;
  readonly file?: string;
}

export type LoadedPolicy =
  | { readonly ok: true; readonly policy: TrustPolicy }
  | { readonly ok: false; readonly errors: readonly FileError[] };

function errorText(caught: unknown): string {
  return caught instanceof Error ? caught.message : String(caught);
}

/** The policy file if given, else a policy trusting this machine's own key as `local`. */
export function loadTrustPolicy(
  path: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): LoadedPolicy {
  if (path !== undefined) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (caught) {
      return {
        ok: false,
        errors: [
          {
            code: SignerCode.unreadable,
            message: `cannot read trust policy: ${errorText(caught)}`,
            file: path,
          },
        ],
      };
    }
    const parsed = parsePolicy(text);
    if (!parsed.ok) {
      return {
        ok: false,
        errors: parsed.errors.map((message) => ({
          code: SignerCode.badPolicy,
          message: `invalid trust policy: ${message}`,
          file: path,
        })),
      };
    }
    return parsed;
  }
  const dir = defaultKeyDir(env);
  const publicPath = dir === undefined ? undefined : keyPaths(dir).publicPath;
  if (publicPath === undefined || !existsSync(publicPath)) {
    return {
      ok: false,
      errors: [
        {
          code: SignerCode.noPolicy,
          message:
            "no trust policy: pass --trust POLICY.json, or run `spindle keygen` to trust this machine's own key",
        },
      ],
    };
  }
  const key = readPublicKeyFile(publicPath);
  if (!key.ok)
    return {
      ok: false,
      errors: [{ code: SignerCode.keyFile, message: key.error, file: publicPath }],
    };
  return { ok: true, policy: localKeyPolicy(key.value.publicKey) };
}

export type FileVerdict =
  | { readonly ok: true; readonly verdict: Verdict; readonly code: string }
  | { readonly ok: false; readonly code: string; readonly error: string };

export function verifyFile(path: string, policy: TrustPolicy, now: number): FileVerdict {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (caught) {
    return {
      ok: false,
      code: SignerCode.unreadable,
      error: `cannot read module: ${errorText(caught)}`,
    };
  }
  return { ok: true, verdict: verifyModule(bytes, policy, now), code: SignerCode.notVerified };
}
