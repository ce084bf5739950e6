// `spindle inspect FILE.wasm`: sections, imports, exports, meta and the signature's attributes.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import type { SpindleCommand } from "../command.js";
import { ExitCode, type CliContext } from "../context.js";
import { error } from "../../lang/diagnostics.js";
import { SignerCode } from "../../signer/diagnostic-codes.js";

export const inspectCommand: SpindleCommand = {
  register(program: Command, dispatch) {
    program
      .command("inspect")
      .description("show a module's sections, imports, exports, metadata and signature")
      .argument("<file>", "the .wasm module")
      .action(async (file: string, _options: unknown, invoked: Command) => {
        await dispatch(invoked, (context) => runInspect(context, file));
      });
  },
};

async function runInspect(context: CliContext, file: string): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (caught) {
    context.diagnostics([
      error(
        SignerCode.unreadable,
        `${file}: cannot read module: ${caught instanceof Error ? caught.message : String(caught)}`,
      ),
    ]);
    return ExitCode.inputErrors;
  }
  const { describeModule, renderModuleInfo } = await import("../../signer/inspect.js");
  const described = describeModule(bytes);
  if (!described.ok) {
    context.diagnostics([
      error(
        SignerCode.malformedModule,
        `${file}: not a well-formed Wasm module: ${described.error}`,
      ),
    ]);
    return ExitCode.inputErrors;
  }
  context.result(renderModuleInfo(file, described.info), {
    type: "inspect",
    file,
    ...described.info,
  });
  return ExitCode.ok;
}
