// Bundles TypeScript test scripts with esbuild (already installed as vite's bundler) so that a plain
// `node` child or a worker thread can run them: Node 20 cannot run TypeScript itself.
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { buildSync } from "esbuild";

export interface Bundle {
  readonly file: string;
  remove(): void;
}

export function bundleTypeScript(entry: string): Bundle {
  // Inside the project (the git-ignored cache) so that bare imports such as binaryen resolve.
  const cache = resolve(".spindle-cache", "test-children");
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(join(cache, "child-"));
  const file = join(folder, "bundle.mjs");
  buildSync({
    entryPoints: [entry],
    outfile: file,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["binaryen", "tweetnacl", "commander"],
    logLevel: "silent",
  });
  return { file, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

export function spawnTypeScript(
  entry: string,
  args: readonly string[],
): ChildProcessByStdio<null, Readable, Readable> {
  const bundle = bundleTypeScript(entry);
  const child = spawn(process.execPath, [bundle.file, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.on("exit", () => bundle.remove());
  return child;
}
