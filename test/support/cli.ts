// Runs the CLI in-process with captured streams, as a user would see it.
import { runCli } from "../../src/cli/main.js";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `stdin` is what a program run this way reads; never the test process's own input. */
export async function spindle(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
  stdin: string | Uint8Array = "",
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env,
    stdin,
  });
  return { code, stdout, stderr };
}
