// Cold-process cost of `spindle run` on hello world (build cache warm), against `node -e 0`: what
// a user waits for beyond starting Node at all.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { fixed, measure, table } from "./harness.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const HELLO = "samples/programs/Hello.m3";
const EXPECTED = "Hello, Spindle!\n";

function spawn(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function firstLine(text: string): string {
  return text.split("\n").find((l) => l.trim() !== "") ?? text;
}

export async function startupBenchmark(): Promise<string> {
  const build = spawnSync("npm", ["run", "build", "--silent"], { cwd: ROOT, encoding: "utf8" });
  // Others may be mid-edit: a failed build leaves the previous dist/ in place, which still measures
  // the start-up path, so say so rather than give up.
  const buildNote =
    build.status === 0
      ? ""
      : `\`npm run build\` failed (${firstLine(build.stdout + build.stderr)}); measured the dist/ of an earlier build.`;
  // a private cache folder, so the measurement neither depends on nor disturbs the user's
  const cache = mkdtempSync(join(tmpdir(), "spindle-bench-cache-"));
  const env = { ...process.env, XDG_CACHE_HOME: cache };
  try {
    const spindleArgs = ["bin/spindle.js", "run", HELLO];
    const entry = "`spindle run` (bin/spindle.js, which loads the bundle in dist/bundle/)";
    // the first run, on an empty cache, compiles the standard library and fills the cache
    const t0 = performance.now();
    const first = spawn(spindleArgs, env);
    const uncached = { medianMs: performance.now() - t0 };
    if (first.status !== 0 || first.stdout !== EXPECTED)
      return `#### Cold start\n\n${entry} ${HELLO} failed (status ${first.status}), not measured:\n\n\`\`\`\n${(first.stdout + first.stderr).slice(0, 2000)}\n\`\`\``;
    const spindle = await measure("spindle run", () => spawn(spindleArgs, env), {
      warmup: 1,
      runs: 10,
      budgetMs: 8_000,
    });
    const node = await measure("node -e 0", () => spawn(["-e", "0"], env), { warmup: 1, runs: 10 });
    const rows = [
      ["`node -e 0`", fixed(node.medianMs, 0), "1.00"],
      [
        `run ${HELLO} (cache warm)`,
        fixed(spindle.medianMs, 0),
        fixed(spindle.medianMs / node.medianMs),
      ],
      [
        `run ${HELLO} (cache empty, 1 run)`,
        fixed(uncached.medianMs, 0),
        fixed(uncached.medianMs / node.medianMs),
      ],
    ];
    return [
      "#### Cold start",
      "",
      `Median wall time of a fresh process (${spindle.runs} runs) of ${entry}. Target: under 300 ms;`,
      `beyond Node's own start: ${fixed(spindle.medianMs - node.medianMs, 0)} ms.`,
      "",
      table(["process", "ms", "× node -e 0"], rows),
      ...(buildNote ? ["", buildNote] : []),
    ].join("\n");
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
