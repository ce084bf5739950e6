// `spindle verify FILE.wasm [--trust POLICY.json]`: the verdict on a module, in one line.
// Diagnostics name the file in the message and carry no span: a span would quote a binary file.
import type { Command } from "commander";
import type { SpindleCommand } from "../command.js";
import { ExitCode, type CliContext } from "../context.js";
import { error } from "../../lang/diagnostics.js";

interface VerifyOptions {
  trust?: string;
}

export const verifyCommand: SpindleCommand = {
  register(program: Command, dispatch) {
    program
      .command("verify")
      .description(
        "check a module's signature against a trust policy (default: this machine's own key)",
      )
      .argument("<file>", "the .wasm module")
      .option("--trust <policy>", "trust policy JSON file (see docs/signing.md)")
      .action(async (file: string, options: VerifyOptions, invoked: Command) => {
        await dispatch(invoked, (context) => runVerify(context, file, options.trust));
      });
  },
};

async function runVerify(
  context: CliContext,
  file: string,
  trust: string | undefined,
): Promise<number> {
  // The verifier loads only for this command, so the others start fast.
  const { loadTrustPolicy, verifyFile } = await import("../../signer/verify-file.js");
  const { verdictMessage } = await import("../../signer/verdict.js");
  const { statementToJson } = await import("../../signer/inspect.js");
  const policy = loadTrustPolicy(trust, context.io.env);
  if (!policy.ok) {
    context.diagnostics(
      policy.errors.map((e) => error(e.code, e.file ? `${e.file}: ${e.message}` : e.message)),
    );
    return ExitCode.inputErrors;
  }
  const outcome = verifyFile(file, policy.policy, Math.floor(Date.now() / 1000));
  if (!outcome.ok) {
    context.diagnostics([error(outcome.code, `${file}: ${outcome.error}`)]);
    return ExitCode.inputErrors;
  }
  const verdict = outcome.verdict;
  const message = verdictMessage(verdict);
  if (verdict.kind === "ok") {
    context.result(`ok: ${message}`, {
      type: "verdict",
      file,
      verdict: verdict.kind,
      message,
      ...statementToJson(verdict.statement),
      logProofChecked: verdict.logProofChecked,
    });
    return ExitCode.ok;
  }
  if (context.flags.json) context.json({ type: "verdict", file, verdict: verdict.kind, message });
  else context.diagnostics([error(outcome.code, `${file}: ${verdict.kind}: ${message}`)]);
  return ExitCode.inputErrors;
}
