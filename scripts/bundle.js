// Bundles the CLI into dist/bundle/ for bin/spindle.js: one file to load at start-up instead of
// some forty small ES modules, whose resolution and loading were a fifth of a cold `spindle run`.
// Commands load their heavy parts with import(), which esbuild splits into chunks loaded on demand.
// Binaryen stays external: it is megabytes, and loads only when compiling.
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * `import … from "node:crypto"` builds an ES module facade that reads every export, and reading
 * `webcrypto` sets up Web Crypto: about 10 ms of every start. require() has no facade.
 */
const cryptoThroughRequire = {
  name: "crypto-through-require",
  setup(b) {
    b.onResolve({ filter: /^(node:)?crypto$/ }, (args) =>
      args.namespace === "cjs"
        ? { path: "node:crypto", external: true }
        : { path: "node:crypto", namespace: "cjs" },
    );
    b.onLoad({ filter: /.*/, namespace: "cjs" }, () => {
      const crypto = createRequire(import.meta.url)("node:crypto");
      const plain = Object.entries(Object.getOwnPropertyDescriptors(crypto))
        .filter(([, d]) => d.get === undefined)
        .map(([name]) => name);
      return { contents: `export const { ${plain.join(", ")} } = require("node:crypto");` };
    });
  },
};

const root = fileURLToPath(new URL("../", import.meta.url));
const outdir = `${root}dist/bundle`;

// chunk names carry content hashes: clear the old ones so that only this build's remain
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ["src/cli/main.ts"],
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["binaryen"],
  // commander and tweetnacl are CommonJS and require() Node's built-ins: give the bundle a require
  banner: {
    js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);',
  },
  plugins: [cryptoThroughRequire],
  // commander and tweetnacl are CommonJS and require() Node's built-ins: give the bundle a require
  banner: {
    js: 'import { createRequire as __spindleRequire } from "node:module"; const require = __spindleRequire(import.meta.url);',
  },
  sourcemap: true,
  logLevel: "warning",
});
