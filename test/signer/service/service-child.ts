// Child process for the kill -9 test: runs the signing service on a prepared folder and prints its URL.
import { join } from "node:path";
import { startSignerService } from "../../../src/signer/service/server.js";
import { openService } from "../../../src/signer/service/setup.js";
import { testDoubleCompiler } from "./test-double-compiler.js";

const dir = process.argv[2] ?? "";
const opened = openService({
  keyDir: join(dir, "keys"),
  clientsFile: join(dir, "clients.json"),
  logDir: join(dir, "log"),
  origin: "spindle.test/log",
});
if (!opened.ok) {
  process.stderr.write(opened.error + "\n");
  process.exit(1);
}
const service = await startSignerService({
  signer: opened.value.signer,
  clients: opened.value.clients,
  compiler: testDoubleCompiler(5),
});
process.stdout.write(`listening ${service.url}\n`);
