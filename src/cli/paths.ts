// Where the CLI finds the package's own files. Every module of the CLI, whether run from src/, from
// tsc's dist/cli/ or from the esbuild bundle in dist/bundle/, sits two folders below the package
// root, so these URLs hold in all three.
import { fileURLToPath } from "node:url";

export const PACKAGE_JSON = new URL("../../package.json", import.meta.url);

/**
 * The standard library's folder: the same one as the checker's `STDLIB_DIR`, defined here too so
 * that running an already compiled program does not load the checker.
 */
export const STDLIB_DIR = fileURLToPath(new URL("../../stdlib/", import.meta.url));
