// `npm run demo`: the main job end to end with the installed CLI, as a user would run it —
// a machine key, check, compile and sign, verify, link and run each sample, then show that a
// tampered module is refused and a faulting program is stopped with a precise message.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "bin", "spindle.js");
const work = mkdtempSync(join(tmpdir(), "spindle-demo-"));
// A throwaway key, so the demo never creates or uses the real machine key in ~/.config.
const env = { ...process.env, XDG_CONFIG_HOME: join(work, "config") };
const samples = join(root, "samples", "programs");
const programs = readdirSync(samples)
  .filter((f) => f.endsWith(".m3"))
  .sort();
/** Samples that read arguments and standard input get some: the source of another sample. */
const INPUTS = { WordCount: { args: ["--", "Sieve.m3"], stdin: "samples/programs/Sieve.m3" } };

let failures = 0;
// The same rule as the CLI: bold only on a terminal, and never with NO_COLOR set.
const bold = process.stdout.isTTY === true && !process.env.NO_COLOR;

function step(title) {
  const heading = `== ${title}`;
  process.stdout.write(`\n${bold ? `\x1b[1m${heading}\x1b[0m` : heading}\n`);
}

/** Runs the CLI; `expect` is the exit code the demo means to show, `stdin` the program's input. */
function spindle(args, expect = 0, stdin = undefined) {
  const redirect = stdin === undefined ? "" : ` < ${stdin}`;
  process.stdout.write(`$ spindle ${args.join(" ")}${redirect}\n`);
  const input = stdin === undefined ? "" : readFileSync(join(root, stdin));
  const run = spawnSync(process.execPath, [cli, ...args], {
    env,
    cwd: root,
    input,
    encoding: "utf8",
  });
  process.stdout.write(run.stdout);
  process.stdout.write(run.stderr);
  if (run.status !== expect) {
    failures++;
    process.stdout.write(`!! expected exit ${expect}, got ${run.status}\n`);
  }
  return run;
}

try {
  step("A per-machine signing key (in a temporary config folder)");
  spindle(["keygen"]);

  step("Type-check every sample");
  spindle(["check", ...programs.map((p) => join("samples", "programs", p))]);

  for (const program of programs) {
    const name = basename(program, ".m3");
    const wasm = join(work, `${name}.wasm`);
    step(`${name}: compile and sign, verify, run`);
    spindle(["compile", join("samples", "programs", program), "-o", wasm]);
    spindle(["verify", wasm]);
    const input = INPUTS[name];
    spindle(["run", wasm, ...(input?.args ?? [])], 0, input?.stdin);
  }

  step("A module changed after signing is refused");
  const original = readFileSync(join(work, "Hello.wasm"));
  const tampered = Buffer.from(original);
  tampered[Math.floor(tampered.length / 3)] ^= 0x01;
  const tamperedPath = join(work, "Hello-tampered.wasm");
  writeFileSync(tamperedPath, tampered);
  spindle(["verify", tamperedPath], 1);

  step("A checked run-time error stops the program with its position");
  const faulty = join(work, "Faulty.m3");
  writeFileSync(
    faulty,
    [
      "MODULE Faulty EXPORTS Main;",
      "IMPORT IO;",
      "VAR a := ARRAY [1 .. 3] OF INTEGER{1, 2, 3}; i := 4;",
      "BEGIN",
      '  IO.Put("about to index a[4]\\n");',
      "  IO.PutInt(a[i])",
      "END Faulty.",
      "",
    ].join("\n"),
  );
  spindle(["run", faulty], 1);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures > 0) {
  process.stdout.write(`\ndemo: ${failures} step(s) did not behave as expected\n`);
  process.exitCode = 1;
} else {
  process.stdout.write("\ndemo: every step behaved as expected\n");
}
