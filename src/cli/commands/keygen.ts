// `spindle keygen`: creates this machine's signing key in the user's config folder.
import type { Command } from "commander";
import type { SpindleCommand } from "../command.js";
import { ExitCode } from "../context.js";
import { error } from "../../lang/diagnostics.js";
import { SignerCode } from "../../signer/diagnostic-codes.js";
import type { KeyRole } from "../../signer/keys.js";

interface KeygenOptions {
  out?: string;
  force?: boolean;
  log?: boolean;
}

export const keygenCommand: SpindleCommand = {
  register(program: Command, dispatch) {
    program
      .command("keygen")
      .description("create this machine's Ed25519 signing key (private file mode 0600)")
      .option(
        "--out <dir>",
        "folder for the key files (default: $XDG_CONFIG_HOME/spindle or ~/.config/spindle)",
      )
      .option("--force", "replace an existing key", false)
      .option(
        "--log",
        "create a transparency-log checkpoint key (log.key) for `spindle signer serve`",
        false,
      )
      .action(async (options: KeygenOptions, invoked: Command) => {
        await dispatch(invoked, async (context) => {
          const { defaultKeyDir, generateKeyPair, writeKeyPair } =
            await import("../../signer/keys.js");
          const { toBase64 } = await import("../../signer/codec.js");
          const dir = options.out ?? defaultKeyDir(context.io.env);
          if (dir === undefined) {
            context.diagnostics([
              error(
                SignerCode.keyFile,
                "cannot find a config folder: set XDG_CONFIG_HOME or HOME, or pass --out",
              ),
            ]);
            return ExitCode.inputErrors;
          }
          const role: KeyRole = options.log === true ? "log" : "spindle";
          const pair = generateKeyPair();
          const written = writeKeyPair(dir, pair, options.force === true, role);
          if (!written.ok) {
            context.diagnostics([error(SignerCode.keyFile, written.error)]);
            return ExitCode.inputErrors;
          }
          const { keyId, publicPath, privatePath } = written.value;
          context.result(
            `key ${keyId}\npublic key: ${publicPath}\nprivate key: ${privatePath} (mode 600, never share it)`,
            {
              type: "keygen",
              keyId,
              publicKey: toBase64(pair.publicKey),
              publicKeyPath: publicPath,
              privateKeyPath: privatePath,
            },
          );
          return ExitCode.ok;
        });
      });
  },
};
