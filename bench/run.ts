// `npm run bench [suite…]`: runs the named benchmark suites (all by default) and prints markdown
// that goes into docs/benchmarks.md as it is.
import os from "node:os";
import { codegenBenchmark } from "./codegen.js";
import { frontendBenchmark } from "./frontend.js";
import { signerBenchmark } from "./signer.js";

const suites: Record<string, () => Promise<string>> = {
  frontend: frontendBenchmark,
  codegen: codegenBenchmark,
  signer: signerBenchmark,
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const unknown = wanted.filter((w) => !(w in suites));
if (unknown.length > 0) {
  console.error(
    `unknown suite(s): ${unknown.join(", ")}; known: ${Object.keys(suites).join(", ")}`,
  );
  process.exit(2);
}
const chosen = wanted.length > 0 ? wanted : Object.keys(suites);
console.log(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
);
for (const name of chosen) {
  const suite = suites[name];
  if (suite) console.log((await suite()) + "\n");
}
