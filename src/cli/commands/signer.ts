// `spindle signer serve|add-client`: the shared signing service, run with the compiler the CLI passes in.
import type { Command } from "commander";
import type { SpindleCommand } from "../command.js";
import { ExitCode, type CliContext } from "../context.js";
import { error } from "../../lang/diagnostics.js";
import { toHex } from "../../signer/codec.js";
import { SignerCode } from "../../signer/diagnostic-codes.js";
import { formatVerifierKey } from "../../signer/log/note.js";
import type { ServiceCompiler } from "../../signer/service/compiler.js";

interface ServeOptions {
  host: string;
  port: string;
  key: string;
  clients: string;
  log: string;
  origin?: string;
  maxBody: string;
  compileTimeout: string;
  maxInFlight: string;
}

interface AddClientOptions {
  clients: string;
  rate?: string;
  burst?: string;
  concurrency?: string;
}

/** Waits for SIGINT or SIGTERM; replaceable so tests can stop the service. */
export type StopSignal = () => Promise<void>;

const processStop: StopSignal = () =>
  new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });

/** The compiler is `undefined` until the real one exists: `serve` then refuses rather than sign anything. */
export function signerCommand(
  compiler: ServiceCompiler | undefined,
  stop: StopSignal = processStop,
): SpindleCommand {
  return {
    register(program: Command, dispatch) {
      const signer = program.command("signer").description("the shared signing service");
      signer
        .command("serve")
        .description("compile and sign modules for authenticated clients, logging every signature")
        .option("--host <host>", "address to listen on", "127.0.0.1")
        .option("--port <port>", "port to listen on (0: any free port)", "7420")
        .requiredOption(
          "--key <dir>",
          "folder with spindle.key (module key) and log.key (checkpoint key)",
        )
        .requiredOption("--clients <file>", "clients file (tokens stored as SHA-256)")
        .requiredOption("--log <dir>", "transparency log folder")
        .option("--origin <name>", "log origin and checkpoint key name")
        .option("--max-body <bytes>", "largest request body", String(1024 * 1024))
        .option("--compile-timeout <ms>", "compile time bound", "30000")
        .option("--max-in-flight <n>", "requests in flight over all clients", "32")
        .action(async (options: ServeOptions, invoked: Command) => {
          await dispatch(invoked, (context) => serve(context, compiler, options, stop));
        });
      signer
        .command("policy")
        .description("print the trust policy that verifies this service's modules offline")
        .requiredOption("--key <dir>", "folder with spindle.pub and log.pub")
        .option("--origin <name>", "log origin, if the service runs with --origin")
        .action(async (options: { key: string; origin?: string }, invoked: Command) => {
          await dispatch(invoked, async (context) => {
            const { servicePolicy } = await import("../../signer/service/setup.js");
            const policy = servicePolicy(options.key, options.origin);
            if (!policy.ok) {
              context.diagnostics([error(SignerCode.keyFile, policy.error)]);
              return ExitCode.inputErrors;
            }
            context.result(JSON.stringify(policy.value, null, 2), policy.value);
            return ExitCode.ok;
          });
        });
      signer
        .command("add-client")
        .description("add a client to the clients file and print its new token (shown only once)")
        .argument("<name>", "client name")
        .requiredOption("--clients <file>", "clients file")
        .option("--rate <perMinute>", "sustained requests per minute")
        .option("--burst <n>", "requests allowed in a burst")
        .option("--concurrency <n>", "requests in flight at once")
        .action(async (name: string, options: AddClientOptions, invoked: Command) => {
          await dispatch(invoked, async (context) => {
            const limits = {
              ...(options.rate !== undefined ? { ratePerMinute: Number(options.rate) } : {}),
              ...(options.burst !== undefined ? { burst: Number(options.burst) } : {}),
              ...(options.concurrency !== undefined
                ? { maxConcurrent: Number(options.concurrency) }
                : {}),
            };
            const { addClient } = await import("../../signer/service/setup.js");
            const added = addClient(options.clients, name, limits);
            if (!added.ok) {
              context.diagnostics([error(SignerCode.service, added.error)]);
              return ExitCode.inputErrors;
            }
            context.result(added.value, { type: "client", name, token: added.value });
            return ExitCode.ok;
          });
        });
    },
  };
}

async function serve(
  context: CliContext,
  compiler: ServiceCompiler | undefined,
  options: ServeOptions,
  stop: StopSignal,
): Promise<number> {
  if (!compiler) {
    context.diagnostics([
      error(
        SignerCode.service,
        "this build of spindle has no compiler for the signing service to use",
      ),
    ]);
    return ExitCode.inputErrors;
  }
  // The service's modules (HTTP server, log, key files) load only when it is started.
  const { openService } = await import("../../signer/service/setup.js");
  const { startSignerService } = await import("../../signer/service/server.js");
  const opened = openService({
    keyDir: options.key,
    clientsFile: options.clients,
    logDir: options.log,
    ...(options.origin !== undefined ? { origin: options.origin } : {}),
  });
  if (!opened.ok) {
    context.diagnostics([error(SignerCode.service, opened.error)]);
    return ExitCode.inputErrors;
  }
  const { signer, clients } = opened.value;
  const service = await startSignerService({
    host: options.host,
    port: Number(options.port),
    signer,
    clients,
    compiler,
    maxBodyBytes: Number(options.maxBody),
    compileTimeoutMs: Number(options.compileTimeout),
    maxInFlight: Number(options.maxInFlight),
    requestLog: (line) => context.io.stdout.write(line + "\n"),
  });
  const keyId = toHex(signer.key.keyId);
  const logKey = formatVerifierKey(signer.log.verifier);
  context.result(
    `signing service on ${service.url}, key ${keyId}, log ${signer.log.origin} (${signer.log.size} entries)\nlog key: ${logKey}`,
    {
      type: "listening",
      url: service.url,
      keyId,
      logKey,
      logSize: signer.log.size,
    },
  );
  await stop();
  await service.close();
  signer.log.close();
  context.info("signing service stopped");
  return ExitCode.ok;
}
