// Option parsers shared by several commands; kept free of heavy imports so registering commands
// costs nothing at start-up.
import { dirname } from "node:path";

/** commander's collector for a repeatable option such as `-I DIR`. */
export function collectRepeated(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Where imported interfaces (and, for `run`, their implementations) are looked up: the `-I`
 * folders in the order given, then the folders of the files named on the command line, so that
 * `spindle run Main.m3` finds `Stack.i3` and `Stack.m3` beside it. The standard library's folder
 * comes last, added by the checker.
 */
export function searchPathFor(include: readonly string[], files: readonly string[]): string[] {
  const folders = [...include];
  for (const file of files) {
    const folder = dirname(file);
    if (!folders.includes(folder)) folders.push(folder);
  }
  return folders;
}
